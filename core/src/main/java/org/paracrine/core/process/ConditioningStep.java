package org.paracrine.core.process;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.paracrine.core.internal.Check;
import org.paracrine.core.quantity.Quantity;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The conditioning step in which cells secrete into the medium that becomes the product.
 *
 * <p>What is recorded follows the parameters known to change MSC-conditioned medium (Chouaib B et al., IJMS
 * 2023;24:12594; Korea MFDS EV guideline 2024, Guidance-0917-03; see docs/sources.md): medium and serum/supplement (FBS
 * needs an EV-depletion method and bovine-virus safety evidence), O2, culture format, priming agents with concentration
 * and duration, conditioning duration, harvest viability (apoptotic bodies are impurities) and cells at harvest (needed
 * for per-cell normalisation and MISEV2018 item Q1).
 *
 * <p>Invariants: percentages within 0–100 %; durations non-negative times; cells at harvest non-negative;
 * medium volume a volume.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableConditioningStep.class)
@JsonDeserialize(as = ImmutableConditioningStep.class)
public abstract class ConditioningStep implements CultureConditions {
  ConditioningStep() {}

  /**
   * Returns how serum EVs were depleted, e.g. "ultracentrifugation 120,000 × g, 18 h".
   *
   * @return the method, or empty (required when the supplement is animal serum or derived from human blood)
   */
  public abstract Optional<@Size(max = 1000) String> evDepletionMethod();

  /**
   * Returns the virus-safety evidence of the serum supplement: bovine-virus testing of FBS, donor screening and
   * pathogen reduction of human platelet lysate or human serum.
   *
   * @return the evidence, or empty
   */
  public abstract Optional<@Size(max = 1000) String> virusSafetyEvidence();

  /**
   * Returns the priming treatments.
   *
   * @return treatments, possibly empty
   */
  public abstract List<@Valid PrimingTreatment> priming();

  /**
   * Returns the viability of the cells at harvest.
   *
   * @return viability in {@code %}, or empty
   */
  public abstract Optional<Quantity> harvestViability();

  /**
   * Returns the number of cells at harvest.
   *
   * @return a count in {@code {cells}}, or empty
   */
  public abstract Optional<Quantity> cellsAtHarvest();

  /**
   * Returns the confluence at the start of conditioning.
   *
   * @return confluence in {@code %}, or empty
   */
  public abstract Optional<Quantity> confluenceAtStart();

  /**
   * Returns the volume of conditioned medium collected.
   *
   * @return a volume, or empty
   */
  public abstract Optional<Quantity> mediumVolume();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableConditioningStep.Builder builder() {
    return ImmutableConditioningStep.builder();
  }

  @Value.Check
  void check() {
    Check.all(() -> {
      CultureChecks.check(this, "ConditioningStep");
      Check.percent(harvestViability(), "ConditioningStep", "harvestViability");
      Check.percent(confluenceAtStart(), "ConditioningStep", "confluenceAtStart");
      Check.dimension(cellsAtHarvest(), "{cells}", "a cell count", "ConditioningStep", "cellsAtHarvest");
      Check.nonNegative(cellsAtHarvest(), "ConditioningStep", "cellsAtHarvest");
      Check.dimension(mediumVolume(), "mL", "a volume", "ConditioningStep", "mediumVolume");
      Check.nonNegative(mediumVolume(), "ConditioningStep", "mediumVolume");
    });
  }
}
