package org.paracrine.core.product;

import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;
import org.paracrine.core.internal.Check;
import org.paracrine.core.quantity.Quantity;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** An excipient with its amount and function, e.g. trehalose 50 mg/mL as lyoprotectant. */
@Value.Immutable
@JsonSerialize(as = ImmutableExcipient.class)
@JsonDeserialize(as = ImmutableExcipient.class)
public abstract class Excipient {
  Excipient() {}

  /**
   * Returns the excipient name.
   *
   * @return the name
   */
  @Size(max = 200)
  public abstract String name();

  /**
   * Returns the amount or concentration.
   *
   * @return the amount, or empty
   */
  public abstract Optional<Quantity> amount();

  /**
   * Returns the function, e.g. "lyoprotectant", "buffer", "gelling agent".
   *
   * @return the function, or empty
   */
  public abstract Optional<String> function();

  /**
   * Creates an excipient.
   *
   * @param name the name
   * @param amount the amount
   * @param function the function
   * @return the excipient
   */
  public static Excipient of(String name, Quantity amount, String function) {
    return ImmutableExcipient.builder().name(name).amount(amount).function(function).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableExcipient.Builder builder() {
    return ImmutableExcipient.builder();
  }

  @Value.Check
  void check() {
    Check.all(() -> {
      Check.notBlank(name(), "Excipient", "name");
      Check.nonNegative(amount(), "Excipient", "amount");
    });
  }
}
