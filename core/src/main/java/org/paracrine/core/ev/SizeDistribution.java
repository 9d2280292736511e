package org.paracrine.core.ev;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.paracrine.core.InvariantViolationException;
import org.paracrine.core.internal.Check;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.vocabulary.AnalyticalMethod;
import org.paracrine.core.vocabulary.Term;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Particle size distribution with its method. MFDS 2024 asks for the full diameter distribution, not only
 * mean/mode/median, hence the optional histogram {@link #bins()}; measured diameters depend on the method
 * (MISEV2023 Table 2).
 *
 * <p>Invariants: all sizes are non-negative lengths; D10 ≤ D50 ≤ D90; bins do not overlap and are in
 * increasing order.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSizeDistribution.class)
@JsonDeserialize(as = ImmutableSizeDistribution.class)
public abstract class SizeDistribution {
  SizeDistribution() {}

  /**
   * Returns the sizing method.
   *
   * @return the method
   */
  public abstract Term<AnalyticalMethod> method();

  /**
   * Returns the 10th percentile diameter.
   *
   * @return a length, or empty
   */
  public abstract Optional<Quantity> d10();

  /**
   * Returns the median diameter.
   *
   * @return a length, or empty
   */
  public abstract Optional<Quantity> d50();

  /**
   * Returns the 90th percentile diameter.
   *
   * @return a length, or empty
   */
  public abstract Optional<Quantity> d90();

  /**
   * Returns the mean diameter.
   *
   * @return a length, or empty
   */
  public abstract Optional<Quantity> mean();

  /**
   * Returns the modal diameter.
   *
   * @return a length, or empty
   */
  public abstract Optional<Quantity> mode();

  /**
   * Returns the standard deviation of the diameter.
   *
   * @return a length, or empty
   */
  public abstract Optional<Quantity> standardDeviation();

  /**
   * Returns the histogram bins.
   *
   * @return bins in increasing order, possibly empty
   */
  public abstract List<SizeBin> bins();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableSizeDistribution.Builder builder() {
    return ImmutableSizeDistribution.builder();
  }

  @Value.Check
  void check() {
    Check.all(() -> {
      String t = "SizeDistribution";
      for (String[] a : new String[][] {{"d10"}, {"d50"}, {"d90"}, {"mean"}, {"mode"}, {"standardDeviation"}}) {
        Optional<Quantity> q = attribute(a[0]);
        Check.dimension(q, "nm", "a length", t, a[0]);
        Check.nonNegative(q, t, a[0]);
      }
      Check.ordered(d10(), d50(), t, "d10", "d50");
      Check.ordered(d50(), d90(), t, "d50", "d90");
      Check.ordered(d10(), d90(), t, "d10", "d90");
      for (int i = 1; i < bins().size(); i++) {
        SizeBin prev = bins().get(i - 1);
        SizeBin cur = bins().get(i);
        if (prev.upper().compareValue(cur.lower()) > 0) {
          throw new InvariantViolationException(t, "bins[" + i + "].lower", cur.lower(),
              "a value ≥ the previous bin's upper bound " + prev.upper() + " (bins in increasing order, no overlap)");
        }
      }
    });
  }

  private Optional<Quantity> attribute(String name) {
    switch (name) {
      case "d10":
        return d10();
      case "d50":
        return d50();
      case "d90":
        return d90();
      case "mean":
        return mean();
      case "mode":
        return mode();
      default:
        return standardDeviation();
    }
  }
}
