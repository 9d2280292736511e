package org.paracrine.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.paracrine.core.InvariantViolationException;
import org.paracrine.core.assay.Censoring;
import org.paracrine.core.assay.MarkerResult;
import org.paracrine.core.assay.Measurement;
import org.paracrine.core.assay.TestResult;
import org.paracrine.core.ev.EvCharacterisation;
import org.paracrine.core.ev.SizeBin;
import org.paracrine.core.ev.SizeDistribution;
import org.paracrine.core.ev.StartingMaterial;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.process.ConditioningStep;
import org.paracrine.core.process.DownstreamStep;
import org.paracrine.core.process.ExpansionStep;
import org.paracrine.core.process.PrimingTreatment;
import org.paracrine.core.process.ProcessParameter;
import org.paracrine.core.process.Storage;
import org.paracrine.core.product.Container;
import org.paracrine.core.product.Dilution;
import org.paracrine.core.product.Dose;
import org.paracrine.core.product.DosingRegimen;
import org.paracrine.core.product.Excipient;
import org.paracrine.core.product.Formulation;
import org.paracrine.core.product.Reconstitution;
import org.paracrine.core.product.Schedule;
import org.paracrine.core.product.SecretomeProduct;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.quantity.QuantityRange;
import org.paracrine.core.report.ChecklistItemResult;
import org.paracrine.core.report.CompletenessScore;
import org.paracrine.core.report.Finding;
import org.paracrine.core.report.Outcome;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.core.report.Severity;
import org.paracrine.core.report.SpecificationRef;
import org.paracrine.core.report.Verdict;
import org.paracrine.core.samples.ReferenceProducts;
import org.paracrine.core.source.CellBank;
import org.paracrine.core.source.Donor;
import org.paracrine.core.source.MscIdentity;
import org.paracrine.core.spec.AcceptanceCriterion;
import org.paracrine.core.spec.Citation;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.core.vocabulary.AnalyticalMethod;
import org.paracrine.core.vocabulary.CellBankType;
import org.paracrine.core.vocabulary.ContainerType;
import org.paracrine.core.vocabulary.DonorRelationship;
import org.paracrine.core.vocabulary.DoseBasis;
import org.paracrine.core.vocabulary.DoseForm;
import org.paracrine.core.vocabulary.DownstreamOperation;
import org.paracrine.core.vocabulary.GuidelineVersion;
import org.paracrine.core.vocabulary.Marker;
import org.paracrine.core.vocabulary.PrimingAgent;
import org.paracrine.core.vocabulary.QualitativeOutcome;
import org.paracrine.core.vocabulary.QualityAttribute;
import org.paracrine.core.vocabulary.RouteOfAdministration;
import org.paracrine.core.vocabulary.Term;

/** Every construction invariant of the core model, each with the exact message it produces. */
class InvariantsTest {

  private static Quantity q(String v, String unit) {
    return Quantity.of(v, unit);
  }

  private static Arguments c(String name, ThrowingCallable build, String message) {
    return Arguments.of(name, build, message);
  }

  private static final Term<QualityAttribute> PH = Term.of(QualityAttribute.PH);

