package org.paracrine.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.lot.ReferenceSeries;
import org.paracrine.core.spec.AcceptanceCriterion;
import org.paracrine.core.spec.ControlChartTest;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.core.vocabulary.Analyte;
import org.paracrine.core.vocabulary.NormalisationBasis;
import org.paracrine.core.vocabulary.Term;
import org.paracrine.documents.internal.ChartRenderer;
import org.paracrine.documents.internal.Drawing;
import org.paracrine.documents.internal.LabUnits;
import org.paracrine.documents.internal.Messages;
import org.paracrine.validation.consistency.AnalyteComparison;
import org.paracrine.validation.consistency.ConsistencyAnalyzer;
import org.paracrine.validation.consistency.ConsistencyReport;

/**
 * Control charts (Shewhart chart with Nelson tests) of the consistency criteria of a specification: one chart per
 * criterion that has reference statistics, with the centre line (reference mean), the ±1σ/±2σ/±3σ zones (σ the
 * reference sample standard deviation; limits frozen from the named reference series), the reference lots and the
 * new lot in time order, censored values drawn as intervals, and the points of each test that fired at the new
 * lot circled and labelled ({@code N2} for Nelson test 2). Returns bytes; never writes files. Stateless and
 * thread-safe.
 *
 * <p>Sources: Nelson LS, J Qual Technol 1984;16(4):237–239; Western Electric Statistical Quality Control Handbook
 * (1956).
 *
 * <pre>{@code
 * for (ControlChartImage chart : ControlCharts.render(series, lot, consistencySpec, Locale.ENGLISH)) {
 *   Files.write(Path.of(chart.criterionId() + ".svg"), chart.svg());
 * }
 * }</pre>
 */
public final class ControlCharts {
  private ControlCharts() {}

  /**
   * Compares a lot with a reference series and draws a chart for every consistency criterion of the specification
   * that has reference statistics.
   *
   * @param reference the reference series of the lot's product
   * @param lot the new lot
   * @param specification the specification with consistency criteria
   * @param locale the locale of the labels
   * @return the charts, in criterion order (empty when no criterion has statistics)
   * @throws IllegalArgumentException if the series is of another product than the lot
   */
  public static List<ControlChartImage> render(ReferenceSeries reference, Lot lot,
      ReleaseSpecification specification, Locale locale) {
    return render(ConsistencyAnalyzer.compare(reference, lot, specification), specification, locale);
  }

  /**
   * Draws a chart for every comparison of a consistency report that has reference statistics and a series.
   *
   * @param report the consistency report
   * @param specification the specification the report was computed from (for the criteria's tests)
   * @param locale the locale of the labels
   * @return the charts, in criterion order
   * @throws IllegalArgumentException if the specification is not the one the report names
   */
  public static List<ControlChartImage> render(ConsistencyReport report, ReleaseSpecification specification,
      Locale locale) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(locale, "locale");
    if (!report.specification().id().equals(specification.id())
        || !report.specification().version().equals(specification.version())) {
      throw new IllegalArgumentException("the consistency report was computed with specification "
          + report.specification() + ", not " + specification.id() + "@" + specification.version());
    }
    Messages m = new Messages(locale);
    String reference = report.referenceSeries().map(Object::toString).orElse("—");
    List<ControlChartImage> out = new ArrayList<>();
    for (AnalyteComparison c : report.comparisons()) {
      if (c.statistics().isEmpty() || c.series().isEmpty()
          || c.statistics().get().standardDeviation().value().signum() <= 0) {
        continue;
      }
      List<ControlChartTest> tests = specification.criterion(c.criterionId())
          .flatMap(AcceptanceCriterion::consistency).map(k -> k.rules()).orElse(List.of());
      String analyte = Term.parse(Analyte.class, c.analyte()).display();
      String basis = Term.parse(NormalisationBasis.class, c.normalisation()).display();
      String title = m.get("chart.title", analyte, basis, c.criterionId());
      ChartRenderer.Spec spec = new ChartRenderer.Spec(title, LabUnits.display(c.unit(), false), reference, tests);
      Map<Integer, List<Integer>> fired = ChartRenderer.fired(c, tests);
      out.add(new ControlChartImage(c.criterionId(), c.analyte(), title, new ArrayList<>(fired.keySet()),
          ChartRenderer.draw(c, spec, m)));
    }
    return out;
  }

  /**
   * Stacks charts vertically into one SVG document (e.g. all criteria of one lot in one file).
   *
   * @param charts the charts, top to bottom
   * @param title the document title
   * @return the SVG bytes
   * @throws IllegalArgumentException if there is no chart
   */
  public static byte[] svg(List<ControlChartImage> charts, String title) {
    if (charts.isEmpty()) {
      throw new IllegalArgumentException("no chart to write: no consistency criterion has reference statistics");
    }
    return Drawing.stack(charts.stream().map(ControlChartImage::drawing).toList(), title).svg();
  }

  /**
   * Finds the charts of a lot: every specification in the list that applies to the lot's product and has
   * consistency criteria, compared with the reference series.
   *
   * @param reference the reference series
   * @param lot the lot
   * @param specifications candidate specifications
   * @param locale the locale of the labels
   * @return the charts, specification by specification
   */
  public static List<ControlChartImage> renderAll(Optional<ReferenceSeries> reference, Lot lot,
      List<ReleaseSpecification> specifications, Locale locale) {
    List<ControlChartImage> out = new ArrayList<>();
    if (reference.isEmpty() || !reference.get().productId().equals(lot.productId())) {
      return out;
    }
    for (ReleaseSpecification s : specifications) {
      if (s.appliesTo(lot.productId()) && s.criteria().stream().anyMatch(c -> c.consistency().isPresent())) {
        out.addAll(render(reference.get(), lot, s, locale));
      }
    }
    return out;
  }
}
