package org.paracrine.core.product;

import org.immutables.value.Value;
import org.paracrine.core.internal.Check;
import org.paracrine.core.quantity.Quantity;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** Reconstitution of a lyophilisate: diluent and volume. Invariant: the volume is a positive volume. */
@Value.Immutable
@JsonSerialize(as = ImmutableReconstitution.class)
@JsonDeserialize(as = ImmutableReconstitution.class)
public abstract class Reconstitution {
  Reconstitution() {}

  /**
   * Returns the diluent, e.g. "water for injections".
   *
   * @return the diluent
   */
  public abstract String diluent();

  /**
   * Returns the diluent volume.
   *
   * @return a volume
   */
  public abstract Quantity volume();

  /**
   * Creates a reconstitution.
   *
   * @param diluent the diluent
   * @param volume the volume
   * @return the reconstitution
   */
  public static Reconstitution of(String diluent, Quantity volume) {
    return ImmutableReconstitution.builder().diluent(diluent).volume(volume).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableReconstitution.Builder builder() {
    return ImmutableReconstitution.builder();
  }

  @Value.Check
  void check() {
    Check.all(() -> {
      Check.notBlank(diluent(), "Reconstitution", "diluent");
      Check.dimension(volume(), "mL", "a volume", "Reconstitution", "volume");
      Check.positive(volume(), "Reconstitution", "volume");
    });
  }
}
