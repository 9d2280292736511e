package org.paracrine.core.spec;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.paracrine.core.constraints.Identifier;
import org.paracrine.core.internal.Check;
import org.paracrine.core.quantity.QuantityRange;
import org.paracrine.core.quantity.Units;
import org.paracrine.core.report.Outcome;
import org.paracrine.core.report.Severity;
import org.paracrine.core.vocabulary.AnalyticalMethod;
import org.paracrine.core.vocabulary.OutcomeClass;
import org.paracrine.core.vocabulary.QualitativeOutcome;
import org.paracrine.core.vocabulary.QualityAttribute;
import org.paracrine.core.vocabulary.Term;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One acceptance criterion of a specification: what it judges (a {@link Selector}, or the shorthand attribute,
 * analyte and allowed methods for lot test results), the predicate (a numeric limit, a computed limit, acceptable
 * qualitative outcomes or outcome classes, or none: the value must be reported), how several selected values combine
 * ({@link Quantifier}), where it applies ({@link Scope}), an optional warning band, the severity of a failure,
 * whether a missing result makes the lot incomplete, the finding-code stem and the source with its confidence.
 *
 * <p>The shorthand {@code attribute} + {@code analyte} + {@code allowedMethods} is the form of record-format
 * version 1.0 and stays valid: it means {@code Selector} of kind {@link SelectorKind#TEST_RESULT}
 * ({@link #effectiveSelector()}).
 *
 * <p>Acceptable outcomes match by {@link OutcomeClass}: {@code "negative"} accepts every "not found" wording (no
 * growth, not detected, absent, non-reactive); an unknown outcome code matches only itself.
 *
 * <p>The warning band lies inside the limit: a value inside the limit but outside the band passes with a
 * warning (e.g. limit ≤ 0.5 [IU]/mL, band ≤ 0.4 [IU]/mL).
 *
 * <p>A consistency criterion ({@link #consistency()}) compares the lot's composition value of one analyte with
 * earlier lots instead of a fixed limit.
 *
 * <p>Invariants: non-blank id; a limit, at least one acceptable outcome, or a consistency check; the warning band
 * needs a limit and must be comparable with it; a consistency check needs attribute {@code analyte}, an analyte
 * code, and no limit, band or outcomes beside it.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAcceptanceCriterion.class)
@JsonDeserialize(as = ImmutableAcceptanceCriterion.class)
public abstract class AcceptanceCriterion {
  AcceptanceCriterion() {}

  /**
   * Returns the criterion id, unique within its specification.
   *
   * @return the id
   */
  @Identifier
  public abstract String id();

  /**
   * Returns the attribute tested, the shorthand for a {@link SelectorKind#TEST_RESULT} selector (and, with
   * {@code analyte}, the form of a consistency criterion).
   *
   * @return the attribute, or empty when {@link #selector()} is given
   */
  public abstract Optional<Term<QualityAttribute>> attribute();

  /**
   * Returns the selector of the values judged.
   *
   * @return the selector, or empty when the shorthand {@link #attribute()} is used
   */
  public abstract Optional<Selector> selector();

  /**
   * Returns the selector in effect: {@link #selector()}, else a test-result selector made of {@link #attribute()},
   * {@link #analyte()} and {@link #allowedMethods()}.
   *
   * @return the selector
   */
  public Selector effectiveSelector() {
    if (selector().isPresent()) {
      return selector().get();
    }
    ImmutableSelector.Builder b = Selector.builder().kind(SelectorKind.TEST_RESULT).attribute(attribute().get())
        .methods(allowedMethods());
    analyte().ifPresent(a -> b.addNames(a));
    return b.build();
  }

  /**
   * Returns how the selected values combine.
   *
   * @return the quantifier; default {@link Quantifier#ALL}
   */
  @Value.Default
  public Quantifier quantifier() {
    return Quantifier.ALL;
  }

  /**
   * Returns the number of values that must meet the criterion under {@link Quantifier#AT_LEAST}.
   *
   * @return the count, or empty for the other quantifiers
   */
  public abstract Optional<Integer> minimumCount();

  /**
   * Returns the outcome when the selector selects nothing: {@link Outcome#MISSING} (the default: the value must be
   * reported) or {@link Outcome#NOT_APPLICABLE} for a rule about what the record states, e.g. "a hypoxia claim
   * states its O₂ level" (a process without the claim selects nothing, and the rule does not apply).
   *
   * @return the outcome, or empty for {@link Outcome#MISSING}
   */
  public abstract Optional<Outcome> ifNoneSelected();

  /**
   * Tells whether the criterion needs a number: without a limit or acceptable outcomes, a value reported only as a
   * qualitative outcome then fails ({@code NOT_QUANTITATIVE}) instead of counting as reported (e.g. a potency assay
   * that must be quantitative).
   *
   * @return true when a number is required, or empty for false
   */
  public abstract Optional<Boolean> quantitative();

  /**
   * Returns where the criterion applies.
   *
   * @return the scope, or empty for everywhere
   */
  public abstract Optional<Scope> scope();

  /**
   * Returns the limit computed by a named, cited function (e.g. USP &lt;85&gt; K/M).
   *
   * @return the computed limit, or empty
   */
  public abstract Optional<ComputedLimit> computedLimit();

  /**
   * Returns acceptable outcome classes (e.g. {@link OutcomeClass#NEGATIVE} and {@link OutcomeClass#CONFORMS} for a
   * sterility test).
   *
   * @return the classes, possibly empty
   */
  public abstract List<OutcomeClass> acceptableClasses();

  /**
   * Returns the stem of this criterion's finding codes: the engine appends the result ({@code .PASS},
   * {@code .OUT_OF_LIMIT}, {@code .MISSING}, ...). Built-in profiles use stems such as
   * {@code COMPENDIAL.STERILITY}.
   *
   * @return the stem; default {@code SPEC.CRITERION}
   */
  @Value.Default
  public String code() {
    return "SPEC.CRITERION";
  }

  /**
   * Returns the analyte within the attribute (e.g. {@code "CD63"} for a marker criterion), matched against
   * {@code TestResult.analyte()}.
   *
   * @return the analyte, or empty to match any result of the attribute
   */
  public abstract Optional<@Size(max = 200) String> analyte();

  /**
   * Returns the methods whose results may be used; empty allows any method.
   *
   * @return allowed methods, possibly empty
   */
  public abstract List<Term<AnalyticalMethod>> allowedMethods();

  /**
   * Returns the numeric acceptance limit.
   *
   * @return the limit, or empty for a purely qualitative criterion
   */
  public abstract Optional<QuantityRange> limit();

  /**
   * Returns the acceptable qualitative outcomes (e.g. no growth).
   *
   * @return outcomes, possibly empty
   */
  public abstract List<Term<QualitativeOutcome>> acceptableOutcomes();

  /**
   * Returns the warning band inside the limit.
   *
   * @return the band, or empty
   */
  public abstract Optional<QuantityRange> warningBand();

  /**
   * Returns the lot-to-lot consistency check of an {@code analyte} criterion: the lot's composition value of
   * {@link #analyte()} (an {@code Analyte} code such as {@code VEGFA}) compared with a reference series or stored
   * reference statistics by control-chart rules and equivalence margins.
   *
   * @return the check, or empty for an ordinary limit or outcome criterion
   */
  public abstract Optional<@Valid ConsistencyCheck> consistency();

  /**
   * Returns the severity of a failure.
   *
   * @return the severity; default {@link Severity#ERROR}
   */
  @Value.Default
  public Severity severity() {
    return Severity.ERROR;
  }

  /**
   * Tells whether a missing result makes the lot incomplete.
   *
   * @return true if required; default true
   */
  @Value.Default
  public boolean required() {
    return true;
  }

  /**
   * Returns the severity of a missing or inconclusive result when it differs from a failure's: e.g. a test that a
   * guidance recommends (a missing result warns) while a reactive result still fails with {@link #severity()}.
   *
   * @return the severity, or empty for {@link #severity()} when {@link #required()}, else {@link Severity#INFO}
   */
  public abstract Optional<Severity> missingSeverity();

  /**
   * Returns the source of the criterion.
   *
   * @return the citation, or empty for a sponsor's own criterion without a cited source
   */
  public abstract Optional<Citation> source();

  /**
   * Returns a description.
   *
   * @return the description, or empty
   */
  public abstract Optional<String> description();

  private static boolean isStem(String s) {
    if (s.isEmpty() || s.length() > 100) {
      return false;
    }
    boolean start = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.') {
        if (start) {
          return false;
        }
        start = true;
      } else if ((c >= 'A' && c <= 'Z') || (!start && ((c >= '0' && c <= '9') || c == '_'))) {
        start = false;
      } else {
        return false;
      }
    }
    return !start;
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableAcceptanceCriterion.Builder builder() {
    return ImmutableAcceptanceCriterion.builder();
  }

  @Value.Check
  void check() {
    Check.all(() -> {
      String t = "AcceptanceCriterion";
      Check.notBlank(id(), t, "id");
      Check.require(attribute().isPresent() != selector().isPresent(), t, "attribute/selector",
          attribute().isPresent() ? "both" : "neither", () -> "exactly one of attribute (test-result shorthand) and"
              + " selector for criterion " + id());
      Check.require(isStem(code()), t, "code", code(),
          "an upper-case dotted finding-code stem such as COMPENDIAL.STERILITY");
      if (selector().isPresent()) {
        Check.require(analyte().isEmpty() && allowedMethods().isEmpty(), t, "analyte/allowedMethods", id(),
            "names and methods inside the selector when a selector is given");
        Check.require(consistency().isEmpty(), t, "consistency", id(),
            "the attribute/analyte form for a consistency criterion");
      }
      Check.require(quantifier() == Quantifier.AT_LEAST ? minimumCount().map(n -> n >= 1).orElse(false)
          : minimumCount().isEmpty(), t, "minimumCount", minimumCount().map(Object::toString).orElse("none"),
          () -> quantifier() == Quantifier.AT_LEAST ? "a minimum count of at least 1 with quantifier AT_LEAST"
              : "no minimum count beside quantifier " + quantifier());
      Check.require(ifNoneSelected().map(o -> o == Outcome.MISSING || o == Outcome.NOT_APPLICABLE).orElse(true), t,
          "ifNoneSelected", ifNoneSelected().map(Object::toString).orElse(""), "MISSING or NOT_APPLICABLE");
      Check.require(!quantitative().orElse(false) || (limit().isEmpty() && computedLimit().isEmpty()
          && acceptableOutcomes().isEmpty() && acceptableClasses().isEmpty()), t, "quantitative", id(),
          "no limit or acceptable outcomes beside quantitative (a limit already needs a number)");
      Check.require(limit().isEmpty() || computedLimit().isEmpty(), t, "computedLimit", id(),
          "either a limit or a computed limit, not both");
      if (consistency().isPresent()) {
        Check.require(attribute().map(a -> a.is(QualityAttribute.ANALYTE)).orElse(false), t, "attribute",
            attribute().map(Object::toString).orElse("none"),
            "attribute analyte for consistency criterion " + id());
        Check.require(analyte().isPresent() && !analyte().get().isBlank(), t, "analyte", analyte().orElse(null),
            "an analyte code (e.g. VEGFA) for consistency criterion " + id());
        Check.require(limit().isEmpty() && acceptableOutcomes().isEmpty() && warningBand().isEmpty(), t,
            "consistency", id(), "no limit, warning band or acceptable outcomes beside a consistency check (use a"
                + " separate criterion)");
        return;
      }
      Check.require(selector().isPresent() || limit().isPresent() || !acceptableOutcomes().isEmpty()
          || !acceptableClasses().isEmpty() || computedLimit().isPresent(), t, "limit/acceptableOutcomes",
          "neither", () -> "a numeric limit or at least one acceptable outcome for criterion " + id());
      limit().ifPresent(l -> {
        Selector sel = effectiveSelector();
        Check.require(SelectorUnits.accepts(sel, l.unit()), t, "limit", l.describe(),
            () -> "a limit in a unit comparable with " + SelectorUnits.expectedUnit(sel).get().replace("|", " or ")
                + ", the unit of the values of " + sel);
      });
      warningBand().ifPresent(b -> {
        Check.require(limit().isPresent(), t, "warningBand", b.describe(), "a limit that the band lies within");
        Check.require(Units.areComparable(b.unit(), limit().get().unit()), t, "warningBand", b.describe(),
            () -> "units comparable with the limit " + limit().get().describe());
      });
    });
  }
}
