package org.paracrine.core.assay;

import java.util.Optional;
import org.immutables.value.Value;
import org.paracrine.core.internal.Check;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.vocabulary.AnalyticalMethod;
import org.paracrine.core.vocabulary.Marker;
import org.paracrine.core.vocabulary.QualitativeOutcome;
import org.paracrine.core.vocabulary.Term;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Result for one protein marker: a percentage of positive events (flow cytometry on cells, ISCT 2006) and/or a
 * qualitative outcome (present/absent by western blot or bead-based EV flow cytometry, MISEV2018).
 *
 * <p>Invariants: at least one of {@link #percentPositive()} and {@link #outcome()}; the percentage is in
 * {@code %} between 0 and 100.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMarkerResult.class)
@JsonDeserialize(as = ImmutableMarkerResult.class)
public abstract class MarkerResult {
  MarkerResult() {}

  /**
   * Returns the marker (HGNC-coded).
   *
   * @return the marker
   */
  public abstract Term<Marker> marker();

  /**
   * Returns the method.
   *
   * @return the method, or empty
   */
  public abstract Optional<Term<AnalyticalMethod>> method();

  /**
   * Returns the percentage of positive events.
   *
   * @return percentage in {@code %}, or empty
   */
  public abstract Optional<Quantity> percentPositive();

  /**
   * Returns the qualitative outcome.
   *
   * @return e.g. present/absent, or empty
   */
  public abstract Optional<Term<QualitativeOutcome>> outcome();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableMarkerResult.Builder builder() {
    return ImmutableMarkerResult.builder();
  }

  /**
   * Creates a flow-cytometry percentage result.
   *
   * @param marker the marker
   * @param percent percentage of positive events, e.g. {@code "98.2"}
   * @return the result
   */
  public static MarkerResult percent(Marker marker, String percent) {
    return builder().marker(Term.of(marker)).method(Term.of(AnalyticalMethod.FLOW_CYTOMETRY))
        .percentPositive(Quantity.of(percent, "%")).build();
  }

  /**
   * Creates a qualitative result.
   *
   * @param marker the marker
   * @param method the method
   * @param outcome the outcome, e.g. {@link QualitativeOutcome#PRESENT}
   * @return the result
   */
  public static MarkerResult qualitative(Marker marker, AnalyticalMethod method, QualitativeOutcome outcome) {
    return builder().marker(Term.of(marker)).method(Term.of(method)).outcome(Term.of(outcome)).build();
  }

  @Value.Check
  void check() {
    Check.all(() -> {
      Check.require(percentPositive().isPresent() || outcome().isPresent(), "MarkerResult",
          "percentPositive/outcome", "neither", () -> "a percentage of positive events or a qualitative outcome for "
              + marker().code());
      Check.percent(percentPositive(), "MarkerResult", "percentPositive");
    });
  }
}
