package org.paracrine.core.ev;

import java.util.Optional;
import org.immutables.value.Value;
import org.paracrine.core.vocabulary.AnalyticalMethod;
import org.paracrine.core.vocabulary.QualitativeOutcome;
import org.paracrine.core.vocabulary.Term;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Evidence of physical and biochemical integrity of the vesicles, e.g. detergent (Triton X-100) lysis
 * sensitivity or CD73 enzyme activity (Witwer KW et al., J Extracell Vesicles 2019;8:1609206). A positive or
 * conforming outcome means the vesicles behaved as intact membrane vesicles.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIntegrityResult.class)
@JsonDeserialize(as = ImmutableIntegrityResult.class)
public abstract class IntegrityResult {
  IntegrityResult() {}

  /**
   * Returns the method.
   *
   * @return the method
   */
  public abstract Term<AnalyticalMethod> method();

  /**
   * Returns the outcome.
   *
   * @return the outcome
   */
  public abstract Term<QualitativeOutcome> outcome();

  /**
   * Returns a description of the result.
   *
   * @return the description, or empty
   */
  public abstract Optional<String> description();

  /**
   * Creates a result.
   *
   * @param method the method
   * @param outcome the outcome
   * @return the result
   */
  public static IntegrityResult of(AnalyticalMethod method, QualitativeOutcome outcome) {
    return ImmutableIntegrityResult.builder().method(Term.of(method)).outcome(Term.of(outcome)).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableIntegrityResult.Builder builder() {
    return ImmutableIntegrityResult.builder();
  }
}
