package org.paracrine.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paracrine.validation.Fixtures.codes;
import static org.paracrine.validation.Fixtures.notPassing;
import static org.paracrine.validation.Fixtures.only;
import static org.paracrine.validation.Fixtures.replaceResults;
import static org.paracrine.validation.Fixtures.run;
import static org.paracrine.validation.Fixtures.withoutResults;

import java.util.List;
import org.junit.jupiter.api.Test;
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
}
