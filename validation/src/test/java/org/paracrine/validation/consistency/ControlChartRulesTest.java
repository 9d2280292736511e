package org.paracrine.validation.consistency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.paracrine.core.spec.ControlChartRule;
import org.paracrine.core.spec.ControlChartTest;
import org.paracrine.validation.consistency.ControlChart.Point;
import org.paracrine.validation.consistency.ControlChart.Signal;

/**
 * Each Nelson test firing and not firing at its boundary, with centre 0 and σ 1 so that values are z-scores
 * (exact decimals: the comparisons are exact).
 */
class ControlChartRulesTest {
  private static final BigDecimal C = BigDecimal.ZERO;
  private static final BigDecimal S = BigDecimal.ONE;

  private static List<BigDecimal> z(String... values) {
    return Arrays.stream(values).map(BigDecimal::new).collect(Collectors.toList());
  }

  private static List<BigDecimal> repeat(String value, int n) {
    List<BigDecimal> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new BigDecimal(value));
    }
    return out;
  }

  private static List<BigDecimal> alternating(String a, String b, int n) {
    List<BigDecimal> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new BigDecimal(i % 2 == 0 ? a : b));
    }
    return out;
  }

  private static boolean firesAtEnd(List<BigDecimal> values, ControlChartTest test) {
    return ControlChart.signals(values, C, S, test).contains(values.size() - 1);
  }

  private static boolean firesAtEnd(List<BigDecimal> values, ControlChartRule rule) {
    return firesAtEnd(values, ControlChartTest.of(rule));
  }

  private static Signal at(ControlChartRule rule, BigDecimal centre, Point... points) {
    return ControlChart.evaluateAt(List.of(points), points.length - 1, centre, S, ControlChartTest.of(rule));
  }

  @Test
  void test1FiresStrictlyBeyondThreeSigmaOnEitherSide() {
    assertThat(firesAtEnd(z("3.0001"), ControlChartRule.NELSON_1)).isTrue();
    assertThat(firesAtEnd(z("-3.0001"), ControlChartRule.NELSON_1)).isTrue();
    assertThat(firesAtEnd(z("3"), ControlChartRule.NELSON_1)).as("exactly 3σ is not beyond").isFalse();
    assertThat(firesAtEnd(z("-3"), ControlChartRule.NELSON_1)).isFalse();
  }

  @Test
  void test2FiresAtNinePointsOnOneSideNotAtEight() {
    assertThat(firesAtEnd(repeat("0.1", 9), ControlChartRule.NELSON_2)).isTrue();
    assertThat(firesAtEnd(repeat("-0.1", 9), ControlChartRule.NELSON_2)).isTrue();
    assertThat(firesAtEnd(repeat("0.1", 8), ControlChartRule.NELSON_2)).isFalse();
    List<BigDecimal> broken = repeat("0.1", 9);
    broken.set(4, BigDecimal.ZERO);
    assertThat(firesAtEnd(broken, ControlChartRule.NELSON_2)).as("a point on the centre line breaks the run")
        .isFalse();
    broken.set(4, new BigDecimal("-0.1"));
    assertThat(firesAtEnd(broken, ControlChartRule.NELSON_2)).isFalse();
  }

  @Test
  void test2WithEightPointsIsWesternElectricRule4() {
    ControlChartTest we4 = ControlChartTest.builder().rule(ControlChartRule.NELSON_2).points(8).build();
    assertThat(firesAtEnd(repeat("0.1", 8), we4)).isTrue();
    assertThat(firesAtEnd(repeat("0.1", 7), we4)).isFalse();
    assertThat(we4.describe()).isEqualTo("Nelson test 2: 8 points in a row on the same side of the centre line");
  }

  @Test
  void test3FiresAtSixPointsSteadilyIncreasingOrDecreasingNotAtFive() {
    assertThat(firesAtEnd(z("-1", "-0.5", "0", "0.5", "1", "1.5"), ControlChartRule.NELSON_3)).isTrue();
    assertThat(firesAtEnd(z("1.5", "1", "0.5", "0", "-0.5", "-1"), ControlChartRule.NELSON_3)).isTrue();
    assertThat(firesAtEnd(z("9", "-0.5", "0", "0.5", "1", "1.5"), ControlChartRule.NELSON_3))
        .as("five increasing after a drop").isFalse();
    assertThat(firesAtEnd(z("-1", "-0.5", "0", "0", "1", "1.5"), ControlChartRule.NELSON_3))
        .as("a tie breaks the trend").isFalse();
  }

  @Test
  void test4FiresAtFourteenAlternatingPointsNotAtThirteen() {
    assertThat(firesAtEnd(alternating("0.5", "-0.5", 14), ControlChartRule.NELSON_4)).isTrue();
    assertThat(firesAtEnd(alternating("-0.2", "0.3", 14), ControlChartRule.NELSON_4)).isTrue();
    List<BigDecimal> thirteen = alternating("0.5", "-0.5", 13);
    thirteen.add(0, new BigDecimal("0.9"));
    assertThat(firesAtEnd(thirteen, ControlChartRule.NELSON_4)).as("only 13 alternate").isFalse();
    List<BigDecimal> tie = alternating("0.5", "-0.5", 14);
    tie.set(7, new BigDecimal("0.5"));
    assertThat(firesAtEnd(tie, ControlChartRule.NELSON_4)).isFalse();
  }

  @Test
  void test5FiresAtTwoOfThreeBeyondTwoSigmaOnTheSameSide() {
    assertThat(firesAtEnd(z("2.1", "0", "2.1"), ControlChartRule.NELSON_5)).isTrue();
    assertThat(firesAtEnd(z("-2.1", "-2.5", "0"), ControlChartRule.NELSON_5)).isTrue();
    assertThat(firesAtEnd(z("2.1", "0", "-2.1"), ControlChartRule.NELSON_5)).as("opposite sides").isFalse();
    assertThat(firesAtEnd(z("2", "0", "2.1"), ControlChartRule.NELSON_5)).as("exactly 2σ is not beyond")
        .isFalse();
    assertThat(firesAtEnd(z("2.1", "0", "0", "2.1"), ControlChartRule.NELSON_5)).as("two of four").isFalse();
  }

  @Test
  void test6FiresAtFourOfFiveBeyondOneSigmaOnTheSameSide() {
    assertThat(firesAtEnd(z("1.1", "1.1", "0", "1.1", "1.1"), ControlChartRule.NELSON_6)).isTrue();
    assertThat(firesAtEnd(z("1.1", "1.1", "0", "1.1", "1"), ControlChartRule.NELSON_6)).as("1σ is not beyond")
        .isFalse();
    assertThat(firesAtEnd(z("-1.1", "-1.1", "0", "-1.1", "-1.2"), ControlChartRule.NELSON_6)).isTrue();
    assertThat(firesAtEnd(z("1.1", "1.1", "0", "-1.1", "1.2"), ControlChartRule.NELSON_6)).isFalse();
  }

  @Test
  void test7FiresAtFifteenPointsWithinOneSigmaNotAtFourteen() {
    assertThat(firesAtEnd(alternating("0.5", "-0.5", 15), ControlChartRule.NELSON_7)).isTrue();
    List<BigDecimal> edge = alternating("0.5", "-0.5", 15);
    edge.set(3, BigDecimal.ONE);
    assertThat(firesAtEnd(edge, ControlChartRule.NELSON_7)).as("exactly 1σ is within").isTrue();
    edge.set(3, new BigDecimal("1.01"));
    assertThat(firesAtEnd(edge, ControlChartRule.NELSON_7)).isFalse();
    assertThat(firesAtEnd(alternating("0.5", "-0.5", 14), ControlChartRule.NELSON_7)).isFalse();
  }

  @Test
  void test8FiresAtEightPointsBeyondOneSigmaNotAtSeven() {
    assertThat(firesAtEnd(alternating("1.5", "-1.5", 8), ControlChartRule.NELSON_8)).isTrue();
    assertThat(firesAtEnd(alternating("1.5", "-1.5", 7), ControlChartRule.NELSON_8)).isFalse();
    List<BigDecimal> within = alternating("1.5", "-1.5", 8);
    within.set(2, BigDecimal.ONE);
    assertThat(firesAtEnd(within, ControlChartRule.NELSON_8)).as("a point at 1σ is within").isFalse();
  }

  @Test
  void signalsListEveryIndexWhereTheWindowShowsThePattern() {
    List<BigDecimal> values = z("0.1", "0.1", "0.1", "0.1", "0.1", "0.1", "0.1", "0.1", "0.1", "0.1", "-4");
    assertThat(ControlChart.signals(values, C, S, ControlChartTest.of(ControlChartRule.NELSON_2)))
        .containsExactly(8, 9);
    assertThat(ControlChart.signals(values, C, S, ControlChartTest.of(ControlChartRule.NELSON_1)))
        .containsExactly(10);
  }

  @Test
  void aSeriesShorterThanTheWindowHasTooFewPoints() {
    List<Point> points = List.of(Point.of(BigDecimal.ONE), Point.of(BigDecimal.ONE));
    assertThat(ControlChart.evaluateAt(points, 1, C, S, ControlChartTest.of(ControlChartRule.NELSON_2)))
        .isEqualTo(Signal.TOO_FEW_POINTS);
  }

  @Test
  void censoredPointsFireOnlyWhenTheirBoundDecides() {
    BigDecimal centre = BigDecimal.TEN;
    assertThat(at(ControlChartRule.NELSON_1, centre, Point.between(BigDecimal.ZERO, new BigDecimal("6.9"))))
        .as("below LOQ 6.9 < 7 = centre - 3σ").isEqualTo(Signal.FIRED);
    assertThat(at(ControlChartRule.NELSON_1, centre, Point.between(BigDecimal.ZERO, new BigDecimal("8"))))
        .as("below LOQ 8: could be 7.5 or 5").isEqualTo(Signal.INCONCLUSIVE);
    assertThat(at(ControlChartRule.NELSON_1, centre, Point.atLeast(new BigDecimal("13.5"))))
        .isEqualTo(Signal.FIRED);
    assertThat(at(ControlChartRule.NELSON_1, centre, Point.between(new BigDecimal("8"), new BigDecimal("12"))))
        .isEqualTo(Signal.NOT_FIRED);
    Point low = Point.between(BigDecimal.ZERO, new BigDecimal("5"));
    Point[] run = new Point[9];
    Arrays.fill(run, low);
    assertThat(at(ControlChartRule.NELSON_2, centre, run)).as("nine values all below LOQ 5 < centre 10")
        .isEqualTo(Signal.FIRED);
  }

  @Test
  void sigmaMustBePositive() {
    assertThatThrownBy(() -> ControlChart.signals(z("1"), C, BigDecimal.ZERO,
        ControlChartTest.of(ControlChartRule.NELSON_1))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sigma must be greater than zero, was 0");
  }

  @Test
  void pointsDescribeThemselves() {
    assertThat(Point.of(new BigDecimal("1.50"))).hasToString("1.50");
    assertThat(Point.between(BigDecimal.ZERO, new BigDecimal("50"))).hasToString("[0, 50]");
    assertThat(Point.atLeast(new BigDecimal("5000"))).hasToString("[5000, ∞)");
  }
}
