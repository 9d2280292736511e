package org.paracrine.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paracrine.validation.Fixtures.codes;
import static org.paracrine.validation.Fixtures.editProduct;
import static org.paracrine.validation.Fixtures.notPassing;
import static org.paracrine.validation.Fixtures.only;
import static org.paracrine.validation.Fixtures.replaceResults;
import static org.paracrine.validation.Fixtures.run;
import static org.paracrine.validation.Fixtures.withoutResults;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.paracrine.core.assay.Censoring;
import org.paracrine.core.assay.TestResult;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.product.Dose;
import org.paracrine.core.product.DosingRegimen;
import org.paracrine.core.product.SecretomeProduct;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.quantity.QuantityRange;
import org.paracrine.core.report.Band;
import org.paracrine.core.report.Finding;
import org.paracrine.core.report.Outcome;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.core.report.Severity;
import org.paracrine.core.report.Verdict;
import org.paracrine.core.samples.ReferenceLots;
import org.paracrine.core.samples.ReferenceProducts;
import org.paracrine.core.spec.AcceptanceCriterion;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.core.vocabulary.AnalyticalMethod;
import org.paracrine.core.vocabulary.DoseBasis;
import org.paracrine.core.vocabulary.QualitativeOutcome;
import org.paracrine.core.vocabulary.QualityAttribute;
import org.paracrine.core.vocabulary.RouteOfAdministration;
import org.paracrine.core.vocabulary.Term;
import org.paracrine.validation.profiles.CompendialSafetyParameters;
import org.paracrine.validation.profiles.CompendialSafetyProfile;
import org.paracrine.validation.profiles.EndotoxinLimit;

class CompendialSafetyProfileTest {
  private static final CompendialSafetyProfile PROFILE = CompendialSafetyProfile.withDefaults();

  private static TestResult endotoxin(String value) {
    return TestResult.numeric(QualityAttribute.ENDOTOXIN, AnalyticalMethod.LAL_KINETIC_CHROMOGENIC,
        Quantity.of(value, "[IU]/mL"));
  }

  /** A mycoplasma NAT result that states its LOD and sampling, as the Ph. Eur. 2.6.7 rules require. */
  private static TestResult nat(QualitativeOutcome outcome) {
    return TestResult.builder().from(TestResult.qualitative(QualityAttribute.MYCOPLASMA,
        AnalyticalMethod.MYCOPLASMA_NAT, outcome)).lod(Quantity.of(10, "[CFU]/mL"))
        .addSampledMaterials(Term.of(org.paracrine.core.vocabulary.SampledMaterial.CELLS),
            Term.of(org.paracrine.core.vocabulary.SampledMaterial.SUPERNATANT)).build();
  }

  private static SecretomeProduct withRegimen(SecretomeProduct p, DosingRegimen regimen) {
    return editProduct(p, b -> b.regimens(List.of(regimen)));
  }

  private static DosingRegimen bolus(RouteOfAdministration route, String mL, String kg) {
    return DosingRegimen.builder().route(Term.of(route)).dose(Dose.of(DoseBasis.VOLUME, Quantity.of(mL, "mL")))
        .referenceBodyMass(Quantity.of(kg, "kg")).build();
  }

  @Test
  void uspWorkedExampleIntravenousBolusTwoMillilitresFor70KilogramsIs175PerMillilitre() {
    Quantity limit = EndotoxinLimit.perMillilitre(Quantity.of(5, "[IU]/kg"), Quantity.of(2, "mL"),
        Quantity.of(70, "kg"), Optional.empty());
    assertThat(limit).isEqualTo(Quantity.of(175, "[IU]/mL"));
    assertThat(EndotoxinLimit.maximumDosePerKg(Quantity.of(2, "mL"), Quantity.of(70, "kg"), Optional.empty()))
        .isEqualTo(Quantity.of("0.0285714", "mL/kg"));
  }

  @Test
  void uspWorkedExampleIntrathecalThreeMillilitresFor60KilogramsIsFourPerMillilitre() {
    Quantity limit = EndotoxinLimit.perMillilitre(Quantity.of("0.2", "[IU]/kg"), Quantity.of(3, "mL"),
        Quantity.of(60, "kg"), Optional.empty());
    assertThat(limit).isEqualTo(Quantity.of(4, "[IU]/mL"));
  }

