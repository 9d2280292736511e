package org.paracrine.validation.internal.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.paracrine.core.quantity.QuantityRange;
import org.paracrine.core.report.Finding;
import org.paracrine.core.report.FindingDraft;
import org.paracrine.core.report.Outcome;
import org.paracrine.core.report.Severity;
import org.paracrine.core.spec.AcceptanceCriterion;
import org.paracrine.core.spec.Citation;
import org.paracrine.core.vocabulary.OutcomeClass;
import org.paracrine.core.vocabulary.QualitativeOutcome;
import org.paracrine.core.vocabulary.Term;
import org.paracrine.validation.ComputedRange;
import org.paracrine.validation.LimitFunction;
import org.paracrine.validation.ReleaseContext;
import org.paracrine.validation.internal.Comparison;
import org.paracrine.validation.internal.ConsistencyEvaluator;
import org.paracrine.validation.internal.FindingFactory;
import org.paracrine.validation.internal.Messages;
import org.paracrine.validation.internal.Worst;

/**
 * Evaluates one criterion: scope, selection, the one comparison of each value with the limit or the acceptable
 * outcomes, the one mapping of censored, missing and incomparable values to outcomes, and the quantifier. Every
 * criterion of every specification and built-in profile goes through {@link #evaluate}.
 *
 * <p>Result suffixes appended to the criterion's code stem: {@code PASS}, {@code WARNING_BAND} (WARN),
 * {@code OUT_OF_LIMIT} and {@code OUTCOME_NOT_ACCEPTABLE} (FAIL), {@code UNITS_INCOMPARABLE} (FAIL: the value cannot
 * be judged in the limit's unit), {@code CENSORED_INCONCLUSIVE}, {@code NO_COMPARABLE_RESULT}, {@code MISSING} and
 * {@code METHOD_NOT_ALLOWED} and {@code MATERNAL_SPECIMEN_MISSING} (MISSING), {@code TOO_FEW} (FAIL) and {@code COUNT_INCONCLUSIVE} (MISSING) for
 * {@code AT_LEAST}, {@code NOT_APPLICABLE}. Immutable once compiled; thread-safe.
 */
public final class CriterionEvaluator {
  private final AcceptanceCriterion criterion;
  private final CompiledSelector selector;
  private final LimitFunction function;
  private final String what;
  private final String expectedOutcomes;
  private final Severity missingSeverity;
  private final Citation source;
  private final String stem;
  private final String owner;
  private volatile ScopeDecision lastScopeDecision;
  /** Finding codes per result suffix ({@code stem.SUFFIX}), built once, by name and by {@link Result}. */
  private final java.util.Map<String, String> codes = new java.util.HashMap<>();
  private final String[] resultCodes = new String[Result.values().length];
  /** The expectation text of the criterion's own limit (or outcomes), built once. */
  private final String staticExpected;
  /** The criterion's limit and warning band, held once: the generated getters wrap them anew on every call. */
  private final Optional<QuantityRange> limit;
  private final Optional<QuantityRange> warningBand;
  /** The warning band, or null. */
  private final QuantityRange band;
  /** Whether the criterion judges qualitative outcomes (acceptable outcomes or classes). */
  private final boolean judgesOutcomes;
  /** Whether the criterion requires a quantitative value ({@code quantitative}). */
  private final boolean quantitative;
  /** The criterion's scope, computed limit and outcome when nothing is selected, each read once. */
  private final org.paracrine.core.spec.Scope scope;
  private final org.paracrine.core.spec.ComputedLimit computedLimit;
  private final Outcome ifNoneSelected;

