package org.paracrine.core.assay;

import java.util.Optional;
import org.immutables.value.Value;
import org.paracrine.core.internal.Check;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.vocabulary.AnalyticalMethod;
import org.paracrine.core.vocabulary.Term;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A quantitative result with the method that produced it and the method's detection limits, e.g. a particle
 * concentration by NTA or a protein concentration by BCA.
 *
 * <p>Invariants: LOD ≤ LOQ; LOD and LOQ in units comparable with the value; replicates ≥ 1; a censored value
 * ({@link #censoring()}) reports the limit it was censored at.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMeasurement.class)
@JsonDeserialize(as = ImmutableMeasurement.class)
public abstract class Measurement {
  Measurement() {}

  /**
   * Returns the measured value (for a censored result, the limit).
   *
   * @return the value
   */
  public abstract Quantity value();

  /**
   * Returns the analytical method.
   *
   * @return the method, or empty if not reported
   */
  public abstract Optional<Term<AnalyticalMethod>> method();

  /**
   * Returns the limit of detection.
   *
   * @return the LOD, or empty
   */
  public abstract Optional<Quantity> lod();

  /**
   * Returns the limit of quantification.
   *
   * @return the LOQ, or empty
   */
  public abstract Optional<Quantity> loq();

  /**
   * Returns how the value is censored, if it is.
   *
   * @return the censoring, or empty for a quantified value
   */
  public abstract Optional<Censoring> censoring();

  /**
   * Returns the number of replicate measurements averaged into the value.
   *
   * @return the count (≥ 1), or empty
   */
  public abstract Optional<Integer> replicates();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableMeasurement.Builder builder() {
    return ImmutableMeasurement.builder();
  }

  /**
   * Creates a measurement from a value and a method.
   *
   * @param value the value
   * @param method the method
   * @return the measurement
   */
  public static Measurement of(Quantity value, AnalyticalMethod method) {
    return builder().value(value).method(Term.of(method)).build();
  }

  @Value.Check
  void check() {
    Check.all(() -> {
      Limits.check("Measurement", value(), lod(), loq());
      replicates().ifPresent(r -> Check.require(r >= 1, "Measurement", "replicates", r, "at least 1"));
    });
  }
}
