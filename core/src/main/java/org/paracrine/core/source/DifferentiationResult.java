package org.paracrine.core.source;

import java.util.Optional;
import org.immutables.value.Value;
import org.paracrine.core.vocabulary.DifferentiationLineage;
import org.paracrine.core.vocabulary.QualitativeOutcome;
import org.paracrine.core.vocabulary.Term;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Result of an in-vitro differentiation assay for one lineage (ISCT 2006: osteoblasts, adipocytes,
 * chondroblasts; typical read-outs Alizarin Red / von Kossa, Oil Red O, Alcian blue or collagen II).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDifferentiationResult.class)
@JsonDeserialize(as = ImmutableDifferentiationResult.class)
public abstract class DifferentiationResult {
  DifferentiationResult() {}

  /**
   * Returns the lineage.
   *
   * @return the lineage
   */
  public abstract Term<DifferentiationLineage> lineage();

  /**
   * Returns the outcome (positive when differentiation was shown).
   *
   * @return the outcome
   */
  public abstract Term<QualitativeOutcome> outcome();

  /**
   * Returns the read-out, e.g. "Alizarin Red".
   *
   * @return the read-out, or empty
   */
  public abstract Optional<String> readOut();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableDifferentiationResult.Builder builder() {
    return ImmutableDifferentiationResult.builder();
  }

  /**
   * Creates a result.
   *
   * @param lineage the lineage
   * @param outcome the outcome
   * @param readOut the read-out stain or assay
   * @return the result
   */
  public static DifferentiationResult of(DifferentiationLineage lineage, QualitativeOutcome outcome,
      String readOut) {
    return builder().lineage(Term.of(lineage)).outcome(Term.of(outcome)).readOut(readOut).build();
  }
}
