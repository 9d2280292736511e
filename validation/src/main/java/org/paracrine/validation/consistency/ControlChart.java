package org.paracrine.validation.consistency;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.paracrine.core.spec.ControlChartRule;
import org.paracrine.core.spec.ControlChartTest;

/**
 * Evaluates the Nelson control-chart tests ({@link ControlChartRule}) on a time-ordered series, with the centre line
 * and σ given (normally the reference mean and sample standard deviation).
 *
 * <p>Conventions: "beyond kσ" is strict ({@code x > centre + k·σ} or {@code x < centre − k·σ}); "within 1σ" is
 * inclusive ({@code centre − σ ≤ x ≤ centre + σ}); a point exactly on the centre line is on neither side, so it
 * breaks a run of test 2; equal consecutive values break the runs of tests 3 and 4. Limits are computed exactly
 * ({@code centre ± k × σ} in {@link BigDecimal}), so the comparisons are exact for the centre and σ given. A test
 * fires at index i when the window of {@link ControlChartTest#windowInEffect()} points ending at i shows the pattern.
 *
 * <p>A point may be censored: known only to lie in an interval ({@link Point#between}, {@link Point#atLeast}). Each
 * per-point condition is then true, false or unknown, and a test is {@link Signal#INCONCLUSIVE} when the unknown
 * points could decide it. A censored value is never replaced by a number.
 *
 * <p>Sources: Nelson LS, J Qual Technol 1984;16(4):237–239; Western Electric Statistical Quality Control Handbook
 * (1956); Shewhart 3σ limits. Thread-safe, stateless.
 *
 * <pre>{@code
 * List<Integer> at = ControlChart.signals(values, mean, sd, ControlChartTest.of(ControlChartRule.NELSON_2));
 * }</pre>
 */
public final class ControlChart {
  private ControlChart() {}

  /** What a test concluded at one point of the series. */
  public enum Signal {
    /** The pattern is present in the window ending at the point. */
    FIRED,
    /** The pattern is absent. */
    NOT_FIRED,
    /** Censored points in the window could decide the test either way. */
    INCONCLUSIVE,
    /** The series has fewer points up to this one than the test's window. */
    TOO_FEW_POINTS
  }

  /**
   * One point of a series: an exact value, or an interval when the value is censored (below LOD/LOQ: between 0
   * and the limit; above ULOQ: at least the limit). Immutable.
   */
  public static final class Point {
    private final BigDecimal lower;
    private final BigDecimal upper;

    private Point(BigDecimal lower, BigDecimal upper) {
      this.lower = lower;
      this.upper = upper;
    }

    /**
     * Creates an exact (quantified) point.
     *
     * @param value the value
     * @return the point
     */
    public static Point of(BigDecimal value) {
      Objects.requireNonNull(value, "value");
      return new Point(value, value);
    }

    /**
     * Creates a point known to lie between two bounds (inclusive), e.g. a value below the LOQ: between 0 and
     * the LOQ.
     *
     * @param lower the lower bound
     * @param upper the upper bound, not less than {@code lower}
     * @return the point
     */
    public static Point between(BigDecimal lower, BigDecimal upper) {
      Objects.requireNonNull(lower, "lower");
      Objects.requireNonNull(upper, "upper");
      if (lower.compareTo(upper) > 0) {
        throw new IllegalArgumentException("lower " + lower + " is greater than upper " + upper);
      }
      return new Point(lower, upper);
    }

    /**
     * Creates a point known to be at least a bound, e.g. a value above the upper limit of quantification.
     *
     * @param lower the lower bound
     * @return the point
     */
    public static Point atLeast(BigDecimal lower) {
      Objects.requireNonNull(lower, "lower");
      return new Point(lower, null);
    }

    /**
     * Returns the lower bound.
     *
     * @return the bound (the value itself for an exact point)
     */
    public BigDecimal lower() {
      return lower;
    }

    /**
     * Returns the upper bound.
     *
     * @return the bound, or empty when unbounded above
     */
    public Optional<BigDecimal> upper() {
      return Optional.ofNullable(upper);
    }

