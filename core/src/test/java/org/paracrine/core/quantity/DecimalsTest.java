package org.paracrine.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.paracrine.core.internal.Decimals;

/** Division without exceptions equals the try-exact-then-round division it replaces, on generated operands. */
class DecimalsTest {
  private static BigDecimal reference(BigDecimal a, BigDecimal b, MathContext mc) {
    try {
      return a.divide(b);
    } catch (ArithmeticException nonTerminating) {
      return a.divide(b, mc);
    }
  }

  @Test
  void generatedQuotientsEqualTheExactOrRoundedDivisionIncludingTheirScale() {
    Random random = new Random(20261128L);
    MathContext mc = MathContext.DECIMAL128;
    for (int i = 0; i < 20_000; i++) {
      BigDecimal a = BigDecimal.valueOf(random.nextInt(2_000_001) - 1_000_000L, random.nextInt(12) - 4);
      long unscaled = random.nextInt(2_000_000) + 1L;
      int[] factors = {1, 2, 3, 5, 7, 10, 16, 25, 125, 3 * 5};
      BigDecimal b = BigDecimal.valueOf(random.nextBoolean() ? unscaled : factors[random.nextInt(factors.length)],
          random.nextInt(8) - 2);
      BigDecimal expected = reference(a, b, mc);
      BigDecimal actual = Decimals.divide(a, b, mc);
      assertThat(actual).as("%s / %s", a, b).isEqualTo(expected);
      assertThat(actual.scale()).as("scale of %s / %s", a, b).isEqualTo(expected.scale());
    }
  }

  @Test
  void terminationFollowsThePrimeFactorsOfTheReducedDenominator() {
    assertThat(Decimals.terminates(BigDecimal.ONE, new BigDecimal("3"))).isFalse();
    assertThat(Decimals.terminates(new BigDecimal("3"), new BigDecimal("3"))).isTrue();
    assertThat(Decimals.terminates(BigDecimal.ONE, new BigDecimal("0.8"))).isTrue();
    assertThat(Decimals.terminates(new BigDecimal("7"), new BigDecimal("14"))).isTrue();
    assertThat(Decimals.terminates(BigDecimal.ZERO, new BigDecimal("7"))).isTrue();
  }

  @Test
  void divisionByZeroStillFails() {
    assertThatThrownBy(() -> Decimals.divide(BigDecimal.ONE, BigDecimal.ZERO, MathContext.DECIMAL128))
        .isInstanceOf(ArithmeticException.class);
  }
}
