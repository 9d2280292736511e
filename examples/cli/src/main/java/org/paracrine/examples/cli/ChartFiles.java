package org.paracrine.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.documents.ControlChartImage;
import org.paracrine.documents.ControlCharts;
import org.paracrine.validation.consistency.ConsistencyReport;

/**
 * Writes the control charts of {@code compare --chart FILE}: all charts of one lot stacked into one SVG; with
 * several lots, one file per lot, the lot id inserted before the extension ({@code out-UCGEL-25-021.svg}).
 */
final class ChartFiles {
  private ChartFiles() {}

  /**
   * Returns the file for a lot.
   *
   * @param chart the file given with --chart
   * @param lotId the lot
   * @param severalLots whether more than one lot is compared
   * @return the path
   */
  static Path fileFor(Path chart, String lotId, boolean severalLots) {
    if (!severalLots) {
      return chart;
    }
    String name = chart.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String safe = lotId.replaceAll("[^A-Za-z0-9._-]", "_");
    String file = dot > 0 ? name.substring(0, dot) + "-" + safe + name.substring(dot) : name + "-" + safe + ".svg";
    return chart.resolveSibling(file);
  }

  /**
   * Renders and writes the charts of a lot.
   *
   * @param target the file
   * @param lotId the lot
   * @param reports the consistency reports, one per specification
   * @param specifications the specifications, in the same order
   * @return the number of charts written (0: nothing written)
   * @throws IOException if the file cannot be written
   */
  static int write(Path target, String lotId, List<ConsistencyReport> reports,
      List<ReleaseSpecification> specifications) throws IOException {
    List<ControlChartImage> charts = new java.util.ArrayList<>();
    for (int i = 0; i < reports.size(); i++) {
      charts.addAll(ControlCharts.render(reports.get(i), specifications.get(i), Locale.ENGLISH));
    }
    if (charts.isEmpty()) {
      return 0;
    }
    Path parent = target.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.write(target, ControlCharts.svg(charts, "Control charts of lot " + lotId));
    return charts.size();
  }
}
