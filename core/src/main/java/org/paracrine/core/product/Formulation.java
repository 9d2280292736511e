package org.paracrine.core.product;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.paracrine.core.internal.Check;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.vocabulary.DoseForm;
import org.paracrine.core.vocabulary.Term;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The formulation: dose form (EDQM), excipients with amounts, pH, osmolality, container and fill volume, the
 * secretome content of a vehicle (e.g. 10 % in a gel), and reconstitution of a lyophilisate.
 *
 * <p>pH and osmolality here are the product's nominal values; release criteria for them (by route) are in
 * specifications. Invariants: pH is in {@code [pH]} between 0 and 14; osmolality in a unit comparable with
 * {@code mosm/kg}; fill volume a positive volume; secretome content 0–100 %.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFormulation.class)
@JsonDeserialize(as = ImmutableFormulation.class)
public abstract class Formulation {
  Formulation() {}

  /**
   * Returns the dose form.
   *
   * @return the EDQM dose form
   */
  public abstract Term<DoseForm> doseForm();

  /**
   * Returns the excipients.
   *
   * @return the excipients, possibly empty
   */
  public abstract List<@Valid Excipient> excipients();

  /**
   * Returns the nominal pH.
   *
   * @return pH in {@code [pH]}, or empty
   */
  public abstract Optional<Quantity> ph();

  /**
   * Returns the nominal osmolality.
   *
   * @return osmolality, e.g. {@code 290 mosm/kg}, or empty
   */
  public abstract Optional<Quantity> osmolality();

  /**
   * Returns the primary container.
   *
   * @return the container, or empty
   */
  public abstract Optional<Container> container();

  /**
   * Returns the nominal fill volume (or mass for semi-solids) per container.
   *
   * @return the fill, or empty
   */
  public abstract Optional<Quantity> fillVolume();

  /**
   * Returns the secretome content of a vehicle, e.g. {@code 10 %} secretome in a gel.
   *
   * @return content in {@code %}, or empty
   */
  public abstract Optional<Quantity> secretomeContent();

  /**
   * Returns how the secretome content percentage is defined, e.g. "v/v" or "w/w".
   *
   * @return the basis, or empty if not stated
   */
  public abstract Optional<String> secretomeContentBasis();

  /**
   * Returns the reconstitution instruction of a lyophilisate.
   *
   * @return the reconstitution, or empty
   */
  public abstract Optional<Reconstitution> reconstitution();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableFormulation.Builder builder() {
    return ImmutableFormulation.builder();
  }

  @Value.Check
  void check() {
    Check.all(() -> {
      String t = "Formulation";
      ph().ifPresent(p -> {
        Check.require("[pH]".equals(p.unit()), t, "ph", p, "a pH in unit [pH]");
        Check.require(p.value().signum() >= 0 && p.value().compareTo(java.math.BigDecimal.valueOf(14)) <= 0, t, "ph",
            p, "a pH between 0 and 14");
      });
      Check.dimension(osmolality(), "mosm/kg", "an osmolality", t, "osmolality");
      Check.nonNegative(osmolality(), t, "osmolality");
      fillVolume().ifPresent(v -> {
        Check.require(v.isConvertibleTo("mL") || v.isConvertibleTo("g"), t, "fillVolume", v, "a volume or a mass");
        Check.positive(v, t, "fillVolume");
      });
      Check.percent(secretomeContent(), t, "secretomeContent");
      Check.unique(excipients(), Excipient::name, t, "excipients");
    });
  }
}
