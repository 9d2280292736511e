package org.paracrine.validation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.paracrine.core.report.Finding;
import org.paracrine.core.report.Outcome;
import org.paracrine.core.report.Severity;
import org.paracrine.core.report.SpecificationRef;
import org.paracrine.core.spec.AcceptanceCriterion;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.validation.FindingCode;
import org.paracrine.validation.InvalidSpecificationException;
import org.paracrine.validation.LimitFunction;
import org.paracrine.validation.ReleaseContext;
import org.paracrine.validation.internal.engine.CriterionEvaluator;
import org.paracrine.validation.internal.engine.LotIndex;
import org.paracrine.validation.internal.engine.Scopes;

/**
 * A {@link ReleaseSpecification} (data) compiled for evaluation: every criterion checked once when the checker is
 * built and evaluated by the one {@link CriterionEvaluator}. One finding per ordinary criterion, one per computed
 * limit case (e.g. per dosing regimen), several for a consistency criterion; a specification out of its
 * {@link ReleaseSpecification#scope()} gives one {@code PROFILE.NOT_APPLICABLE} finding with the reason. Immutable
 * and thread-safe.
 */
public final class SpecificationEvaluator {
  private final ReleaseSpecification specification;
  private final SpecificationRef ref;
  private final List<CriterionEvaluator> criteria;
  /** Stateless, so one per specification serves every check. */
  private final FindingFactory factory;
  /** The specification's scope, read once. */
  private final org.paracrine.core.spec.Scope scope;

  private SpecificationEvaluator(ReleaseSpecification specification, List<CriterionEvaluator> criteria) {
    this.specification = specification;
    this.ref = SpecificationRef.of(specification.id(), specification.version());
    this.factory = new FindingFactory(ref);
    this.criteria = List.copyOf(criteria);
    this.scope = specification.scope().orElse(null);
  }

  /**
   * Returns the number of criteria, each of which gives at least one finding.
   *
   * @return the number of criteria
   */
  public int size() {
    return criteria.size();
  }

  /**
   * Compiles a specification, refusing what the engine cannot evaluate.
   *
   * @param spec the specification
   * @param functions the computed-limit functions by name
   * @return the compiled specification
   * @throws InvalidSpecificationException for an unknown function or parameter, or a count the selection can
   *     never reach, with the JSON Pointer of the bad member
   */
  public static SpecificationEvaluator compile(ReleaseSpecification spec, Map<String, LimitFunction> functions) {
    String name = spec.id() + "@" + spec.version();
    List<CriterionEvaluator> out = new ArrayList<>(spec.criteria().size());
    for (int i = 0; i < spec.criteria().size(); i++) {
      AcceptanceCriterion c = spec.criteria().get(i);
      String at = "/criteria/" + i;
      LimitFunction fn = null;
      if (c.computedLimit().isPresent()) {
        String function = c.computedLimit().get().function();
        fn = functions.get(function);
        if (fn == null) {
          throw new InvalidSpecificationException(name, at + "/computedLimit/function", "unknown computed-limit"
              + " function \"" + Messages.abbreviate(function) + "\"; expected one of " + functions.keySet());
        }
        for (int p = 0; p < c.computedLimit().get().parameters().size(); p++) {
          String param = c.computedLimit().get().parameters().get(p).name();
          if (!fn.parameterNames().contains(param)) {
            throw new InvalidSpecificationException(name, at + "/computedLimit/parameters/" + p + "/name",
                "function " + function + " has no parameter \"" + Messages.abbreviate(param) + "\"; expected one of "
                    + fn.parameterNames());
          }
        }
      }
      if (c.minimumCount().isPresent() && c.selector().isPresent() && !c.selector().get().names().isEmpty()
          && c.selector().get().category().isEmpty()
          && distinctNames(c.selector().get().names()) < c.minimumCount().get()) {
        throw new InvalidSpecificationException(name, at + "/minimumCount", "at least " + c.minimumCount().get()
            + " distinct values can never be met by a selection of " + distinctNames(c.selector().get().names())
            + " names " + c.selector().get().names());
      }
      out.add(new CriterionEvaluator(c, fn, spec.id()));
    }
    return new SpecificationEvaluator(spec, out);
  }

  private static int distinctNames(List<String> names) {
    return (int) names.stream().map(org.paracrine.validation.internal.engine.Names::key).distinct().count();
  }

  /**
   * Returns the reference that every finding of this specification carries (one instance, shared).
   *
   * @return the reference
   */
  public SpecificationRef ref() {
    return ref;
  }

  /**
   * Returns the specification.
   *
   * @return the specification
   */
  public ReleaseSpecification specification() {
    return specification;
  }

  /**
   * Evaluates the specification.
   *
   * @param context the product, lot, and reference series
   * @param index the per-check index of the lot
   * @param out the findings, appended in criterion order
   */
  public void evaluate(ReleaseContext context, LotIndex index, List<Finding> out) {
    FindingFactory f = factory;
    if (scope != null) {
      Optional<String> why = Scopes.whyNot(scope, context);
      if (why.isPresent()) {
        out.add(f.start(FindingCode.PROFILE_NOT_APPLICABLE, Outcome.NOT_APPLICABLE, Severity.INFO, "",
            Sources.PARACRINE, specification.id(), why.get()).criterionId("scope").build());
        return;
      }
    }
    for (int i = 0, n = criteria.size(); i < n; i++) { // by index: no iterator per specification per check
      criteria.get(i).evaluate(f, context, index, out);
    }
  }
}
