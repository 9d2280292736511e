package org.paracrine.core.product;

import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;
import org.paracrine.core.constraints.QuantityBetween;
import org.paracrine.core.internal.Check;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.vocabulary.RouteOfAdministration;
import org.paracrine.core.vocabulary.Term;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * How a product is given: route (EDQM), dose, schedule, dilution, infusion time and the reference body mass used
 * for per-kg arithmetic and endotoxin limits (USP &lt;85&gt; examples use 70 kg; body mass is always a stated
 * parameter, never assumed).
 *
 * <p>Invariants: reference body mass a positive mass; infusion duration a positive time; delivered volume a
 * positive volume.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDosingRegimen.class)
@JsonDeserialize(as = ImmutableDosingRegimen.class)
public abstract class DosingRegimen {
  DosingRegimen() {}

  /**
   * Returns the route of administration.
   *
   * @return the route
   */
  public abstract Term<RouteOfAdministration> route();

  /**
   * Returns the dose per administration.
   *
   * @return the dose
   */
  public abstract Dose dose();

  /**
   * Returns the schedule.
   *
   * @return the schedule, or empty if a single administration
   */
  public abstract Optional<Schedule> schedule();

  /**
   * Returns the volume of product administered per dose when the dose is not itself a volume (e.g. 3 mL
   * nebulised containing 2 × 10⁸ particles).
   *
   * @return a volume, or empty
   */
  public abstract Optional<Quantity> deliveredVolume();

  /**
   * Returns the dilution before administration.
   *
   * @return the dilution, or empty
   */
  public abstract Optional<Dilution> dilution();

  /**
   * Returns the infusion duration for infused doses (USP &lt;85&gt;: M is then per hour).
   *
   * @return a time, or empty for a bolus
   */
  public abstract Optional<Quantity> infusionDuration();

  /**
   * Returns the reference body mass for this regimen.
   *
   * @return a mass, e.g. {@code 70 kg}, or empty
   */
  public abstract Optional<@QuantityBetween(min = "0.3", max = "500", unit = "kg") Quantity> referenceBodyMass();

  /**
   * Returns the indication.
   *
   * @return the indication, or empty
   */
  public abstract Optional<@Size(max = 1000) String> indication();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableDosingRegimen.Builder builder() {
    return ImmutableDosingRegimen.builder();
  }

  @Value.Check
  void check() {
    Check.all(() -> {
      String t = "DosingRegimen";
      Check.dimension(referenceBodyMass(), "kg", "a mass", t, "referenceBodyMass");
      referenceBodyMass().ifPresent(m -> Check.positive(m, t, "referenceBodyMass"));
      Check.dimension(infusionDuration(), "h", "a time", t, "infusionDuration");
      infusionDuration().ifPresent(d -> Check.positive(d, t, "infusionDuration"));
      Check.dimension(deliveredVolume(), "mL", "a volume", t, "deliveredVolume");
      deliveredVolume().ifPresent(v -> Check.positive(v, t, "deliveredVolume"));
    });
  }
}
