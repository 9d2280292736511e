package org.paracrine.core.product;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.vocabulary.DoseBasis;

class DoseBasisUnitsTest {
  @Test
  void doseDividedByAnAreaIsPerSquareMetreAndNotPerKilogram() {
    Dose d = Dose.of(DoseBasis.VOLUME, Quantity.of(10, "mL/m2"));
    assertThat(d.perBodySurfaceArea()).isTrue();
    assertThat(d.perBodyMass()).isFalse();
  }

  @Test
  void massDosePerSquareCentimetreIsStillPerArea() {
    assertThat(Dose.of(DoseBasis.PROTEIN, Quantity.of(5, "ug/cm2")).perBodySurfaceArea()).isTrue();
  }

  @Test
  void flatAndPerKilogramDosesAreNotPerSquareMetre() {
    assertThat(Dose.of(DoseBasis.VOLUME, Quantity.of(2, "mL")).perBodySurfaceArea()).isFalse();
    assertThat(Dose.of(DoseBasis.PARTICLES, Quantity.of("1E+9", "{particles}/kg")).perBodySurfaceArea()).isFalse();
  }
}
