package org.paracrine.core.spec;

import java.util.Optional;
import org.immutables.value.Value;
import org.paracrine.core.internal.Check;
import org.paracrine.core.report.Severity;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One control-chart test chosen for a consistency criterion: the Nelson rule, optionally a run length other than
 * the published one, and optionally a severity other than the criterion's.
 *
 * <p>Example: Western Electric rule 4 is {@code ControlChartTest.builder().rule(NELSON_2).points(8).build()}.
 *
 * <p>Invariants: test 1 takes no run length or window; tests 2, 7 and 8 need at least 2 points, tests 3 and 4 at
 * least 3; only tests 5 and 6 take a window, which must be at least the number of points; at most
 * {@value #MAX_POINTS} points.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableControlChartTest.class)
@JsonDeserialize(as = ImmutableControlChartTest.class)
public abstract class ControlChartTest {
  /** Longest run length or window accepted. */
  public static final int MAX_POINTS = 1000;

  ControlChartTest() {}

  /**
   * Returns the rule.
   *
   * @return the Nelson test
   */
  public abstract ControlChartRule rule();

  /**
   * Returns the number of points that must show the pattern, when it differs from the published default.
   *
   * @return the run length (tests 2–4, 7, 8) or the "m" of "m out of w" (tests 5, 6); empty for the default
   */
  public abstract Optional<Integer> points();

  /**
   * Returns the window of tests 5 and 6, when it differs from the published default.
   *
   * @return the "w" of "m out of w"; empty for the default
   */
  public abstract Optional<Integer> window();

  /**
   * Returns the severity of a finding when the test fires.
   *
   * @return the severity, or empty to use the criterion's severity
   */
  public abstract Optional<Severity> severity();

  /**
   * Returns the number of points in effect: {@link #points()} or the rule's default.
   *
   * @return the number of points
   */
  public int pointsInEffect() {
    return points().orElse(rule().defaultPoints());
  }

  /**
   * Returns the window in effect: {@link #window()} for tests 5 and 6, else the number of points.
   *
   * @return the number of consecutive points examined
   */
  public int windowInEffect() {
    return rule().countsWithinWindow() ? window().orElse(rule().defaultWindow()) : pointsInEffect();
  }

  /**
   * Describes the test with the run length in effect.
   *
   * @return e.g. {@code "Nelson test 2: 8 points in a row on the same side of the centre line"}
   */
  public String describe() {
    String pattern;
    switch (rule()) {
      case NELSON_1:
        pattern = "one point beyond 3σ from the centre line";
        break;
      case NELSON_2:
        pattern = pointsInEffect() + " points in a row on the same side of the centre line";
        break;
      case NELSON_3:
        pattern = pointsInEffect() + " points in a row steadily increasing or decreasing";
        break;
      case NELSON_4:
        pattern = pointsInEffect() + " points in a row alternating up and down";
        break;
      case NELSON_5:
        pattern = pointsInEffect() + " out of " + windowInEffect() + " points in a row beyond 2σ on the same side";
        break;
      case NELSON_6:
        pattern = pointsInEffect() + " out of " + windowInEffect() + " points in a row beyond 1σ on the same side";
        break;
      case NELSON_7:
        pattern = pointsInEffect() + " points in a row within 1σ of the centre line";
        break;
      default:
        pattern = pointsInEffect() + " points in a row with none within 1σ of the centre line";
        break;
    }
    return "Nelson test " + rule().number() + ": " + pattern;
  }

  /**
   * Creates a test with the published run length and the criterion's severity.
   *
   * @param rule the rule
   * @return the test
   */
  public static ControlChartTest of(ControlChartRule rule) {
    return builder().rule(rule).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableControlChartTest.Builder builder() {
    return ImmutableControlChartTest.builder();
  }

  @Value.Check
  void check() {
    Check.all(() -> {
      String t = "ControlChartTest";
      ControlChartRule r = rule();
      if (r == ControlChartRule.NELSON_1) {
        Check.require(points().isEmpty(), t, "points", points().orElse(null),
            "no run length for NELSON_1 (a single point beyond 3σ)");
      }
      int min = r == ControlChartRule.NELSON_3 || r == ControlChartRule.NELSON_4 ? 3
          : r.countsWithinWindow() ? 1 : 2;
      points().ifPresent(p -> Check.require(p >= min && p <= MAX_POINTS, t, "points", p,
          "between " + min + " and " + MAX_POINTS + " for " + r));
      if (!r.countsWithinWindow()) {
        Check.require(window().isEmpty(), t, "window", window().orElse(null),
            "no window for " + r + " (only NELSON_5 and NELSON_6 count points within a window)");
      } else {
        Check.require(windowInEffect() >= pointsInEffect() && windowInEffect() <= MAX_POINTS, t, "window",
            windowInEffect(), "a window between points (" + pointsInEffect() + ") and " + MAX_POINTS + " for " + r);
      }
    });
  }
}