  /**
   * Compiles a criterion.
   *
   * @param criterion the criterion
   * @param function the computed-limit function it names, or null
   * @param owner the id of the specification that holds the criterion: a default limit never yields to its own
   *     specification ({@code yieldsTo})
   */
  public CriterionEvaluator(AcceptanceCriterion criterion, LimitFunction function, String owner) {
    this.criterion = criterion;
    this.owner = owner;
    this.selector = criterion.consistency().isPresent() ? null : CompiledSelector.of(criterion.effectiveSelector());
    this.function = function;
    this.what = criterion.consistency().isPresent()
        ? criterion.attribute().get().code() + criterion.analyte().map(a -> " (" + a + ")").orElse("")
        : criterion.effectiveSelector().describe();
    List<String> accepted = new ArrayList<>();
    criterion.acceptableOutcomes().forEach(o -> accepted.add(o.code()));
    criterion.acceptableClasses().forEach(c -> accepted.add(c.name().toLowerCase(java.util.Locale.ROOT)
        .replace('_', ' ') + " (class)"));
    this.expectedOutcomes = "one of " + accepted;
    this.missingSeverity = criterion.missingSeverity()
        .orElse(criterion.required() ? criterion.severity() : Severity.INFO);
    this.source = criterion.source().orElse(null);
    this.stem = criterion.code();
    for (Result r : Result.values()) {
      // one shared instance per code, whatever criterion or checker made it: criteria of one specification share a
      // stem, and the finding check knows a code it has seen by its instance
      resultCodes[r.ordinal()] = (stem + "." + r.name()).intern();
      codes.put(r.name(), resultCodes[r.ordinal()]);
    }
    this.limit = criterion.limit();
    this.warningBand = criterion.warningBand();
    this.band = warningBand.orElse(null);
    this.judgesOutcomes = !criterion.acceptableOutcomes().isEmpty() || !criterion.acceptableClasses().isEmpty();
    this.quantitative = criterion.quantitative().orElse(false);
    this.scope = criterion.scope().orElse(null);
    this.computedLimit = criterion.computedLimit().orElse(null);
    this.ifNoneSelected = criterion.ifNoneSelected().orElse(Outcome.MISSING);
    this.staticExpected = expectedText(limit, null);
  }

  /** The result suffixes of the codes this evaluator gives, each with its message key. */
  private enum Result {
    PASS, WARNING_BAND, OUT_OF_LIMIT, CENSORED_INCONCLUSIVE, UNITS_INCOMPARABLE, NO_COMPARABLE_RESULT,
    OUTCOME_NOT_ACCEPTABLE, NOT_QUANTITATIVE, METHOD_NOT_ALLOWED, NOT_APPLICABLE, MISSING, COUNT_INCONCLUSIVE,
    TOO_FEW;

    /** The key of the message template in the bundle. */
    final String messageKey = "SPEC.CRITERION." + name();
  }

  /** The message template of each {@link Result}, by ordinal, looked up once instead of once per finding. */
  private static final Messages.Template[] TEMPLATES = new Messages.Template[Result.values().length];

  static {
    for (Result r : Result.values()) {
      TEMPLATES[r.ordinal()] = Messages.template(r.messageKey);
    }
  }

  /** The message templates that are not those of a {@link Result}. */
  private static final Messages.Template MATERNAL_SPECIMEN_MISSING =
      Messages.template("SPEC.CRITERION.MATERNAL_SPECIMEN_MISSING");
  private static final Messages.Template COUNT_MET = Messages.template("SPEC.CRITERION.COUNT_MET");

  /** The code of a result: an array read, not a map lookup, on every finding. */
  private String code(Result result) {
    return resultCodes[result.ordinal()];
  }

  /** The code of a suffix a computed-limit function names. */
  private String code(String suffix) {
    String c = codes.get(suffix);
    return c != null ? c : stem + "." + suffix;
  }

  /**
   * Returns the criterion.
   *
   * @return the criterion
   */
  public AcceptanceCriterion criterion() {
    return criterion;
  }

  /**
   * Evaluates the criterion and appends its findings.
   *
   * @param f the finding factory of the specification
   * @param context the product and lot
   * @param index the per-check index of the lot
   * @param out the findings
   */
  public void evaluate(FindingFactory f, ReleaseContext context, LotIndex index, List<Finding> out) {
    AcceptanceCriterion c = criterion;
    if (scope != null) {
      Finding notApplicable = scopeDecision(f, context, index);
      if (notApplicable != null) {
        out.add(notApplicable);
        return;
      }
    }
    if (c.consistency().isPresent()) {
      out.addAll(ConsistencyEvaluator.evaluate(f, c, context.lot(), context.referenceSeries()).findings());
      return;
    }
    if (computedLimit != null) {
      for (ComputedRange r : function.compute(computedLimit, context)) {
        String id = r.qualifier().isEmpty() ? c.id() : c.id() + ":" + r.qualifier();
        if (r.range().isEmpty()) {
          Outcome o = r.outcome().get();
          out.add(f.start(index.draft(), code(r.codeSuffix().get()), o, o == Outcome.MISSING ? missingSeverity
                  : Severity.INFO, r.pointer().get(), r.source().orElse(source)).message(r.derivation())
              .criterionId(id).expected(r.derivation()).build());
        } else {
          out.add(judge(f, context, index, id, r.range(), r.derivation()));
        }
      }
      return;
    }
    out.add(judge(f, context, index, c.id(), limit, null));
  }

