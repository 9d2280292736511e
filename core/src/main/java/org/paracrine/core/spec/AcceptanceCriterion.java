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
import org.paracrine.core.report.Severity;
import org.paracrine.core.vocabulary.AnalyticalMethod;
import org.paracrine.core.vocabulary.QualitativeOutcome;
import org.paracrine.core.vocabulary.QualityAttribute;
import org.paracrine.core.vocabulary.Term;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One acceptance criterion of a specification: the attribute (and analyte) tested, the methods allowed, a
 * numeric limit and/or acceptable qualitative outcomes, an optional warning band, the severity of a failure,
 * whether a missing result makes the lot incomplete, and the source.
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
   * Returns the attribute tested.
   *
   * @return the attribute
   */
  public abstract Term<QualityAttribute> attribute();

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
      if (consistency().isPresent()) {
        Check.require(attribute().is(QualityAttribute.ANALYTE), t, "attribute", attribute(),
            "attribute analyte for consistency criterion " + id());
        Check.require(analyte().isPresent() && !analyte().get().isBlank(), t, "analyte", analyte().orElse(null),
            "an analyte code (e.g. VEGFA) for consistency criterion " + id());
        Check.require(limit().isEmpty() && acceptableOutcomes().isEmpty() && warningBand().isEmpty(), t,
            "consistency", id(), "no limit, warning band or acceptable outcomes beside a consistency check (use a"
                + " separate criterion)");
        return;
      }
      Check.require(limit().isPresent() || !acceptableOutcomes().isEmpty(), t, "limit/acceptableOutcomes",
          "neither", () -> "a numeric limit or at least one acceptable outcome for criterion " + id());
      warningBand().ifPresent(b -> {
        Check.require(limit().isPresent(), t, "warningBand", b.describe(), "a limit that the band lies within");
        Check.require(Units.areComparable(b.unit(), limit().get().unit()), t, "warningBand", b.describe(),
            () -> "units comparable with the limit " + limit().get().describe());
      });
    });
  }
}
