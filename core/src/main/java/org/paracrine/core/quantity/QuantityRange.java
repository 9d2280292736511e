package org.paracrine.core.quantity;

import java.util.Optional;
import org.immutables.value.Value;
import org.paracrine.core.InvariantViolationException;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An interval of quantities with an optional lower and upper bound, each inclusive or exclusive.
 *
 * <p>Used for acceptance limits ({@code ≥ 95 %}, {@code < 0.5 [IU]/mL}, {@code 7.0–7.6 [pH]}) and warning bands.
 * Membership converts the tested quantity to the bound's unit via UCUM, so a range in {@code mL} accepts a value
 * in {@code uL}. At least one bound is required; when both are present they must be comparable and
 * {@code lower ≤ upper} (strictly less when either end is exclusive).
 *
 * <pre>{@code
 * QuantityRange r = QuantityRange.atLeast(Quantity.of(95, "%"));
 * r.contains(Quantity.of("94.9", "%")); // false
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableQuantityRange.class)
@JsonDeserialize(as = ImmutableQuantityRange.class)
public abstract class QuantityRange {
  QuantityRange() {}

  /**
   * Returns the lower bound.
   *
   * @return the lower bound, empty for an interval open to the left
   */
  public abstract Optional<Quantity> lower();

  /**
   * Tells whether the lower bound itself belongs to the range ({@code ≥}) or not ({@code >}).
   *
   * @return true for {@code ≥}; default true
   */
  @Value.Default
  public boolean lowerInclusive() {
    return true;
  }

  /**
   * Returns the upper bound.
   *
   * @return the upper bound, empty for an interval open to the right
   */
  public abstract Optional<Quantity> upper();

  /**
   * Tells whether the upper bound itself belongs to the range ({@code ≤}) or not ({@code <}).
   *
   * @return true for {@code ≤}; default true
   */
  @Value.Default
  public boolean upperInclusive() {
    return true;
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableQuantityRange.Builder builder() {
    return ImmutableQuantityRange.builder();
  }

  /**
   * Range {@code ≥ min}.
   *
   * @param min inclusive lower bound
   * @return the range
   */
  public static QuantityRange atLeast(Quantity min) {
    return builder().lower(min).build();
  }

  /**
   * Range {@code > min}.
   *
   * @param min exclusive lower bound
   * @return the range
   */
  public static QuantityRange greaterThan(Quantity min) {
    return builder().lower(min).lowerInclusive(false).build();
  }

  /**
   * Range {@code ≤ max}.
   *
   * @param max inclusive upper bound
   * @return the range
   */
  public static QuantityRange atMost(Quantity max) {
    return builder().upper(max).build();
  }

  /**
   * Range {@code < max}.
   *
   * @param max exclusive upper bound
   * @return the range
   */
  public static QuantityRange lessThan(Quantity max) {
    return builder().upper(max).upperInclusive(false).build();
  }

  /**
   * Closed range {@code [min, max]}.
   *
   * @param min inclusive lower bound
   * @param max inclusive upper bound
   * @return the range
   */
  public static QuantityRange between(Quantity min, Quantity max) {
    return builder().lower(min).upper(max).build();
  }

  @Value.Check
  void check() {
    if (lower().isEmpty() && upper().isEmpty()) {
      throw new InvariantViolationException("QuantityRange", "lower/upper", "no bound",
          "at least one of lower and upper");
    }
    if (lower().isPresent() && upper().isPresent()) {
      Quantity lo = lower().get();
      Quantity hi = upper().get();
      if (!lo.isComparableTo(hi)) {
        throw new InvariantViolationException("QuantityRange", "upper", hi,
            "a unit comparable with lower bound " + lo);
      }
      int cmp = lo.compareValue(hi);
      boolean open = !lowerInclusive() || !upperInclusive();
      if (cmp > 0 || (cmp == 0 && open)) {
        throw new InvariantViolationException("QuantityRange", "upper", hi,
            open ? "a value greater than lower bound " + lo : "a value not less than lower bound " + lo);
      }
    }
  }

  /**
   * Tells whether a quantity lies inside the range.
   *
   * @param q the quantity to test
   * @return true if every present bound is satisfied
   * @throws IncomparableUnitsException if {@code q}'s unit is not comparable with the bounds
   */
  public boolean contains(Quantity q) {
    Quantity lower = lowerOrNull();
    if (lower != null) {
      int c = q.compareValue(lower);
      if (c < 0 || (c == 0 && !lowerInclusive())) {
        return false;
      }
    }
    Quantity upper = upperOrNull();
    if (upper != null) {
      int c = q.compareValue(upper);
      if (c > 0 || (c == 0 && !upperInclusive())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether a quantity's unit can be tested against this range.
   *
   * @param q the quantity
   * @return true if comparable with the bounds
   */
  public boolean isComparableTo(Quantity q) {
    Quantity lower = lowerOrNull();
    if (lower != null && !q.isComparableTo(lower)) {
      return false;
    }
    Quantity upper = upperOrNull();
    return upper == null || q.isComparableTo(upper);
  }

  /**
   * Returns the unit of the range (the lower bound's unit if present, else the upper bound's).
   *
   * @return the reference unit for conversions
   */
  public String unit() {
    Quantity lower = lowerOrNull();
    return lower != null ? lower.unit() : upperOrNull().unit();
  }

  /**
   * The bounds, read from the generated getters once per instance: those wrap a present bound in a new
   * {@link Optional} on every call, and a limit is compared with every value of every check. Null until first read.
   * Two threads may both fill the field; the holder's fields are final, so either sees complete bounds.
   */
  private Bounds bounds;

  /** The two bounds, each null when absent. */
  private static final class Bounds {
    final Quantity lower;
    final Quantity upper;

    Bounds(Quantity lower, Quantity upper) {
      this.lower = lower;
      this.upper = upper;
    }
  }

  private Bounds bounds() {
    Bounds b = bounds;
    if (b == null) {
      b = new Bounds(lower().orElse(null), upper().orElse(null));
      bounds = b;
    }
    return b;
  }

  private Quantity lowerOrNull() {
    return bounds().lower;
  }

  private Quantity upperOrNull() {
    return bounds().upper;
  }

  /**
   * Describes the range with mathematical operators for people to read, e.g. {@code "≥ 95 %"},
   * {@code "< 0.5 [IU]/mL"} or {@code "≥ 7.0 [pH] and ≤ 7.6 [pH]"}; a bound with more than
   * {@value Quantity#READABLE_DIGITS} significant digits is shown cut and marked with {@code "…"}
   * ({@link Quantity#toReadableString()}). The exact bounds are {@link #lower()} and {@link #upper()}, and
   * {@link #describeExact()} writes them in full.
   *
   * @return the description
   */
  public String describe() {
    return describe(true);
  }

  /**
   * Describes the range like {@link #describe()} with every bound written exactly.
   *
   * @return the description
   */
  public String describeExact() {
    return describe(false);
  }

  private String describe(boolean readable) {
    StringBuilder sb = new StringBuilder();
    Quantity l = lowerOrNull();
    if (l != null) {
      sb.append(lowerInclusive() ? "≥ " : "> ").append(readable ? l.toReadableString() : l.toString());
    }
    Quantity u = upperOrNull();
    if (u != null) {
      if (sb.length() > 0) {
        sb.append(" and ");
      }
      sb.append(upperInclusive() ? "≤ " : "< ").append(readable ? u.toReadableString() : u.toString());
    }
    return sb.toString();
  }
}
