package org.paracrine.core.spec;

import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;
import org.paracrine.core.internal.Check;
import org.paracrine.core.quantity.Quantity;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One named parameter of a {@link ComputedLimit}: a quantity (e.g. K = {@code 5 [IU]/kg}) or a text (e.g. a route
 * category), with the citation it comes from.
 *
 * <p>Invariants: non-blank name; exactly one of quantity and text.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLimitParameter.class)
@JsonDeserialize(as = ImmutableLimitParameter.class)
public abstract class LimitParameter {
  LimitParameter() {}

  /**
   * Returns the parameter name.
   *
   * @return e.g. {@code "k.parenteral"}
   */
  @Size(max = 100)
  public abstract String name();

  /**
   * Returns the quantity value.
   *
   * @return the quantity, or empty for a text parameter
   */
  public abstract Optional<Quantity> quantity();

  /**
   * Returns the text value.
   *
   * @return the text, or empty for a quantity parameter
   */
  public abstract Optional<@Size(max = 200) String> text();

  /**
   * Returns the source of the parameter's value.
   *
   * @return the citation, or empty
   */
  public abstract Optional<Citation> source();

  /**
   * Creates a quantity parameter.
   *
   * @param name the name
   * @param quantity the value
   * @return the parameter
   */
  public static LimitParameter of(String name, Quantity quantity) {
    return ImmutableLimitParameter.builder().name(name).quantity(quantity).build();
  }

  /**
   * Creates a text parameter.
   *
   * @param name the name
   * @param text the value
   * @return the parameter
   */
  public static LimitParameter of(String name, String text) {
    return ImmutableLimitParameter.builder().name(name).text(text).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableLimitParameter.Builder builder() {
    return ImmutableLimitParameter.builder();
  }

  @Value.Check
  void check() {
    Check.notBlank(name(), "LimitParameter", "name");
    Check.require(quantity().isPresent() != text().isPresent(), "LimitParameter", "quantity/text", name(),
        "exactly one of quantity and text");
  }
}