  static Stream<Arguments> violations() {
    return Stream.of(
        c("measurement LOD in another unit", () -> Measurement.builder().value(q("1", "mg/mL")).lod(q("1", "mL"))
            .build(), "Measurement.lod: was 1 mL, expected a unit comparable with the value 1 mg/mL"),
        c("measurement LOD above LOQ", () -> Measurement.builder().value(q("1", "mg/mL")).lod(q("0.2", "mg/mL"))
            .loq(q("0.1", "mg/mL")).build(),
            "Measurement.loq: was 0.1 mg/mL, expected a value greater than or equal to lod 0.2 mg/mL"),
        c("measurement negative LOD", () -> Measurement.builder().value(q("1", "mg/mL")).lod(q("-1", "mg/mL"))
            .build(), "Measurement.lod: was -1 mg/mL, expected a value that is not negative"),
        c("measurement zero replicates", () -> Measurement.builder().value(q("1", "mg/mL")).replicates(0).build(),
            "Measurement.replicates: was 0, expected at least 1"),
        c("marker without result", () -> MarkerResult.builder().marker(Term.of(Marker.CD63)).build(),
            "MarkerResult.percentPositive/outcome: was neither, expected a percentage of positive events or a"
                + " qualitative outcome for CD63"),
        c("marker above 100 %", () -> MarkerResult.percent(Marker.NT5E, "100.1"),
            "MarkerResult.percentPositive: was 100.1 %, expected a percentage between 0 and 100 %"),
        c("marker percentage in another unit", () -> MarkerResult.builder().marker(Term.of(Marker.NT5E))
            .percentPositive(q("0.95", "1")).build(),
            "MarkerResult.percentPositive: was 0.95 1, expected a percentage in unit '%'"),
        c("test result without value or outcome", () -> TestResult.builder().attribute(PH).build(),
            "TestResult.value/outcome: was neither, expected a value or a qualitative outcome for attribute pH"),
        c("censored result without value", () -> TestResult.builder().attribute(PH)
            .outcome(Term.of(QualitativeOutcome.CONFORMS)).censoring(Censoring.BELOW_LOD).build(),
            "TestResult.censoring: was BELOW_LOD, expected a value holding the limit the result is censored at"),
        c("endotoxin in Ehrlich units", () -> TestResult.numeric(QualityAttribute.ENDOTOXIN,
            AnalyticalMethod.LAL_GEL_CLOT, q("0.1", "[EU]/mL")),
            "TestResult.value: was 0.1 [EU]/mL, expected an endotoxin unit instead of '[EU]/mL': [EU] is the UCUM"
                + " Ehrlich unit, not an endotoxin unit; write endotoxin as [IU] (1 EU = 1 IU, USP <85>), e.g."
                + " [IU]/mL, or with the annotation {EU}/mL"),
        c("blank analyte", () -> TestResult.builder().attribute(PH).value(q("7", "[pH]")).analyte(" ").build(),
            "TestResult.analyte: was \" \", expected a non-blank text"),
        c("donor blank id", () -> Donor.builder().id("").relationship(Term.of(DonorRelationship.ALLOGENEIC))
            .build(), "Donor.id: was \"\", expected a non-blank text"),
        c("donor age not a time", () -> Donor.builder().id("D1")
            .relationship(Term.of(DonorRelationship.ALLOGENEIC)).ageAtRecovery(q("30", "kg")).build(),
            "Donor.ageAtRecovery: was 30 kg, expected a time (a unit convertible to 'a')"),
        c("donor negative age", () -> Donor.builder().id("D1")
            .relationship(Term.of(DonorRelationship.ALLOGENEIC)).ageAtRecovery(q("-1", "d")).build(),
            "Donor.ageAtRecovery: was -1 d, expected a value that is not negative"),
        c("cell bank negative passage", () -> CellBank.builder().id("B").type(Term.of(CellBankType.MASTER))
            .passage(-1).build(), "CellBank.passage: was -1, expected a passage number ≥ 0"),
        c("cell bank negative doublings", () -> CellBank.builder().id("B").type(Term.of(CellBankType.MASTER))
            .populationDoublings(new BigDecimal("-0.5")).build(),
            "CellBank.populationDoublings: was -0.5, expected population doublings ≥ 0"),
        c("identity marker twice", () -> MscIdentity.builder().addMarker(MarkerResult.percent(Marker.NT5E, "99"))
            .addMarker(MarkerResult.percent(Marker.NT5E, "98")).build(),
            "MscIdentity.markers: was NT5E, expected unique entries (this one occurs more than once)"),
        c("identity viability above 100 %", () -> MscIdentity.builder().viability(q("101", "%")).build(),
            "MscIdentity.viability: was 101 %, expected a percentage between 0 and 100 %"),
        c("expansion oxygen above 100 %", () -> ExpansionStep.builder().oxygen(q("120", "%")).build(),
            "ExpansionStep.oxygen: was 120 %, expected a percentage between 0 and 100 %"),
        c("expansion temperature not a temperature", () -> ExpansionStep.builder().temperature(q("37", "mL"))
            .build(), "ExpansionStep.temperature: was 37 mL, expected a temperature (a unit convertible to 'K')"),
        c("expansion negative duration", () -> ExpansionStep.builder().duration(q("-2", "d")).build(),
            "ExpansionStep.duration: was -2 d, expected a value that is not negative"),
        c("expansion negative doublings", () -> ExpansionStep.builder().populationDoublings(new BigDecimal("-1"))
            .build(), "ExpansionStep.populationDoublings: was -1, expected population doublings ≥ 0"),
        c("conditioning viability above 100 %", () -> ConditioningStep.builder().harvestViability(q("100.5", "%"))
            .build(), "ConditioningStep.harvestViability: was 100.5 %, expected a percentage between 0 and 100 %"),
        c("conditioning cells without annotation", () -> ConditioningStep.builder().cellsAtHarvest(q("1E+8", "1"))
            .build(), "ConditioningStep.cellsAtHarvest: was 1E+8 1, expected a cell count (a unit convertible to"
                + " '{cells}')"),
        c("conditioning medium volume not a volume", () -> ConditioningStep.builder().mediumVolume(q("2", "kg"))
            .build(), "ConditioningStep.mediumVolume: was 2 kg, expected a volume (a unit convertible to 'mL')"),
        c("priming negative concentration", () -> PrimingTreatment.of(PrimingAgent.IFN_GAMMA, q("-25", "ng/mL"),
            q("48", "h")), "PrimingTreatment.concentration: was -25 ng/mL, expected a value that is not negative"),
        c("priming duration not a time", () -> PrimingTreatment.of(PrimingAgent.IFN_GAMMA, q("25", "ng/mL"),
            q("48", "mL")), "PrimingTreatment.duration: was 48 mL, expected a time (a unit convertible to 'h')"),
        c("filter pore size not a length", () -> DownstreamStep.builder()
            .operation(Term.of(DownstreamOperation.STERILE_FILTRATION)).poreSize(q("0.22", "mL")).build(),
            "DownstreamStep.poreSize: was 0.22 mL, expected a length (a unit convertible to 'um')"),
        c("cut-off not a molar mass", () -> DownstreamStep.builder()
            .operation(Term.of(DownstreamOperation.CONCENTRATION)).molecularWeightCutOff(q("100", "kg")).build(),
            "DownstreamStep.molecularWeightCutOff: was 100 kg, expected a molar mass such as 100 kg/mol (= 100 kDa)"),
        c("zero g-force", () -> DownstreamStep.builder().operation(Term.of(DownstreamOperation.EV_ISOLATION))
            .relativeCentrifugalForce(BigDecimal.ZERO).build(),
            "DownstreamStep.relativeCentrifugalForce: was 0, expected a multiple of g greater than zero"),
        c("duplicate process parameter", () -> DownstreamStep.builder()
            .operation(Term.of(DownstreamOperation.LYOPHILISATION))
            .addParameter(ProcessParameter.of("shelf temperature", q("-40", "Cel")))
            .addParameter(ProcessParameter.of("shelf temperature", q("-35", "Cel"))).build(),
            "DownstreamStep.parameters: was shelf temperature, expected unique entries (this one occurs more than"
                + " once)"),
        c("storage temperature not a temperature", () -> Storage.builder().temperature(q("-80", "mL")).build(),
            "Storage.temperature: was -80 mL, expected a temperature (a unit convertible to 'K')"),
        c("product blank name", () -> SecretomeProduct.builder().from(ReferenceProducts.adiposeEvNebulised()).name(" ").build(),
            "SecretomeProduct.name: was \" \", expected a non-blank text"),
        c("product with two regimens for one route", () -> SecretomeProduct.builder()
            .from(ReferenceProducts.adiposeEvNebulised())
            .addRegimen(ReferenceProducts.adiposeEvNebulised().regimens().get(0)).build(),
            "SecretomeProduct.regimens: was inhalation, expected unique entries (this one occurs more than once)"),
        c("pH above 14", () -> Formulation.builder().doseForm(Term.of(DoseForm.GEL)).ph(q("14.1", "[pH]")).build(),
            "Formulation.ph: was 14.1 [pH], expected a pH between 0 and 14"),
        c("pH without pH unit", () -> Formulation.builder().doseForm(Term.of(DoseForm.GEL)).ph(q("7", "1"))
            .build(), "Formulation.ph: was 7 1, expected a pH in unit [pH]"),
        c("osmolality in another unit", () -> Formulation.builder().doseForm(Term.of(DoseForm.GEL))
            .osmolality(q("290", "mg/mL")).build(),
            "Formulation.osmolality: was 290 mg/mL, expected an osmolality (a unit convertible to 'mosm/kg')"),
        c("zero fill volume", () -> Formulation.builder().doseForm(Term.of(DoseForm.GEL)).fillVolume(q("0", "mL"))
            .build(), "Formulation.fillVolume: was 0 mL, expected a value greater than zero"),
        c("secretome content above 100 %", () -> Formulation.builder().doseForm(Term.of(DoseForm.GEL))
            .secretomeContent(q("120", "%")).build(),
            "Formulation.secretomeContent: was 120 %, expected a percentage between 0 and 100 %"),
        c("duplicate excipient", () -> Formulation.builder().doseForm(Term.of(DoseForm.GEL))
            .addExcipient(Excipient.of("trehalose", q("50", "mg/mL"), "lyoprotectant"))
            .addExcipient(Excipient.of("trehalose", q("10", "mg/mL"), "bulking")).build(),
            "Formulation.excipients: was trehalose, expected unique entries (this one occurs more than once)"),
        c("container volume not a volume", () -> Container.builder().type(Term.of(ContainerType.VIAL))
            .nominalVolume(q("2", "g")).build(),
            "Container.nominalVolume: was 2 g, expected a volume (a unit convertible to 'mL')"),
        c("reconstitution with zero volume", () -> Reconstitution.of("WFI", q("0", "mL")),
            "Reconstitution.volume: was 0 mL, expected a value greater than zero"),
        c("dilution blank diluent", () -> Dilution.of("", q("100", "mL")),
            "Dilution.diluent: was \"\", expected a non-blank text"),
        c("zero dose", () -> Dose.of(DoseBasis.VOLUME, q("0", "mL")),
            "Dose.amount: was 0 mL, expected a value greater than zero"),
        c("particle dose in a volume unit", () -> Dose.of(DoseBasis.PARTICLES, q("2E+8", "mL")),
            "Dose.amount: was 2E+8 mL, expected a unit convertible to '{particles}', '{particles}/kg' or"
                + " '{particles}/m2' for dose basis particles"),
        c("percentage dose per square metre", () -> Dose.of(DoseBasis.PERCENT_IN_VEHICLE, q("10", "%/m2")),
            "Dose.amount: was 10 %/m2, expected a unit convertible to '%' for dose basis percent-in-vehicle"),
        c("percentage dose per kilogram", () -> Dose.of(DoseBasis.PERCENT_IN_VEHICLE, q("10", "%/kg")),
            "Dose.amount: was 10 %/kg, expected a unit convertible to '%' for dose basis percent-in-vehicle"),
        c("schedule days out of order", () -> Schedule.onDays(4, 1),
            "Schedule.days: was [4, 1], expected day numbers ≥ 0 in strictly increasing order"),
        c("schedule without days or description", () -> Schedule.builder().build(),
            "Schedule.days: was [], expected treatment days, or a description of a schedule that is not day-based"),
        c("schedule zero doses per day", () -> Schedule.builder().addDay(1).dosesPerDay(0).build(),
            "Schedule.dosesPerDay: was 0, expected at least 1"),
        c("regimen body mass not a mass", () -> DosingRegimen.builder()
            .route(Term.of(RouteOfAdministration.INTRAVENOUS)).dose(Dose.of(DoseBasis.VOLUME, q("15", "mL")))
            .referenceBodyMass(q("70", "mL")).build(),
            "DosingRegimen.referenceBodyMass: was 70 mL, expected a mass (a unit convertible to 'kg')"),
        c("regimen zero infusion time", () -> DosingRegimen.builder()
            .route(Term.of(RouteOfAdministration.INTRAVENOUS)).dose(Dose.of(DoseBasis.VOLUME, q("15", "mL")))
            .infusionDuration(q("0", "min")).build(),
            "DosingRegimen.infusionDuration: was 0 min, expected a value greater than zero"),
        c("particle concentration without annotation", () -> EvCharacterisation.builder()
            .guidelineVersion(Term.of(GuidelineVersion.MISEV2018))
            .particleConcentration(Measurement.of(q("2E+11", "/mL"), AnalyticalMethod.NTA)).build(),
            "EvCharacterisation.particleConcentration.value: was 2E+11 /mL, expected a particle concentration (a"
                + " unit convertible to '{particles}/mL')"),
        c("protein concentration not a mass concentration", () -> EvCharacterisation.builder()
            .guidelineVersion(Term.of(GuidelineVersion.MISEV2018))
            .proteinConcentration(Measurement.of(q("1.4", "mmol/L"), AnalyticalMethod.BCA)).build(),
            "EvCharacterisation.proteinConcentration.value: was 1.4 mmol/L, expected a mass concentration (a unit"
                + " convertible to 'ug/mL')"),
        c("zero size cut-off", () -> EvCharacterisation.builder()
            .guidelineVersion(Term.of(GuidelineVersion.MISEV2018)).declaredSizeCutOff(q("0", "nm")).build(),
            "EvCharacterisation.declaredSizeCutOff: was 0 nm, expected a value greater than zero"),
        c("D50 below D10", () -> SizeDistribution.builder().method(Term.of(AnalyticalMethod.NTA))
            .d10(q("80", "nm")).d50(q("79", "nm")).build(),
            "SizeDistribution.d50: was 79 nm, expected a value greater than or equal to d10 80 nm"),
        c("D90 below D50 across units", () -> SizeDistribution.builder().method(Term.of(AnalyticalMethod.NTA))
            .d50(q("120", "nm")).d90(q("0.1", "um")).build(),
            "SizeDistribution.d90: was 0.1 um, expected a value greater than or equal to d50 120 nm"),
        c("size not a length", () -> SizeDistribution.builder().method(Term.of(AnalyticalMethod.NTA))
            .mode(q("120", "mL")).build(),
            "SizeDistribution.mode: was 120 mL, expected a length (a unit convertible to 'nm')"),
        c("overlapping bins", () -> SizeDistribution.builder().method(Term.of(AnalyticalMethod.NTA))
            .addBin(SizeBin.of(q("0", "nm"), q("100", "nm"), q("50", "%")))
            .addBin(SizeBin.of(q("90", "nm"), q("200", "nm"), q("50", "%"))).build(),
            "SizeDistribution.bins[1].lower: was 90 nm, expected a value ≥ the previous bin's upper bound 100 nm"
                + " (bins in increasing order, no overlap)"),
        c("empty bin", () -> SizeBin.of(q("100", "nm"), q("100", "nm"), q("5", "%")),
            "SizeBin.upper: was 100 nm, expected a value greater than lower 100 nm"),
        c("bin fraction above 100 %", () -> SizeBin.of(q("0", "nm"), q("100", "nm"), q("101", "%")),
            "SizeBin.fraction: was 101 %, expected a percentage between 0 and 100 %"),
        c("starting cells without annotation", () -> StartingMaterial.builder().producingCells(q("1E+8", "1"))
            .build(), "StartingMaterial.producingCells: was 1E+8 1, expected a cell count (a unit convertible to"
                + " '{cells}')"),
        c("expiry before manufacture", () -> Lot.builder().id("L1").productId("P")
            .manufactureDate(LocalDate.of(2024, 2, 1)).expiryDate(LocalDate.of(2024, 1, 1)).build(),
            "Lot.expiryDate: was 2024-01-01, expected a date on or after manufactureDate 2024-02-01"),
        c("lot is its own parent", () -> Lot.builder().id("L1").productId("P")
            .manufactureDate(LocalDate.of(2024, 2, 1)).addParentLot("L1").build(),
            "Lot.parentLots: was [L1], expected parent lots other than the lot itself (L1)"),
        c("lot quantity not a volume or mass", () -> Lot.builder().id("L1").productId("P")
            .manufactureDate(LocalDate.of(2024, 2, 1)).quantity(q("3", "h")).build(),
            "Lot.quantity: was 3 h, expected a volume or a mass"),
        c("citation blank label", () -> Citation.of(" "), "Citation.label: was \" \", expected a non-blank text"),
        c("criterion without limit or outcome", () -> AcceptanceCriterion.builder().id("C1").attribute(PH).build(),
            "AcceptanceCriterion.limit/acceptableOutcomes: was neither, expected a numeric limit or at least one"
                + " acceptable outcome for criterion C1"),
        c("warning band without limit", () -> AcceptanceCriterion.builder().id("C1").attribute(PH)
            .addAcceptableOutcome(Term.of(QualitativeOutcome.CONFORMS))
            .warningBand(QuantityRange.atMost(q("7.5", "[pH]"))).build(),
            "AcceptanceCriterion.warningBand: was ≤ 7.5 [pH], expected a limit that the band lies within"),
        c("warning band in another unit", () -> AcceptanceCriterion.builder().id("C1").attribute(PH)
            .limit(QuantityRange.atMost(q("8", "[pH]"))).warningBand(QuantityRange.atMost(q("7.5", "1"))).build(),
            "AcceptanceCriterion.warningBand: was ≤ 7.5 1, expected units comparable with the limit ≤ 8 [pH]"),
        c("duplicate criterion ids", () -> ReleaseSpecification.builder().id("S").version("1").title("T")
            .addCriterion(AcceptanceCriterion.builder().id("C1").attribute(PH)
                .limit(QuantityRange.atMost(q("8", "[pH]"))).build())
            .addCriterion(AcceptanceCriterion.builder().id("C1").attribute(PH)
                .limit(QuantityRange.atLeast(q("6", "[pH]"))).build()).build(),
            "ReleaseSpecification.criteria: was C1, expected unique entries (this one occurs more than once)"),
        c("finding code in lower case", () -> finding().code("isct.low").build(),
            "Finding.code: was isct.low, expected an upper-case dotted code such as"
                + " ISCT2006.POSITIVE_MARKER.OUT_OF_LIMIT"),
        c("finding path not a pointer", () -> finding().path("lot.testResults").build(),
            "Finding.path: was lot.testResults, expected an RFC 6901 JSON Pointer"),
        c("report with a wrong verdict", () -> ReleaseReport.builder().lotId("L1")
            .addSpecification(SpecificationRef.of("S", "1")).addFinding(finding().build())
            .verdict(Verdict.RELEASE).build(),
            "ReleaseReport.verdict: was RELEASE, expected REJECT (the verdict the findings imply)"),
        c("report finding from an unlisted specification", () -> ReleaseReport.builder().lotId("L1")
            .addFinding(finding().build()).build(),
            "ReleaseReport.findings.specification: was S@1, expected one of the report's specifications []"),
        c("satisfied item that does not apply", () -> ChecklistItemResult.builder().id("I1").description("d")
            .applicable(false).satisfied(true).build(),
            "ChecklistItemResult.satisfied: was true, expected false for an item that does not apply (I1)"),
        c("duplicate checklist items", () -> CompletenessScore.builder().checklistId("C").checklistVersion("1")
            .addItem(item("I1", true, true)).addItem(item("I1", true, false)).build(),
            "CompletenessScore.items: was I1, expected unique entries (this one occurs more than once)"));
  }

