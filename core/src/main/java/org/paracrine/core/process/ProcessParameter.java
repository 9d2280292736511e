package org.paracrine.core.process;

import org.immutables.value.Value;
import org.paracrine.core.internal.Check;
import org.paracrine.core.quantity.Quantity;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** A named process parameter with an exact value, e.g. transmembrane pressure or shelf temperature. */
@Value.Immutable
@JsonSerialize(as = ImmutableProcessParameter.class)
@JsonDeserialize(as = ImmutableProcessParameter.class)
public abstract class ProcessParameter {
  ProcessParameter() {}

  /**
   * Returns the parameter name.
   *
   * @return the name, unique within its step
   */
  public abstract String name();

  /**
   * Returns the value.
   *
   * @return the value
   */
  public abstract Quantity value();

  /**
   * Creates a parameter.
   *
   * @param name the name
   * @param value the value
   * @return the parameter
   */
  public static ProcessParameter of(String name, Quantity value) {
    return ImmutableProcessParameter.builder().name(name).value(value).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableProcessParameter.Builder builder() {
    return ImmutableProcessParameter.builder();
  }

  @Value.Check
  void check() {
    Check.all(() -> {
      Check.notBlank(name(), "ProcessParameter", "name");
    });
  }
}
