package org.paracrine.validation.internal;

import org.paracrine.core.report.Finding;
import org.paracrine.core.report.FindingDraft;
import org.paracrine.core.report.ImmutableFinding;
import org.paracrine.core.report.Outcome;
import org.paracrine.core.report.Severity;
import org.paracrine.core.report.SpecificationRef;
import org.paracrine.core.spec.Citation;
import org.paracrine.validation.FindingCode;

/** Starts findings for one specification or profile, with the message taken from the resource bundle. */
public final class FindingFactory {
  private final SpecificationRef ref;

  /**
   * Creates a factory.
   *
   * @param ref the specification recorded on every finding, or null for structural findings
   */
  public FindingFactory(SpecificationRef ref) {
    this.ref = ref;
  }

  /**
   * Starts a finding.
   *
   * @param code the code
   * @param outcome the outcome
   * @param severity the severity
   * @param path the JSON Pointer
   * @param source the citation, or null
   * @param args message arguments
   * @return a builder with code, outcome, severity, path, message, specification and source set
   */
  public ImmutableFinding.Builder start(FindingCode code, Outcome outcome, Severity severity, String path,
      Citation source, Object... args) {
    ImmutableFinding.Builder b = Finding.builder().code(code.code()).outcome(outcome).severity(severity).path(path)
        .message(Messages.format(code, args));
    if (ref != null) {
      b.specification(ref);
    }
    if (source != null) {
      b.source(source);
    }
    return b;
  }

  /**
   * Starts a finding with a code that is not a {@link FindingCode} constant (a data criterion's stem with a result
   * suffix), with the message already formatted.
   *
   * @param code the code
   * @param outcome the outcome
   * @param severity the severity
   * @param path the JSON Pointer
   * @param source the citation, or null
   * @param message the message
   * @return a builder with code, outcome, severity, path, message, specification and source set
   */
  public ImmutableFinding.Builder startText(String code, Outcome outcome, Severity severity, String path,
      Citation source, String message) {
    ImmutableFinding.Builder b = Finding.builder().code(code).outcome(outcome).severity(severity).path(path)
        .message(message);
    if (ref != null) {
      b.specification(ref);
    }
    if (source != null) {
      b.source(source);
    }
    return b;
  }

  /**
   * Starts a finding in a draft, which keeps its message as a template with arguments until it is read.
   *
   * @param draft the draft, cleared of its previous finding
   * @param code the code
   * @param outcome the outcome
   * @param severity the severity
   * @param path the JSON Pointer
   * @param source the citation, or null
   * @return the draft with code, outcome, severity, path, specification and source set; the message is next
   */
  public FindingDraft start(FindingDraft draft, String code, Outcome outcome, Severity severity, String path,
      Citation source) {
    return draft.start(code, outcome, severity, path).specification(ref).source(source);
  }

  /**
   * Returns the severity a finding gets from the outcome of a rule whose failures have {@code ruleSeverity}:
   * {@link Severity#WARNING} for a warning, the rule's severity otherwise.
   *
   * @param outcome the outcome
   * @param ruleSeverity the rule's severity
   * @return the severity
   */
  public static Severity severityFor(Outcome outcome, Severity ruleSeverity) {
    return outcome == Outcome.WARN ? Severity.WARNING : ruleSeverity;
  }
}
