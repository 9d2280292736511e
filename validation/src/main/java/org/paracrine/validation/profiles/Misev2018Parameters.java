package org.paracrine.validation.profiles;

import org.immutables.value.Value;
import org.paracrine.core.report.Severity;

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
   * Returns the severity of a failed or missing item.
   *
   * @return default {@link Severity#ERROR} (the items are mandatory in MISEV2018)
   */
  @Value.Default
  public Severity severity() {
    return Severity.ERROR;
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
    if (minimumQuantificationMethods() < 1 || minimumQuantificationMethods() > 3) {
      throw new IllegalArgumentException("minimumQuantificationMethods must be 1 to 3 (particles, protein, lipid),"
          + " was " + minimumQuantificationMethods());
    }
  }
}
