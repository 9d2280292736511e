package org.paracrine.core.report;

import java.util.Objects;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.quantity.QuantityRange;
import org.paracrine.core.spec.Citation;

/**
 * The values of one finding, set one by one and made into an immutable {@link Finding} by {@link #build()}: the
 * allocation-light way an evaluation engine builds its findings. Unlike {@link Finding#builder()} it can keep a
 * message as a {@link MessageTemplate} with its arguments, formatted only when {@link Finding#message()} is first
 * read, and one draft serves many findings: {@link #start} clears every value of the previous one.
 *
 * <p>A finding built here behaves as one built by {@link Finding#builder()} with the formatted message: equal to
 * it, with the same hash code, written to JSON the same, and checked against the same invariants when built (a
 * message that could be blank is formatted then to check it).
 *
 * <p>Not thread-safe: use one draft per thread or per check. The findings it builds are immutable and thread-safe.
 */
public final class FindingDraft {
  String code;
  Outcome outcome;
  Severity severity;
  String path;
  String message;
  MessageTemplate template;
  Object[] args;
  SpecificationRef specification;
  String criterionId;
  String observed;
  Quantity observedQuantity;
  Quantity convertedQuantity;
  QuantityRange limit;
  QuantityRange warningBand;
  Band band;
  String expected;
  Citation source;

  /** Creates an empty draft; {@link #start} gives it its first values. */
  public FindingDraft() {}

  /**
   * Clears every value and sets the ones every finding has.
   *
   * @param code the stable finding code
   * @param outcome the outcome
   * @param severity the severity
   * @param path the JSON Pointer of the checked value
   * @return this draft
   * @throws NullPointerException if a value is null
   */
  public FindingDraft start(String code, Outcome outcome, Severity severity, String path) {
    this.code = Objects.requireNonNull(code, "code");
    this.outcome = Objects.requireNonNull(outcome, "outcome");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.path = Objects.requireNonNull(path, "path");
    message = null;
    template = null;
    args = null;
    specification = null;
    criterionId = null;
    observed = null;
    observedQuantity = null;
    convertedQuantity = null;
    limit = null;
    warningBand = null;
    band = null;
    expected = null;
    source = null;
    return this;
  }

  /**
   * Sets the message as text.
   *
   * @param message the message
   * @return this draft
   */
  public FindingDraft message(String message) {
    this.message = Objects.requireNonNull(message, "message");
    template = null;
    args = null;
    return this;
  }

  /**
   * Sets the message as a template and its arguments, formatted when the message is first read. The draft keeps
   * the array: do not change it afterwards.
   *
   * @param template the template
   * @param args its arguments, immutable values or strings
   * @return this draft
   */
  public FindingDraft message(MessageTemplate template, Object... args) {
    this.template = Objects.requireNonNull(template, "template");
    this.args = Objects.requireNonNull(args, "args");
    message = null;
    return this;
  }

  /**
   * Sets the specification or profile that produced the finding.
   *
   * @param specification the reference, or null for none
   * @return this draft
   */
  public FindingDraft specification(SpecificationRef specification) {
    this.specification = specification;
    return this;
  }

  /**
   * Sets the criterion id.
   *
   * @param criterionId the id, or null for none
   * @return this draft
   */
  public FindingDraft criterionId(String criterionId) {
    this.criterionId = criterionId;
    return this;
  }

  /**
   * Sets the observed value as text.
   *
   * @param observed the text, or null for none
   * @return this draft
   */
  public FindingDraft observed(String observed) {
    this.observed = observed;
    return this;
  }

  /**
   * Sets the observed quantity as reported.
   *
   * @param observedQuantity the quantity, or null for none
   * @return this draft
   */
  public FindingDraft observedQuantity(Quantity observedQuantity) {
    this.observedQuantity = observedQuantity;
    return this;
  }

  /**
   * Sets the observed quantity converted to the limit's unit.
   *
   * @param convertedQuantity the quantity, or null for none
   * @return this draft
   */
  public FindingDraft convertedQuantity(Quantity convertedQuantity) {
    this.convertedQuantity = convertedQuantity;
    return this;
  }

  /**
   * Sets the limit applied.
   *
   * @param limit the limit, or null for none
   * @return this draft
   */
  public FindingDraft limit(QuantityRange limit) {
    this.limit = limit;
    return this;
  }

  /**
   * Sets the warning band applied.
   *
   * @param warningBand the band, or null for none
   * @return this draft
   */
  public FindingDraft warningBand(QuantityRange warningBand) {
    this.warningBand = warningBand;
    return this;
  }

  /**
   * Sets where the observed value lies relative to limit and band.
   *
   * @param band the position, or null for none
   * @return this draft
   */
  public FindingDraft band(Band band) {
    this.band = band;
    return this;
  }

  /**
   * Sets what was expected.
   *
   * @param expected the expectation, or null for none
   * @return this draft
   */
  public FindingDraft expected(String expected) {
    this.expected = expected;
    return this;
  }

  /**
   * Sets the source of the rule.
   *
   * @param source the citation, or null for none
   * @return this draft
   */
  public FindingDraft source(Citation source) {
    this.source = source;
    return this;
  }

  /**
   * Builds the finding from the values set since {@link #start}; the draft keeps them until the next start.
   *
   * @return the finding
   * @throws IllegalStateException if {@link #start} or a message is missing
   * @throws org.paracrine.core.InvariantViolationException if the values break an invariant of {@link Finding}
   */
  public Finding build() {
    if (code == null) {
      throw new IllegalStateException("FindingDraft: start(...) was not called");
    }
    if (message == null && template == null) {
      throw new IllegalStateException("FindingDraft: no message for " + code);
    }
    return new DraftedFinding(this);
  }
}
