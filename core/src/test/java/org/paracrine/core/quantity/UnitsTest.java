package org.paracrine.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UnitsTest {

  @Test
  void everyNamedUnitIsValidUcum() throws IllegalAccessException {
    for (var f : Units.class.getFields()) {
      String unit = (String) f.get(null);
      assertThat(Units.isValid(unit)).as(f.getName() + " = " + unit).isTrue();
    }
  }

  @Test
  void refusesTheEhrlichUnitForEndotoxin() {
    assertThatThrownBy(() -> Units.requireEndotoxinUnit("[EU]/mL")).isInstanceOf(InvalidUnitException.class)
        .hasMessageContaining("Ehrlich unit").hasMessageContaining("[IU]/mL");
  }

  @Test
  void acceptsInternationalUnitsAndTheEuAnnotationForEndotoxin() {
    assertThat(Units.requireEndotoxinUnit("[IU]/mL")).isEqualTo("[IU]/mL");
    assertThat(Units.requireEndotoxinUnit("{EU}/mL")).isEqualTo("{EU}/mL");
    assertThat(Units.requireEndotoxinUnit("[IU]/kg")).isEqualTo("[IU]/kg");
  }

  @Test
  void refusesEndotoxinUnitsWithoutAnEndotoxinAtom() {
    assertThatThrownBy(() -> Units.requireEndotoxinUnit("ng/mL")).isInstanceOf(InvalidUnitException.class)
        .hasMessageContaining("needs [IU]");
  }

  @Test
  void comparesUnitCodes() {
    assertThat(Units.areComparable("mL", "L")).isTrue();
    assertThat(Units.areComparable("mL", "g")).isFalse();
    assertThat(Units.areComparable("[IU]/mL", "[IU]/L")).isTrue();
    assertThat(Units.areComparable("{EU}/mL", "[IU]/mL")).isFalse();
    assertThat(Units.isValid("cells/mL")).isFalse();
    assertThatThrownBy(() -> Units.requireValid("cells/mL")).isInstanceOf(InvalidUnitException.class);
  }
}
