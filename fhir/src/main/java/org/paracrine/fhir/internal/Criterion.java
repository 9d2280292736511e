package org.paracrine.fhir.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.paracrine.core.report.Finding;
import org.paracrine.core.report.Severity;
import org.paracrine.core.report.SpecificationRef;
import org.paracrine.core.quantity.QuantityRange;
import org.paracrine.core.spec.AcceptanceCriterion;
import org.paracrine.core.spec.Citation;
import org.paracrine.core.vocabulary.AnalyticalMethod;
import org.paracrine.core.vocabulary.QualitativeOutcome;
import org.paracrine.core.vocabulary.QualityAttribute;
import org.paracrine.core.vocabulary.Term;

/**
 * What the FHIR ObservationDefinition of one criterion is built from: either a specification's
 * {@link AcceptanceCriterion} (all of it is known) or, for built-in profiles whose criteria are code, what the
 * criterion's findings say (limit, warning band, expectation, severity, source).
 */
final class Criterion {
  final SpecificationRef specification;
  final String key;
  Optional<Term<QualityAttribute>> attribute = Optional.empty();
  Optional<String> analyte = Optional.empty();
  List<Term<AnalyticalMethod>> methods = new ArrayList<>();
  Optional<QuantityRange> limit = Optional.empty();
  Optional<QuantityRange> warningBand = Optional.empty();
  List<Term<QualitativeOutcome>> acceptableOutcomes = new ArrayList<>();
  Optional<String> expected = Optional.empty();
  Severity severity = Severity.ERROR;
  Optional<Boolean> required = Optional.empty();
  Optional<Citation> source = Optional.empty();
  Optional<String> description = Optional.empty();
  /** True when built from the specification itself: its findings then add nothing to it. */
  boolean complete;

  private Criterion(SpecificationRef specification, String key) {
    this.specification = specification;
    this.key = key;
  }

  /**
   * Returns the criterion key of a finding: its criterion id, or (for findings without one) its code and pointer.
   *
   * @param f the finding
   * @return the key
   */
  static String key(Finding f) {
    return f.criterionId().orElseGet(() -> f.path().isEmpty() ? f.code() : f.code() + f.path());
  }

  static Criterion of(SpecificationRef spec, AcceptanceCriterion c) {
    Criterion v = new Criterion(spec, c.id());
    org.paracrine.core.spec.Selector selector = c.effectiveSelector();
    v.attribute = selector.attribute();
    v.analyte = c.analyte().or(() -> selector.names().stream().findFirst());
    v.methods.addAll(selector.methods());
    v.limit = c.limit();
    v.warningBand = c.warningBand();
    v.acceptableOutcomes.addAll(c.acceptableOutcomes());
    v.severity = c.severity();
    v.required = Optional.of(c.required());
    v.source = c.source();
    v.description = c.description();
    v.complete = true;
    c.consistency().ifPresent(k -> v.expected = Optional.of("consistent with the reference series of earlier lots"
        + " (control-chart rules and equivalence margins)"));
    return v;
  }

  static Criterion of(Finding f) {
    Criterion v = new Criterion(f.specification().orElseThrow(), key(f));
    v.limit = f.limit();
    v.warningBand = f.warningBand();
    v.expected = f.expected();
    v.severity = f.severity();
    v.source = f.source();
    return v;
  }

  /**
   * Takes over what a further finding of the same criterion knows and this one does not (for a criterion known only
   * from findings; a specification's own criterion is complete).
   */
  void merge(Finding f) {
    if (complete) {
      return;
    }
    if (limit.isEmpty()) {
      limit = f.limit();
    }
    if (warningBand.isEmpty()) {
      warningBand = f.warningBand();
    }
    if (expected.isEmpty()) {
      expected = f.expected();
    }
    if (source.isEmpty()) {
      source = f.source();
    }
  }
}
