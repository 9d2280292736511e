package org.paracrine.core.ev;

import java.util.Optional;
import org.immutables.value.Value;
import org.paracrine.core.internal.Check;
import org.paracrine.core.quantity.Quantity;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Amount of starting material EVs were isolated from (MISEV2018 item Q1: volume of fluid and/or cell number
 * and/or tissue mass). Invariants: a volume, a {@code {cells}} count and a mass respectively, none negative.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStartingMaterial.class)
@JsonDeserialize(as = ImmutableStartingMaterial.class)
public abstract class StartingMaterial {
  StartingMaterial() {}

  /**
   * Returns the volume of conditioned medium or biofluid processed.
   *
   * @return a volume, or empty
   */
  public abstract Optional<Quantity> fluidVolume();

  /**
   * Returns the number of producing cells.
   *
   * @return a {@code {cells}} count, or empty
   */
  public abstract Optional<Quantity> producingCells();

  /**
   * Returns the tissue mass processed.
   *
   * @return a mass, or empty
   */
  public abstract Optional<Quantity> tissueMass();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableStartingMaterial.Builder builder() {
    return ImmutableStartingMaterial.builder();
  }

  @Value.Check
  void check() {
    Check.all(() -> {
      String t = "StartingMaterial";
      Check.dimension(fluidVolume(), "mL", "a volume", t, "fluidVolume");
      Check.nonNegative(fluidVolume(), t, "fluidVolume");
      Check.dimension(producingCells(), "{cells}", "a cell count", t, "producingCells");
      Check.nonNegative(producingCells(), t, "producingCells");
      Check.dimension(tissueMass(), "g", "a mass", t, "tissueMass");
      Check.nonNegative(tissueMass(), t, "tissueMass");
    });
  }
}
