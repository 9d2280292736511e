package org.paracrine.validation;

import java.util.Optional;
import org.paracrine.core.report.CompletenessScore;

/**
 * A reporting-completeness checklist: items with an applicability predicate, scored as satisfied / applicable and
 * reported beside (never inside) the release verdict. Implementations are immutable and thread-safe.
 */
public interface ReportingChecklist {
  /**
   * Scores a product and lot.
   *
   * @param context the product and lot
   * @return the score, or empty when the checklist does not apply to this product at all
   */
  Optional<CompletenessScore> score(ReleaseContext context);
}