  @Test
  void profileReproducesBothUspExamplesThroughTheRouteCategory() {
    List<Finding> iv = run(PROFILE, withRegimen(Fixtures.bmProduct(), bolus(RouteOfAdministration.INTRAMUSCULAR,
        "2", "70")), Fixtures.bmLot());
    assertThat(only(iv, "COMPENDIAL.ENDOTOXIN.PASS").limit()).contains(QuantityRange.atMost(Quantity.of(175,
        "[IU]/mL")));
    List<Finding> it = run(PROFILE, withRegimen(Fixtures.bmProduct(), bolus(RouteOfAdministration.INTRATHECAL,
        "3", "60")), Fixtures.bmLot());
    assertThat(only(it, "COMPENDIAL.ENDOTOXIN.PASS").limit()).contains(QuantityRange.atMost(Quantity.of(4,
        "[IU]/mL")));
  }

  @Test
  void infusionUsesTheDosePerHour() {
    DosingRegimen twoHours = DosingRegimen.builder().from(bolus(RouteOfAdministration.INTRAVENOUS, "15", "70"))
        .infusionDuration(Quantity.of(2, "h")).build();
    assertThat(EndotoxinLimit.perMillilitre(Quantity.of(5, "[IU]/kg"), Quantity.of(15, "mL"), Quantity.of(70, "kg"),
        Optional.of(Quantity.of(2, "h")))).isEqualTo(Quantity.of("46.6666", "[IU]/mL"));
    assertThat(EndotoxinLimit.perMillilitre(Quantity.of(5, "[IU]/kg"), Quantity.of(15, "mL"), Quantity.of(70, "kg"),
        Optional.of(Quantity.of(30, "min")))).isEqualTo(Quantity.of("23.3333", "[IU]/mL"));
    Finding f = only(run(PROFILE, withRegimen(Fixtures.bmProduct(), twoHours), Fixtures.bmLot()),
        "COMPENDIAL.ENDOTOXIN.PASS");
    assertThat(f.expected().orElseThrow()).contains("per hour").contains("2 h");
  }

  @Test
  void referenceLotPassesWithTheComputedIntravenousLimit() {
    List<Finding> f = run(PROFILE, Fixtures.bmProduct(), Fixtures.bmLot());
    assertThat(codes(f)).containsExactly("COMPENDIAL.STERILITY.PASS", "COMPENDIAL.MYCOPLASMA.PASS",
        "COMPENDIAL.STERILITY_METHOD.PASS", "COMPENDIAL.STERILITY_INCUBATION.PASS",
        "COMPENDIAL.STERILITY_RAPID_VALIDATED.NOT_APPLICABLE", "COMPENDIAL.MYCOPLASMA_NAT_LOD.PASS",
        "COMPENDIAL.MYCOPLASMA_NAT_LOD_COPIES.NOT_APPLICABLE", "COMPENDIAL.MYCOPLASMA_SAMPLING.PASS",
        "COMPENDIAL.ENDOTOXIN.PASS");
    Finding e = only(f, "COMPENDIAL.ENDOTOXIN.PASS");
    assertThat(e.path()).isEqualTo("/lot/testResults/2/value");
    assertThat(e.limit()).contains(QuantityRange.atMost(Quantity.of("23.3333", "[IU]/mL")));
    assertThat(e.band()).contains(Band.IN);
    assertThat(e.source().orElseThrow().label()).isEqualTo("USP <85>");
  }

  @Test
  void endotoxinExactlyAtTheLimitPassesAndJustAboveFails() {
    SecretomeProduct p = withRegimen(Fixtures.bmProduct(), bolus(RouteOfAdministration.INTRAVENOUS, "2", "70"));
    assertThat(codes(notPassing(run(PROFILE, p, replaceResults(Fixtures.bmLot(), QualityAttribute.ENDOTOXIN,
        endotoxin("175")))))).isEmpty();
    List<Finding> over = run(PROFILE, p, replaceResults(Fixtures.bmLot(), QualityAttribute.ENDOTOXIN,
        endotoxin("175.01")));
    Finding f = only(over, "COMPENDIAL.ENDOTOXIN.OUT_OF_LIMIT");
    assertThat(f.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.band()).contains(Band.OUT);
    assertThat(f.path()).isEqualTo("/lot/testResults/2/value");
    assertThat(notPassing(over)).hasSize(1);
  }

