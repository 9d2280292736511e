package org.paracrine.core.product;

import java.util.Optional;
import org.immutables.value.Value;
import org.paracrine.core.internal.Check;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.vocabulary.ContainerType;
import org.paracrine.core.vocabulary.Term;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The primary container of the product. Invariant: nominal volume is a positive volume. */
@Value.Immutable
@JsonSerialize(as = ImmutableContainer.class)
@JsonDeserialize(as = ImmutableContainer.class)
public abstract class Container {
  Container() {}

  /**
   * Returns the container type.
   *
   * @return the type
   */
  public abstract Term<ContainerType> type();

  /**
   * Returns the container material, e.g. "type I glass", "cyclic olefin copolymer".
   *
   * @return the material, or empty
   */
  public abstract Optional<String> material();

  /**
   * Returns the nominal container volume.
   *
   * @return a volume, or empty
   */
  public abstract Optional<Quantity> nominalVolume();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableContainer.Builder builder() {
    return ImmutableContainer.builder();
  }

  @Value.Check
  void check() {
    Check.all(() -> {
      Check.dimension(nominalVolume(), "mL", "a volume", "Container", "nominalVolume");
      nominalVolume().ifPresent(v -> Check.positive(v, "Container", "nominalVolume"));
    });
  }
}
