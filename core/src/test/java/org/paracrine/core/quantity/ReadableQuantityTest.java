package org.paracrine.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Readable display of long values: cut to ten significant digits, marked, the exact value kept. */
class ReadableQuantityTest {

  @Test
  void aValueOfAtMostTenSignificantDigitsIsShownAsItIs() {
    assertThat(Quantity.of("1234567890", "1").toReadableString()).isEqualTo("1234567890 1");
    assertThat(Quantity.of("0.50", "[IU]/mL").toReadableString()).isEqualTo("0.50 [IU]/mL");
    assertThat(Quantity.of("1.2E-7", "g").toReadableString()).isEqualTo("1.2E-7 g");
  }

  @Test
  void anElevenDigitValueIsCutNotRoundedAndMarked() {
    assertThat(Quantity.of("0.16666666666", "[IU]/mL").toReadableString()).isEqualTo("0.1666666666\u2026 [IU]/mL");
    assertThat(Quantity.of("99.999999999999", "%").toReadableString()).isEqualTo("99.99999999\u2026 %");
  }

  @Test
  void aThirtyFiveDigitControlLimitIsReadableWhileTheRangeKeepsTheExactBound() {
    Quantity exact = Quantity.of("12.345678901234567890123456789012345", "ug/mL");
    QuantityRange range = QuantityRange.between(Quantity.of("1", "ug/mL"), exact);
    assertThat(range.describe()).isEqualTo("≥ 1 ug/mL and ≤ 12.34567890\u2026 ug/mL");
    assertThat(range.describeExact()).isEqualTo("≥ 1 ug/mL and ≤ 12.345678901234567890123456789012345 ug/mL");
    assertThat(range.upper()).contains(exact);
  }
}