  @Test
  void missingEndotoxinResultIsMissingAndStillStatesTheLimit() {
    List<Finding> f = run(PROFILE, Fixtures.bmProduct(), withoutResults(Fixtures.bmLot(),
        QualityAttribute.ENDOTOXIN));
    Finding e = only(f, "COMPENDIAL.ENDOTOXIN.MISSING");
    assertThat(e.path()).isEqualTo("/lot/testResults");
    assertThat(e.limit()).isPresent();
    assertThat(notPassing(f)).hasSize(1);
  }

  @Test
  void inhalationWithoutProductSpecificLimitRequiresOneAndNeverUsesTheIntravenousLimit() {
    List<Finding> f = run(PROFILE, ReferenceProducts.adiposeEvNebulised(), ReferenceLots.adiposeEvNebulised());
    Finding e = only(f, "COMPENDIAL.ENDOTOXIN.LIMIT_REQUIRED");
    assertThat(e.outcome()).isEqualTo(Outcome.MISSING);
    assertThat(e.severity()).isEqualTo(Severity.ERROR);
    assertThat(e.path()).isEqualTo("/product/regimens/0/route");
    assertThat(e.limit()).isEmpty();
    assertThat(e.message()).contains("INHALATION").contains("intravenous limit is not applied");
    assertThat(notPassing(f)).hasSize(1);
  }

  @Test
  void ophthalmicAndTopicalRoutesAlsoRequireAProductSpecificLimit() {
    for (RouteOfAdministration route : List.of(RouteOfAdministration.OCULAR, RouteOfAdministration.INTRAVITREAL,
        RouteOfAdministration.CUTANEOUS, RouteOfAdministration.NASAL, RouteOfAdministration.EPIDURAL)) {
      List<Finding> f = run(PROFILE, withRegimen(Fixtures.bmProduct(), bolus(route, "0.05", "70")), Fixtures.bmLot());
      assertThat(codes(notPassing(f))).as(route.code()).containsExactly("COMPENDIAL.ENDOTOXIN.LIMIT_REQUIRED");
    }
  }

