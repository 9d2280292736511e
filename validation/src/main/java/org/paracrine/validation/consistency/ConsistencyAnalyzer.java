package org.paracrine.validation.consistency;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.lot.ReferenceSeries;
import org.paracrine.core.report.SpecificationRef;
import org.paracrine.core.spec.AcceptanceCriterion;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.validation.internal.ConsistencyEvaluator;
import org.paracrine.validation.internal.FindingFactory;

/**
 * Compares a new lot's composition with a reference — a {@link ReferenceSeries} of earlier lots and/or stored
 * reference statistics — for every consistency criterion ({@link AcceptanceCriterion#consistency()}) of a
 * specification, and returns per-analyte statistics with their findings. The same evaluation runs inside
 * {@link org.paracrine.validation.ReleaseChecker} when a series is added with
 * {@link org.paracrine.validation.ReleaseChecker.Builder#addReferenceSeries}.
 *
 * <p>Per analyte: n, mean, sample SD (n − 1), CV, min, max of the quantified reference values (see
 * {@link SummaryStatistics} for exactness), the new lot's z-score and ratio to the mean, the chosen control-chart
 * rules over the series (reference lots in order, then the new lot; {@link ControlChart}), the equivalence margin
 * and the reference range. Values are converted to the criterion's unit and basis with UCUM and
 * {@link org.paracrine.core.assay.AnalyteNormalisation} (per mL ↔ per µg protein with each lot's own total
 * protein).
 *
 * <p>Honest small samples and censoring: fewer quantified reference values than the criterion's minimum (default
 * 3) give {@code CONSISTENCY.REFERENCE.TOO_SMALL} (MISSING → INCOMPLETE for a required ERROR criterion) and no
 * numbers; censored reference values are excluded from the statistics and counted; a censored new-lot value is
 * judged by its bound where that decides, else the check is inconclusive (MISSING).
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * ConsistencyReport r = ConsistencyAnalyzer.compare(series, newLot, spec);
 * r.comparisons().get(0).zScore();     // e.g. Optional[5.2]
 * r.findings(Outcome.FAIL);            // e.g. CONSISTENCY.NELSON_1.FIRED
 * }</pre>
 */
public final class ConsistencyAnalyzer {
  private ConsistencyAnalyzer() {}

  /**
   * Compares a lot with a reference series for every consistency criterion of a specification.
   *
   * @param reference the series of earlier lots of the lot's product
   * @param lot the new lot
   * @param specification the specification; criteria without a consistency check are ignored
   * @return the report
   * @throws IllegalArgumentException if the series is of another product than the lot
   */
  public static ConsistencyReport compare(ReferenceSeries reference, Lot lot, ReleaseSpecification specification) {
    Objects.requireNonNull(reference, "reference");
    if (!reference.productId().equals(lot.productId())) {
      throw new IllegalArgumentException("reference series " + reference.id() + "@" + reference.version()
          + " is of product " + reference.productId() + ", but lot " + lot.id() + " is of product "
          + lot.productId());
    }
    return run(Optional.of(reference), lot, specification);
  }

  /**
   * Compares a lot with the stored reference statistics of the specification's consistency criteria (no series:
   * only single-point rules such as Nelson test 1 can be evaluated; run rules report too few points).
   *
   * @param lot the new lot
   * @param specification the specification
   * @return the report
   */
  public static ConsistencyReport compare(Lot lot, ReleaseSpecification specification) {
    return run(Optional.empty(), lot, specification);
  }

  private static ConsistencyReport run(Optional<ReferenceSeries> reference, Lot lot,
      ReleaseSpecification specification) {
    Objects.requireNonNull(lot, "lot");
    Objects.requireNonNull(specification, "specification");
    SpecificationRef ref = SpecificationRef.of(specification.id(), specification.version());
    FindingFactory f = new FindingFactory(ref);
    List<AnalyteComparison> comparisons = new ArrayList<>();
    for (AcceptanceCriterion c : specification.criteria()) {
      if (c.consistency().isPresent()) {
        comparisons.add(ConsistencyEvaluator.evaluate(f, c, lot, reference));
      }
    }
    return new ConsistencyReport(lot.id(), ref,
        reference.map(s -> SpecificationRef.of(s.id(), s.version())), comparisons);
  }
}