    /**
     * Tells whether the point is an exact value.
     *
     * @return true if lower and upper bound are equal
     */
    public boolean isExact() {
      return upper != null && lower.compareTo(upper) == 0;
    }

    /**
     * Tells whether another point has the same bounds (compared with {@code compareTo}, so {@code 1.0} equals
     * {@code 1}).
     *
     * @param o the other object
     * @return true for a point with equal bounds
     */
    @Override
    public boolean equals(Object o) {
      if (this == o) {
        return true;
      }
      if (!(o instanceof Point)) {
        return false;
      }
      Point p = (Point) o;
      return lower.compareTo(p.lower) == 0
          && (upper == null ? p.upper == null : p.upper != null && upper.compareTo(p.upper) == 0);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
      return Objects.hash(lower.stripTrailingZeros(), upper == null ? null : upper.stripTrailingZeros());
    }

    /**
     * Returns the point as text.
     *
     * @return the value, or the interval such as {@code [0, 50]} or {@code [5000, ∞)}
     */
    @Override
    public String toString() {
      return isExact() ? lower.toPlainString()
          : "[" + lower.toPlainString() + ", " + (upper == null ? "∞)" : upper.toPlainString() + "]");
    }
  }

  /**
   * Returns the indexes at which a test fires on a series of exact values.
   *
   * @param values the series in time order
   * @param centre the centre line
   * @param sigma σ, greater than zero
   * @param test the test
   * @return indexes (in increasing order) of the last point of each window showing the pattern
   * @throws IllegalArgumentException if σ is not greater than zero
   */
  public static List<Integer> signals(List<BigDecimal> values, BigDecimal centre, BigDecimal sigma,
      ControlChartTest test) {
    List<Point> points = new ArrayList<>();
    values.forEach(v -> points.add(Point.of(v)));
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      if (evaluateAt(points, i, centre, sigma, test) == Signal.FIRED) {
        out.add(i);
      }
    }
    return out;
  }

  /**
   * Evaluates a test at one point of a series.
   *
   * @param points the series in time order
   * @param index the point at which the window ends
   * @param centre the centre line
   * @param sigma σ, greater than zero
   * @param test the test
   * @return the signal
   * @throws IllegalArgumentException if σ is not greater than zero or the index is outside the series
   */
  public static Signal evaluateAt(List<Point> points, int index, BigDecimal centre, BigDecimal sigma,
      ControlChartTest test) {
    Objects.requireNonNull(centre, "centre");
    Objects.requireNonNull(test, "test");
    if (sigma == null || sigma.signum() <= 0) {
      throw new IllegalArgumentException("sigma must be greater than zero, was " + sigma);
    }
    if (index < 0 || index >= points.size()) {
      throw new IllegalArgumentException("index " + index + " is outside the series of " + points.size()
          + " points");
    }
    int w = test.windowInEffect();
    if (index + 1 < w) {
      return Signal.TOO_FEW_POINTS;
    }
    List<Point> win = points.subList(index + 1 - w, index + 1);
    Tri t;
    switch (test.rule()) {
      case NELSON_1:
        t = beyond(win.get(0), centre, sigma, 3);
        break;
      case NELSON_2:
        t = all(win, p -> above(p, centre)).or(all(win, p -> below(p, centre)));
        break;
      case NELSON_3:
        t = steps(win, true, false).or(steps(win, false, false));
        break;
      case NELSON_4:
        t = steps(win, true, true).or(steps(win, false, true));
        break;
      case NELSON_5:
        t = sameSide(win, centre, sigma, 2, test.pointsInEffect());
        break;
      case NELSON_6:
        t = sameSide(win, centre, sigma, 1, test.pointsInEffect());
        break;
      case NELSON_7:
        BigDecimal lo = centre.subtract(sigma);
        BigDecimal hi = centre.add(sigma);
        t = all(win, p -> within(p, lo, hi));
        break;
      default:
        t = all(win, p -> beyond(p, centre, sigma, 1));
        break;
    }
    return t == Tri.TRUE ? Signal.FIRED : t == Tri.FALSE ? Signal.NOT_FIRED : Signal.INCONCLUSIVE;
  }

  /**
   * Returns the limits {@code centre ± k·σ}, computed exactly.
   *
   * @param centre the centre line
   * @param sigma σ
   * @param k the multiple
   * @return lower and upper limit
   */
  public static BigDecimal[] limits(BigDecimal centre, BigDecimal sigma, int k) {
    BigDecimal d = sigma.multiply(BigDecimal.valueOf(k));
    return new BigDecimal[] {centre.subtract(d), centre.add(d)};
  }

  /** Three-valued truth. */
  private enum Tri {
    TRUE, FALSE, UNKNOWN;

    Tri and(Tri o) {
      return this == FALSE || o == FALSE ? FALSE : this == TRUE && o == TRUE ? TRUE : UNKNOWN;
    }

    Tri or(Tri o) {
      return this == TRUE || o == TRUE ? TRUE : this == FALSE && o == FALSE ? FALSE : UNKNOWN;
    }
  }

  private static Tri all(List<Point> win, java.util.function.Function<Point, Tri> f) {
    Tri t = Tri.TRUE;
    for (Point p : win) {
      t = t.and(f.apply(p));
    }
    return t;
  }

  private static Tri above(Point p, BigDecimal c) {
    if (p.lower.compareTo(c) > 0) {
      return Tri.TRUE;
    }
    return p.upper != null && p.upper.compareTo(c) <= 0 ? Tri.FALSE : Tri.UNKNOWN;
  }

  private static Tri below(Point p, BigDecimal c) {
    if (p.upper != null && p.upper.compareTo(c) < 0) {
      return Tri.TRUE;
    }
    return p.lower.compareTo(c) >= 0 ? Tri.FALSE : Tri.UNKNOWN;
  }

  private static Tri within(Point p, BigDecimal lo, BigDecimal hi) {
    if (p.lower.compareTo(lo) >= 0 && p.upper != null && p.upper.compareTo(hi) <= 0) {
      return Tri.TRUE;
    }
    if (p.upper != null && p.upper.compareTo(lo) < 0 || p.lower.compareTo(hi) > 0) {
      return Tri.FALSE;
    }
    return Tri.UNKNOWN;
  }

  private static Tri beyond(Point p, BigDecimal c, BigDecimal sigma, int k) {
    BigDecimal[] l = limits(c, sigma, k);
    return above(p, l[1]).or(below(p, l[0]));
  }

  /** a &lt; b. */
  private static Tri less(Point a, Point b) {
    if (a.upper != null && a.upper.compareTo(b.lower) < 0) {
      return Tri.TRUE;
    }
    return b.upper != null && a.lower.compareTo(b.upper) >= 0 ? Tri.FALSE : Tri.UNKNOWN;
  }

  /** Steady increase (or decrease), or alternation starting upwards (or downwards). */
  private static Tri steps(List<Point> win, boolean up, boolean alternate) {
    Tri t = Tri.TRUE;
    boolean dir = up;
    for (int j = 0; j + 1 < win.size(); j++) {
      t = t.and(dir ? less(win.get(j), win.get(j + 1)) : less(win.get(j + 1), win.get(j)));
      if (alternate) {
        dir = !dir;
      }
    }
    return t;
  }

  /** At least m of the window beyond kσ on the same side. */
  private static Tri sameSide(List<Point> win, BigDecimal c, BigDecimal sigma, int k, int m) {
    BigDecimal[] l = limits(c, sigma, k);
    return atLeast(win, p -> above(p, l[1]), m).or(atLeast(win, p -> below(p, l[0]), m));
  }

  private static Tri atLeast(List<Point> win, java.util.function.Function<Point, Tri> f, int m) {
    int yes = 0;
    int maybe = 0;
    for (Point p : win) {
      Tri t = f.apply(p);
      if (t == Tri.TRUE) {
        yes++;
      } else if (t == Tri.UNKNOWN) {
        maybe++;
      }
    }
    return yes >= m ? Tri.TRUE : yes + maybe < m ? Tri.FALSE : Tri.UNKNOWN;
  }
}
