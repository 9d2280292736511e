package org.paracrine.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.paracrine.core.assay.Censoring;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.quantity.QuantityRange;

class ComparisonTest {

  private static Quantity quantity(SplittableRandom r, String[] units) {
    return Quantity.of(r.nextInt(0, 300) + "." + r.nextInt(10), units[r.nextInt(units.length)]);
  }

  @Test
  void theKindAloneIsTheKindOfTheFullComparisonForGeneratedValues() {
    SplittableRandom r = new SplittableRandom(85);
    String[] units = {"mL", "L", "%", "[IU]/mL", "[EU]/mL"};
    int[] kinds = new int[Comparison.Kind.values().length];
    for (int i = 0; i < 20_000; i++) {
      Quantity v = quantity(r, units);
      Censoring c = r.nextInt(3) == 0 ? Censoring.values()[r.nextInt(Censoring.values().length)] : null;
      Quantity a = quantity(r, units);
      Quantity b = Quantity.of(a.value().add(java.math.BigDecimal.valueOf(r.nextInt(1, 100))), a.unit());
      QuantityRange limit;
      switch (r.nextInt(3)) {
        case 0:
          limit = QuantityRange.atLeast(a);
          break;
        case 1:
          limit = QuantityRange.lessThan(b);
          break;
        default:
          limit = QuantityRange.between(a, b);
      }
      QuantityRange band = r.nextBoolean() ? null : QuantityRange.atMost(quantity(r, units));
      Comparison full = Comparison.of(v, Optional.ofNullable(c), limit, Optional.ofNullable(band));
      assertThat(Comparison.kindOf(v, c, limit, band)).as("%s %s in %s band %s", c, v, limit, band)
          .isEqualTo(full.kind());
      assertThat(Comparison.of(v, c, limit, band)).isEqualTo(full);
      kinds[full.kind().ordinal()]++;
    }
    assertThat(java.util.Arrays.stream(kinds).min().getAsInt()).isPositive(); // every kind is reached
  }
}
