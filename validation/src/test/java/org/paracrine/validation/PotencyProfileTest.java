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
import org.paracrine.core.report.Severity;
import org.paracrine.core.samples.ReferenceLots;
import org.paracrine.core.samples.ReferenceProducts;
import org.paracrine.core.vocabulary.AnalyticalMethod;
import org.paracrine.core.vocabulary.ProductType;
import org.paracrine.core.vocabulary.QualitativeOutcome;
import org.paracrine.core.vocabulary.QualityAttribute;
import org.paracrine.core.vocabulary.Term;
import org.paracrine.validation.profiles.PotencyParameters;
import org.paracrine.validation.profiles.PotencyProfile;

class PotencyProfileTest {
  private static final PotencyProfile PROFILE = PotencyProfile.withDefaults();

  private static TestResult relative(String percent) {
    return TestResult.builder().attribute(Term.of(QualityAttribute.POTENCY)).analyte(PotencyProfile.RELATIVE_POTENCY)
        .method(Term.of(AnalyticalMethod.T_CELL_PROLIFERATION)).value(Quantity.of(percent, "%")).build();
  }

  private static Lot withRelative(String percent) {
    return Lot.builder().from(Fixtures.bmLot()).addTestResult(relative(percent)).build();
  }

  private static PotencyProfile limited() {
    return PotencyProfile.of(PotencyParameters.builder().relativePotencyLimit(QuantityRange.between(
        Quantity.of(50, "%"), Quantity.of(150, "%"))).build());
  }

  @Test
  void potencyIsCitedToTheFdaDraftGuidanceNotToWitwer2019() {
    List<Finding> f = run(PROFILE, Fixtures.bmProduct(), withRelative("98"));
    assertThat(codes(f)).containsExactly("POTENCY.QUANTITATIVE.PASS", "POTENCY.REFERENCE_STANDARD.PASS");
    assertThat(f.get(0).source().orElseThrow().reference().orElseThrow()).contains("FDA-2023-D-4299",
        "Potency Assurance for Cellular and Gene Therapy Products");
    assertThat(f).allSatisfy(x -> assertThat(x.source().orElseThrow().label()).doesNotContain("Witwer"));
    assertThat(PROFILE.purpose()).isEqualTo(ProfilePurpose.RELEASE);
  }

  @Test
  void potencyMustBeQuantitativeAndIsRequiredForRelease() {
    Lot qualitative = replaceResults(Fixtures.bmLot(), QualityAttribute.POTENCY, TestResult.qualitative(
        QualityAttribute.POTENCY, AnalyticalMethod.T_CELL_PROLIFERATION, QualitativeOutcome.CONFORMS));
    Finding f = only(run(PROFILE, Fixtures.bmProduct(), qualitative), "POTENCY.QUANTITATIVE.NOT_QUANTITATIVE");
    assertThat(f.path()).isEqualTo("/lot/testResults/5/outcome");
    assertThat(f.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    Finding missing = only(run(PROFILE, Fixtures.bmProduct(), withoutResults(Fixtures.bmLot(),
        QualityAttribute.POTENCY)), "POTENCY.QUANTITATIVE.MISSING");
    assertThat(missing.severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void theRelativePotencyIsJudgedAgainstTheAcceptanceCriterionAtItsBoundaries() {
    assertThat(codes(run(limited(), Fixtures.bmProduct(), withRelative("50"))))
        .contains("POTENCY.REFERENCE_STANDARD.PASS");
    assertThat(codes(run(limited(), Fixtures.bmProduct(), withRelative("150"))))
        .contains("POTENCY.REFERENCE_STANDARD.PASS");
    Finding low = only(run(limited(), Fixtures.bmProduct(), withRelative("49.9")),
        "POTENCY.REFERENCE_STANDARD.OUT_OF_LIMIT");
    assertThat(low.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(low.severity()).isEqualTo(Severity.ERROR);
    assertThat(Fixtures.report(limited(), Fixtures.bmProduct(), withRelative("49.9")).verdict())
        .isEqualTo(org.paracrine.core.report.Verdict.REJECT);
    PotencyProfile lenient = PotencyProfile.of(PotencyParameters.builder().from(limited().parameters())
        .referenceSeverity(Severity.WARNING).build());
    assertThat(Fixtures.report(lenient, Fixtures.bmProduct(), withRelative("49.9")).verdict())
        .isEqualTo(org.paracrine.core.report.Verdict.RELEASE);
  }

  @Test
  void aMissingReferenceStandardComparisonIsRequiredOnlyOnceTheUserSetsAnAcceptanceCriterion() {
    List<Finding> f = run(PROFILE, Fixtures.bmProduct(), Fixtures.bmLot());
    assertThat(codes(f)).containsExactly("POTENCY.QUANTITATIVE.PASS", "POTENCY.REFERENCE_STANDARD.NOT_APPLICABLE");
    Finding missing = only(run(limited(), Fixtures.bmProduct(), Fixtures.bmLot()),
        "POTENCY.REFERENCE_STANDARD.MISSING");
    assertThat(missing.severity()).isEqualTo(Severity.ERROR);
    assertThat(missing.source().orElseThrow().confidence()).isEqualTo(org.paracrine.core.spec.Confidence.VERIFY);
    assertThat(Fixtures.report(limited(), Fixtures.bmProduct(), Fixtures.bmLot()).verdict())
        .isEqualTo(org.paracrine.core.report.Verdict.INCOMPLETE);
  }

  @Test
  void potencyAppliesToEveryProductTypeTheUserAsksFor() {
    assertThat(codes(run(PROFILE, ReferenceProducts.umbilicalCordSecretomeGel(),
        ReferenceLots.umbilicalCordSecretomeGel()))).containsExactly("PROFILE.NOT_APPLICABLE");
    PotencyProfile all = PotencyProfile.of(PotencyParameters.builder().productTypes(List.of(ProductType.values()))
        .build());
    List<Finding> gel = run(all, ReferenceProducts.umbilicalCordSecretomeGel(),
        ReferenceLots.umbilicalCordSecretomeGel());
    assertThat(codes(notPassing(gel))).contains("POTENCY.QUANTITATIVE.MISSING");
    assertThat(all.specification().orElseThrow().scope().orElseThrow().productTypes()).extracting(Term::code)
        .contains("conditioned-medium", "concentrated-secretome", "lyophilised-secretome");
  }
}
