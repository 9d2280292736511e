package org.paracrine.validation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.paracrine.core.assay.TestResult;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.lot.ReferenceSeries;
import org.paracrine.core.report.Finding;
import org.paracrine.core.report.ImmutableFinding;
import org.paracrine.core.report.JsonPointer;
import org.paracrine.core.report.Outcome;
import org.paracrine.core.report.Severity;
import org.paracrine.core.report.SpecificationRef;
import org.paracrine.core.spec.AcceptanceCriterion;
import org.paracrine.core.spec.Citation;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.validation.FindingCode;

/**
 * Evaluates a user {@link ReleaseSpecification} (data) against a lot: one finding per criterion.
 *
 * <p>Results match a criterion when their attribute code equals the criterion's, their analyte equals the
 * criterion's analyte (ignoring case and surrounding space) when one is set, and their method is among the allowed
 * methods when any are listed. With several matching results every one is evaluated and the least favourable is
 * reported (see {@link Worst}). A numeric limit is tested with UCUM conversion ({@link Comparison}); a criterion
 * with acceptable outcomes tests the qualitative outcome; a missing result is {@link Outcome#MISSING} with the
 * criterion's severity when it is required and {@link Severity#INFO} when it is not. A consistency criterion
 * ({@link AcceptanceCriterion#consistency()}) is evaluated by {@link ConsistencyEvaluator} against the reference
 * series and gives several findings (statistics, one per control-chart rule, margins).
 */
public final class SpecificationEvaluator {
  private SpecificationEvaluator() {}

  /**
   * Evaluates a specification.
   *
   * @param spec the specification
   * @param lot the lot
   * @return one finding per criterion, in criterion order
   */
  public static List<Finding> evaluate(ReleaseSpecification spec, Lot lot) {
    return evaluate(spec, lot, Optional.empty());
  }

  /**
   * Evaluates a specification, with a reference series for its consistency criteria.
   *
   * @param spec the specification
   * @param lot the lot
   * @param referenceSeries the reference series of the lot's product, or empty
   * @return one finding per ordinary criterion and the findings of each consistency criterion
   *     ({@link ConsistencyEvaluator}), in criterion order
   */
  public static List<Finding> evaluate(ReleaseSpecification spec, Lot lot, Optional<ReferenceSeries> referenceSeries) {
    SpecificationRef ref = SpecificationRef.of(spec.id(), spec.version());
    FindingFactory f = new FindingFactory(ref);
    List<Finding> out = new ArrayList<>();
    for (AcceptanceCriterion c : spec.criteria()) {
      if (c.consistency().isPresent()) {
        out.addAll(ConsistencyEvaluator.evaluate(f, c, lot, referenceSeries).findings());
      } else {
        out.add(evaluate(f, c, lot));
      }
    }
    return out;
  }

  private static Finding evaluate(FindingFactory f, AcceptanceCriterion c, Lot lot) {
    String results = JsonPointer.of("lot", "testResults");
    List<Integer> byAttribute = new ArrayList<>();
    for (int i = 0; i < lot.testResults().size(); i++) {
      TestResult r = lot.testResults().get(i);
      if (r.attribute().equals(c.attribute()) && analyteMatches(c, r)) {
        byAttribute.add(i);
      }
    }
    List<Integer> matching = byAttribute.stream()
        .filter(i -> methodAllowed(c, lot.testResults().get(i))).collect(Collectors.toList());
    Severity missingSeverity = c.required() ? c.severity() : Severity.INFO;
    Citation source = c.source().orElse(null);
    String what = describe(c);
    if (matching.isEmpty()) {
      if (!byAttribute.isEmpty()) {
        TestResult r = lot.testResults().get(byAttribute.get(0));
        return common(f.start(FindingCode.SPEC_CRITERION_METHOD_NOT_ALLOWED, Outcome.MISSING, missingSeverity,
            JsonPointer.append(results, byAttribute.get(0), "method"), source, c.id(), what,
            r.method().map(Object::toString).orElse("none"), allowed(c)), c)
            .observed(r.method().map(Object::toString).orElse("no method")).build();
      }
      return common(f.start(FindingCode.SPEC_CRITERION_MISSING, Outcome.MISSING, missingSeverity, results, source,
          c.id(), what), c).build();
    }
    List<Finding> candidates = new ArrayList<>();
    for (int i : matching) {
      candidates.add(evaluateResult(f, c, lot.testResults().get(i), JsonPointer.append(results, i), source,
          missingSeverity, what));
    }
    return Worst.of(candidates);
  }

