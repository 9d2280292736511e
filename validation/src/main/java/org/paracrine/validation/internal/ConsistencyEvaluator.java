package org.paracrine.validation.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.paracrine.core.assay.AnalyteNormalisation;
import org.paracrine.core.assay.AnalyteResult;
import org.paracrine.core.assay.Censoring;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.lot.ReferenceEntry;
import org.paracrine.core.lot.ReferenceSeries;
import org.paracrine.core.quantity.IncomparableUnitsException;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.quantity.QuantityRange;
import org.paracrine.core.report.Band;
import org.paracrine.core.report.Finding;
import org.paracrine.core.report.ImmutableFinding;
import org.paracrine.core.report.JsonPointer;
import org.paracrine.core.report.Outcome;
import org.paracrine.core.report.Severity;
import org.paracrine.core.spec.AcceptanceCriterion;
import org.paracrine.core.spec.Citation;
import org.paracrine.core.spec.ConsistencyCheck;
import org.paracrine.core.spec.ControlChartRule;
import org.paracrine.core.spec.ControlChartTest;
import org.paracrine.core.vocabulary.NormalisationBasis;
import org.paracrine.core.vocabulary.Term;
import org.paracrine.validation.FindingCode;
import org.paracrine.validation.consistency.AnalyteComparison;
import org.paracrine.validation.consistency.ChartPoint;
import org.paracrine.validation.consistency.ControlChart;
import org.paracrine.validation.consistency.SummaryStatistics;

/**
 * Evaluates one consistency criterion ({@link AcceptanceCriterion#consistency()}) of a lot against a reference
 * series or stored reference statistics.
 *
 * <p>Censoring policy: censored reference values are excluded from mean, SD, CV, min and max (a
 * {@code CONSISTENCY.REFERENCE.CENSORED_EXCLUDED} warning says how many); they stay in the control-chart series as
 * intervals (below LOD/LOQ: between 0 and the limit; above ULOQ: at least the limit). A censored new-lot value gets
 * no z-score or ratio; margins, ranges and rules are decided by its bound when the bound decides, and are
 * inconclusive ({@link Outcome#MISSING}) otherwise. Reference lots without a usable value (no result, or no exact
 * conversion) are left out of statistics and series and listed. The new lot itself is never part of its reference
 * (an entry with the same lot id is skipped).
 */
public final class ConsistencyEvaluator {
  private static final MathContext SHOW = new MathContext(6, RoundingMode.HALF_EVEN);
  private static final MathContext SHOW4 = new MathContext(4, RoundingMode.HALF_EVEN);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private ConsistencyEvaluator() {}

  /** One lot's value converted to the criterion's unit and basis, or the reason why there is none. */
  private record Obs(String lotId, Quantity reported, BigDecimal value, Censoring censoring, String reason,
      int index, LocalDate date) {
    static Obs unavailable(String lotId, String reason, LocalDate date) {
      return new Obs(lotId, null, null, null, reason, -1, date);
    }

    boolean available() {
      return value != null;
    }

    boolean quantified() {
      return value != null && censoring == null;
    }

    BigDecimal lower() {
      return censoring == null || censoring == Censoring.ABOVE_ULOQ ? value : BigDecimal.ZERO;
    }

    BigDecimal upper() {
      return censoring == Censoring.ABOVE_ULOQ ? null : value;
    }

    ControlChart.Point point() {
      if (censoring == null) {
        return ControlChart.Point.of(value);
      }
      return censoring == Censoring.ABOVE_ULOQ ? ControlChart.Point.atLeast(value)
          : ControlChart.Point.between(BigDecimal.ZERO, value.max(BigDecimal.ZERO));
    }

    String text(String unit) {
      return (censoring == null ? "" : censoring + " ") + show(value) + " " + unit;
    }
  }

