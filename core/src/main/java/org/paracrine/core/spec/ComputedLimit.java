package org.paracrine.core.spec;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.paracrine.core.constraints.Identifier;
import org.paracrine.core.internal.Check;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A limit that is a formula rather than a number: the name of a cited limit function known to the release engine
 * and its parameters. Example: USP &lt;85&gt; endotoxin limit K/M, where K depends on the route and M on the
 * maximum dose per kg body mass per hour; the engine computes the limit from the product's regimens and reports
 * its derivation in the finding.
 *
 * <p>The functions the engine provides, and their parameters, are listed in {@code docs/specification-language.md};
 * an unknown function or parameter is refused when the checker is built.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableComputedLimit.class)
@JsonDeserialize(as = ImmutableComputedLimit.class)
public abstract class ComputedLimit {
  ComputedLimit() {}

  /**
   * Returns the function name.
   *
   * @return e.g. {@code "usp85-endotoxin"}
   */
  @Identifier
  public abstract String function();

  /**
   * Returns the parameters.
   *
   * @return the parameters, names unique
   */
  @Size(max = 50)
  public abstract List<LimitParameter> parameters();

  /**
   * Returns a parameter by name.
   *
   * @param name the name
   * @return the parameter, or empty
   */
  public Optional<LimitParameter> parameter(String name) {
    for (LimitParameter p : parameters()) {
      if (p.name().equals(name)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * Creates a computed limit.
   *
   * @param function the function name
   * @param parameters the parameters
   * @return the limit
   */
  public static ComputedLimit of(String function, LimitParameter... parameters) {
    return ImmutableComputedLimit.builder().function(function).addParameters(parameters).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableComputedLimit.Builder builder() {
    return ImmutableComputedLimit.builder();
  }

  @Value.Check
  void check() {
    Check.notBlank(function(), "ComputedLimit", "function");
    Check.unique(parameters(), LimitParameter::name, "ComputedLimit", "parameters");
  }
}