  private static Finding evaluateResult(FindingFactory f, AcceptanceCriterion c, TestResult r, String path,
      Citation source, Severity missingSeverity, String what) {
    if (c.limit().isPresent() && r.value().isPresent()) {
      Comparison cmp = Comparison.of(r.value().get(), r.censoring(), c.limit().get(), c.warningBand());
      String observed = r.censoring().map(x -> x + " " + r.value().get()).orElse(r.value().get().toString());
      String limit = c.limit().get().describe();
      ImmutableFinding.Builder b;
      switch (cmp.kind()) {
        case PASS:
          b = f.start(FindingCode.SPEC_CRITERION_PASS, Outcome.PASS, c.severity(), path + "/value", source,
              c.id(), what, observed, limit);
          break;
        case WARN:
          b = f.start(FindingCode.SPEC_CRITERION_WARNING_BAND, Outcome.WARN, Severity.WARNING, path + "/value",
              source, c.id(), what, observed, c.warningBand().get().describe(), limit);
          break;
        case FAIL:
          b = f.start(FindingCode.SPEC_CRITERION_OUT_OF_LIMIT, Outcome.FAIL, c.severity(), path + "/value", source,
              c.id(), what, observed, limit);
          break;
        case INCONCLUSIVE:
          b = f.start(FindingCode.SPEC_CRITERION_CENSORED_INCONCLUSIVE, Outcome.MISSING, missingSeverity,
              path + "/value", source, c.id(), what, observed, limit);
          break;
        default:
          b = f.start(FindingCode.SPEC_CRITERION_UNITS_INCOMPARABLE, Outcome.FAIL, c.severity(), path + "/value",
              source, c.id(), what, r.value().get().unit(), c.limit().get().unit());
          break;
      }
      b.observed(observed).observedQuantity(r.value().get()).expected(limit);
      if (cmp.converted() != null) {
        b.convertedQuantity(cmp.converted());
      }
      if (cmp.band() != null) {
        b.band(cmp.band());
      }
      return common(b, c).build();
    }
    if (!c.acceptableOutcomes().isEmpty() && r.outcome().isPresent()) {
      boolean ok = c.acceptableOutcomes().contains(r.outcome().get());
      String expected = "one of " + c.acceptableOutcomes();
      ImmutableFinding.Builder b = ok
          ? f.start(FindingCode.SPEC_CRITERION_PASS, Outcome.PASS, c.severity(), path + "/outcome", source, c.id(),
              what, r.outcome().get(), expected)
          : f.start(FindingCode.SPEC_CRITERION_OUTCOME_NOT_ACCEPTABLE, Outcome.FAIL, c.severity(),
              path + "/outcome", source, c.id(), what, r.outcome().get(), expected);
      return common(b, c).observed(r.outcome().get().toString()).expected(expected).build();
    }
    String needed = c.limit().isPresent() ? "a numeric value" : "a qualitative outcome";
    return common(f.start(FindingCode.SPEC_CRITERION_NO_COMPARABLE_RESULT, Outcome.MISSING, missingSeverity, path,
        source, c.id(), what, needed), c).build();
  }

  private static ImmutableFinding.Builder common(ImmutableFinding.Builder b, AcceptanceCriterion c) {
    b.criterionId(c.id());
    c.limit().ifPresent(b::limit);
    c.warningBand().ifPresent(b::warningBand);
    if (c.limit().isPresent()) {
      b.expected(c.limit().get().describe());
    } else {
      b.expected("one of " + c.acceptableOutcomes());
    }
    return b;
  }

  private static String describe(AcceptanceCriterion c) {
    return c.attribute().code() + c.analyte().map(a -> " (" + a + ")").orElse("");
  }

  private static String allowed(AcceptanceCriterion c) {
    return c.allowedMethods().toString();
  }

  private static boolean analyteMatches(AcceptanceCriterion c, TestResult r) {
    if (c.analyte().isEmpty()) {
      return true;
    }
    String want = c.analyte().get().trim().toLowerCase(Locale.ROOT);
    return r.analyte().map(a -> a.trim().toLowerCase(Locale.ROOT).equals(want)).orElse(false);
  }

  private static boolean methodAllowed(AcceptanceCriterion c, TestResult r) {
    return c.allowedMethods().isEmpty() || r.method().map(c.allowedMethods()::contains).orElse(false);
  }
}