  /**
   * Evaluates a consistency criterion.
   *
   * @param f the finding factory of the specification
   * @param c the criterion, with {@link AcceptanceCriterion#consistency()} present
   * @param lot the new lot
   * @param series the reference series of the lot's product, or empty
   * @return the comparison with its findings
   */
  public static AnalyteComparison evaluate(FindingFactory f, AcceptanceCriterion c, Lot lot,
      Optional<ReferenceSeries> series) {
    ConsistencyCheck k = c.consistency().orElseThrow(() -> new IllegalArgumentException("criterion " + c.id()
        + " has no consistency check"));
    String analyte = c.analyte().orElseThrow().trim();
    String unit = k.unit();
    Term<NormalisationBasis> basis = k.normalisation();
    String what = "analyte " + analyte + ", " + basis.code() + ", " + unit;
    Severity missingSeverity = c.required() ? c.severity() : Severity.INFO;
    Citation critSource = c.source().orElse(Sources.PARACRINE_CONSISTENCY);
    String compositionPath = JsonPointer.of("lot", "composition");
    List<Finding> out = new ArrayList<>();

    Obs lotObs = observe(lot.id(), lot.manufactureDate(), lot.composition(), ReferenceEntry.totalProteinOf(lot),
        analyte, basis, unit);
    String lotPath = lotObs.index() >= 0 ? JsonPointer.of("lot", "composition", lotObs.index(), "value")
        : compositionPath;
    Optional<Quantity> observed = lotObs.available() ? Optional.of(Quantity.of(lotObs.value(), unit))
        : Optional.empty();
    Optional<Censoring> censoring = Optional.ofNullable(lotObs.censoring());

    List<Obs> reference = new ArrayList<>();
    if (series.isPresent()) {
      for (ReferenceEntry e : series.get().entries()) {
        if (!e.lotId().equals(lot.id())) {
          reference.add(observe(e.lotId(), e.manufactureDate(), e.composition(), e.totalProtein(), analyte, basis,
              unit));
        }
      }
    }
    List<BigDecimal> quantified = reference.stream().filter(Obs::quantified).map(Obs::value)
        .collect(Collectors.toList());
    List<Obs> censored = reference.stream().filter(o -> o.available() && !o.quantified())
        .collect(Collectors.toList());
    List<Obs> unavailable = reference.stream().filter(o -> !o.available()).collect(Collectors.toList());
    String seriesName = series.map(s -> "series " + s.id() + "@" + s.version()).orElse("stored statistics");

    boolean stored = k.referenceStatistics().isPresent();
    if (!stored && series.isEmpty()) {
      out.add(common(f.start(FindingCode.CONSISTENCY_REFERENCE_MISSING, Outcome.MISSING, missingSeverity,
          compositionPath, Sources.PARACRINE_CONSISTENCY, c.id(), what, lot.productId()), c)
          .expected("a reference series of product " + lot.productId() + " or stored reference statistics").build());
      return new AnalyteComparison(c.id(), analyte, basis.code(), unit, 0, 0, 0, Optional.empty(), observed,
          censoring, Optional.empty(), Optional.empty(), out);
    }
    int n = stored ? k.referenceStatistics().get().n() : quantified.size();
    if (n < k.minimumReferenceSize()) {
      String detail = stored ? "stored statistics with n = " + n
          : seriesName + ": " + censored.size() + " censored excluded, " + unavailable.size() + " without a value";
      out.add(common(f.start(FindingCode.CONSISTENCY_REFERENCE_TOO_SMALL, Outcome.MISSING, missingSeverity,
          compositionPath, Sources.PARACRINE_CONSISTENCY, c.id(), what, n, detail, k.minimumReferenceSize()), c)
          .observed("n = " + n).expected("at least " + k.minimumReferenceSize() + " quantified reference values")
          .build());
      return new AnalyteComparison(c.id(), analyte, basis.code(), unit, n, censored.size(), unavailable.size(),
          Optional.empty(), observed, censoring, Optional.empty(), Optional.empty(), out);
    }
    SummaryStatistics stats = stored ? SummaryStatistics.of(k.referenceStatistics().get(), unit)
        : SummaryStatistics.of(quantified, unit);
    if (!stored && !censored.isEmpty()) {
      out.add(common(f.start(FindingCode.CONSISTENCY_REFERENCE_CENSORED_EXCLUDED, Outcome.WARN, Severity.WARNING,
          compositionPath, Sources.PARACRINE_CONSISTENCY, c.id(), what, censored.size(), censored.stream()
              .map(o -> o.lotId() + " " + o.text(unit)).collect(Collectors.joining(", "))), c)
          .observed(censored.size() + " censored of " + reference.size())
          .expected("quantified reference values").build());
    }
    if (!unavailable.isEmpty()) {
      out.add(common(f.start(FindingCode.CONSISTENCY_REFERENCE_VALUES_UNAVAILABLE, Outcome.MISSING, Severity.INFO,
          compositionPath, Sources.PARACRINE_CONSISTENCY, c.id(), what, unavailable.size(), unavailable.stream()
              .map(o -> o.lotId() + " (" + o.reason() + ")").collect(Collectors.joining("; "))), c)
          .observed(unavailable.size() + " of " + reference.size() + " lots").build());
    }
    if (!lotObs.available()) {
      out.add(common(f.start(FindingCode.CONSISTENCY_LOT_MISSING, Outcome.MISSING, missingSeverity, lotPath,
          Sources.PARACRINE_CONSISTENCY, c.id(), what, lotObs.reason()), c)
          .expected("a " + analyte + " value convertible to " + unit + " " + basis.code()).build());
      return new AnalyteComparison(c.id(), analyte, basis.code(), unit, n, censored.size(), unavailable.size(),
          Optional.of(stats), observed, censoring, Optional.empty(), Optional.empty(), out);
    }
    Optional<BigDecimal> z = lotObs.quantified() ? stats.zScore(lotObs.value()) : Optional.empty();
    Optional<BigDecimal> ratio = lotObs.quantified() ? stats.ratioToMean(lotObs.value()) : Optional.empty();
    String lotText = lotObs.text(unit);
    String zText = lotObs.quantified()
        ? "z = " + z.map(ConsistencyEvaluator::show4).orElse("undefined (SD 0)") + ", ratio to mean "
            + ratio.map(ConsistencyEvaluator::show4).orElse("undefined (mean 0)")
        : "no z-score or ratio for a censored value";
    String observedText = lotText + (lotObs.quantified() ? " (" + zText + ")" : "");
    String refText = "n = " + n + " (" + seriesName + (stored ? "" : ", " + censored.size() + " censored excluded")
        + "), mean " + show(stats.mean().value()) + ", SD " + show(stats.standardDeviation().value()) + ", CV "
        + stats.coefficientOfVariation().map(q -> show4(q.value()) + " %").orElse("undefined") + ", min "
        + stats.min().map(q -> show(q.value())).orElse("-") + ", max "
        + stats.max().map(q -> show(q.value())).orElse("-") + " " + unit;
    out.add(withLot(common(f.start(FindingCode.CONSISTENCY_SUMMARY, Outcome.PASS, Severity.INFO, lotPath,
        Sources.PARACRINE_CONSISTENCY, c.id(), what, lotText, refText, zText), c), lotObs, unit)
        .observed(observedText).expected("reference " + refText).build());

    BigDecimal centre = stats.mean().value();
    BigDecimal sigma = stats.standardDeviation().value();
    if (!k.rules().isEmpty()) {
      if (sigma.signum() == 0) {
        out.add(common(f.start(FindingCode.CONSISTENCY_REFERENCE_ZERO_SPREAD, Outcome.MISSING, missingSeverity,
            lotPath, Sources.PARACRINE_CONSISTENCY, c.id(), what, unit), c)
            .observed("SD 0 " + unit).expected("a reference standard deviation greater than 0").build());
      } else {
        List<Obs> chart = reference.stream().filter(Obs::available).collect(Collectors.toList());
        chart.add(lotObs);
        List<ControlChart.Point> points = chart.stream().map(Obs::point).collect(Collectors.toList());
        for (ControlChartTest test : k.rules()) {
          out.add(rule(f, c, test, chart, points, centre, sigma, unit, what, lotPath, lotObs, missingSeverity));
        }
      }
    }
    k.equivalenceMargin().ifPresent(m -> {
      BigDecimal d = centre.abs().multiply(m.value()).divide(HUNDRED);
      BigDecimal lo = centre.subtract(d);
      BigDecimal hi = centre.add(d);
      QuantityRange limit = QuantityRange.between(Quantity.of(SummaryStatisticsAccess.strip(lo), unit),
          Quantity.of(SummaryStatisticsAccess.strip(hi), unit));
      Boolean inside = inside(lotObs, lo, hi);
      FindingCode code = inside == null ? FindingCode.CONSISTENCY_EQUIVALENCE_INCONCLUSIVE
          : inside ? FindingCode.CONSISTENCY_EQUIVALENCE_WITHIN_MARGIN : FindingCode.CONSISTENCY_EQUIVALENCE_OUTSIDE_MARGIN;
      Outcome o = inside == null ? Outcome.MISSING : inside ? Outcome.PASS : Outcome.FAIL;
      String margin = m.value().toPlainString() + " %";
      ImmutableFinding.Builder b = f.start(code, o, inside == null ? missingSeverity : c.severity(), lotPath,
          critSource, c.id(), what, observedText, margin, show(centre) + " " + unit, limit.describe());
      b.limit(limit).expected("within ±" + margin + " of the reference mean " + show(centre) + " " + unit + ": "
          + limit.describe() + " (inclusive)");
      if (inside != null) {
        b.band(inside ? Band.IN : Band.OUT);
      }
      out.add(withLot(b.criterionId(c.id()), lotObs, unit).observed(observedText).build());
    });
    if (k.withinReferenceRange()) {
      BigDecimal lo = stats.min().orElseThrow().value();
      BigDecimal hi = stats.max().orElseThrow().value();
      QuantityRange limit = QuantityRange.between(Quantity.of(lo, unit), Quantity.of(hi, unit));
      Boolean inside = inside(lotObs, lo, hi);
      FindingCode code = inside == null ? FindingCode.CONSISTENCY_RANGE_INCONCLUSIVE
          : inside ? FindingCode.CONSISTENCY_RANGE_INSIDE : FindingCode.CONSISTENCY_RANGE_OUTSIDE;
      Outcome o = inside == null ? Outcome.MISSING : inside ? Outcome.PASS : Outcome.FAIL;
      ImmutableFinding.Builder b = f.start(code, o, inside == null ? missingSeverity : c.severity(), lotPath,
          critSource, c.id(), what, observedText, limit.describe());
      b.limit(limit).expected("inside the reference range " + limit.describe() + " (inclusive)");
      if (inside != null) {
        b.band(inside ? Band.IN : Band.OUT);
      }
      out.add(withLot(b.criterionId(c.id()), lotObs, unit).observed(observedText).build());
    }
    List<ChartPoint> chartSeries = new ArrayList<>();
    reference.stream().filter(Obs::available)
        .forEach(o -> chartSeries.add(new ChartPoint(o.lotId(), o.date(), o.point(), false)));
    chartSeries.add(new ChartPoint(lotObs.lotId(), lotObs.date(), lotObs.point(), true));
    return new AnalyteComparison(c.id(), analyte, basis.code(), unit, n, stored ? 0 : censored.size(),
        unavailable.size(), Optional.of(stats), observed, censoring, z, ratio, out, chartSeries);
  }

