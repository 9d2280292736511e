package org.paracrine.core.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.immutables.value.Value;
import org.paracrine.core.internal.Check;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A reporting-completeness score in the spirit of EV-METRIC (EV-TRACK Consortium, Nat Methods 2017, DOI
 * 10.1038/nmeth.4185): satisfied items divided by applicable items, listed item by item. It is reported beside the
 * release verdict and never changes it.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCompletenessScore.class)
@JsonDeserialize(as = ImmutableCompletenessScore.class)
public abstract class CompletenessScore {
  CompletenessScore() {}

  /**
   * Returns the checklist id.
   *
   * @return the id
   */
  public abstract String checklistId();

  /**
   * Returns the checklist version.
   *
   * @return the version
   */
  public abstract String checklistVersion();

  /**
   * Returns the item results.
   *
   * @return the items
   */
  public abstract List<ChecklistItemResult> items();

  /**
   * Returns the number of applicable items.
   *
   * @return the count
   */
  public long applicableCount() {
    return items().stream().filter(ChecklistItemResult::applicable).count();
  }

  /**
   * Returns the number of satisfied items.
   *
   * @return the count
   */
  public long satisfiedCount() {
    return items().stream().filter(ChecklistItemResult::satisfied).count();
  }

  /**
   * Returns satisfied / applicable as a fraction rounded half-even to 4 decimals; 0 when nothing applies.
   *
   * @return the score between 0 and 1
   */
  public BigDecimal score() {
    long applicable = applicableCount();
    if (applicable == 0) {
      return BigDecimal.ZERO.setScale(4);
    }
    return BigDecimal.valueOf(satisfiedCount()).divide(BigDecimal.valueOf(applicable), 4, RoundingMode.HALF_EVEN);
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableCompletenessScore.Builder builder() {
    return ImmutableCompletenessScore.builder();
  }

  @Value.Check
  void check() {
    Check.all(() -> {
      Check.notBlank(checklistId(), "CompletenessScore", "checklistId");
      Check.unique(items(), ChecklistItemResult::id, "CompletenessScore", "items");
    });
  }
}
