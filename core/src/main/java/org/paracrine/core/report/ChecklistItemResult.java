package org.paracrine.core.report;

import java.util.Optional;
import org.immutables.value.Value;
import org.paracrine.core.internal.Check;
import org.paracrine.core.spec.Citation;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One item of a reporting-completeness checklist: whether it applies to this record (method-specific items only
 * count when the method was used) and whether it is satisfied. Invariant: an item that does not apply is not
 * satisfied.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableChecklistItemResult.class)
@JsonDeserialize(as = ImmutableChecklistItemResult.class)
public abstract class ChecklistItemResult {
  ChecklistItemResult() {}

  /**
   * Returns the item id.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns what the item asks for.
   *
   * @return the description
   */
  public abstract String description();

  /**
   * Tells whether the item applies.
   *
   * @return true if applicable
   */
  public abstract boolean applicable();

  /**
   * Tells whether the item is satisfied.
   *
   * @return true if satisfied (only when applicable)
   */
  public abstract boolean satisfied();

  /**
   * Returns where in the record the item was looked for.
   *
   * @return a JSON Pointer, or empty
   */
  public abstract Optional<String> path();

  /**
   * Returns the item's source.
   *
   * @return the citation, or empty
   */
  public abstract Optional<Citation> source();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableChecklistItemResult.Builder builder() {
    return ImmutableChecklistItemResult.builder();
  }

  @Value.Check
  void check() {
    Check.all(() -> {
      Check.notBlank(id(), "ChecklistItemResult", "id");
      Check.require(applicable() || !satisfied(), "ChecklistItemResult", "satisfied", true,
          () -> "false for an item that does not apply (" + id() + ")");
      path().ifPresent(p -> Check.require(JsonPointer.isValid(p), "ChecklistItemResult", "path", p,
          "an RFC 6901 JSON Pointer"));
    });
  }
}