  private static Finding rule(FindingFactory f, AcceptanceCriterion c, ControlChartTest test, List<Obs> chart,
      List<ControlChart.Point> points, BigDecimal centre, BigDecimal sigma, String unit, String what, String lotPath,
      Obs lotObs, Severity missingSeverity) {
    int last = points.size() - 1;
    ControlChart.Signal signal = ControlChart.evaluateAt(points, last, centre, sigma, test);
    Citation source = Sources.controlChart(test.rule());
    int w = test.windowInEffect();
    String window = chart.subList(Math.max(0, points.size() - w), points.size()).stream()
        .map(o -> o.lotId() + "=" + (o.quantified() ? show(o.value()) : o.point().toString()))
        .collect(Collectors.joining(", ")) + " " + unit;
    String centreText = show(centre) + " " + unit;
    String sigmaText = show(sigma) + " " + unit;
    ImmutableFinding.Builder b;
    switch (signal) {
      case FIRED:
        b = f.start(fired(test.rule()), Outcome.FAIL, test.severity().orElse(c.severity()), lotPath, source, c.id(),
            what, test.describe(), window, centreText, sigmaText);
        break;
      case NOT_FIRED:
        b = f.start(FindingCode.CONSISTENCY_CONTROL_CHART_PASS, Outcome.PASS, test.severity().orElse(c.severity()),
            lotPath, source, c.id(), what, test.describe(), window, centreText, sigmaText);
        break;
      case INCONCLUSIVE:
        b = f.start(FindingCode.CONSISTENCY_CONTROL_CHART_INCONCLUSIVE, Outcome.MISSING, missingSeverity, lotPath,
            source, c.id(), what, test.describe(), window, centreText, sigmaText);
        break;
      default:
        b = f.start(FindingCode.CONSISTENCY_CONTROL_CHART_TOO_FEW_POINTS, Outcome.MISSING, Severity.INFO, lotPath,
            source, c.id(), what, test.describe(), w, points.size());
        break;
    }
    int k = sigmaMultiple(test.rule());
    if (k > 0) {
      BigDecimal[] l = ControlChart.limits(centre, sigma, k);
      b.limit(QuantityRange.between(Quantity.of(SummaryStatisticsAccess.strip(l[0]), unit),
          Quantity.of(SummaryStatisticsAccess.strip(l[1]), unit)));
    }
    if (test.rule() == ControlChartRule.NELSON_1 && lotObs.quantified()) {
      b.band(signal == ControlChart.Signal.FIRED ? Band.OUT : Band.IN);
    }
    return withLot(b.criterionId(c.id()), lotObs, unit).observed(window)
        .expected("no signal of " + test.describe() + " (centre " + centreText + ", σ " + sigmaText + ")").build();
  }

