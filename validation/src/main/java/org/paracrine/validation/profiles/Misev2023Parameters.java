package org.paracrine.validation.profiles;

import org.immutables.value.Value;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.report.Severity;
import org.paracrine.validation.ProfilePurpose;

/**
 * Parameters of {@link Misev2023Profile}; defaults from MISEV2023 (Welsh JA et al., J Extracell Vesicles
 * 2024;13:e12404, DOI 10.1002/jev2.12404), which keeps the quantification, marker and single-particle approach of
 * MISEV2018 as "basic to advanced" recommendations. The counts below follow MISEV2018 and carry confidence VERIFY
 * for MISEV2023.
 */
@Value.Immutable
public abstract class Misev2023Parameters {
  Misev2023Parameters() {}

  /**
   * Returns the minimum number of global quantification figures (particles, protein, lipid).
   *
   * @return default 2 (as MISEV2018; verify for MISEV2023)
   */
  @Value.Default
  public int minimumQuantificationMethods() {
    return 2;
  }

  /**
   * Tells whether single-vesicle imaging must include wide-field and close-up images.
   *
   * @return default true (as MISEV2018; verify for MISEV2023)
   */
  @Value.Default
  public boolean requireWideFieldAndCloseUp() {
    return true;
  }

  /**
   * Returns the severity of a failed or missing item: MISEV2023 is a reporting guideline
   * ({@link org.paracrine.validation.ProfilePurpose#CHARACTERISATION}), so its items warn unless the user makes them binding.
   *
   * @return default {@link Severity#WARNING}
   */
  @Value.Default
  public Severity severity() {
    return ProfilePurpose.CHARACTERISATION.defaultSeverity();
  }

  /**
   * Returns the percentage of positive events above which an EV marker reported as a percentage counts as
   * detected. No primary source gives this number; the default is Paracrine's, by analogy with the ≤ 2 % ceiling
   * for negative markers of ISCT 2006 (Dominici M et al., Cytotherapy 2006;8:315), confidence VERIFY.
   *
   * @return default {@code 2 %}
   */
  @Value.Default
  public Quantity markerDetectedAbove() {
    return Quantity.of(2, "%");
  }

  /**
   * Returns the defaults.
   *
   * @return the defaults
   */
  public static Misev2023Parameters defaults() {
    return builder().build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableMisev2023Parameters.Builder builder() {
    return ImmutableMisev2023Parameters.builder();
  }

  @Value.Check
  void check() {
    if (minimumQuantificationMethods() < 1 || minimumQuantificationMethods() > 3) {
      throw new IllegalArgumentException("minimumQuantificationMethods must be 1 to 3 (particles, protein, lipid),"
          + " was " + minimumQuantificationMethods());
    }
    if (!markerDetectedAbove().isConvertibleTo("%")) {
      throw new IllegalArgumentException("markerDetectedAbove must be a percentage, was " + markerDetectedAbove());
    }
  }
}