  private static org.paracrine.core.report.ImmutableFinding.Builder finding() {
    return Finding.builder().code("SPEC.C1.OUT_OF_LIMIT").outcome(Outcome.FAIL).severity(Severity.ERROR)
        .path("/testResults/0/value").message("pH out of limit").specification(SpecificationRef.of("S", "1"));
  }

  private static ChecklistItemResult item(String id, boolean applicable, boolean satisfied) {
    return ChecklistItemResult.builder().id(id).description(id).applicable(applicable).satisfied(satisfied)
        .build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("violations")
  void constructionFailsWithAMessageNamingAttributeValueAndRule(String name, ThrowingCallable build,
      String message) {
    assertThatThrownBy(build).isInstanceOf(InvariantViolationException.class).hasMessage(message);
  }

  @Test
  void theExceptionExposesItsParts() {
    InvariantViolationException e = new InvariantViolationException("Lot", "expiryDate", "2024-01-01",
        "a date on or after manufactureDate 2024-02-01");
    assertThat(e.type()).isEqualTo("Lot");
    assertThat(e.attribute()).isEqualTo("expiryDate");
    assertThat(e.value()).isEqualTo("2024-01-01");
    assertThat(e.expected()).isEqualTo("a date on or after manufactureDate 2024-02-01");
  }

  @Test
  void missingRequiredAttributesAreNamed() {
    assertThatThrownBy(() -> Lot.builder().id("L1").build()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("productId").hasMessageContaining("manufactureDate");
  }

  @Test
  void boundaryValuesAreAccepted() {
    assertThat(MarkerResult.percent(Marker.NT5E, "100").percentPositive()).isPresent();
    assertThat(MarkerResult.percent(Marker.PTPRC, "0").percentPositive()).isPresent();
    assertThat(Lot.builder().id("L1").productId("P").manufactureDate(LocalDate.of(2024, 2, 1))
        .expiryDate(LocalDate.of(2024, 2, 1)).build().expiryDate()).isPresent();
    assertThat(SizeDistribution.builder().method(Term.of(AnalyticalMethod.NTA)).d10(q("100", "nm"))
        .d50(q("0.1", "um")).d90(q("100", "nm")).build().d50()).isPresent();
    assertThat(Formulation.builder().doseForm(Term.of(DoseForm.GEL)).ph(q("14", "[pH]")).build().ph()).isPresent();
    assertThat(Schedule.onDays(0).administrations()).isEqualTo(1);
  }
}
