package org.paracrine.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * Invariants over seeded, generated quantities (reproducible: the seed is the repetition number; a failure names
 * it).
 */
class QuantityPropertiesTest {

  private static final List<List<String>> FAMILIES = List.of(
      List.of("mL", "uL", "L", "nL", "dL"),
      List.of("g", "mg", "ug", "ng", "pg", "kg"),
      List.of("{particles}/mL", "{particles}/L", "{particles}/uL"),
      List.of("ug/mL", "mg/mL", "ng/uL", "g/L", "pg/mL"),
      List.of("[IU]/mL", "[IU]/L", "m[IU]/mL"),
      List.of("nm", "um", "mm", "m"),
      List.of("h", "min", "s", "d", "wk"),
      List.of("Cel", "K", "[degF]"));

  private static BigDecimal randomDecimal(Random r) {
    return BigDecimal.valueOf(r.nextLong() % 10_000_000_000L, r.nextInt(12) - 3);
  }

  @RepeatedTest(200)
  void conversionThereAndBackIsEquivalent(RepetitionInfo info) {
    Random r = new Random(info.getCurrentRepetition());
    List<String> family = FAMILIES.get(r.nextInt(FAMILIES.size()));
    String from = family.get(r.nextInt(family.size()));
    String to = family.get(r.nextInt(family.size()));
    Quantity q = Quantity.of(randomDecimal(r), from);
    Quantity back = q.to(to).to(from);
    assertThat(back.value().subtract(q.value()).abs())
        .as("seed %d: %s -> %s -> %s", info.getCurrentRepetition(), q, to, back)
        .isLessThanOrEqualTo(q.value().abs().multiply(new BigDecimal("1E-30")).add(new BigDecimal("1E-25")));
  }

  @RepeatedTest(200)
  void comparisonAgreesAcrossUnitsAndIsAntisymmetric(RepetitionInfo info) {
    Random r = new Random(1000 + info.getCurrentRepetition());
    List<String> family = FAMILIES.get(r.nextInt(FAMILIES.size() - 1));
    Quantity a = Quantity.of(randomDecimal(r), family.get(r.nextInt(family.size())));
    Quantity b = Quantity.of(randomDecimal(r), family.get(r.nextInt(family.size())));
    assertThat(Integer.signum(a.compareValue(b))).isEqualTo(-Integer.signum(b.compareValue(a)));
    assertThat(Integer.signum(a.compareValue(b))).isEqualTo(Integer.signum(a.compareValue(b.to(a.unit()))));
  }

  @RepeatedTest(100)
  void rangeMembershipIsMonotonic(RepetitionInfo info) {
    Random r = new Random(5000 + info.getCurrentRepetition());
    BigDecimal limit = randomDecimal(r);
    QuantityRange atLeast = QuantityRange.atLeast(Quantity.of(limit, "mL"));
    QuantityRange atMost = QuantityRange.atMost(Quantity.of(limit, "mL"));
    BigDecimal x = randomDecimal(r);
    BigDecimal bigger = x.add(randomDecimal(r).abs());
    if (atLeast.contains(Quantity.of(x, "mL"))) {
      assertThat(atLeast.contains(Quantity.of(bigger, "mL"))).isTrue();
    }
    if (atMost.contains(Quantity.of(bigger, "mL"))) {
      assertThat(atMost.contains(Quantity.of(x, "mL"))).isTrue();
    }
    assertThat(atLeast.contains(Quantity.of(limit, "mL")) && atMost.contains(Quantity.of(limit, "mL"))).isTrue();
  }

  @RepeatedTest(100)
  void textFormRoundTripsExactly(RepetitionInfo info) {
    Random r = new Random(9000 + info.getCurrentRepetition());
    List<String> family = FAMILIES.get(r.nextInt(FAMILIES.size()));
    Quantity q = Quantity.of(randomDecimal(r), family.get(r.nextInt(family.size())));
    assertThat(Quantity.parse(q.toString())).isEqualTo(q);
  }
}
