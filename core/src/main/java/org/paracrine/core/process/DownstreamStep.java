package org.paracrine.core.process;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.paracrine.core.internal.Check;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.vocabulary.DownstreamOperation;
import org.paracrine.core.vocabulary.EvIsolationMethod;
import org.paracrine.core.vocabulary.Term;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A downstream unit operation with its method and parameters: clarification, concentration (e.g. TFF),
 * EV isolation, sterile filtration (0.22 µm), lyophilisation.
 *
 * <p>Relative centrifugal force has no UCUM unit (unitsofmeasure.org) and is stored as a plain multiple of g.
 * Molecular-weight cut-off is a molar mass: 100 kDa is {@code 100 kg/mol}. Further parameters go into
 * {@link #parameters()}.
 *
 * <p>Invariants: pore size a length, cut-off a molar mass, times non-negative, g-force and concentration factor
 * positive.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDownstreamStep.class)
@JsonDeserialize(as = ImmutableDownstreamStep.class)
public abstract class DownstreamStep {
  DownstreamStep() {}

  /**
   * Returns the unit operation.
   *
   * @return the operation
   */
  public abstract Term<DownstreamOperation> operation();

  /**
   * Returns the EV isolation or concentration method, where the operation uses one.
   *
   * @return the method, or empty
   */
  public abstract Optional<Term<EvIsolationMethod>> method();

  /**
   * Returns the filter pore size.
   *
   * @return a length, e.g. {@code 0.22 um}, or empty
   */
  public abstract Optional<Quantity> poreSize();

  /**
   * Returns the membrane molecular-weight cut-off.
   *
   * @return a molar mass, e.g. {@code 100 kg/mol} for 100 kDa, or empty
   */
  public abstract Optional<Quantity> molecularWeightCutOff();

  /**
   * Returns the relative centrifugal force as a multiple of g.
   *
   * @return e.g. {@code 120000}, or empty
   */
  public abstract Optional<BigDecimal> relativeCentrifugalForce();

  /**
   * Returns the volume concentration factor.
   *
   * @return e.g. {@code 20} for 20-fold, or empty
   */
  public abstract Optional<BigDecimal> concentrationFactor();

  /**
   * Returns the duration.
   *
   * @return a time, or empty
   */
  public abstract Optional<Quantity> duration();

  /**
   * Returns the process temperature.
   *
   * @return a temperature, or empty
   */
  public abstract Optional<Quantity> temperature();

  /**
   * Returns further named parameters.
   *
   * @return parameters, possibly empty
   */
  public abstract List<ProcessParameter> parameters();

  /**
   * Returns a free-text description.
   *
   * @return the description, or empty
   */
  public abstract Optional<@Size(max = 4000) String> description();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableDownstreamStep.Builder builder() {
    return ImmutableDownstreamStep.builder();
  }

  @Value.Check
  void check() {
    Check.all(() -> {
      String t = "DownstreamStep";
      Check.dimension(poreSize(), "um", "a length", t, "poreSize");
      poreSize().ifPresent(p -> Check.positive(p, t, "poreSize"));
      // UCUM treats mol as a pure number, so kg and kg/mol share a dimension: also require a per-mole unit.
      molecularWeightCutOff().ifPresent(m -> Check.require(m.isConvertibleTo("g/mol") && m.unit().contains("/mol"),
          t, "molecularWeightCutOff", m, "a molar mass such as 100 kg/mol (= 100 kDa)"));
      Check.dimension(duration(), "h", "a time", t, "duration");
      Check.nonNegative(duration(), t, "duration");
      Check.dimension(temperature(), "K", "a temperature", t, "temperature");
      relativeCentrifugalForce().ifPresent(g -> Check.require(g.signum() > 0, t, "relativeCentrifugalForce", g,
          "a multiple of g greater than zero"));
      concentrationFactor().ifPresent(f -> Check.require(f.signum() > 0, t, "concentrationFactor", f,
          "a factor greater than zero"));
      Check.unique(parameters(), ProcessParameter::name, t, "parameters");
    });
  }
}