  @Test
  void productSpecificLimitWinsForARouteWithoutCompendialK() {
    ReleaseSpecification spec = ReleaseSpecification.builder().id("at-ev-inhaled-spec").version("2").title("spec")
        .addCriterion(AcceptanceCriterion.builder().id("endotoxin").attribute(Term.of(QualityAttribute.ENDOTOXIN))
            .limit(QuantityRange.lessThan(Quantity.of("0.5", "[IU]/mL"))).build()).build();
    ReleaseReport r = ReleaseChecker.builder().structuralValidation(false).addProfile(PROFILE).addSpecification(spec)
        .build().check(ReferenceProducts.adiposeEvNebulised(), ReferenceLots.adiposeEvNebulised());
    Finding e = only(r.findings(), "COMPENDIAL.ENDOTOXIN.PRODUCT_SPECIFIC_LIMIT");
    assertThat(e.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(e.message()).contains("at-ev-inhaled-spec@2");
    assertThat(only(r.findings(), "SPEC.CRITERION.PASS").path()).isEqualTo("/lot/testResults/2/value");
    assertThat(r.verdict()).isEqualTo(Verdict.RELEASE);
  }

  @Test
  void particleDoseDerivesTheVolumeFromTheLotConcentration() {
    DosingRegimen particles = DosingRegimen.builder().route(Term.of(RouteOfAdministration.INTRAVENOUS))
        .dose(Dose.of(DoseBasis.PARTICLES, Quantity.of("3.1E+12", "{particles}")))
        .referenceBodyMass(Quantity.of(70, "kg")).build();
    Finding f = only(run(PROFILE, withRegimen(Fixtures.bmProduct(), particles), Fixtures.bmLot()),
        "COMPENDIAL.ENDOTOXIN.PASS");
    assertThat(f.limit()).contains(QuantityRange.atMost(Quantity.of(35, "[IU]/mL")));
    assertThat(f.expected().orElseThrow()).contains("dose volume 10 mL (derived");
  }

  @Test
  void doseVolumeThatCannotBeDerivedIsMissingWithTheReason() {
    DosingRegimen cells = DosingRegimen.builder().route(Term.of(RouteOfAdministration.INTRAVENOUS))
        .dose(Dose.of(DoseBasis.CELL_EQUIVALENTS, Quantity.of("1E+8", "{cells}"))).build();
    List<Finding> f = run(PROFILE, withRegimen(Fixtures.bmProduct(), cells), Fixtures.bmLot());
    Finding e = only(f, "COMPENDIAL.ENDOTOXIN.DOSE_VOLUME_UNKNOWN");
    assertThat(e.path()).isEqualTo("/product/regimens/0/dose");
    assertThat(e.message()).contains("cell-equivalents").contains("no delivered volume");
  }

  @Test
  void productWithoutRegimenCannotComputeALimit() {
    List<Finding> f = run(PROFILE, editProduct(Fixtures.bmProduct(), b -> b.regimens(List.of())), Fixtures.bmLot());
    assertThat(only(f, "COMPENDIAL.ENDOTOXIN.NO_REGIMEN").path()).isEqualTo("/product/regimens");
  }

  @Test
  void bodyMassIsNeverAssumedWhenTheRegimenStatesNoneAndTheUserSetNone() {
    DosingRegimen noMass = DosingRegimen.builder().route(Term.of(RouteOfAdministration.INTRAVENOUS))
        .dose(Dose.of(DoseBasis.VOLUME, Quantity.of(2, "mL"))).build();
    SecretomeProduct p = withRegimen(Fixtures.bmProduct(), noMass);
    ReleaseReport report = ReleaseChecker.builder().addProfile(PROFILE).build().check(p, Fixtures.bmLot());
    Finding f = only(report.findings(), "COMPENDIAL.ENDOTOXIN.BODY_MASS_UNKNOWN");
    assertThat(f.outcome()).isEqualTo(Outcome.MISSING);
    assertThat(f.path()).isEqualTo("/product/regimens/0/referenceBodyMass");
    assertThat(f.message()).contains("no reference body mass").doesNotContain("70");
    assertThat(f.limit()).isEmpty();
    assertThat(report.verdict()).isEqualTo(Verdict.INCOMPLETE);
    assertThat(codes(report.findings()).stream().filter(c -> c.startsWith("COMPENDIAL.ENDOTOXIN"))).hasSize(1);
  }

  @Test
  void bodyMassSetByTheUserIsUsedWhenTheRegimenStatesNoneAndIsNamedInTheFinding() {
    DosingRegimen noMass = DosingRegimen.builder().route(Term.of(RouteOfAdministration.INTRAVENOUS))
        .dose(Dose.of(DoseBasis.VOLUME, Quantity.of(2, "mL"))).build();
    SecretomeProduct p = withRegimen(Fixtures.bmProduct(), noMass);
    CompendialSafetyProfile child = CompendialSafetyProfile.of(CompendialSafetyParameters.builder()
        .bodyMass(Quantity.of(10, "kg")).build());
    Finding f = only(run(child, p, Fixtures.bmLot()), "COMPENDIAL.ENDOTOXIN.PASS");
    assertThat(f.limit()).contains(QuantityRange.atMost(Quantity.of(25, "[IU]/mL")));
    assertThat(f.expected().orElseThrow()).contains("body mass 10 kg (body-mass parameter set by the user)");
  }

  @Test
  void regimenBodyMassWinsOverTheUserParameter() {
    CompendialSafetyProfile child = CompendialSafetyProfile.of(CompendialSafetyParameters.builder()
        .bodyMass(Quantity.of(10, "kg")).build());
    SecretomeProduct p = withRegimen(Fixtures.bmProduct(), bolus(RouteOfAdministration.INTRAVENOUS, "2", "70"));
    Finding f = only(run(child, p, Fixtures.bmLot()), "COMPENDIAL.ENDOTOXIN.PASS");
    assertThat(f.limit()).contains(QuantityRange.atMost(Quantity.of(175, "[IU]/mL")));
    assertThat(f.expected().orElseThrow()).contains("body mass 70 kg (regimen)");
  }

  @Test
  void volumePerKilogramDoseNeedsNoBodyMass() {
    DosingRegimen perKg = DosingRegimen.builder().route(Term.of(RouteOfAdministration.INTRAVENOUS))
        .dose(Dose.of(DoseBasis.VOLUME, Quantity.of("0.1", "mL/kg"))).build();
    Finding f = only(run(PROFILE, withRegimen(Fixtures.bmProduct(), perKg), Fixtures.bmLot()),
        "COMPENDIAL.ENDOTOXIN.PASS");
    assertThat(f.limit()).contains(QuantityRange.atMost(Quantity.of(50, "[IU]/mL")));
  }

  @Test
  void legacyDefaultBodyMassParameterOfAVersionOneDocumentStillCountsAsSetByTheUser() {
    DosingRegimen noMass = DosingRegimen.builder().route(Term.of(RouteOfAdministration.INTRAVENOUS))
        .dose(Dose.of(DoseBasis.VOLUME, Quantity.of(2, "mL"))).build();
    ReleaseSpecification spec = ReleaseSpecification.builder().id("legacy").version("1")
        .title("legacy endotoxin").addCriterion(AcceptanceCriterion.builder().id("endotoxin")
            .selector(org.paracrine.core.spec.Selector.testResult(QualityAttribute.ENDOTOXIN))
            .computedLimit(org.paracrine.core.spec.ComputedLimit.builder().function("usp85-endotoxin")
                .addParameters(org.paracrine.core.spec.LimitParameter.of("k.parenteral", Quantity.of(5, "[IU]/kg")),
                    org.paracrine.core.spec.LimitParameter.of("default-body-mass", Quantity.of(70, "kg")))
                .build()).build()).build();
    ReleaseReport report = ReleaseChecker.builder().addSpecification(spec).build()
        .check(withRegimen(Fixtures.bmProduct(), noMass), Fixtures.bmLot());
    Finding f = report.findings().stream().filter(x -> "endotoxin:intravenous".equals(x.criterionId().orElse("")))
        .findFirst().orElseThrow();
    assertThat(f.outcome()).isEqualTo(Outcome.PASS);
    assertThat(f.expected().orElseThrow()).contains("body mass 70 kg (default-body-mass parameter set by the user)");
  }

  @Test
  void censoredResultBelowDetectionPassesWhenTheDetectionLimitMeetsTheLimitElseIsInconclusive() {
    SecretomeProduct p = withRegimen(Fixtures.bmProduct(), bolus(RouteOfAdministration.INTRATHECAL, "3", "60"));
    TestResult belowLod = TestResult.builder().from(endotoxin("0.5")).censoring(Censoring.BELOW_LOD).build();
    assertThat(codes(run(PROFILE, p, replaceResults(Fixtures.bmLot(), QualityAttribute.ENDOTOXIN, belowLod))))
        .contains("COMPENDIAL.ENDOTOXIN.PASS");
    TestResult aboveUloq = TestResult.builder().from(endotoxin("2")).censoring(Censoring.ABOVE_ULOQ).build();
    Finding f = only(run(PROFILE, p, replaceResults(Fixtures.bmLot(), QualityAttribute.ENDOTOXIN, aboveUloq)),
        "COMPENDIAL.ENDOTOXIN.CENSORED_INCONCLUSIVE");
    assertThat(f.outcome()).isEqualTo(Outcome.MISSING);
  }

  @Test
  void endotoxinWrittenWithTheEuAnnotationIsComparedAsInternationalUnits() {
    TestResult eu = TestResult.numeric(QualityAttribute.ENDOTOXIN, AnalyticalMethod.LAL_GEL_CLOT,
        Quantity.of("30", "{EU}/mL"));
    Finding f = only(run(PROFILE, Fixtures.bmProduct(), replaceResults(Fixtures.bmLot(), QualityAttribute.ENDOTOXIN,
        eu)), "COMPENDIAL.ENDOTOXIN.OUT_OF_LIMIT");
    assertThat(f.convertedQuantity()).contains(Quantity.of("30", "[IU]/mL"));
    assertThat(f.observedQuantity()).contains(Quantity.of("30", "{EU}/mL"));
  }

  @Test
  void sterilityGrowthFailsAndAPassingRetestDoesNotHideIt() {
    TestResult growth = TestResult.builder().from(TestResult.qualitative(QualityAttribute.STERILITY,
        AnalyticalMethod.STERILITY_RAPID, QualitativeOutcome.GROWTH)).methodValidated(true).build();
    TestResult retest = TestResult.builder().from(TestResult.qualitative(QualityAttribute.STERILITY,
        AnalyticalMethod.STERILITY_RAPID, QualitativeOutcome.NO_GROWTH)).methodValidated(true).build();
    Lot lot = replaceResults(Fixtures.bmLot(), QualityAttribute.STERILITY, growth, retest);
    List<Finding> f = run(PROFILE, Fixtures.bmProduct(), lot);
    Finding s = only(f, "COMPENDIAL.STERILITY.OUTCOME_NOT_ACCEPTABLE");
    assertThat(s.path()).isEqualTo("/lot/testResults/0/outcome");
    assertThat(notPassing(f)).hasSize(1);
  }

  @Test
  void missingOrInvalidMycoplasmaResultIsMissing() {
    List<Finding> none = run(PROFILE, Fixtures.bmProduct(), withoutResults(Fixtures.bmLot(),
        QualityAttribute.MYCOPLASMA));
    assertThat(only(none, "COMPENDIAL.MYCOPLASMA.MISSING").path()).isEqualTo("/lot/testResults");
    TestResult invalid = nat(QualitativeOutcome.INVALID);
    List<Finding> bad = run(PROFILE, Fixtures.bmProduct(), replaceResults(Fixtures.bmLot(),
        QualityAttribute.MYCOPLASMA, invalid));
    Finding invalidFinding = only(bad, "COMPENDIAL.MYCOPLASMA.NO_COMPARABLE_RESULT");
    assertThat(invalidFinding.path()).isEqualTo("/lot/testResults/1/outcome");
    assertThat(invalidFinding.outcome()).isEqualTo(org.paracrine.core.report.Outcome.MISSING);
    TestResult positive = nat(QualitativeOutcome.POSITIVE);
    assertThat(codes(notPassing(run(PROFILE, Fixtures.bmProduct(), replaceResults(Fixtures.bmLot(),
        QualityAttribute.MYCOPLASMA, positive))))).containsExactly("COMPENDIAL.MYCOPLASMA.OUTCOME_NOT_ACCEPTABLE");
  }

  @Test
  void incomparableEndotoxinUnitFailsWithoutCrashing() {
    TestResult wrong = TestResult.numeric(QualityAttribute.ENDOTOXIN, AnalyticalMethod.LAL_GEL_CLOT,
        Quantity.of("3", "[IU]"));
    Finding f = only(run(PROFILE, Fixtures.bmProduct(), replaceResults(Fixtures.bmLot(), QualityAttribute.ENDOTOXIN,
        wrong)), "COMPENDIAL.ENDOTOXIN.UNITS_INCOMPARABLE");
    assertThat(f.outcome()).isEqualTo(Outcome.FAIL);
  }

  @Test
  void everyRegimenGetsItsOwnFinding() {
    SecretomeProduct two = editProduct(Fixtures.bmProduct(), b -> b.regimens(List.of(
        bolus(RouteOfAdministration.INTRAVENOUS, "2", "70"), bolus(RouteOfAdministration.OCULAR, "0.05", "70"))));
    List<Finding> f = run(PROFILE, two, Fixtures.bmLot());
    assertThat(codes(f)).containsExactly("COMPENDIAL.STERILITY.PASS", "COMPENDIAL.MYCOPLASMA.PASS",
        "COMPENDIAL.STERILITY_METHOD.PASS", "COMPENDIAL.STERILITY_INCUBATION.PASS",
        "COMPENDIAL.STERILITY_RAPID_VALIDATED.NOT_APPLICABLE", "COMPENDIAL.MYCOPLASMA_NAT_LOD.PASS",
        "COMPENDIAL.MYCOPLASMA_NAT_LOD_COPIES.NOT_APPLICABLE", "COMPENDIAL.MYCOPLASMA_SAMPLING.PASS",
        "COMPENDIAL.ENDOTOXIN.PASS", "COMPENDIAL.ENDOTOXIN.LIMIT_REQUIRED");
    assertThat(only(f, "COMPENDIAL.ENDOTOXIN.LIMIT_REQUIRED").path()).isEqualTo("/product/regimens/1/route");
  }

  private static DosingRegimen perSquareMetre(String mLPerM2) {
    return DosingRegimen.builder().route(Term.of(RouteOfAdministration.INTRAVENOUS))
        .dose(Dose.of(DoseBasis.VOLUME, Quantity.of(mLPerM2, "mL/m2"))).build();
  }

  @Test
  void perSquareMetreDoseUsesTheUspFormulaWithoutAPatientBodyMass() {
    // USP <85>: K = 2.5 EU/kg, M = (10 mL/m2 x 1.80 m2) / 70 kg = 0.257142... mL/kg; K/M = 2.5 x 70 / 18 = 9.72222...
    Finding f = only(run(PROFILE, withRegimen(Fixtures.bmProduct(), perSquareMetre("10")), Fixtures.bmLot()),
        "COMPENDIAL.ENDOTOXIN.PASS");
    assertThat(f.limit()).contains(QuantityRange.atMost(Quantity.of("9.72222", "[IU]/mL")));
    assertThat(f.expected().orElseThrow()).contains("per-m2 dosing").contains("1.80 m2").contains("70 kg");
  }

  @Test
  void perSquareMetreLimitIsRoundedDownSoAResultAtTheExactQuotientDoesNotPass() {
    SecretomeProduct p = withRegimen(Fixtures.bmProduct(), perSquareMetre("10"));
    assertThat(only(run(PROFILE, p, replaceResults(Fixtures.bmLot(), QualityAttribute.ENDOTOXIN,
        endotoxin("9.72222"))), "COMPENDIAL.ENDOTOXIN.PASS").outcome()).isEqualTo(Outcome.PASS);
    assertThat(only(run(PROFILE, p, replaceResults(Fixtures.bmLot(), QualityAttribute.ENDOTOXIN,
        endotoxin("9.72223"))), "COMPENDIAL.ENDOTOXIN.OUT_OF_LIMIT").outcome()).isEqualTo(Outcome.FAIL);
  }

  @Test
  void perSquareMetreInfusionOverTwoHoursDoublesTheLimit() {
    DosingRegimen infusion = DosingRegimen.builder().from(perSquareMetre("9"))
        .infusionDuration(Quantity.of(2, "h")).build();
    // K/M = 2.5 x 70 x 2 / (9 x 1.80) = 21.6049...
    Finding f = only(run(PROFILE, withRegimen(Fixtures.bmProduct(), infusion), Fixtures.bmLot()),
        "COMPENDIAL.ENDOTOXIN.PASS");
    assertThat(f.limit()).contains(QuantityRange.atMost(Quantity.of("21.6049", "[IU]/mL")));
  }

  @Test
  void perSquareMetreParticleDoseWithoutAMeasuredConcentrationIsMissing() {
    DosingRegimen particles = DosingRegimen.builder().route(Term.of(RouteOfAdministration.INTRAVENOUS))
        .dose(Dose.of(DoseBasis.PARTICLES, Quantity.of("1E+10", "{particles}/m2"))).build();
    Lot noEv = Lot.builder().from(Fixtures.bmLot()).evCharacterisation(Optional.empty()).build();
    List<Finding> f = run(PROFILE, withRegimen(Fixtures.bmProduct(), particles), noEv);
    assertThat(only(f, "COMPENDIAL.ENDOTOXIN.DOSE_VOLUME_UNKNOWN").outcome()).isEqualTo(Outcome.MISSING);
  }

  @Test
  void productDosedByMassWithEndotoxinPerMilligramGetsALimitPerMilligram() {
    DosingRegimen mass = DosingRegimen.builder().route(Term.of(RouteOfAdministration.INTRAVENOUS))
        .dose(Dose.of(DoseBasis.PROTEIN, Quantity.of(2, "mg/kg"))).build();
    SecretomeProduct p = withRegimen(Fixtures.bmProduct(), mass);
    TestResult perMg = TestResult.numeric(QualityAttribute.ENDOTOXIN, AnalyticalMethod.LAL_KINETIC_CHROMOGENIC,
        Quantity.of("2.5", "[IU]/mg"));
    Finding pass = only(run(PROFILE, p, replaceResults(Fixtures.bmLot(), QualityAttribute.ENDOTOXIN, perMg)),
        "COMPENDIAL.ENDOTOXIN.PASS");
    assertThat(pass.limit()).contains(QuantityRange.atMost(Quantity.of("2.5", "[IU]/mg")));
    assertThat(pass.expected().orElseThrow()).contains("per mg");
    TestResult over = TestResult.numeric(QualityAttribute.ENDOTOXIN, AnalyticalMethod.LAL_KINETIC_CHROMOGENIC,
        Quantity.of("2.6", "[IU]/mg"));
    assertThat(only(run(PROFILE, p, replaceResults(Fixtures.bmLot(), QualityAttribute.ENDOTOXIN, over)),
        "COMPENDIAL.ENDOTOXIN.OUT_OF_LIMIT").outcome()).isEqualTo(Outcome.FAIL);
  }

  @Test
  void flatMassDoseNeedsABodyMassForItsLimitPerMilligram() {
    DosingRegimen flat = DosingRegimen.builder().route(Term.of(RouteOfAdministration.INTRAVENOUS))
        .dose(Dose.of(DoseBasis.PROTEIN, Quantity.of(70, "mg"))).build();
    TestResult perMg = TestResult.numeric(QualityAttribute.ENDOTOXIN, AnalyticalMethod.LAL_KINETIC_CHROMOGENIC,
        Quantity.of("1", "[IU]/mg"));
    Lot lot = replaceResults(Fixtures.bmLot(), QualityAttribute.ENDOTOXIN, perMg);
    assertThat(codes(run(PROFILE, withRegimen(Fixtures.bmProduct(), flat), lot)))
        .contains("COMPENDIAL.ENDOTOXIN.BODY_MASS_UNKNOWN");
    Finding f = only(run(PROFILE, withRegimen(Fixtures.bmProduct(), DosingRegimen.builder().from(flat)
        .referenceBodyMass(Quantity.of(70, "kg")).build()), lot), "COMPENDIAL.ENDOTOXIN.PASS");
    assertThat(f.limit()).contains(QuantityRange.atMost(Quantity.of(5, "[IU]/mg")));
  }

  @Test
  void intratumoralAndIntraperitonealRoutesAreParenteralWithTheirEdqmIds() {
    assertThat(RouteOfAdministration.INTRATUMORAL.category())
        .isEqualTo(org.paracrine.core.vocabulary.RouteCategory.PARENTERAL);
    assertThat(RouteOfAdministration.INTRATUMORAL.ontologyId()).contains("EDQM:20043000");
    assertThat(RouteOfAdministration.INTRAPERITONEAL.category())
        .isEqualTo(org.paracrine.core.vocabulary.RouteCategory.PARENTERAL);
    assertThat(RouteOfAdministration.INTRAPERITONEAL.ontologyId()).contains("EDQM:20038000");
    Finding f = only(run(PROFILE, withRegimen(Fixtures.bmProduct(), bolus(RouteOfAdministration.INTRATUMORAL, "2",
        "70")), Fixtures.bmLot()), "COMPENDIAL.ENDOTOXIN.PASS");
    assertThat(f.limit()).contains(QuantityRange.atMost(Quantity.of(175, "[IU]/mL")));
    assertThat(f.criterionId()).contains("endotoxin:intratumoral");
  }
}
