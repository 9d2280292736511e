package org.paracrine.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.paracrine.documents.internal.LabUnits;

class LabUnitsTest {
  @Test
  void ucumCodesAreShownTheWayLabsWriteThem() {
    assertThat(LabUnits.display("Cel", false)).isEqualTo("°C");
    assertThat(LabUnits.display("ug/mL", false)).isEqualTo("µg/mL");
    assertThat(LabUnits.display("pg/ug", false)).isEqualTo("pg/µg");
    assertThat(LabUnits.display("{particles}/mL", false)).isEqualTo("particles/mL");
    assertThat(LabUnits.display("10*9/L", false)).isEqualTo("10⁹/L");
    assertThat(LabUnits.display("%", false)).isEqualTo("%");
    assertThat(LabUnits.display("1", false)).isEmpty();
  }

  @Test
  void endotoxinInInternationalUnitsIsShownInEndotoxinUnits() {
    assertThat(LabUnits.display("[IU]/mL", true)).isEqualTo("EU/mL");
    assertThat(LabUnits.display("{EU}/mL", false)).isEqualTo("EU/mL");
    assertThat(LabUnits.display("[IU]/mL", false)).isEqualTo("IU/mL");
    assertThat(LabUnits.quantity("0.30", "[IU]/mL", true)).isEqualTo("0.30 EU/mL");
  }
}
