package org.paracrine.core.product;

import org.immutables.value.Value;
import org.paracrine.core.internal.Check;
import org.paracrine.core.quantity.Quantity;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Dilution before administration, e.g. 1 mL product in 100 mL normal saline. Invariant: the diluent volume is a
 * non-negative volume.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDilution.class)
@JsonDeserialize(as = ImmutableDilution.class)
public abstract class Dilution {
  Dilution() {}

  /**
   * Returns the diluent, e.g. "0.9 % sodium chloride".
   *
   * @return the diluent
   */
  public abstract String diluent();

  /**
   * Returns the diluent volume the dose is mixed with.
   *
   * @return a volume
   */
  public abstract Quantity volume();

  /**
   * Creates a dilution.
   *
   * @param diluent the diluent
   * @param volume the diluent volume
   * @return the dilution
   */
  public static Dilution of(String diluent, Quantity volume) {
    return ImmutableDilution.builder().diluent(diluent).volume(volume).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableDilution.Builder builder() {
    return ImmutableDilution.builder();
  }

  @Value.Check
  void check() {
    Check.all(() -> {
      Check.notBlank(diluent(), "Dilution", "diluent");
      Check.dimension(volume(), "mL", "a volume", "Dilution", "volume");
      Check.nonNegative(volume(), "Dilution", "volume");
    });
  }
}
