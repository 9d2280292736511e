package org.paracrine.validation;

import java.util.Objects;
import java.util.Optional;
import org.paracrine.core.quantity.QuantityRange;
import org.paracrine.core.report.Outcome;
import org.paracrine.core.spec.Citation;

/**
 * One result of a {@link LimitFunction}: a limit with the text that shows how it was derived, or the reason no limit
 * can be computed (with the outcome and finding-code suffix to report, and where in the record the gap is).
 *
 * <p>Immutable and thread-safe.
 */
public final class ComputedRange {
  private final String qualifier;
  private final QuantityRange range;
  private final String derivation;
  private final String codeSuffix;
  private final Outcome outcome;
  private final String pointer;
  private final Citation source;

  private ComputedRange(String qualifier, QuantityRange range, String derivation, String codeSuffix,
      Outcome outcome, String pointer, Citation source) {
    this.qualifier = Objects.requireNonNull(qualifier, "qualifier");
    this.range = range;
    this.derivation = Objects.requireNonNull(derivation, "derivation");
    this.codeSuffix = codeSuffix;
    this.outcome = outcome;
    this.pointer = pointer;
    this.source = source;
  }

  /**
   * Creates a computed limit.
   *
   * @param qualifier what distinguishes this limit (e.g. the route), appended to the criterion id; empty for none
   * @param range the limit
   * @param derivation how it was computed, shown in the finding
   * @return the computed range
   */
  public static ComputedRange of(String qualifier, QuantityRange range, String derivation) {
    return new ComputedRange(qualifier, Objects.requireNonNull(range, "range"), derivation, null, null, null,
        null);
  }

  /**
   * Creates the result of a case where no limit can be computed.
   *
   * @param qualifier what distinguishes this case, appended to the criterion id; empty for none
   * @param codeSuffix the finding-code suffix, e.g. {@code "LIMIT_REQUIRED"}
   * @param outcome {@link Outcome#MISSING} (the lot is incomplete) or {@link Outcome#NOT_APPLICABLE}
   * @param reason the complete message of the finding
   * @param pointer where the gap is, as a JSON Pointer
   * @param source the citation of the rule that makes the gap matter, or null for the criterion's own
   * @return the computed range
   */
  public static ComputedRange unavailable(String qualifier, String codeSuffix, Outcome outcome, String reason,
      String pointer, Citation source) {
    if (outcome != Outcome.MISSING && outcome != Outcome.NOT_APPLICABLE) {
      throw new IllegalArgumentException("an unavailable limit is MISSING or NOT_APPLICABLE, not " + outcome);
    }
    return new ComputedRange(qualifier, null, reason, Objects.requireNonNull(codeSuffix, "codeSuffix"), outcome,
        Objects.requireNonNull(pointer, "pointer"), source);
  }

  /**
   * Returns what distinguishes this limit.
   *
   * @return the qualifier, possibly empty
   */
  public String qualifier() {
    return qualifier;
  }

  /**
   * Returns the limit.
   *
   * @return the limit, or empty when none could be computed
   */
  public Optional<QuantityRange> range() {
    return Optional.ofNullable(range);
  }

  /**
   * Returns the derivation (for a limit) or the reason (when none could be computed).
   *
   * @return the text
   */
  public String derivation() {
    return derivation;
  }

  /**
   * Returns the finding-code suffix of an unavailable limit.
   *
   * @return the suffix, or empty for a computed limit
   */
  public Optional<String> codeSuffix() {
    return Optional.ofNullable(codeSuffix);
  }

  /**
   * Returns the outcome of an unavailable limit.
   *
   * @return the outcome, or empty for a computed limit
   */
  public Optional<Outcome> outcome() {
    return Optional.ofNullable(outcome);
  }

  /**
   * Returns where the gap is.
   *
   * @return the pointer, or empty for a computed limit
   */
  public Optional<String> pointer() {
    return Optional.ofNullable(pointer);
  }

  /**
   * Returns the citation of the rule behind an unavailable limit.
   *
   * @return the citation, or empty for the criterion's own
   */
  public Optional<Citation> source() {
    return Optional.ofNullable(source);
  }
}
