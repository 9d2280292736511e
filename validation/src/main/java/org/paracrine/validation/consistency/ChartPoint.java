package org.paracrine.validation.consistency;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One lot of a control chart's series: the lot, its manufacture date and its value in the criterion's unit and
 * basis — exact, or an interval when the value is censored (below LOD/LOQ: between 0 and the limit; above ULOQ: at
 * least the limit). A series lists the reference lots in time order, then the new lot.
 *
 * @param lotId the lot id
 * @param manufactureDate the lot's manufacture date
 * @param value the value or interval, in the comparison's unit
 * @param newLot true for the lot being compared, false for a reference lot
 */
public record ChartPoint(String lotId, LocalDate manufactureDate, ControlChart.Point value, boolean newLot) {

  /**
   * Validates the components.
   *
   * @param lotId the lot id
   * @param manufactureDate the manufacture date
   * @param value the value
   * @param newLot whether this is the new lot
   */
  public ChartPoint {
    Objects.requireNonNull(lotId, "lotId");
    Objects.requireNonNull(manufactureDate, "manufactureDate");
    Objects.requireNonNull(value, "value");
  }
}
