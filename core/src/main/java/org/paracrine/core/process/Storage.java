package org.paracrine.core.process;

import java.util.Optional;
import org.immutables.value.Value;
import org.paracrine.core.internal.Check;
import org.paracrine.core.quantity.Quantity;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Storage condition of the product (or of conditioned medium before processing, which affects EVs: IJMS
 * 2022;23:7716).
 *
 * <p>Invariants: temperature is a temperature; maximum duration a non-negative time.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStorage.class)
@JsonDeserialize(as = ImmutableStorage.class)
public abstract class Storage {
  Storage() {}

  /**
   * Returns the storage temperature.
   *
   * @return e.g. {@code -80 Cel}
   */
  public abstract Quantity temperature();

  /**
   * Returns the maximum storage duration (shelf life under this condition).
   *
   * @return a time, or empty
   */
  public abstract Optional<Quantity> maxDuration();

  /**
   * Returns a description, e.g. "vapour-phase liquid nitrogen".
   *
   * @return the description, or empty
   */
  public abstract Optional<String> description();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableStorage.Builder builder() {
    return ImmutableStorage.builder();
  }

  @Value.Check
  void check() {
    Check.all(() -> {
      Check.dimension(temperature(), "K", "a temperature", "Storage", "temperature");
      Check.dimension(maxDuration(), "h", "a time", "Storage", "maxDuration");
      Check.nonNegative(maxDuration(), "Storage", "maxDuration");
    });
  }
}
