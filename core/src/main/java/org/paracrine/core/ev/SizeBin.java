package org.paracrine.core.ev;

import org.immutables.value.Value;
import org.paracrine.core.internal.Check;
import org.paracrine.core.quantity.Quantity;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One histogram bin of a size distribution: diameters from {@link #lower()} (inclusive) to {@link #upper()}
 * (exclusive) and the percentage of particles in it. Invariants: lengths, lower &lt; upper, fraction 0–100 %.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSizeBin.class)
@JsonDeserialize(as = ImmutableSizeBin.class)
public abstract class SizeBin {
  SizeBin() {}

  /**
   * Returns the lower diameter bound (inclusive).
   *
   * @return a length
   */
  public abstract Quantity lower();

  /**
   * Returns the upper diameter bound (exclusive).
   *
   * @return a length
   */
  public abstract Quantity upper();

  /**
   * Returns the percentage of particles in the bin.
   *
   * @return a percentage
   */
  public abstract Quantity fraction();

  /**
   * Creates a bin.
   *
   * @param lower lower bound
   * @param upper upper bound
   * @param fraction percentage of particles
   * @return the bin
   */
  public static SizeBin of(Quantity lower, Quantity upper, Quantity fraction) {
    return ImmutableSizeBin.builder().lower(lower).upper(upper).fraction(fraction).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableSizeBin.Builder builder() {
    return ImmutableSizeBin.builder();
  }

  @Value.Check
  void check() {
    Check.all(() -> {
      Check.dimension(lower(), "nm", "a length", "SizeBin", "lower");
      Check.dimension(upper(), "nm", "a length", "SizeBin", "upper");
      Check.nonNegative(lower(), "SizeBin", "lower");
      Check.require(lower().compareValue(upper()) < 0, "SizeBin", "upper", upper(),
          () -> "a value greater than lower " + lower());
      Check.percent(fraction(), "SizeBin", "fraction");
    });
  }
}
