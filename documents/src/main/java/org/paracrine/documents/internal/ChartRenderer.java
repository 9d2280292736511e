package org.paracrine.documents.internal;

import java.awt.Color;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.paracrine.core.spec.ControlChartTest;
import org.paracrine.documents.internal.Drawing.Anchor;
import org.paracrine.validation.consistency.AnalyteComparison;
import org.paracrine.validation.consistency.ChartPoint;
import org.paracrine.validation.consistency.ControlChart;
import org.paracrine.validation.consistency.SummaryStatistics;

/**
 * Draws the control chart of one consistency criterion: centre line (reference mean), ±1σ/±2σ/±3σ zones (σ the
 * reference sample SD), the reference lots and the new lot in time order, censored values as intervals, and the
 * points of each control-chart test that fired at the new lot highlighted and labelled with the test number.
 * Limits are frozen from the reference: the new lot never moves them.
 */
public final class ChartRenderer {
  /** Chart width in CSS pixels. */
  public static final double WIDTH = 720;
  /** Chart height in CSS pixels. */
  public static final double HEIGHT = 340;

  private static final double LEFT = 70;
  private static final double RIGHT = 110;
  private static final double TOP = 44;
  private static final double BOTTOM = 86;
  private static final MathContext SHOW = new MathContext(5, RoundingMode.HALF_EVEN);

  private static final Color ZONE_1 = new Color(0xE8F5E9);
  private static final Color ZONE_2 = new Color(0xFFF8E1);
  private static final Color ZONE_3 = new Color(0xFDECEA);
  private static final Color GRID = new Color(0x9E9E9E);
  private static final Color INK = new Color(0x212121);
  private static final Color REFERENCE = new Color(0x455A64);
  private static final Color NEW_LOT = new Color(0x1565C0);
  private static final Color FIRED = new Color(0xC62828);

  private ChartRenderer() {}

  /**
   * What a chart shows besides the comparison: its title parts and the tests that fired at the new lot.
   *
   * @param title the chart title, e.g. "VEGF-A (per mL) — criterion vegfa-consistency"
   * @param unitDisplay the unit as labs write it
   * @param reference the reference label, e.g. "uc-gel-composition-reference@2025-08"
   * @param tests the control-chart tests of the criterion (to evaluate which fired at the new lot)
   */
  public record Spec(String title, String unitDisplay, String reference, List<ControlChartTest> tests) {}

  /**
   * Tells which tests fired at the new lot (the last point) and which points their windows cover.
   *
   * @param c the comparison (with statistics and series)
   * @param tests the tests
   * @return rule number → point indexes of the firing window, in rule order
   */
  public static Map<Integer, List<Integer>> fired(AnalyteComparison c, List<ControlChartTest> tests) {
    Map<Integer, List<Integer>> out = new TreeMap<>();
    Optional<SummaryStatistics> s = c.statistics();
    List<ChartPoint> series = c.series();
    if (s.isEmpty() || series.isEmpty() || s.get().standardDeviation().value().signum() <= 0) {
      return out;
    }
    BigDecimal centre = s.get().mean().value();
    BigDecimal sigma = s.get().standardDeviation().value();
    List<ControlChart.Point> points = series.stream().map(ChartPoint::value).toList();
    int last = points.size() - 1;
    for (ControlChartTest t : tests) {
      if (ControlChart.evaluateAt(points, last, centre, sigma, t) == ControlChart.Signal.FIRED) {
        List<Integer> window = new ArrayList<>();
        for (int i = Math.max(0, last + 1 - t.windowInEffect()); i <= last; i++) {
          window.add(i);
        }
        out.put(t.rule().number(), window);
      }
    }
    return out;
  }

