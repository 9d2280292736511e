package org.paracrine.core.process;

import java.util.Optional;
import org.immutables.value.Value;
import org.paracrine.core.constraints.UcumUnit;
import org.paracrine.core.internal.Check;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.vocabulary.PrimingAgent;
import org.paracrine.core.vocabulary.Term;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A priming (pre-conditioning) treatment: agent, concentration and duration. Published concentrations and times
 * vary between studies and no typical value has been confirmed (López-García &amp; Castro-Manrreza, IJMS
 * 2021;22:9531; see docs/sources.md), so none is assumed.
 *
 * <p>Invariants: concentration non-negative; duration a non-negative time.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePrimingTreatment.class)
@JsonDeserialize(as = ImmutablePrimingTreatment.class)
public abstract class PrimingTreatment {
  PrimingTreatment() {}

  /**
   * Returns the agent.
   *
   * @return the agent
   */
  public abstract Term<PrimingAgent> agent();

  /**
   * Returns the concentration.
   *
   * @return e.g. {@code 25 ng/mL}, or empty
   */
  public abstract Optional<@UcumUnit(anyOf = {"g/mL", "mol/L", "[IU]/mL", "U/mL"}) Quantity> concentration();

  /**
   * Returns the exposure duration.
   *
   * @return a time, or empty
   */
  public abstract Optional<Quantity> duration();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutablePrimingTreatment.Builder builder() {
    return ImmutablePrimingTreatment.builder();
  }

  /**
   * Creates a complete treatment.
   *
   * @param agent the agent
   * @param concentration the concentration
   * @param duration the duration
   * @return the treatment
   */
  public static PrimingTreatment of(PrimingAgent agent, Quantity concentration, Quantity duration) {
    return builder().agent(Term.of(agent)).concentration(concentration).duration(duration).build();
  }

  @Value.Check
  void check() {
    Check.all(() -> {
      Check.nonNegative(concentration(), "PrimingTreatment", "concentration");
      Check.dimension(duration(), "h", "a time", "PrimingTreatment", "duration");
      Check.nonNegative(duration(), "PrimingTreatment", "duration");
    });
  }
}
