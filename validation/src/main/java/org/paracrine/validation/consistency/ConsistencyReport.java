package org.paracrine.validation.consistency;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.paracrine.core.report.Finding;
import org.paracrine.core.report.Outcome;
import org.paracrine.core.report.SpecificationRef;
import org.paracrine.core.report.Verdict;

/**
 * The result of comparing one lot with a reference: one {@link AnalyteComparison} per consistency criterion, the
 * specification and reference series used, and the verdict the findings imply (the same rule as a release report:
 * REJECT if an ERROR finding failed, else INCOMPLETE if an ERROR finding is missing data, else RELEASE).
 *
 * @param lotId the lot compared
 * @param specification the specification whose consistency criteria were evaluated
 * @param referenceSeries the reference series used, or empty when only stored statistics were used
 * @param comparisons one comparison per consistency criterion, in criterion order
 */
public record ConsistencyReport(String lotId, SpecificationRef specification,
    Optional<SpecificationRef> referenceSeries, List<AnalyteComparison> comparisons) {

  /**
   * Validates the components and copies the comparisons.
   *
   * @param lotId the lot id
   * @param specification the specification
   * @param referenceSeries the reference series
   * @param comparisons the comparisons
   */
  public ConsistencyReport {
    Objects.requireNonNull(lotId, "lotId");
    Objects.requireNonNull(specification, "specification");
    Objects.requireNonNull(referenceSeries, "referenceSeries");
    comparisons = List.copyOf(comparisons);
  }

  /**
   * Returns every finding of every comparison, in order.
   *
   * @return the findings
   */
  public List<Finding> findings() {
    return comparisons.stream().flatMap(c -> c.findings().stream()).collect(Collectors.toList());
  }

  /**
   * Returns the findings with an outcome.
   *
   * @param outcome the outcome
   * @return matching findings
   */
  public List<Finding> findings(Outcome outcome) {
    return findings().stream().filter(f -> f.outcome() == outcome).collect(Collectors.toList());
  }

  /**
   * Returns the verdict the findings imply.
   *
   * @return RELEASE, REJECT or INCOMPLETE
   */
  public Verdict verdict() {
    return Verdict.of(findings());
  }
}
