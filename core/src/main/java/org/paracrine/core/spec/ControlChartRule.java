package org.paracrine.core.spec;

/**
 * The eight control-chart tests for special causes of Nelson (1984), applied to a time-ordered series of one
 * analyte with a centre line (the reference mean) and σ (the reference standard deviation). The Western Electric
 * (1956) zone rules are the same tests with other run lengths; {@link #westernElectric()} names the mapping.
 *
 * <p>Zones: "beyond kσ" means strictly more than k·σ from the centre line ({@code |x − mean| > k·σ}); "within 1σ"
 * means at most σ from it ({@code |x − mean| ≤ σ}); a point exactly on the centre line is on neither side. A
 * test fires at a point when the window of {@link #defaultWindow()} points ending at that point shows the pattern.
 * Run lengths are parameters ({@link ControlChartTest#points()}, {@link ControlChartTest#window()}) whose defaults
 * are the published ones.
 *
 * <p>Sources: Nelson LS. The Shewhart control chart—tests for special causes. J Qual Technol 1984;16(4):237–239;
 * Western Electric Company. Statistical Quality Control Handbook. 1956; Shewhart WA. Economic Control of Quality
 * of Manufactured Product. 1931 (3σ limits). The run lengths are the widely reproduced ones; the primary texts were
 * not re-read for this library (confidence: verify).
 */
public enum ControlChartRule {
  /** Test 1: one point beyond 3σ from the centre line (Shewhart limits; Western Electric rule 1). */
  NELSON_1(1, 1, 1, "one point beyond 3σ from the centre line", "Western Electric rule 1 (same test)"),
  /** Test 2: nine points in a row on the same side of the centre line (Western Electric rule 4 uses eight). */
  NELSON_2(2, 9, 9, "nine points in a row on the same side of the centre line",
      "Western Electric rule 4 = this test with 8 points"),
  /** Test 3: six points in a row steadily increasing or steadily decreasing (ties break the run). */
  NELSON_3(3, 6, 6, "six points in a row steadily increasing or decreasing",
      "Western Electric handbook trend pattern (supplementary)"),
  /** Test 4: fourteen points in a row alternating up and down (ties break the run). */
  NELSON_4(4, 14, 14, "fourteen points in a row alternating up and down",
      "Western Electric handbook systematic-variation pattern (supplementary)"),
  /** Test 5: two out of three points in a row beyond 2σ on the same side (Western Electric rule 2). */
  NELSON_5(5, 2, 3, "two out of three points in a row beyond 2σ on the same side",
      "Western Electric rule 2 (same test)"),
  /** Test 6: four out of five points in a row beyond 1σ on the same side (Western Electric rule 3). */
  NELSON_6(6, 4, 5, "four out of five points in a row beyond 1σ on the same side",
      "Western Electric rule 3 (same test)"),
  /** Test 7: fifteen points in a row within 1σ of the centre line, on either side (stratification). */
  NELSON_7(7, 15, 15, "fifteen points in a row within 1σ of the centre line",
      "Western Electric handbook stratification pattern (supplementary)"),
  /** Test 8: eight points in a row beyond 1σ from the centre line, on either side (mixture). */
  NELSON_8(8, 8, 8, "eight points in a row with none within 1σ of the centre line",
      "Western Electric handbook mixture pattern (supplementary)");

  private final int number;
  private final int defaultPoints;
  private final int defaultWindow;
  private final String description;
  private final String westernElectric;

  ControlChartRule(int number, int defaultPoints, int defaultWindow, String description, String westernElectric) {
    this.number = number;
    this.defaultPoints = defaultPoints;
    this.defaultWindow = defaultWindow;
    this.description = description;
    this.westernElectric = westernElectric;
  }

  /**
   * Returns Nelson's test number.
   *
   * @return 1 to 8
   */
  public int number() {
    return number;
  }

  /**
   * Returns the published number of points that must show the pattern: the run length of tests 2, 3, 4, 7 and 8,
   * the "m" of "m out of w" for tests 5 and 6, and 1 for test 1.
   *
   * @return the default number of points
   */
  public int defaultPoints() {
    return defaultPoints;
  }

  /**
   * Returns the published window: the number of consecutive points examined (equal to {@link #defaultPoints()}
   * except for tests 5 (3) and 6 (5)).
   *
   * @return the default window
   */
  public int defaultWindow() {
    return defaultWindow;
  }

  /**
   * Tells whether the test counts "m out of w" points (tests 5 and 6) rather than a run of consecutive points.
   *
   * @return true for tests 5 and 6
   */
  public boolean countsWithinWindow() {
    return this == NELSON_5 || this == NELSON_6;
  }

  /**
   * Returns the test with its published run length, in plain English.
   *
   * @return e.g. {@code "nine points in a row on the same side of the centre line"}
   */
  public String description() {
    return description;
  }

  /**
   * Returns the corresponding Western Electric (1956) rule or handbook pattern.
   *
   * @return e.g. {@code "Western Electric rule 2 (same test)"}
   */
  public String westernElectric() {
    return westernElectric;
  }
}
