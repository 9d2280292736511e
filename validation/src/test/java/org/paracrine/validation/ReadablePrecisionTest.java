package org.paracrine.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.quantity.QuantityRange;
import org.paracrine.core.report.Finding;
import org.paracrine.core.report.Outcome;
import org.paracrine.core.spec.AcceptanceCriterion;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.core.spec.Selector;
import org.paracrine.core.vocabulary.QualityAttribute;

/**
 * Limits with many digits (a control limit computed from a reference series, a limit derived by a formula) are
 * shown at a readable precision in a finding's text, while the finding's limit keeps the exact value.
 */
class ReadablePrecisionTest {
  private static final Quantity LONG = Quantity.of("7.649999999999999999999999999999999", "[pH]");

  private static Finding check(QuantityRange limit) {
    AcceptanceCriterion c = AcceptanceCriterion.builder().id("ph").selector(Selector.testResult(QualityAttribute.PH))
        .limit(limit).build();
    ReleaseSpecification spec = ReleaseSpecification.builder().id("precision").version("1").title("precision")
        .addCriteria(c).build();
    List<Finding> findings = ReleaseChecker.builder().structuralValidation(false).addSpecification(spec).build()
        .check(Fixtures.bmProduct(), Fixtures.bmLot()).findings();
    assertThat(findings).hasSize(1);
    return findings.get(0);
  }

  @Test
  void aThirtyFourDigitLimitIsShownCutInTheExpectationAndMessageAndKeptExactInTheLimit() {
    Finding f = check(QuantityRange.atMost(LONG));
    assertThat(f.outcome()).isEqualTo(Outcome.PASS);
    assertThat(f.expected()).contains("≤ 7.649999999\u2026 [pH]");
    assertThat(f.message()).contains("7.649999999\u2026").doesNotContain("7.6499999999999");
    assertThat(f.limit()).contains(QuantityRange.atMost(LONG));
    assertThat(f.limit().orElseThrow().upper().orElseThrow().value().precision()).isEqualTo(34);
  }

  @Test
  void aShortLimitIsShownExactly() {
    Finding f = check(QuantityRange.atMost(Quantity.of("7.65", "[pH]")));
    assertThat(f.expected()).contains("≤ 7.65 [pH]");
    assertThat(f.message()).doesNotContain("\u2026");
  }
}
