package org.paracrine.validation.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.paracrine.core.assay.Measurement;
import org.paracrine.core.assay.TestResult;
import org.paracrine.core.ev.EvCharacterisation;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.quantity.Units;
import org.paracrine.core.report.JsonPointer;
import org.paracrine.core.vocabulary.QualityAttribute;

/**
 * Particle-to-protein and particle-to-lipid ratios (MISEV2018 item Q3; Webber &amp; Clayton 2013), from a reported
 * ratio result or derived from the lot's measured concentrations: {@code particles/mL ÷ µg/mL}, rounded half-even to
 * six significant digits. Never from a literature constant.
 */
public final class Ratios {
  private static final String TEST_RESULTS = JsonPointer.of("lot", "testResults");
  private static final String PROTEIN_VALUE = JsonPointer.of("lot", "evCharacterisation", "proteinConcentration",
      "value");
  private static final String PARTICLE_VALUE = JsonPointer.of("lot", "evCharacterisation", "particleConcentration",
      "value");

  private static final MathContext SIX = new MathContext(6, RoundingMode.HALF_EVEN);

  private Ratios() {}

  /**
   * Returns the particle:protein ratio in {@code {particles}/ug}: a {@code particle-protein-ratio} test result
   * first, else derived from the EV characterisation.
   *
   * @param lot the lot
   * @return the ratio with its path, or empty when it cannot be obtained
   */
  public static Optional<Located<Quantity>> particlesPerMicrogram(Lot lot) {
    List<TestResult> results = lot.testResults();
    for (int i = 0; i < results.size(); i++) {
      TestResult r = results.get(i);
      if (r.attribute().is(QualityAttribute.PARTICLE_TO_PROTEIN_RATIO) && r.value().isPresent()
          && r.value().get().isConvertibleTo(Units.PARTICLES_PER_UG)) {
        return Optional.of(new Located<>(r.value().get().to(Units.PARTICLES_PER_UG),
            org.paracrine.validation.internal.engine.Pointers.path(TEST_RESULTS, i, "value")));
      }
    }
    return lot.evCharacterisation().flatMap(ev -> derived(ev, ev.proteinConcentration(), "ug/mL",
        Units.PARTICLES_PER_UG));
  }

  /**
   * Returns the particle:lipid ratio in {@code {particles}/nmol}, derived from amount-based lipid concentrations.
   *
   * @param ev the characterisation
   * @return the ratio, or empty
   */
  public static Optional<Located<Quantity>> particlesPerNanomole(EvCharacterisation ev) {
    return derived(ev, ev.lipidConcentration(), "nmol/mL", "{particles}/nmol");
  }

  /**
   * Returns the protein:lipid ratio in {@code ug/nmol}, derived from the protein concentration and an amount-based
   * lipid concentration (MISEV2018 item Q3 accepts a ratio of any two of the quantification figures).
   *
   * @param ev the characterisation
   * @return the ratio, or empty when either is missing, not a mass or amount concentration, or the lipid is zero
   */
  public static Optional<Located<Quantity>> proteinPerNanomoleLipid(EvCharacterisation ev) {
    if (ev.proteinConcentration().isEmpty() || ev.lipidConcentration().isEmpty()
        || !ev.proteinConcentration().get().value().isConvertibleTo("ug/mL")
        || !ev.lipidConcentration().get().value().isConvertibleTo("nmol/mL")) {
      return Optional.empty();
    }
    BigDecimal protein = ev.proteinConcentration().get().value().to("ug/mL").value();
    BigDecimal lipid = ev.lipidConcentration().get().value().to("nmol/mL").value();
    if (lipid.signum() <= 0) {
      return Optional.empty();
    }
    return Optional.of(new Located<>(Quantity.of(protein.divide(lipid, SIX), "ug/nmol"),
        PROTEIN_VALUE));
  }

  private static Optional<Located<Quantity>> derived(EvCharacterisation ev, Optional<Measurement> denominator,
      String denominatorUnit, String ratioUnit) {
    if (ev.particleConcentration().isEmpty() || denominator.isEmpty()
        || !denominator.get().value().isConvertibleTo(denominatorUnit)) {
      return Optional.empty();
    }
    BigDecimal particles = ev.particleConcentration().get().value().to(Units.PARTICLES_PER_ML).value();
    BigDecimal amount = denominator.get().value().to(denominatorUnit).value();
    if (amount.signum() <= 0) {
      return Optional.empty();
    }
    return Optional.of(new Located<>(Quantity.of(particles.divide(amount, SIX), ratioUnit),
        PARTICLE_VALUE));
  }
}
