package org.paracrine.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.paracrine.core.InvariantViolationException;

class QuantityRangeTest {

  @Test
  void inclusiveLowerBoundContainsTheBoundary() {
    QuantityRange r = QuantityRange.atLeast(Quantity.of(95, "%"));
    assertThat(r.contains(Quantity.of("95.0", "%"))).isTrue();
    assertThat(r.contains(Quantity.of("94.99", "%"))).isFalse();
    assertThat(r.describe()).isEqualTo("≥ 95 %");
  }

  @Test
  void exclusiveUpperBoundExcludesTheBoundary() {
    QuantityRange r = QuantityRange.lessThan(Quantity.of("0.5", "[IU]/mL"));
    assertThat(r.contains(Quantity.of("0.49", "[IU]/mL"))).isTrue();
    assertThat(r.contains(Quantity.of("0.50", "[IU]/mL"))).isFalse();
    assertThat(r.describe()).isEqualTo("< 0.5 [IU]/mL");
  }

  @Test
  void exclusiveLowerAndInclusiveUpper() {
    QuantityRange gt = QuantityRange.greaterThan(Quantity.of(0, "mL"));
    assertThat(gt.contains(Quantity.of(0, "mL"))).isFalse();
    assertThat(gt.contains(Quantity.of("0.001", "mL"))).isTrue();
    QuantityRange le = QuantityRange.atMost(Quantity.of(2, "%"));
    assertThat(le.contains(Quantity.of("2.00", "%"))).isTrue();
    assertThat(le.contains(Quantity.of("2.01", "%"))).isFalse();
  }

  @Test
  void convertsTheTestedValueToTheBoundUnit() {
    QuantityRange r = QuantityRange.between(Quantity.of("0.5", "mL"), Quantity.of(2, "mL"));
    assertThat(r.contains(Quantity.of(500, "uL"))).isTrue();
    assertThat(r.contains(Quantity.of(499, "uL"))).isFalse();
    assertThat(r.describe()).isEqualTo("≥ 0.5 mL and ≤ 2 mL");
    assertThat(r.unit()).isEqualTo("mL");
  }

  @Test
  void refusesIncomparableValues() {
    QuantityRange r = QuantityRange.atMost(Quantity.of(2, "mL"));
    assertThat(r.isComparableTo(Quantity.of(1, "g"))).isFalse();
    assertThatThrownBy(() -> r.contains(Quantity.of(1, "g"))).isInstanceOf(IncomparableUnitsException.class);
  }

  @Test
  void needsAtLeastOneBound() {
    assertThatThrownBy(() -> QuantityRange.builder().build()).isInstanceOf(InvariantViolationException.class)
        .hasMessage("QuantityRange.lower/upper: was no bound, expected at least one of lower and upper");
  }

  @Test
  void refusesAnInvertedRange() {
    assertThatThrownBy(() -> QuantityRange.between(Quantity.of(3, "mL"), Quantity.of(2, "mL")))
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("QuantityRange.upper: was 2 mL, expected a value not less than lower bound 3 mL");
  }

  @Test
  void refusesAnEmptyOpenRange() {
    assertThatThrownBy(() -> QuantityRange.builder().lower(Quantity.of(2, "mL")).upper(Quantity.of(2, "mL"))
        .upperInclusive(false).build())
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("QuantityRange.upper: was 2 mL, expected a value greater than lower bound 2 mL");
    assertThat(QuantityRange.between(Quantity.of(2, "mL"), Quantity.of(2000, "uL")).contains(Quantity.of(2, "mL")))
        .isTrue();
  }

  @Test
  void refusesBoundsOfDifferentKinds() {
    assertThatThrownBy(() -> QuantityRange.between(Quantity.of(1, "mL"), Quantity.of(2, "g")))
        .isInstanceOf(InvariantViolationException.class)
        .hasMessage("QuantityRange.upper: was 2 g, expected a unit comparable with lower bound 1 mL");
  }

  /**
   * The range reads its bounds once and keeps them: on generated ranges and values (seeded), {@code contains},
   * {@code isComparableTo}, {@code unit} and {@code describe} agree with the bounds the getters return, on the
   * first call and on later ones.
   */
  @Test
  void keptBoundsAgreeWithTheGettersOnGeneratedRanges() {
    java.util.Random random = new java.util.Random(2026L);
    String[] units = {"mL", "uL", "L"};
    for (int round = 0; round < 2_000; round++) {
      Quantity a = Quantity.of(java.math.BigDecimal.valueOf(random.nextInt(2_000) - 1_000, random.nextInt(3)),
          units[random.nextInt(units.length)]);
      Quantity b = Quantity.of(java.math.BigDecimal.valueOf(random.nextInt(2_000) - 1_000, random.nextInt(3)),
          units[random.nextInt(units.length)]);
      Quantity lo = a.compareValue(b) <= 0 ? a : b;
      Quantity hi = lo == a ? b : a;
      var builder = QuantityRange.builder().lowerInclusive(random.nextBoolean()).upperInclusive(true);
      int shape = random.nextInt(3);
      if (shape != 2) {
        builder.lower(lo);
      }
      if (shape != 1) {
        builder.upper(hi);
      }
      QuantityRange r = builder.build();
      Quantity q = Quantity.of(java.math.BigDecimal.valueOf(random.nextInt(2_400) - 1_200, random.nextInt(3)),
          random.nextInt(10) == 0 ? "g" : units[random.nextInt(units.length)]);
      for (int call = 0; call < 2; call++) {
        boolean comparable = (r.lower().isEmpty() || q.isComparableTo(r.lower().get()))
            && (r.upper().isEmpty() || q.isComparableTo(r.upper().get()));
        assertThat(r.isComparableTo(q)).isEqualTo(comparable);
        assertThat(r.unit()).isEqualTo(r.lower().orElseGet(() -> r.upper().get()).unit());
        if (comparable) {
          boolean inside = r.lower().map(l -> {
            int c = q.compareValue(l);
            return c > 0 || (c == 0 && r.lowerInclusive());
          }).orElse(true) && r.upper().map(u -> {
            int c = q.compareValue(u);
            return c < 0 || (c == 0 && r.upperInclusive());
          }).orElse(true);
          assertThat(r.contains(q)).as("%s in %s", q, r.describe()).isEqualTo(inside);
        }
        String described = (r.lower().map(l -> (r.lowerInclusive() ? "≥ " : "> ") + l.toReadableString())
            .orElse("") + (r.lower().isPresent() && r.upper().isPresent() ? " and " : "")
            + r.upper().map(u -> "≤ " + u.toReadableString()).orElse(""));
        assertThat(r.describe()).isEqualTo(described);
      }
    }
  }
}
