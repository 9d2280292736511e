package org.paracrine.validation.profiles;

import org.immutables.value.Value;
import org.paracrine.core.quantity.Quantity;

/**
 * Parameters of {@link EvPurityProfile}: particle-to-protein bands attributed to Webber J, Clayton A, "How pure are
 * your vesicles?", J Extracell Vesicles 2013;2:19861, DOI 10.3402/jev.v2i0.19861.
 *
 * <p><b>Unconfirmed.</b> The thresholds are widely quoted but were not found in the abstract or figure legends of
 * the paper, and the full text has not been checked (see docs/sources.md); they are configurable defaults, and the
 * profile only ever warns.
 * Note the unclassified gaps between 1.5 × 10⁹ and 2 × 10⁹ and between 2 × 10¹⁰ and 3 × 10¹⁰ particles/µg.
 */
@Value.Immutable
public abstract class EvPurityParameters {
  EvPurityParameters() {}

  /**
   * Returns the ratio below which a preparation is "likely impure" (exclusive).
   *
   * @return default {@code 1.5E+9 {particles}/ug} (unconfirmed)
   */
  @Value.Default
  public Quantity impureBelow() {
    return Quantity.of("1.5E+9", "{particles}/ug");
  }

  /**
   * Returns the lower end of the "low purity" band (inclusive).
   *
   * @return default {@code 2E+9 {particles}/ug} (unconfirmed)
   */
  @Value.Default
  public Quantity lowPurityFrom() {
    return Quantity.of("2E+9", "{particles}/ug");
  }

  /**
   * Returns the upper end of the "low purity" band (inclusive).
   *
   * @return default {@code 2E+10 {particles}/ug} (unconfirmed)
   */
  @Value.Default
  public Quantity lowPurityTo() {
    return Quantity.of("2E+10", "{particles}/ug");
  }

  /**
   * Returns the ratio above which a preparation is "high purity" (exclusive).
   *
   * @return default {@code 3E+10 {particles}/ug} (unconfirmed)
   */
  @Value.Default
  public Quantity highPurityAbove() {
    return Quantity.of("3E+10", "{particles}/ug");
  }

  /**
   * Returns the defaults.
   *
   * @return the defaults
   */
  public static EvPurityParameters defaults() {
    return builder().build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableEvPurityParameters.Builder builder() {
    return ImmutableEvPurityParameters.builder();
  }

  @Value.Check
  void check() {
    for (Quantity q : new Quantity[] {impureBelow(), lowPurityFrom(), lowPurityTo(), highPurityAbove()}) {
      if (!q.isConvertibleTo("{particles}/ug")) {
        throw new IllegalArgumentException("purity thresholds must be in {particles}/ug, was " + q);
      }
    }
    if (impureBelow().compareValue(lowPurityFrom()) > 0 || lowPurityFrom().compareValue(lowPurityTo()) > 0
        || lowPurityTo().compareValue(highPurityAbove()) > 0) {
      throw new IllegalArgumentException("purity thresholds must be ordered: impureBelow <= lowPurityFrom <="
          + " lowPurityTo <= highPurityAbove");
    }
  }
}
