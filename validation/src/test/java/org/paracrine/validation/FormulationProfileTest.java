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
    assertThat(codes(f)).containsExactly("FORMULATION.PH.PASS", "FORMULATION.OSMOLALITY.PASS");
    assertThat(f).allSatisfy(x -> assertThat(x.source().orElseThrow().confidence())
        .isEqualTo(Confidence.UNCONFIRMED));
    assertThat(f.get(0).path()).isEqualTo("/lot/testResults/3/value");
  }

  @Test
  void windowBoundsAreInclusiveAndOutsideIsAWarningByDefault() {
    assertThat(notPassing(run(PROFILE, Fixtures.bmProduct(), ph("8.0")))).isEmpty();
    assertThat(notPassing(run(PROFILE, Fixtures.bmProduct(), ph("6.5")))).isEmpty();
    ReleaseReport r = Fixtures.report(PROFILE, Fixtures.bmProduct(), ph("8.1"));
    Finding x = only(r.findings(), "FORMULATION.PH.OUT_OF_WINDOW");
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
    assertThat(codes(r.findings())).containsExactly("FORMULATION.PH.PRODUCT_SPECIFIC_LIMIT",
        "FORMULATION.OSMOLALITY.PASS", "SPEC.CRITERION.PASS");
    assertThat(r.findings().get(0).message()).contains("bm-ev-spec@1");
  }

  @Test
  void topicalRouteHasNoDefaultWindow() {
    List<Finding> f = run(PROFILE, ReferenceProducts.umbilicalCordSecretomeGel(),
        ReferenceLots.umbilicalCordSecretomeGel());
    assertThat(codes(f)).containsExactly("PROFILE.NOT_APPLICABLE");
  }
}
