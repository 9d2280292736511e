package org.paracrine.validation.profiles;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.vocabulary.RouteCategory;

/**
 * Parameters of {@link CompendialSafetyProfile}.
 *
 * <p>K values: USP &lt;85&gt; gives K = 5 EU/kg for any parenteral route other than intrathecal (Ph. Eur. 5.1.10:
 * intravenous 5.0 IU/kg) and K = 0.2 EU/kg for intrathecal use (confirmed). No compendial K exists for ophthalmic,
 * inhalation, nasal, topical, dental or other central-nervous-system routes (FDA "Pyrogen and Endotoxins Testing:
 * Questions and Answers", 2012; Ph. Eur. 5.1.10: set during development), so they are absent from the default map
 * and such a route requires a product-specific limit. Body mass: USP examples use 70 kg (confirmed), but none is
 * assumed: {@link #bodyMass()} is empty unless the user sets one. Products dosed per m² of body surface area use
 * USP &lt;85&gt;'s K = 2.5 EU/kg with M = (dose/m²/h × 1.80 m²) / 70 kg
 * ({@link #thresholdPyrogenicDosePerSquareMetre()}).
 */
@Value.Immutable
public abstract class CompendialSafetyParameters {
  CompendialSafetyParameters() {}

  /**
   * Returns K, the threshold pyrogenic dose per kg, by route category.
   *
   * @return default PARENTERAL = {@code 5 [IU]/kg}, INTRATHECAL = {@code 0.2 [IU]/kg}
   */
  @Value.Default
  public Map<RouteCategory, Quantity> thresholdPyrogenicDose() {
    return Map.of(RouteCategory.PARENTERAL, Quantity.of(5, "[IU]/kg"),
        RouteCategory.INTRATHECAL, Quantity.of("0.2", "[IU]/kg"));
  }

  /**
   * Returns the body mass the user sets for regimens that state no reference body mass. There is no default: USP
   * &lt;85&gt; uses 70 kg in its examples and other worked examples use 60 kg, so a body mass is never assumed; without
   * one, the limit of a flat dose cannot be computed and the lot is incomplete. The finding names the body mass used.
   *
   * @return the body mass, or empty (the default)
   */
  public abstract Optional<Quantity> bodyMass();

  /**
   * Returns K for products dosed per square metre of body surface area.
   *
   * @return default {@code 2.5 [IU]/kg} (USP &lt;85&gt;, footnote to the endotoxin limit calculation)
   */
  @Value.Default
  public Quantity thresholdPyrogenicDosePerSquareMetre() {
    return Quantity.of("2.5", "[IU]/kg");
  }

  /**
   * Tells whether a sterility result is required.
   *
   * @return default true (USP &lt;71&gt; / Ph. Eur. 2.6.1; 21 CFR 610.12)
   */
  @Value.Default
  public boolean requireSterility() {
    return true;
  }

  /**
   * Tells whether a mycoplasma result is required.
   *
   * @return default true (Ph. Eur. 2.6.7)
   */
  @Value.Default
  public boolean requireMycoplasma() {
    return true;
  }

  /**
   * Tells whether the bacterial-endotoxin rule runs.
   *
   * @return default true (USP &lt;85&gt;)
   */
  @Value.Default
  public boolean requireEndotoxin() {
    return true;
  }

  /**
   * Tells whether the sterility method rules run: the record says which method was used (compendial membrane
   * filtration or direct inoculation, or a rapid method), a compendial test states its incubation period
   * ({@link #sterilityIncubation()} or longer) and a rapid method is declared validated (21 CFR 610.12).
   *
   * @return default true
   */
  @Value.Default
  public boolean requireSterilityMethod() {
    return true;
  }

  /**
   * Returns the shortest incubation of a compendial sterility test.
   *
   * @return default {@code 14 d} (USP &lt;71&gt; / Ph. Eur. 2.6.1)
   */
  @Value.Default
  public Quantity sterilityIncubation() {
    return Quantity.of(14, "d");
  }

  /**
   * Tells whether the Ph. Eur. 2.6.7 (edition 12.2) rules for a mycoplasma NAT result run: its stated limit of
   * detection meets {@link #natDetectionLimitCfu()} or {@link #natDetectionLimitGenomeCopies()}, and mycoplasma
   * samples are taken from the cells and the supernatant.
   *
   * @return default true
   */
  @Value.Default
  public boolean requireMycoplasmaNatSensitivity() {
    return true;
  }

  /**
   * Returns the largest acceptable LOD of a mycoplasma NAT stated in colony-forming units (not more than).
   *
   * @return default {@code 10 [CFU]/mL} (Ph. Eur. 2.6.7; confidence VERIFY)
   */
  @Value.Default
  public Quantity natDetectionLimitCfu() {
    return Quantity.of(10, "[CFU]/mL");
  }

  /**
   * Returns the bound an LOD of a mycoplasma NAT stated in genome copies must stay below (strictly less than).
   *
   * @return default {@code 100 {copies}/mL} (Ph. Eur. 2.6.7, edition 12.2; confidence VERIFY)
   */
  @Value.Default
  public Quantity natDetectionLimitGenomeCopies() {
    return Quantity.of(100, "{copies}/mL");
  }

  /**
   * Returns the defaults.
   *
   * @return the defaults
   */
  public static CompendialSafetyParameters defaults() {
    return builder().build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableCompendialSafetyParameters.Builder builder() {
    return ImmutableCompendialSafetyParameters.builder();
  }

  @Value.Check
  void check() {
    thresholdPyrogenicDose().forEach((category, k) -> {
      if (!k.isConvertibleTo("[IU]/kg") && !k.unit().contains("{EU}")) {
        throw new IllegalArgumentException("K for " + category + " must be in [IU]/kg (1 EU = 1 IU), was " + k);
      }
    });
    bodyMass().ifPresent(m -> {
      if (!m.isConvertibleTo("kg") || m.value().signum() <= 0) {
        throw new IllegalArgumentException("bodyMass must be a positive mass, was " + m);
      }
    });
  }
}
