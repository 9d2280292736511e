package org.paracrine.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DoseCalculatorTest {

  private static final Quantity CONCENTRATION = Quantity.of("2.0E+11", "{particles}/mL");

  @Test
  void volumeForAPerKilogramDoseIsExact() {
    Quantity v = DoseCalculator.volumeFor(Quantity.of("1E+9", "{particles}/kg"), Quantity.of(70, "kg"),
        CONCENTRATION);
    assertThat(v.unit()).isEqualTo("mL");
    assertThat(v.value()).isEqualByComparingTo("0.35");
    assertThat(v.value().toPlainString()).isEqualTo("0.35");
  }

  @Test
  void amountIsConcentrationTimesVolume() {
    Quantity particles = DoseCalculator.amount(CONCENTRATION, Quantity.of(1, "mL"));
    assertThat(particles.unit()).isEqualTo("{particles}");
    assertThat(particles.value()).isEqualByComparingTo("2.0E+11");
    Quantity protein = DoseCalculator.amount(Quantity.of("1.4", "mg/mL"), Quantity.of(500, "uL"));
    assertThat(protein).isEqualTo(Quantity.of("0.7000", "mg"));
  }

  @Test
  void amountOfAPlainPerVolumeConcentrationIsANumber() {
    assertThat(DoseCalculator.amount(Quantity.of(5, "/mL"), Quantity.of(2, "mL")).unit()).isEqualTo("1");
  }

  @Test
  void perBodyMassDividesByKilograms() {
    Quantity perKg = DoseCalculator.perBodyMass(Quantity.of("7.0E+10", "{particles}"), Quantity.of(70000, "g"));
    assertThat(perKg.unit()).isEqualTo("{particles}/kg");
    assertThat(perKg.value()).isEqualByComparingTo("1E+9");
    assertThat(DoseCalculator.perBodyMass(Quantity.of(15, "mL"), Quantity.of(60, "kg")).unit()).isEqualTo("mL/kg");
    assertThat(DoseCalculator.perBodyMass(Quantity.of(3, "1"), Quantity.of(60, "kg")).unit()).isEqualTo("/kg");
    assertThat(DoseCalculator.perBodyMass(Quantity.of(3, "mg/mL"), Quantity.of(60, "kg")).unit())
        .isEqualTo("(mg/mL)/kg");
  }

  @Test
  void totalForBodyMassMultiplies() {
    Quantity total = DoseCalculator.forBodyMass(Quantity.of(5, "[IU]/kg"), Quantity.of(70, "kg"));
    assertThat(total).isEqualTo(Quantity.of(350, "[IU]"));
    Quantity phospholipid = DoseCalculator.forBodyMass(Quantity.of(20, "pmol/kg"), Quantity.of(1200, "g"));
    assertThat(phospholipid.value()).isEqualByComparingTo("24");
  }

  @Test
  void volumeForATotalDoseConvertsTheDoseToTheNumerator() {
    Quantity v = DoseCalculator.volumeFor(Quantity.of("2", "mg"), Quantity.of("400", "ug/mL"));
    assertThat(v.unit()).isEqualTo("mL");
    assertThat(v.value()).isEqualByComparingTo("5");
  }

  @Test
  void refusesAConcentrationThatIsNotARatio() {
    assertThatThrownBy(() -> DoseCalculator.amount(Quantity.of(1, "mL"), Quantity.of(1, "mL")))
        .isInstanceOf(IncomparableUnitsException.class).hasMessageContaining("amount/basis");
  }

  @Test
  void refusesAVolumeOfTheWrongKind() {
    assertThatThrownBy(() -> DoseCalculator.amount(CONCENTRATION, Quantity.of(1, "g")))
        .isInstanceOf(IncomparableUnitsException.class).hasMessageContaining("different dimensions");
  }

  @Test
  void refusesANonPositiveOrNonMassBodyMass() {
    assertThatThrownBy(() -> DoseCalculator.perBodyMass(Quantity.of(1, "mL"), Quantity.of(0, "kg")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("body mass must be greater than zero, was 0 kg");
    assertThatThrownBy(() -> DoseCalculator.perBodyMass(Quantity.of(1, "mL"), Quantity.of(70, "mL")))
        .isInstanceOf(IncomparableUnitsException.class).hasMessageContaining("body mass must be a mass");
  }

  @Test
  void refusesAPerKilogramDoseDividedByAVolume() {
    assertThatThrownBy(() -> DoseCalculator.forBodyMass(CONCENTRATION, Quantity.of(70, "kg")))
        .isInstanceOf(IncomparableUnitsException.class).hasMessageContaining("divided by a mass");
  }

  @Test
  void refusesAZeroConcentration() {
    assertThatThrownBy(() -> DoseCalculator.volumeFor(Quantity.of(1, "{particles}"),
        Quantity.of(0, "{particles}/mL"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("greater than zero");
  }
}
