package org.paracrine.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class QuantityTest {

  @Test
  void aKeptConversionIsOnlyReusedForItsOwnUnit() {
    java.util.SplittableRandom r = new java.util.SplittableRandom(185);
    String[][] kinds = {{"mL", "L", "uL", "dL"}, {"h", "min", "s", "d"}, {"kg", "g", "mg", "[lb_av]"},
        {"Cel", "K", "[degF]"}};
    for (int i = 0; i < 2_000; i++) {
      String[] units = kinds[r.nextInt(kinds.length)];
      Quantity q = Quantity.of(r.nextInt(-500, 5_000) + "." + r.nextInt(100), units[r.nextInt(units.length)]);
      for (int k = 0; k < 6; k++) { // alternate targets: each answer must be that of a quantity never converted
        String target = units[r.nextInt(units.length)];
        Quantity fresh = Quantity.of(q.value(), q.unit());
        assertThat(q.to(target)).as("%s to %s", q, target).isEqualTo(fresh.to(target));
        Quantity other = Quantity.of(r.nextInt(1, 900), target);
        assertThat(other.compareValue(q)).isEqualTo(Quantity.of(other.value(), target).compareValue(fresh));
      }
    }
    Quantity ml = Quantity.of("1500", "uL");
    assertThat(ml.to("mL")).isSameAs(ml.to("mL")).isEqualTo(Quantity.of(new BigDecimal("1.500"), "mL"));
  }

  @Test
  void keepsTheReportedScale() {
    Quantity q = Quantity.of("1.50", "mL");
    assertThat(q.value()).isEqualTo(new BigDecimal("1.50"));
    assertThat(q.value().scale()).isEqualTo(2);
    assertThat(q.toString()).isEqualTo("1.50 mL");
  }

  @Test
  void equalityIsExactButEquivalenceConverts() {
    Quantity a = Quantity.of("1.50", "mL");
    Quantity b = Quantity.of("1.5", "mL");
    Quantity c = Quantity.of("1500", "uL");
    assertThat(a).isNotEqualTo(b);
    assertThat(a.isEquivalentTo(b)).isTrue();
    assertThat(a.isEquivalentTo(c)).isTrue();
    assertThat(a.compareValue(c)).isZero();
    assertThat(a).isEqualTo(Quantity.of(new BigDecimal("1.50"), "mL"));
    assertThat(a.hashCode()).isEqualTo(Quantity.of("1.50", "mL").hashCode());
  }

  @Test
  void parsesItsOwnTextForm() {
    Quantity q = Quantity.of("2.0E+11", "{particles}/mL");
    assertThat(q.toString()).isEqualTo("2.0E+11 {particles}/mL");
    assertThat(Quantity.parse(q.toString())).isEqualTo(q);
  }

  @Test
  void rejectsMalformedText() {
    assertThatThrownBy(() -> Quantity.parse("1.5mL")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected '<decimal> <UCUM unit>'");
    assertThatThrownBy(() -> Quantity.of("one", "mL")).isInstanceOf(NumberFormatException.class)
        .hasMessageContaining("\"one\" is not a decimal number");
    assertThatThrownBy(() -> Quantity.of("1".repeat(201), "mL")).isInstanceOf(NumberFormatException.class)
        .hasMessageContaining("longer than 200");
  }

  @Test
  void rejectsInvalidUnitsWithUcumReason() {
    assertThatThrownBy(() -> Quantity.of(1, "cells/mL")).isInstanceOf(InvalidUnitException.class)
        .hasMessageContaining("invalid UCUM unit 'cells/mL'")
        .hasMessageContaining("{cells}/mL");
    assertThatThrownBy(() -> Quantity.of(1, "m L")).isInstanceOf(InvalidUnitException.class)
        .hasMessageContaining("without spaces");
    assertThatThrownBy(() -> Quantity.of(1, "")).isInstanceOf(InvalidUnitException.class);
    assertThatThrownBy(() -> Quantity.of(1, "m".repeat(300))).isInstanceOf(InvalidUnitException.class)
        .hasMessageContaining("longer than 256");
  }

  @Test
  void convertsExactlyBetweenPrefixes() {
    assertThat(Quantity.of("1500", "uL").to("mL")).isEqualTo(Quantity.of("1.500", "mL"));
    assertThat(Quantity.of("1.4", "mg/mL").to("ug/mL").value()).isEqualByComparingTo("1400");
    assertThat(Quantity.of("0.22", "um").to("nm").value()).isEqualByComparingTo("220");
    Quantity same = Quantity.of(1, "mL");
    assertThat(same.to("mL")).isSameAs(same);
  }

  @Test
  void roundsNonTerminatingConversionsTo34Digits() {
    Quantity days = Quantity.of(1, "h").to("d");
    assertThat(days.value().precision()).isEqualTo(34);
    assertThat(days.value().toPlainString()).startsWith("0.04166666666");
  }

  @Test
  void convertsTemperaturesWithTheirOffsets() {
    assertThat(Quantity.of(37, "Cel").to("K").value()).isEqualByComparingTo("310.15");
    assertThat(Quantity.of("310.15", "K").to("Cel").value()).isEqualByComparingTo("37");
    assertThat(Quantity.of(212, "[degF]").to("Cel").value()).isEqualByComparingTo("100");
    assertThat(Quantity.of(-80, "Cel").to("[degF]").value()).isEqualByComparingTo("-112");
    assertThat(Quantity.of(4, "Cel").compareValue(Quantity.of(0, "Cel"))).isPositive();
  }

  @Test
  void refusesToAddTemperatures() {
    assertThatThrownBy(() -> Quantity.of(4, "Cel").plus(Quantity.of(1, "Cel")))
        .isInstanceOf(IncomparableUnitsException.class).hasMessageContaining("special units cannot be added");
    assertThat(Quantity.of(1, "mL").plus(Quantity.of(500, "uL"))).isEqualTo(Quantity.of("1.500", "mL"));
  }

  @Test
  void keepsArbitraryUnitsApart() {
    assertThat(Quantity.of("0.5", "[IU]/mL").isConvertibleTo("/mL")).isFalse();
    assertThatThrownBy(() -> Quantity.of("0.5", "[IU]/mL").to("/mL"))
        .isInstanceOf(IncomparableUnitsException.class).hasMessageContaining("arbitrary units");
    assertThat(Quantity.of("500", "m[IU]/mL").to("[IU]/mL").value()).isEqualByComparingTo("0.5");
  }

  @Test
  void keepsAnnotatedCountsApart() {
    assertThatThrownBy(() -> Quantity.of(1, "{cells}/mL").compareValue(Quantity.of(1, "{particles}/mL")))
        .isInstanceOf(IncomparableUnitsException.class).hasMessageContaining("different annotations");
    assertThat(Quantity.of(1, "{particles}/mL").isConvertibleTo("{particles}/L")).isTrue();
    assertThat(Quantity.of(1, "{particles}/mL").to("{particles}/L").value()).isEqualByComparingTo("1000");
  }

  @Test
  void refusesDifferentDimensions() {
    assertThatThrownBy(() -> Quantity.of(1, "mL").to("g")).isInstanceOf(IncomparableUnitsException.class)
        .hasMessageContaining("different dimensions").hasMessageContaining("'mL' cannot be converted to 'g'");
  }

  @Test
  void comparesSpecialUnitsOnlyWithThemselves() {
    assertThat(Quantity.of("7.4", "[pH]").compareValue(Quantity.of("7.0", "[pH]"))).isPositive();
    assertThat(Quantity.of("7.4", "[pH]").isConvertibleTo("1")).isFalse();
  }

  @Test
  void stripsTrailingZerosOnlyWhenAsked() {
    assertThat(Quantity.of("7.0E+10", "{particles}").stripTrailingZeros().toString()).isEqualTo("70000000000 {particles}");
    assertThat(Quantity.of("0.3500", "mL").stripTrailingZeros()).isEqualTo(Quantity.of("0.35", "mL"));
  }
}