  /**
   * Tells whether every finding {@link #evaluate} gives is {@code PASS}. For a criterion without scope, computed
   * limit, consistency check or minimum count (every item of a reporting checklist) this decides from the outcomes
   * of the selected values, as {@link #evaluate} does, without building findings or messages; any other criterion
   * is evaluated. The two ways are checked against each other by an assertion (on in the tests).
   *
   * @param f the finding factory of the specification, used when findings are built
   * @param context the product and lot
   * @param index the per-check index of the lot
   * @return true if the criterion passes
   */
  public boolean passes(FindingFactory f, ReleaseContext context, LotIndex index) {
    if (scope != null || computedLimit != null || selector == null
        || criterion.quantifier() == org.paracrine.core.spec.Quantifier.AT_LEAST) {
      return passesByFindings(f, context, index);
    }
    List<Selected> values = SelectorResolver.resolve(selector, context, index).values();
    boolean any = criterion.quantifier() == org.paracrine.core.spec.Quantifier.ANY;
    boolean passes = !values.isEmpty() && !any; // nothing selected: MISSING, NOT_APPLICABLE or METHOD_NOT_ALLOWED
    for (int i = 0; i < values.size(); i++) {
      boolean pass = outcomeOf(values.get(i), limit) == Outcome.PASS;
      if (any && pass) {
        passes = true;
        break;
      }
      if (!any && !pass) {
        passes = false;
        break;
      }
    }
    assert passes == passesByFindings(f, context, index) : "outcomes and findings disagree on " + criterion.id();
    return passes;
  }

  private boolean passesByFindings(FindingFactory f, ReleaseContext context, LotIndex index) {
    List<Finding> out = new ArrayList<>(1);
    evaluate(f, context, index, out);
    for (Finding finding : out) {
      if (finding.outcome() != Outcome.PASS) {
        return false;
      }
    }
    return true;
  }

  /**
   * The NOT_APPLICABLE finding of an out-of-scope criterion, or null when it applies. A scope that does not look at
   * the lot depends only on the product (and the specifications applied to it), so the decision is kept for the
   * last product instance: a batch checks many lots of one product.
   */
  private Finding scopeDecision(FindingFactory f, ReleaseContext context, LotIndex index) {
    boolean productOnly = scope.guidelineVersions().isEmpty();
    ScopeDecision last = lastScopeDecision;
    if (productOnly && last != null && last.product == context.product() && last.factory == f) {
      return last.finding;
    }
    Optional<String> why = Scopes.whyNot(scope, context, owner);
    Finding finding = why.isEmpty() ? null : f.start(index.draft(), code(Result.NOT_APPLICABLE),
            Outcome.NOT_APPLICABLE, Severity.INFO, "", source)
        .message(template(Result.NOT_APPLICABLE), criterion.id(), what, why.get()).criterionId(criterion.id())
        .build();
    if (productOnly) {
      lastScopeDecision = new ScopeDecision(context.product(), f, finding);
    }
    return finding;
  }

  /** The scope decision for one product instance (immutable; replaced as a whole, so safe across threads). */
  private static final class ScopeDecision {
    private final Object product;
    private final FindingFactory factory;
    private final Finding finding;

    ScopeDecision(Object product, FindingFactory factory, Finding finding) {
      this.product = product;
      this.factory = factory;
      this.finding = finding;
    }
  }

