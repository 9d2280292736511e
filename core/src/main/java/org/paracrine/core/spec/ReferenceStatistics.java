package org.paracrine.core.spec;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.paracrine.core.internal.Check;
import org.paracrine.core.quantity.Quantity;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Stored reference statistics of one analyte — the number of reference lots, their mean and sample standard
 * deviation (n − 1), and optionally their minimum and maximum — used instead of a reference series when the
 * individual lots are not at hand (e.g. limits fixed at process validation).
 *
 * <p>Invariants: n ≥ 2; standard deviation not negative; mean, SD, min and max in comparable units; min ≤ mean ≤
 * max. The normalisation basis is the one of the {@link ConsistencyCheck} that holds these statistics.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReferenceStatistics.class)
@JsonDeserialize(as = ImmutableReferenceStatistics.class)
public abstract class ReferenceStatistics {
  ReferenceStatistics() {}

  /**
   * Returns the number of reference lots the statistics were computed from.
   *
   * @return n, at least 2
   */
  public abstract int n();

  /**
   * Returns the reference mean.
   *
   * @return the mean, e.g. {@code 1000 pg/mL}
   */
  public abstract Quantity mean();

  /**
   * Returns the sample standard deviation (n − 1 denominator).
   *
   * @return the SD, in a unit comparable with the mean
   */
  public abstract Quantity standardDeviation();

  /**
   * Returns the smallest reference value.
   *
   * @return the minimum, or empty
   */
  public abstract Optional<Quantity> min();

  /**
   * Returns the largest reference value.
   *
   * @return the maximum, or empty
   */
  public abstract Optional<Quantity> max();

  /**
   * Returns the date the statistics were computed or approved.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> calculatedOn();

  /**
   * Returns where the statistics come from (e.g. the lots and the report that fixed them).
   *
   * @return the description, or empty
   */
  public abstract Optional<String> description();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableReferenceStatistics.Builder builder() {
    return ImmutableReferenceStatistics.builder();
  }

  @Value.Check
  void check() {
    Check.all(() -> {
      String t = "ReferenceStatistics";
      Check.require(n() >= 2, t, "n", n(), "at least 2 reference lots (a standard deviation needs n ≥ 2)");
      Check.require(standardDeviation().isComparableTo(mean()), t, "standardDeviation", standardDeviation(),
          "a unit comparable with the mean " + mean());
      Check.nonNegative(standardDeviation(), t, "standardDeviation");
      min().ifPresent(m -> Check.require(m.isComparableTo(mean()), t, "min", m,
          "a unit comparable with the mean " + mean()));
      max().ifPresent(m -> Check.require(m.isComparableTo(mean()), t, "max", m,
          "a unit comparable with the mean " + mean()));
      Check.ordered(min(), Optional.of(mean()), t, "min", "mean");
      Check.ordered(Optional.of(mean()), max(), t, "mean", "max");
    });
  }
}
