package org.paracrine.documents;

import java.util.List;
import org.paracrine.documents.internal.Drawing;

/**
 * The control chart of one consistency criterion, available as SVG and PNG (both drawn from the same figure).
 * Immutable and thread-safe; each call of {@link #svg()} or {@link #png()} encodes anew and returns fresh bytes.
 */
public final class ControlChartImage {
  private final String criterionId;
  private final String analyte;
  private final String title;
  private final List<Integer> firedRules;
  private final Drawing drawing;

  ControlChartImage(String criterionId, String analyte, String title, List<Integer> firedRules, Drawing drawing) {
    this.criterionId = criterionId;
    this.analyte = analyte;
    this.title = title;
    this.firedRules = List.copyOf(firedRules);
    this.drawing = drawing;
  }

  /**
   * Returns the criterion id.
   *
   * @return the id
   */
  public String criterionId() {
    return criterionId;
  }

  /**
   * Returns the analyte code.
   *
   * @return e.g. {@code VEGFA}
   */
  public String analyte() {
    return analyte;
  }

  /**
   * Returns the chart title.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * Returns the numbers of the Nelson tests that fired at the new lot.
   *
   * @return rule numbers in increasing order, empty when none fired
   */
  public List<Integer> firedRules() {
    return firedRules;
  }

  /**
   * Returns the chart as an SVG 1.1 document (UTF-8). Each lot is a {@code <g class="point ...">} element with
   * {@code data-lot}, {@code data-date} and {@code data-value}; a point in the window of a fired test also has the
   * class {@code fired} and {@code data-rules}, e.g. {@code NELSON_2}.
   *
   * @return the SVG bytes
   */
  public byte[] svg() {
    return drawing.svg();
  }

  /**
   * Returns the chart as a PNG at twice the SVG's size (1440 × 680 pixels).
   *
   * @return the PNG bytes
   */
  public byte[] png() {
    return drawing.png(2);
  }

  Drawing drawing() {
    return drawing;
  }
}