  private Finding judge(FindingFactory f, ReleaseContext context, LotIndex index, String id,
      Optional<QuantityRange> limit, String derivation) {
    Selection selection = SelectorResolver.resolve(selector, context, index);
    String expected = expected(limit, derivation);
    FindingDraft d = index.draft();
    if (selection.values().isEmpty()) {
      if (!selection.maternalSetAside().isEmpty()) {
        Selected r = selection.maternalSetAside().get(0);
        return common(f.start(d, stem + ".MATERNAL_SPECIMEN_MISSING", Outcome.MISSING, missingSeverity,
            r.element() + "/specimenSource", source).message(MATERNAL_SPECIMEN_MISSING, id, what, r.label()), id,
            limit, expected)
            .observed(r.label() + " on the donor's own specimen").build();
      }
      if (!selection.methodRejected().isEmpty()) {
        Selected r = selection.methodRejected().get(0);
        String method = r.method() == null ? "none" : r.method().toString();
        return common(f.start(d, code(Result.METHOD_NOT_ALLOWED), Outcome.MISSING, missingSeverity,
            r.element() + "/method", source)
            .message(template(Result.METHOD_NOT_ALLOWED), id, what, method, selector.selector().methods()), id,
            limit, expected)
            .observed(r.method() == null ? "no method" : method).build();
      }
      if (ifNoneSelected == Outcome.NOT_APPLICABLE) {
        return f.start(d, code(Result.NOT_APPLICABLE), Outcome.NOT_APPLICABLE, Severity.INFO,
            selection.emptyPointer(), source)
            .message(template(Result.NOT_APPLICABLE), id, what, "the record states nothing it applies to")
            .criterionId(id).build();
      }
      return common(f.start(d, code(Result.MISSING), Outcome.MISSING, missingSeverity, selection.emptyPointer(),
          source).message(template(Result.MISSING), id, what), id, limit, expected).build();
    }
    List<Selected> values = selection.values();
    if (values.size() == 1 && criterion.quantifier() != org.paracrine.core.spec.Quantifier.AT_LEAST) {
      return judgeValue(f, d, values.get(0), id, limit, expected); // one value: ALL and ANY give its finding
    }
    // several values: the quantifier needs only their outcomes, so a finding is built for the one value it keeps
    int n = values.size();
    Outcome[] outcomes = index.outcomes(n); // the check's scratch array: only its first n slots are this criterion's
    for (int i = 0; i < n; i++) {
      outcomes[i] = outcomeOf(values.get(i), limit);
    }
    switch (criterion.quantifier()) {
      case ANY:
        return kept(f, d, values, best(outcomes, n), outcomes, id, limit, expected);
      case AT_LEAST:
        return count(f, d, selection, outcomes, n, id, limit, expected);
      default:
        return kept(f, d, values, worst(outcomes, n), outcomes, id, limit, expected);
    }
  }

  /** The finding of the value at {@code i}, whose outcome {@link #outcomeOf} has already given. */
  private Finding kept(FindingFactory f, FindingDraft d, List<Selected> values, int i, Outcome[] outcomes, String id,
      Optional<QuantityRange> limit, String expected) {
    Finding finding = judgeValue(f, d, values.get(i), id, limit, expected);
    assert finding.outcome() == outcomes[i] : "outcomeOf and judgeValue disagree on " + values.get(i);
    return finding;
  }

  /**
   * The outcome {@link #judgeValue} gives a value, without building the finding: the same decisions in the same
   * order. Every finding built for a value of a multi-value selection is checked against it (an assertion, on in
   * the tests).
   */
  private Outcome outcomeOf(Selected v, Optional<QuantityRange> limit) {
    if (limit.isPresent() && v.quantity() != null) {
      switch (Comparison.kindOf(v.quantity(), v.censoring(), limit.get(), band)) {
        case PASS:
          return Outcome.PASS;
        case WARN:
          return Outcome.WARN;
        case INCONCLUSIVE:
          return Outcome.MISSING;
        default:
          return Outcome.FAIL; // out of limit, or units that cannot be compared
      }
    }
    boolean outcomes = judgesOutcomes;
    if (outcomes && v.outcome() != null) {
      Term<QualitativeOutcome> o = v.outcome();
      if (accepted(o)) {
        return Outcome.PASS;
      }
      return o.known().map(k -> k.outcomeClass() == OutcomeClass.INCONCLUSIVE).orElse(true) ? Outcome.MISSING
          : Outcome.FAIL;
    }
    if (limit.isEmpty() && !outcomes && quantitative && v.quantity() == null
        && v.outcome() != null) {
      return Outcome.FAIL;
    }
    if (limit.isEmpty() && !outcomes) {
      return v.reported() ? Outcome.PASS : Outcome.MISSING;
    }
    return Outcome.MISSING;
  }