  private static int sigmaMultiple(ControlChartRule r) {
    switch (r) {
      case NELSON_1:
        return 3;
      case NELSON_5:
        return 2;
      case NELSON_6:
      case NELSON_7:
      case NELSON_8:
        return 1;
      default:
        return 0;
    }
  }

  private static FindingCode fired(ControlChartRule r) {
    return FindingCode.valueOf("CONSISTENCY_NELSON_" + r.number() + "_FIRED");
  }

  /** True inside [lo, hi], false outside, null when a censored value's interval straddles a bound. */
  private static Boolean inside(Obs o, BigDecimal lo, BigDecimal hi) {
    BigDecimal a = o.lower();
    BigDecimal b = o.upper();
    if (a.compareTo(lo) >= 0 && b != null && b.compareTo(hi) <= 0) {
      return Boolean.TRUE;
    }
    if (b != null && b.compareTo(lo) < 0 || a.compareTo(hi) > 0) {
      return Boolean.FALSE;
    }
    return null;
  }

  private static ImmutableFinding.Builder withLot(ImmutableFinding.Builder b, Obs o, String unit) {
    if (o.reported() != null) {
      b.observedQuantity(o.reported());
    }
    if (o.available()) {
      b.convertedQuantity(Quantity.of(o.value(), unit));
    }
    return b;
  }

