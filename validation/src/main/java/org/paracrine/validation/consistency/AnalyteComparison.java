package org.paracrine.validation.consistency;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.paracrine.core.assay.Censoring;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.report.Finding;

/**
 * The comparison of one analyte of a new lot with its reference, for one consistency criterion: the reference
 * statistics, the new lot's value (converted to the criterion's unit and basis), its z-score and ratio to the
 * reference mean, and the findings of the control-chart rules and margins.
 *
 * <p>Statistics, z-score and ratio are empty when they cannot honestly be given: fewer quantified reference values
 * than the criterion's minimum, a new-lot value that is missing or censored (z and ratio), a zero SD (z) or a zero
 * mean (ratio, CV).
 *
 * @param criterionId the criterion id
 * @param analyte the analyte code, e.g. {@code VEGFA}
 * @param normalisation the normalisation basis code, e.g. {@code per-mL}
 * @param unit the unit of all values, e.g. {@code pg/mL}
 * @param referenceSize the number of quantified reference values used (or n of stored statistics)
 * @param censoredExcluded reference values excluded from the statistics because they are censored
 * @param unavailable reference lots without a usable value (no result, no exact conversion)
 * @param statistics the reference statistics, or empty
 * @param observed the new lot's value in {@code unit} (for a censored value, its limit), or empty
 * @param censoring the new lot's censoring, or empty when quantified
 * @param zScore the new lot's z-score, or empty
 * @param ratioToMean the new lot's ratio to the reference mean, or empty
 * @param findings the findings of this criterion, in evaluation order
 * @param series the control-chart series: reference lots with a usable value in time order, then the new lot
 *     (when it has one); empty when no statistics could be computed
 */
public record AnalyteComparison(String criterionId, String analyte, String normalisation, String unit,
    int referenceSize, int censoredExcluded, int unavailable, Optional<SummaryStatistics> statistics,
    Optional<Quantity> observed, Optional<Censoring> censoring, Optional<BigDecimal> zScore,
    Optional<BigDecimal> ratioToMean, List<Finding> findings, List<ChartPoint> series) {

  /**
   * Creates a comparison without a control-chart series.
   *
   * @param criterionId the criterion id
   * @param analyte the analyte code
   * @param normalisation the basis code
   * @param unit the unit
   * @param referenceSize the reference size
   * @param censoredExcluded censored reference values excluded
   * @param unavailable reference lots without a usable value
   * @param statistics the statistics
   * @param observed the new lot's value
   * @param censoring the new lot's censoring
   * @param zScore the z-score
   * @param ratioToMean the ratio
   * @param findings the findings
   */
  public AnalyteComparison(String criterionId, String analyte, String normalisation, String unit,
      int referenceSize, int censoredExcluded, int unavailable, Optional<SummaryStatistics> statistics,
      Optional<Quantity> observed, Optional<Censoring> censoring, Optional<BigDecimal> zScore,
      Optional<BigDecimal> ratioToMean, List<Finding> findings) {
    this(criterionId, analyte, normalisation, unit, referenceSize, censoredExcluded, unavailable, statistics,
        observed, censoring, zScore, ratioToMean, findings, List.of());
  }

  /**
   * Validates the components and copies the findings.
   *
   * @param criterionId the criterion id
   * @param analyte the analyte code
   * @param normalisation the basis code
   * @param unit the unit
   * @param referenceSize the reference size
   * @param censoredExcluded censored reference values excluded
   * @param unavailable reference lots without a usable value
   * @param statistics the statistics
   * @param observed the new lot's value
   * @param censoring the new lot's censoring
   * @param zScore the z-score
   * @param ratioToMean the ratio
   * @param findings the findings
   * @param series the control-chart series
   */
  public AnalyteComparison {
    Objects.requireNonNull(criterionId, "criterionId");
    Objects.requireNonNull(analyte, "analyte");
    Objects.requireNonNull(normalisation, "normalisation");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(statistics, "statistics");
    Objects.requireNonNull(observed, "observed");
    Objects.requireNonNull(censoring, "censoring");
    Objects.requireNonNull(zScore, "zScore");
    Objects.requireNonNull(ratioToMean, "ratioToMean");
    findings = List.copyOf(findings);
    series = List.copyOf(series);
  }
}