  private Finding judgeValue(FindingFactory f, FindingDraft d, Selected v, String id,
      Optional<QuantityRange> limit, String expected) {
    String observed = v.observed();
    String path = v.pointer();
    if (limit.isPresent() && v.quantity() != null) {
      Comparison cmp = Comparison.of(v.quantity(), v.censoring(), limit.get(), band);
      String limitText = expected;
      FindingDraft b;
      switch (cmp.kind()) {
        case PASS:
          b = start(f, d, Result.PASS, Outcome.PASS, criterion.severity(), path, id, observed, limitText);
          break;
        case WARN:
          b = f.start(d, code(Result.WARNING_BAND), Outcome.WARN, Severity.WARNING, path, source)
              .message(template(Result.WARNING_BAND), id, label(v), observed, warningBand.get().describe(),
                  limitText);
          break;
        case FAIL:
          b = start(f, d, Result.OUT_OF_LIMIT, Outcome.FAIL, criterion.severity(), path, id, observed, limitText);
          break;
        case INCONCLUSIVE:
          b = start(f, d, Result.CENSORED_INCONCLUSIVE, Outcome.MISSING, missingSeverity, path, id, observed,
              limitText);
          break;
        default:
          b = start(f, d, Result.UNITS_INCOMPARABLE, Outcome.FAIL, criterion.severity(), path, id,
              v.quantity().unit(), limit.get().unit());
          break;
      }
      b.observed(observed).observedQuantity(v.quantity()).convertedQuantity(cmp.converted()).band(cmp.band());
      return common(b, id, limit, expected).build();
    }
    boolean outcomes = judgesOutcomes;
    if (outcomes && v.outcome() != null) {
      Term<QualitativeOutcome> o = v.outcome();
      FindingDraft b;
      if (accepted(o)) {
        b = start(f, d, Result.PASS, Outcome.PASS, criterion.severity(), path, id, observed, expectedOutcomes);
      } else if (o.known().map(k -> k.outcomeClass() == OutcomeClass.INCONCLUSIVE).orElse(true)) {
        b = start(f, d, Result.NO_COMPARABLE_RESULT, Outcome.MISSING, missingSeverity, path, id,
            "recognised, conclusive outcome (" + o + ")", null);
      } else {
        b = start(f, d, Result.OUTCOME_NOT_ACCEPTABLE, Outcome.FAIL, criterion.severity(), path, id, observed,
            expectedOutcomes);
      }
      return common(b.observed(observed), id, limit, expected).build();
    }
    if (limit.isEmpty() && !outcomes && quantitative && v.quantity() == null
        && v.outcome() != null) {
      return common(start(f, d, Result.NOT_QUANTITATIVE, Outcome.FAIL, criterion.severity(), path, id, observed,
          null).observed(observed), id, limit, expected).build();
    }
    if (limit.isEmpty() && !outcomes) {
      boolean reported = v.reported();
      FindingDraft b = reported
          ? start(f, d, Result.PASS, Outcome.PASS, criterion.severity(), path, id, observed, "reported")
          : start(f, d, Result.NO_COMPARABLE_RESULT, Outcome.MISSING, missingSeverity, v.element(), id, "value",
              null);
      if (reported) {
        b.observed(observed).observedQuantity(v.quantity());
      }
      return common(b, id, limit, expected).build();
    }
    String needed = limit.isPresent() ? "numeric value" : "qualitative outcome";
    return common(start(f, d, Result.NO_COMPARABLE_RESULT, Outcome.MISSING, missingSeverity, v.element(), id,
        needed, null), id, limit, expected).build();
  }

  private String label(Selected v) {
    return what.equals(v.label()) ? what : what + ": " + v.label();
  }

  /**
   * Starts the finding of a result whose message takes the criterion id, what it checks and two more arguments;
   * the message is formatted when read.
   */
  private FindingDraft start(FindingFactory f, FindingDraft d, Result result, Outcome outcome, Severity severity,
      String path, String id, Object a2, Object a3) {
    return f.start(d, code(result), outcome, severity, path, source)
        .message(TEMPLATES[result.ordinal()], id, what, a2, a3);
  }

  /** The message template of a result. */
  private static Messages.Template template(Result result) {
    return TEMPLATES[result.ordinal()];
  }

