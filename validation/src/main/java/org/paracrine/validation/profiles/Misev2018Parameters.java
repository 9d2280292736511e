package org.paracrine.validation.profiles;

import org.immutables.value.Value;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.report.Severity;
import org.paracrine.validation.ProfilePurpose;

/**
 * Parameters of {@link Misev2018Profile}; defaults from the MISEV2018 checklist (Théry C et al., J Extracell
 * Vesicles 2018;7:1535750, DOI 10.1080/20013078.2018.1535750; status per item as reproduced in PMC9465297 Table 3).
 */
@Value.Immutable
public abstract class Misev2018Parameters {
  Misev2018Parameters() {}

  /**
   * Returns the minimum number of global quantification methods (particles, protein, lipid), item Q2.
   *
   * @return default 2
   */
  @Value.Default
  public int minimumQuantificationMethods() {
    return 2;
  }

  /**
   * Tells whether single-vesicle imaging must include wide-field and close-up images (item S1).
   *
   * @return default true
   */
  @Value.Default
  public boolean requireWideFieldAndCloseUp() {
    return true;
  }

  /**
   * Returns the severity of a failed or missing item. MISEV2018 is a reporting guideline, not a release
   * specification ({@link org.paracrine.validation.ProfilePurpose#CHARACTERISATION}): its items are mandatory for a publication, and warn
   * here unless the user makes them binding with {@link Severity#ERROR}.
   *
   * @return default {@link Severity#WARNING}
   */
  @Value.Default
  public Severity severity() {
    return ProfilePurpose.CHARACTERISATION.defaultSeverity();
  }

  /**
   * Returns the percentage of positive events above which an EV marker reported as a percentage counts as
   * detected (items M1 and M2 shown, item M3 contaminant present). <b>No primary source gives this number</b>:
   * MISEV2018 asks that markers be shown, not above which percentage; the default is Paracrine's, by analogy with
   * the ≤ 2 % ceiling for negative markers of ISCT 2006 (Dominici M et al., Cytotherapy 2006;8:315, DOI
   * 10.1080/14653240600855905), and findings cite it with confidence VERIFY. A qualitative outcome (positive,
   * negative) is used as reported.
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
  public static Misev2018Parameters defaults() {
    return builder().build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableMisev2018Parameters.Builder builder() {
    return ImmutableMisev2018Parameters.builder();
  }

  @Value.Check
  void check() {
    if (!markerDetectedAbove().isConvertibleTo("%")) {
      throw new IllegalArgumentException("markerDetectedAbove must be a percentage, was " + markerDetectedAbove());
    }
    if (minimumQuantificationMethods() < 1 || minimumQuantificationMethods() > 3) {
      throw new IllegalArgumentException("minimumQuantificationMethods must be 1 to 3 (particles, protein, lipid),"
          + " was " + minimumQuantificationMethods());
    }
  }
}