  /**
   * Draws the chart.
   *
   * @param c the comparison, with statistics and a series
   * @param spec titles and tests
   * @param m labels
   * @return the drawing
   * @throws IllegalArgumentException if the comparison has no statistics or no series
   */
  public static Drawing draw(AnalyteComparison c, Spec spec, Messages m) {
    SummaryStatistics stats = c.statistics().orElseThrow(() -> new IllegalArgumentException("criterion "
        + c.criterionId() + " has no reference statistics to draw a control chart from"));
    List<ChartPoint> series = c.series();
    if (series.isEmpty()) {
      throw new IllegalArgumentException("criterion " + c.criterionId() + " has no series to draw");
    }
    double centre = stats.mean().value().doubleValue();
    double sigma = stats.standardDeviation().value().doubleValue();
    Map<Integer, List<Integer>> fired = fired(c, spec.tests());

    double lo = centre - 3.6 * sigma;
    double hi = centre + 3.6 * sigma;
    for (ChartPoint p : series) {
      lo = Math.min(lo, p.value().lower().doubleValue());
      hi = Math.max(hi, p.value().upper().orElse(p.value().lower()).doubleValue());
    }
    if (hi <= lo) {
      hi = lo + 1;
    }
    double pad = (hi - lo) * 0.04;
    lo -= pad;
    hi += pad;
    double plotW = WIDTH - LEFT - RIGHT;
    double plotH = HEIGHT - TOP - BOTTOM;
    final double yLo = lo;
    final double ySpan = hi - lo;
    java.util.function.DoubleUnaryOperator y = v -> TOP + plotH - (v - yLo) / ySpan * plotH;
    int n = series.size();
    double step = plotW / n;
    java.util.function.IntToDoubleFunction x = i -> LEFT + step * (i + 0.5);

    Drawing d = new Drawing(WIDTH, HEIGHT, spec.title());
    d.text(LEFT, 18, spec.title(), 13, Anchor.START, INK, true, 0);
    d.text(LEFT, 34, m.get("chart.subtitle", spec.reference(), Integer.toString(c.referenceSize()),
        show(stats.mean().value()), show(stats.standardDeviation().value()), spec.unitDisplay()), 10,
        Anchor.START, REFERENCE, false, 0);

    // zones, from the outside in, clipped to the plot
    d.begin(attrs("class", "zones"));
    zone(d, y, centre + 2 * sigma, centre + 3 * sigma, ZONE_3, lo, hi, plotW);
    zone(d, y, centre - 3 * sigma, centre - 2 * sigma, ZONE_3, lo, hi, plotW);
    zone(d, y, centre + sigma, centre + 2 * sigma, ZONE_2, lo, hi, plotW);
    zone(d, y, centre - 2 * sigma, centre - sigma, ZONE_2, lo, hi, plotW);
    zone(d, y, centre - sigma, centre + sigma, ZONE_1, lo, hi, plotW);
    d.end();
    d.rect(LEFT, TOP, plotW, plotH, null, GRID);

    d.begin(attrs("class", "limits"));
    for (int k = -3; k <= 3; k++) {
      double v = centre + k * sigma;
      if (v < lo || v > hi) {
        continue;
      }
      double yy = y.applyAsDouble(v);
      d.line(LEFT, yy, LEFT + plotW, yy, k == 0 ? INK : GRID, k == 0 ? 1.2f : 0.8f, k != 0);
      String label = k == 0 ? m.get("chart.centre") : (k > 0 ? "+" : "−") + Math.abs(k) + "σ";
      BigDecimal exact = stats.mean().value().add(stats.standardDeviation().value()
          .multiply(BigDecimal.valueOf(k)));
      d.text(LEFT + plotW + 6, yy + 4, label + "  " + show(exact), 10, Anchor.START, INK, k == 0, 0);
    }
    d.end();

    // y axis ticks at the bottom and top of the plot
    d.text(LEFT - 6, TOP + plotH, show(BigDecimal.valueOf(lo)), 9, Anchor.END, REFERENCE, false, 0);
    d.text(LEFT - 6, TOP + 9, show(BigDecimal.valueOf(hi)), 9, Anchor.END, REFERENCE, false, 0);
    d.text(16, TOP + plotH / 2, spec.unitDisplay(), 10, Anchor.MIDDLE, INK, false, -90);

    // connecting line between consecutive exact values
    d.begin(attrs("class", "trace"));
    for (int i = 1; i < n; i++) {
      ControlChart.Point a = series.get(i - 1).value();
      ControlChart.Point b = series.get(i).value();
      if (a.isExact() && b.isExact()) {
        d.line(x.applyAsDouble(i - 1), y.applyAsDouble(a.lower().doubleValue()), x.applyAsDouble(i),
            y.applyAsDouble(b.lower().doubleValue()), GRID, 0.8f, false);
      }
    }
    d.end();

    int labelEvery = Math.max(1, (int) Math.ceil(n / 30.0));
    for (int i = 0; i < n; i++) {
      ChartPoint p = series.get(i);
      List<Integer> rules = new ArrayList<>();
      for (Map.Entry<Integer, List<Integer>> f : fired.entrySet()) {
        if (f.getValue().contains(i)) {
          rules.add(f.getKey());
        }
      }
      StringBuilder cls = new StringBuilder("point ").append(p.newLot() ? "new-lot" : "reference");
      if (!p.value().isExact()) {
        cls.append(" censored");
      }
      if (!rules.isEmpty()) {
        cls.append(" fired");
      }
      Map<String, String> a = attrs("class", cls.toString(), "data-lot", p.lotId(), "data-date",
          p.manufactureDate().toString(), "data-value", p.value().toString());
      if (!rules.isEmpty()) {
        a.put("data-rules", String.join(" ", rules.stream().map(r -> "NELSON_" + r).toList()));
      }
      d.begin(a);
      double px = x.applyAsDouble(i);
      Color ink = p.newLot() ? NEW_LOT : REFERENCE;
      if (p.value().isExact()) {
        double py = y.applyAsDouble(p.value().lower().doubleValue());
        if (!rules.isEmpty()) {
          d.circle(px, py, 7.5, null, FIRED, 1.8f);
        }
        d.circle(px, py, p.newLot() ? 5 : 3.5, ink, null, 0);
      } else {
        double yTop = p.value().upper().isPresent() ? y.applyAsDouble(p.value().upper().get().doubleValue()) : TOP;
        double yBottom = y.applyAsDouble(p.value().lower().doubleValue());
        d.line(px, yTop, px, yBottom, rules.isEmpty() ? ink : FIRED, 2f, false);
        d.line(px - 4, yBottom, px + 4, yBottom, ink, 1.5f, false);
        if (p.value().upper().isPresent()) {
          d.line(px - 4, yTop, px + 4, yTop, ink, 1.5f, false);
        } else {
          d.text(px, TOP + 10, "↑", 10, Anchor.MIDDLE, ink, true, 0);
        }
      }
      if (!rules.isEmpty()) {
        double py = p.value().isExact() ? y.applyAsDouble(p.value().lower().doubleValue()) : TOP + 14;
        d.text(px, py - 10, String.join(",", rules.stream().map(r -> "N" + r).toList()), 9, Anchor.MIDDLE,
            FIRED, true, 0);
      }
      if (p.newLot() || i % labelEvery == 0) {
        d.text(px + 3, TOP + plotH + 10, p.lotId(), 8.5, Anchor.END, p.newLot() ? NEW_LOT : REFERENCE,
            p.newLot(), -45);
      }
      d.end();
    }

    // legend
    double ly = HEIGHT - 10;
    d.circle(LEFT + 4, ly - 4, 3.5, REFERENCE, null, 0);
    d.text(LEFT + 12, ly, m.get("chart.legend.reference"), 9.5, Anchor.START, INK, false, 0);
    d.circle(LEFT + 124, ly - 4, 5, NEW_LOT, null, 0);
    d.text(LEFT + 134, ly, m.get("chart.legend.newLot"), 9.5, Anchor.START, INK, false, 0);
    d.line(LEFT + 214, ly + 1, LEFT + 214, ly - 9, REFERENCE, 2f, false);
    d.text(LEFT + 222, ly, m.get("chart.legend.censored"), 9.5, Anchor.START, INK, false, 0);
    d.circle(LEFT + 354, ly - 4, 6, null, FIRED, 1.8f);
    String firedText = fired.isEmpty() ? m.get("chart.legend.noSignal")
        : m.get("chart.legend.fired", String.join(", ", fired.keySet().stream().map(r -> "N" + r).toList()));
    d.text(LEFT + 364, ly, firedText, 9.5, Anchor.START, fired.isEmpty() ? INK : FIRED, !fired.isEmpty(), 0);
    return d;
  }

  private static void zone(Drawing d, java.util.function.DoubleUnaryOperator y, double from, double to, Color fill,
      double lo, double hi, double plotW) {
    double a = Math.max(from, lo);
    double b = Math.min(to, hi);
    if (b <= a) {
      return;
    }
    double top = y.applyAsDouble(b);
    d.rect(LEFT, top, plotW, y.applyAsDouble(a) - top, fill, null);
  }

  private static Map<String, String> attrs(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i + 1 < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  /**
   * Shows a number with five significant digits, without trailing zeros.
   *
   * @param v the number
   * @return the text
   */
  public static String show(BigDecimal v) {
    BigDecimal s = v.round(SHOW).stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0, RoundingMode.UNNECESSARY) : s).toPlainString();
  }
}