  private static ImmutableFinding.Builder common(ImmutableFinding.Builder b, AcceptanceCriterion c) {
    return b.criterionId(c.id());
  }

  /**
   * Finds a lot's value of an analyte in the criterion's basis and unit: a result in that basis first, else an
   * exact conversion per mL ↔ per µg protein with the lot's own total protein.
   */
  private static Obs observe(String lotId, LocalDate date, List<AnalyteResult> composition,
      Optional<Quantity> protein, String analyte, Term<NormalisationBasis> basis, String unit) {
    List<Integer> idx = new ArrayList<>();
    for (int i = 0; i < composition.size(); i++) {
      if (composition.get(i).analyte().code().trim().toLowerCase(Locale.ROOT)
          .equals(analyte.toLowerCase(Locale.ROOT))) {
        idx.add(i);
      }
    }
    if (idx.isEmpty()) {
      return Obs.unavailable(lotId, "no " + analyte + " result", date);
    }
    for (int i : idx) {
      if (composition.get(i).normalisation().equals(basis)) {
        return inUnit(lotId, date, composition.get(i), composition.get(i), i, unit);
      }
    }
    List<String> reasons = new ArrayList<>();
    for (int i : idx) {
      AnalyteResult r = composition.get(i);
      boolean toUg = basis.is(NormalisationBasis.PER_UG_TOTAL_PROTEIN)
          && r.normalisation().is(NormalisationBasis.PER_ML_PRODUCT);
      boolean toMl = basis.is(NormalisationBasis.PER_ML_PRODUCT)
          && r.normalisation().is(NormalisationBasis.PER_UG_TOTAL_PROTEIN);
      if (!toUg && !toMl) {
        reasons.add("a " + r.normalisation().code() + " result has no exact conversion to " + basis.code());
        continue;
      }
      if (protein.isEmpty()) {
        reasons.add("the " + r.normalisation().code() + " result needs the lot's own total protein to convert to "
            + basis.code() + ", and none is recorded");
        continue;
      }
      try {
        AnalyteResult converted = toUg ? AnalyteNormalisation.toPerMicrogramProtein(r, protein.get())
            : AnalyteNormalisation.toPerMillilitre(r, protein.get());
        return inUnit(lotId, date, r, converted, i, unit);
      } catch (IllegalArgumentException e) {
        reasons.add(e.getMessage());
      }
    }
    return Obs.unavailable(lotId, String.join("; ", reasons), date);
  }

  private static Obs inUnit(String lotId, LocalDate date, AnalyteResult reported, AnalyteResult r, int index,
      String unit) {
    try {
      return new Obs(lotId, reported.value(), r.value().to(unit).value(), r.censoring().orElse(null), null, index,
          date);
    } catch (IncomparableUnitsException e) {
      return Obs.unavailable(lotId, "unit " + r.value().unit() + " cannot be converted to " + unit, date);
    }
  }

  private static String show(BigDecimal v) {
    return SummaryStatisticsAccess.strip(v.round(SHOW)).toPlainString();
  }

  private static String show4(BigDecimal v) {
    return SummaryStatisticsAccess.strip(v.round(SHOW4)).toPlainString();
  }

  /** Trailing-zero stripping shared with the statistics. */
  private static final class SummaryStatisticsAccess {
    static BigDecimal strip(BigDecimal v) {
      BigDecimal s = v.stripTrailingZeros();
      return s.scale() < 0 ? s.setScale(0, RoundingMode.UNNECESSARY) : s;
    }
  }
}
