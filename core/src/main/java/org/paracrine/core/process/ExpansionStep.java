package org.paracrine.core.process;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.paracrine.core.constraints.UcumUnit;
import org.paracrine.core.internal.Check;
import org.paracrine.core.quantity.Quantity;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A cell expansion step before conditioning.
 *
 * <p>Invariants: percentages (O2, CO2, confluence) within 0–100 %; temperature is a temperature; times are
 * non-negative times; passage and population doublings ≥ 0.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableExpansionStep.class)
@JsonDeserialize(as = ImmutableExpansionStep.class)
public abstract class ExpansionStep implements CultureConditions {
  ExpansionStep() {}

  /**
   * Returns the step name, e.g. "P2 to P4 expansion".
   *
   * @return the name, or empty
   */
  public abstract Optional<@Size(max = 200) String> name();

  /**
   * Returns the seeding density.
   *
   * @return density, e.g. {@code 5000 {cells}/cm2}, or empty
   */
  public abstract Optional<@UcumUnit(anyOf = {"{cells}/cm2", "{cells}/mL"}) Quantity> seedingDensity();

  /**
   * Returns the confluence at harvest.
   *
   * @return confluence in {@code %}, or empty
   */
  public abstract Optional<Quantity> confluenceAtHarvest();

  /**
   * Returns the population doublings reached in this step.
   *
   * @return doublings (≥ 0), or empty
   */
  public abstract Optional<BigDecimal> populationDoublings();

  /**
   * Returns the population doubling time.
   *
   * @return a time, or empty
   */
  public abstract Optional<Quantity> doublingTime();

  /**
   * Returns the virus-safety evidence of the serum supplement used in this step: bovine-virus testing of fetal bovine
   * serum, donor screening and pathogen reduction of human platelet lysate or human serum. Expected whenever the
   * step's supplement is an animal serum or derived from human blood (any culture step that contributes to the
   * product, not only conditioning).
   *
   * @return the evidence, or empty
   */
  public abstract Optional<@Size(max = 1000) String> virusSafetyEvidence();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableExpansionStep.Builder builder() {
    return ImmutableExpansionStep.builder();
  }

  @Value.Check
  void check() {
    Check.all(() -> {
      CultureChecks.check(this, "ExpansionStep");
      Check.percent(confluenceAtHarvest(), "ExpansionStep", "confluenceAtHarvest");
      Check.nonNegative(seedingDensity(), "ExpansionStep", "seedingDensity");
      Check.dimension(doublingTime(), "h", "a time", "ExpansionStep", "doublingTime");
      Check.nonNegative(doublingTime(), "ExpansionStep", "doublingTime");
      populationDoublings().ifPresent(d -> Check.require(d.signum() >= 0, "ExpansionStep", "populationDoublings",
          d, "population doublings ≥ 0"));
    });
  }
}