  private boolean accepted(Term<QualitativeOutcome> o) {
    if (criterion.acceptableOutcomes().contains(o)) {
      return true;
    }
    Optional<QualitativeOutcome> known = o.known();
    if (known.isEmpty()) {
      return false;
    }
    OutcomeClass cls = known.get().outcomeClass();
    if (criterion.acceptableClasses().contains(cls)) {
      return true;
    }
    if (cls == OutcomeClass.INCONCLUSIVE) {
      return false;
    }
    for (Term<QualitativeOutcome> a : criterion.acceptableOutcomes()) {
      if (a.known().map(k -> k.outcomeClass() == cls).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  private String expected(Optional<QuantityRange> limit, String derivation) {
    if (derivation == null && limit.equals(this.limit)) {
      return staticExpected;
    }
    LastExpected last = lastExpected;
    if (last != null && last.limit.equals(limit) && Objects.equals(last.derivation, derivation)) {
      return last.text;
    }
    String text = expectedText(limit, derivation);
    lastExpected = new LastExpected(limit, derivation, text);
    return text;
  }

  /**
   * The expected text of the last computed limit, kept: a limit computed from the product (an endotoxin limit
   * from its dose) is the same for every lot of that product, and describing it costs more than comparing it.
   * Immutable, so threads that race on the field each see a whole entry.
   */
  private static final class LastExpected {
    final Optional<QuantityRange> limit;
    final String derivation;
    final String text;

    LastExpected(Optional<QuantityRange> limit, String derivation, String text) {
      this.limit = limit;
      this.derivation = derivation;
      this.text = text;
    }
  }

  private LastExpected lastExpected;

  private String expectedText(Optional<QuantityRange> limit, String derivation) {
    if (limit.isPresent()) {
      return derivation == null ? limit.get().describe() : limit.get().describe() + " (" + derivation + ")";
    }
    if (judgesOutcomes) {
      return expectedOutcomes;
    }
    return "reported";
  }

  private FindingDraft common(FindingDraft b, String id, Optional<QuantityRange> limit, String expected) {
    return b.criterionId(id).expected(expected).limit(limit.orElse(null)).warningBand(warningBand.orElse(null));
  }

  /** ANY: the first passing value, else the first warning, else the first inconclusive, else the first failure. */
  private static int best(Outcome[] outcomes, int n) {
    int best = 0;
    for (int i = 1; i < n; i++) {
      if (rankAny(outcomes[i]) < rankAny(outcomes[best])) {
        best = i;
      }
    }
    return best;
  }

  /** ALL: the least favourable value ({@link Worst#rank}), the first in record order among equals. */
  private static int worst(Outcome[] outcomes, int n) {
    int worst = 0;
    for (int i = 1; i < n; i++) {
      if (Worst.rank(outcomes[i]) > Worst.rank(outcomes[worst])) {
        worst = i;
      }
    }
    return worst;
  }

  private static int rankAny(Outcome o) {
    switch (o) {
      case PASS:
        return 0;
      case WARN:
        return 1;
      case MISSING:
        return 2;
      default:
        return 3;
    }
  }

  private Finding count(FindingFactory f, FindingDraft d, Selection selection, Outcome[] outcomes, int values, String id,
      Optional<QuantityRange> limit, String expected) {
    int n = criterion.minimumCount().get();
    Set<String> meeting = new HashSet<>();
    Set<String> possible = new HashSet<>();
    List<String> shown = new ArrayList<>();
    String firstMeeting = null;
    for (int i = 0; i < values; i++) {
      Outcome o = outcomes[i];
      Selected v = selection.values().get(i);
      if (o == Outcome.PASS || o == Outcome.WARN) {
        if (meeting.add(v.key())) {
          shown.add(v.label() + " " + v.observed());
        }
        if (firstMeeting == null) {
          firstMeeting = v.pointer();
        }
        possible.add(v.key());
      } else if (o == Outcome.MISSING) {
        possible.add(v.key());
      }
    }
    String counted = "at least " + n + " distinct values meeting " + expected;
    String observed = meeting.size() + " of " + SelectorResolver.keys(selection.values()).size() + " " + shown;
    String path = firstMeeting != null ? firstMeeting : selection.values().get(0).pointer();
    List<String> shownList = List.copyOf(shown);
    FindingDraft b;
    if (meeting.size() >= n) {
      b = f.start(d, code(Result.PASS), Outcome.PASS, criterion.severity(), path, source)
          .message(COUNT_MET, id, what, meeting.size(), n, shownList);
    } else if (possible.size() >= n) {
      b = f.start(d, code(Result.COUNT_INCONCLUSIVE), Outcome.MISSING, missingSeverity, path, source)
          .message(template(Result.COUNT_INCONCLUSIVE), id, what, meeting.size(), n, possible.size());
    } else {
      b = f.start(d, code(Result.TOO_FEW), Outcome.FAIL, criterion.severity(), path, source)
          .message(template(Result.TOO_FEW), id, what, meeting.size(), n, shownList);
    }
    return b.criterionId(id).observed(observed).expected(counted).limit(limit.orElse(null)).build();
  }
}
