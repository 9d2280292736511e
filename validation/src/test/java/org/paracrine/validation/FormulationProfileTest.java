package org.paracrine.validation;

import static org.paracrine.validation.Fixtures.editProduct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paracrine.validation.Fixtures.codes;
import static org.paracrine.validation.Fixtures.notPassing;
import static org.paracrine.validation.Fixtures.only;
import static org.paracrine.validation.Fixtures.replaceResults;
import static org.paracrine.validation.Fixtures.run;
import static org.paracrine.validation.Fixtures.withoutResults;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paracrine.core.vocabulary.RouteOfAdministration;
import org.paracrine.core.vocabulary.DoseBasis;
import org.paracrine.core.product.SecretomeProduct;
import org.paracrine.core.product.DosingRegimen;
import org.paracrine.core.product.Dose;
import org.paracrine.core.assay.TestResult;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.quantity.QuantityRange;
import org.paracrine.core.report.Finding;
import org.paracrine.core.report.Outcome;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.core.report.Severity;
import org.paracrine.core.report.Verdict;
import org.paracrine.core.samples.ReferenceLots;
import org.paracrine.core.samples.ReferenceProducts;
import org.paracrine.core.spec.AcceptanceCriterion;
import org.paracrine.core.spec.Confidence;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.core.vocabulary.AnalyticalMethod;
import org.paracrine.core.vocabulary.QualityAttribute;
import org.paracrine.core.vocabulary.Term;
import org.paracrine.validation.profiles.FormulationParameters;
import org.paracrine.validation.profiles.FormulationProfile;

class FormulationProfileTest {
  private static final FormulationProfile PROFILE = FormulationProfile.withDefaults();

  private static Lot ph(String value) {
    return replaceResults(Fixtures.bmLot(), QualityAttribute.PH, TestResult.numeric(QualityAttribute.PH,
        AnalyticalMethod.PH_POTENTIOMETRY, Quantity.of(value, "[pH]")));
  }

  @Test
  void parenteralLotWithinBothWindowsPassesWithUnconfirmedCitation() {
    List<Finding> f = run(PROFILE, Fixtures.bmProduct(), Fixtures.bmLot());
    assertThat(codes(f)).containsExactly("FORMULATION.PH.PASS", "FORMULATION.PH.NOT_APPLICABLE",
        "FORMULATION.PH.NOT_APPLICABLE", "FORMULATION.OSMOLALITY.PASS", "FORMULATION.OSMOLALITY.NOT_APPLICABLE",
        "FORMULATION.OSMOLALITY.NOT_APPLICABLE", "FORMULATION.OSMOLALITY.NOT_APPLICABLE");
    assertThat(f).extracting(x -> x.criterionId().orElseThrow()).containsExactly("pH:PARENTERAL",
        "pH:INTRATHECAL", "pH:CENTRAL_NERVOUS_SYSTEM", "osmolality:PARENTERAL", "osmolality:INTRATHECAL",
        "osmolality:CENTRAL_NERVOUS_SYSTEM", "osmolality:OPHTHALMIC");
    assertThat(f.subList(0, 6)).allSatisfy(x -> assertThat(x.source().orElseThrow().confidence())
        .isEqualTo(Confidence.UNCONFIRMED));
    assertThat(f.get(6).source().orElseThrow().confidence()).isEqualTo(Confidence.VERIFY);
    assertThat(f.get(0).path()).isEqualTo("/lot/testResults/3/value");
    assertThat(f.get(1).message()).contains("no route of the product is in the categories [INTRATHECAL]");
  }

