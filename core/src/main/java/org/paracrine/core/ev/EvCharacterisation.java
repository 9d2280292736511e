package org.paracrine.core.ev;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.paracrine.core.assay.MarkerResult;
import org.paracrine.core.assay.Measurement;
import org.paracrine.core.constraints.QuantityBetween;
import org.paracrine.core.internal.Check;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.vocabulary.GuidelineVersion;
import org.paracrine.core.vocabulary.Marker;
import org.paracrine.core.vocabulary.ParticleClass;
import org.paracrine.core.vocabulary.Term;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Characterisation of an EV preparation, structured after the MISEV2018 checklist (Théry C et al., J Extracell
 * Vesicles 2018;7:1535750): starting material (Q1), global quantification by particles, protein and lipid (Q2)
 * and their ratio (Q3), protein markers by category (M1–M5), single-vesicle imaging (S1) and a non-imaging
 * single-particle method (S2, via the particle-concentration or size method). The guideline version followed is
 * recorded (MISEV2018 or MISEV2023, Welsh JA et al., J Extracell Vesicles 2024;13:e12404).
 *
 * <p>Invariants: particle concentration per volume in {@code {particles}}; protein concentration a mass per
 * volume; lipid concentration an amount or mass per volume; declared size cut-off a positive length; each marker
 * listed once.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEvCharacterisation.class)
@JsonDeserialize(as = ImmutableEvCharacterisation.class)
public abstract class EvCharacterisation {
  EvCharacterisation() {}

  /**
   * Returns the guideline version followed.
   *
   * @return MISEV2018 or MISEV2023
   */
  public abstract Term<GuidelineVersion> guidelineVersion();

  /**
   * Returns the particle class claimed (MISEV2023 nomenclature).
   *
   * @return the class, or empty
   */
  public abstract Optional<Term<ParticleClass>> particleClass();

  /**
   * Returns the starting material the EVs were isolated from (MISEV2018 Q1).
   *
   * @return the starting material, or empty
   */
  public abstract Optional<StartingMaterial> startingMaterial();

  /**
   * Returns the particle concentration, e.g. {@code 2.0E+11 {particles}/mL} by NTA.
   *
   * @return the measurement, or empty
   */
  public abstract Optional<Measurement> particleConcentration();

  /**
   * Returns the protein concentration, e.g. {@code 1.4 mg/mL} by BCA.
   *
   * @return the measurement, or empty
   */
  public abstract Optional<Measurement> proteinConcentration();

  /**
   * Returns the lipid concentration.
   *
   * @return the measurement, or empty
   */
  public abstract Optional<Measurement> lipidConcentration();

  /**
   * Returns the size distribution.
   *
   * @return the distribution, or empty
   */
  public abstract Optional<SizeDistribution> sizeDistribution();

  /**
   * Returns the marker results (EV markers, MSC-origin markers, contaminants).
   *
   * @return the results, possibly empty
   */
  @Size(max = 500)
  public abstract List<MarkerResult> markers();

  /**
   * Returns single-vesicle imaging results.
   *
   * @return the results, possibly empty
   */
  @Size(max = 100)
  public abstract List<VesicleImaging> imaging();

  /**
   * Returns the membrane-integrity result (e.g. detergent lysis sensitivity).
   *
   * @return the result, or empty
   */
  public abstract Optional<IntegrityResult> integrity();

  /**
   * Returns the declared operational size cut-off for a small-EV claim (MISEV: often &lt; 200 nm, method
   * dependent).
   *
   * @return a length, or empty
   */
  public abstract Optional<@QuantityBetween(min = "1", max = "1000", unit = "nm") Quantity> declaredSizeCutOff();

  /**
   * Tells whether the preparation is labelled as small EVs (sEV).
   *
   * @return true for an sEV claim; default false
   */
  @Value.Default
  public boolean smallEvClaim() {
    return false;
  }

  /**
   * Returns the result for a marker.
   *
   * @param marker the marker
   * @return the result, or empty
   */
  public Optional<MarkerResult> marker(Marker marker) {
    return markers().stream().filter(m -> m.marker().is(marker)).findFirst();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableEvCharacterisation.Builder builder() {
    return ImmutableEvCharacterisation.builder();
  }

  @Value.Check
  void check() {
    Check.all(() -> {
      String t = "EvCharacterisation";
      particleConcentration().ifPresent(m -> {
        Check.dimension(m.value(), "{particles}/mL", "a particle concentration", t, "particleConcentration.value");
        Check.nonNegative(m.value(), t, "particleConcentration.value");
      });
      proteinConcentration().ifPresent(m -> {
        Check.dimension(m.value(), "ug/mL", "a mass concentration", t, "proteinConcentration.value");
        Check.nonNegative(m.value(), t, "proteinConcentration.value");
      });
      lipidConcentration().ifPresent(m -> {
        Check.require(m.value().isConvertibleTo("nmol/mL") || m.value().isConvertibleTo("ug/mL"), t,
            "lipidConcentration.value", m.value(), "an amount or mass concentration (e.g. nmol/mL or ug/mL)");
        Check.nonNegative(m.value(), t, "lipidConcentration.value");
      });
      Check.dimension(declaredSizeCutOff(), "nm", "a length", t, "declaredSizeCutOff");
      declaredSizeCutOff().ifPresent(c -> Check.positive(c, t, "declaredSizeCutOff"));
      Check.unique(markers(), m -> m.marker().code(), t, "markers");
    });
  }
}