  @Test
  void windowBoundsAreInclusiveAndOutsideIsAWarningByDefault() {
    assertThat(notPassing(run(PROFILE, Fixtures.bmProduct(), ph("8.0")))).isEmpty();
    assertThat(notPassing(run(PROFILE, Fixtures.bmProduct(), ph("6.5")))).isEmpty();
    ReleaseReport r = Fixtures.report(PROFILE, Fixtures.bmProduct(), ph("8.1"));
    Finding x = only(r.findings(), "FORMULATION.PH.OUT_OF_LIMIT");
    assertThat(x.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(x.severity()).isEqualTo(Severity.WARNING);
    assertThat(r.verdict()).isEqualTo(Verdict.RELEASE);
  }

  @Test
  void severityCanBeRaisedToError() {
    FormulationProfile strict = FormulationProfile.of(FormulationParameters.builder()
        .severity(Severity.ERROR).build());
    assertThat(Fixtures.report(strict, Fixtures.bmProduct(), ph("8.1")).verdict()).isEqualTo(Verdict.REJECT);
  }

  @Test
  void missingResultIsMissingWithTheWindowStated() {
    List<Finding> f = run(PROFILE, Fixtures.bmProduct(), withoutResults(Fixtures.bmLot(), QualityAttribute.OSMOLALITY));
    Finding x = only(f, "FORMULATION.OSMOLALITY.MISSING");
    assertThat(x.path()).isEqualTo("/lot/testResults");
    assertThat(x.limit().orElseThrow().describe()).isEqualTo("≥ 200 mosm/kg and ≤ 400 mosm/kg");
  }

  @Test
  void productSpecificLimitWinsOverTheDefaultWindow() {
    ReleaseSpecification spec = ReleaseSpecification.builder().id("bm-ev-spec").version("1").title("t")
        .addCriterion(AcceptanceCriterion.builder().id("ph").attribute(Term.of(QualityAttribute.PH))
            .limit(QuantityRange.between(Quantity.of("8.0", "[pH]"), Quantity.of("8.6", "[pH]"))).build()).build();
    ReleaseReport r = ReleaseChecker.builder().structuralValidation(false).addProfile(PROFILE).addSpecification(spec)
        .build().check(Fixtures.bmProduct(), ph("8.3"));
    assertThat(codes(r.findings())).containsExactly("FORMULATION.PH.NOT_APPLICABLE",
        "FORMULATION.PH.NOT_APPLICABLE", "FORMULATION.PH.NOT_APPLICABLE", "FORMULATION.OSMOLALITY.PASS",
        "FORMULATION.OSMOLALITY.NOT_APPLICABLE", "FORMULATION.OSMOLALITY.NOT_APPLICABLE",
        "FORMULATION.OSMOLALITY.NOT_APPLICABLE", "SPEC.CRITERION.PASS");
    assertThat(r.findings().get(0).message()).contains("the product-specific pH limit of bm-ev-spec@1 governs");
  }

  @Test
  void aCensoredPhIsMissingAndAForeignUnitIsIncomparableLikeEveryOtherCriterion() {
    Lot censored = replaceResults(Fixtures.bmLot(), QualityAttribute.PH, TestResult.builder()
        .attribute(Term.of(QualityAttribute.PH)).method(Term.of(AnalyticalMethod.PH_POTENTIOMETRY))
        .value(Quantity.of("8.5", "[pH]")).censoring(org.paracrine.core.assay.Censoring.ABOVE_ULOQ).build());
    Finding c = run(PROFILE, Fixtures.bmProduct(), censored).get(0);
    assertThat(c.code()).isEqualTo("FORMULATION.PH.OUT_OF_LIMIT");
    Lot censoredLow = replaceResults(Fixtures.bmLot(), QualityAttribute.PH, TestResult.builder()
        .attribute(Term.of(QualityAttribute.PH)).method(Term.of(AnalyticalMethod.PH_POTENTIOMETRY))
        .value(Quantity.of("7.0", "[pH]")).censoring(org.paracrine.core.assay.Censoring.BELOW_LOQ).build());
    Finding low = run(PROFILE, Fixtures.bmProduct(), censoredLow).get(0);
    assertThat(low.code()).isEqualTo("FORMULATION.PH.CENSORED_INCONCLUSIVE");
    assertThat(low.outcome()).isEqualTo(Outcome.MISSING);
    Lot osmolarity = replaceResults(Fixtures.bmLot(), QualityAttribute.OSMOLALITY, TestResult.numeric(
        QualityAttribute.OSMOLALITY, AnalyticalMethod.OSMOMETRY, Quantity.of(290, "mosm/L")));
    Finding o = only(run(PROFILE, Fixtures.bmProduct(), osmolarity), "FORMULATION.OSMOLALITY.UNITS_INCOMPARABLE");
    assertThat(o.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(o.message()).contains("mosm/L").contains("mosm/kg");
  }

  @Test
  void topicalRouteHasNoDefaultWindow() {
    List<Finding> f = run(PROFILE, ReferenceProducts.umbilicalCordSecretomeGel(),
        ReferenceLots.umbilicalCordSecretomeGel());
    assertThat(codes(f)).containsExactly("PROFILE.NOT_APPLICABLE");
  }

  private static Lot osmolality(String value) {
    return replaceResults(Fixtures.bmLot(), QualityAttribute.OSMOLALITY, TestResult.numeric(
        QualityAttribute.OSMOLALITY, AnalyticalMethod.OSMOMETRY, Quantity.of(value, "mosm/kg")));
  }

  private static SecretomeProduct ocular() {
    return editProduct(Fixtures.bmProduct(), b -> b.regimens(List.of(DosingRegimen.builder()
        .route(Term.of(RouteOfAdministration.OCULAR))
        .dose(Dose.of(DoseBasis.VOLUME, Quantity.of("0.05", "mL"))).build())));
  }

  private static Finding ophthalmicOsmolality(String value) {
    return run(PROFILE, ocular(), osmolality(value)).stream()
        .filter(f -> f.criterionId().orElse("").equals("osmolality:OPHTHALMIC")).findFirst().orElseThrow();
  }

  @Test
  void ophthalmicOsmolalityWindowIsDerivedFromTheCitedNaClRangeWithoutRoundingOutward() {
    // 0.6 % and 2.0 % NaCl at 0.9 % = 290 mOsm/kg: 193.33... and 644.44... mOsm/kg, kept inside at 0.1 mOsm/kg
    assertThat(ophthalmicOsmolality("193.4").outcome()).isEqualTo(Outcome.PASS);
    assertThat(ophthalmicOsmolality("644.4").outcome()).isEqualTo(Outcome.PASS);
    assertThat(ophthalmicOsmolality("193.3").outcome()).isEqualTo(Outcome.FAIL);
    assertThat(ophthalmicOsmolality("190").outcome()).isEqualTo(Outcome.FAIL);
    assertThat(ophthalmicOsmolality("644.5").outcome()).isEqualTo(Outcome.FAIL);
    assertThat(ophthalmicOsmolality("650").outcome()).isEqualTo(Outcome.FAIL);
    assertThat(ophthalmicOsmolality("300").code()).isEqualTo("FORMULATION.OSMOLALITY.PASS");
  }

  @Test
  void ophthalmicOsmolalityOutsideTheWindowIsAWarningAndMissingIsMissing() {
    assertThat(ophthalmicOsmolality("650").severity()).isEqualTo(Severity.WARNING);
    Finding missing = run(PROFILE, ocular(), withoutResults(Fixtures.bmLot(), QualityAttribute.OSMOLALITY)).stream()
        .filter(f -> f.criterionId().orElse("").equals("osmolality:OPHTHALMIC")).findFirst().orElseThrow();
    assertThat(missing.outcome()).isEqualTo(Outcome.MISSING);
    assertThat(missing.expected().orElseThrow()).contains("193.4").contains("644.4");
  }
}
