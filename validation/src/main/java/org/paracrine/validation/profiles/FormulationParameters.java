package org.paracrine.validation.profiles;

import java.util.Map;
import org.immutables.value.Value;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.quantity.QuantityRange;
import org.paracrine.core.report.Severity;
import org.paracrine.core.vocabulary.RouteCategory;

/**
 * Parameters of {@link FormulationProfile}: pH and osmolality windows by route category.
 *
 * <p>There is no compendial pH or osmolality limit for these products (see docs/sources.md), so every
 * default is a Paracrine default and <b>unconfirmed</b>: parenteral, intrathecal and other CNS routes pH 6.5–8.0
 * (centred on blood pH 7.4, Stranz &amp; Kastango, IJPC 2002) and osmolality 200–400 mOsm/kg (quoted by
 * non-authoritative sources); ophthalmic osmolality 193.4–644.4 mOsm/kg, derived from the tolerated 0.6–2.0 % NaCl
 * equivalent (Remington-derived, DOI 10.22192/ijarbs.2016.03.10.028) with 0.9 % NaCl = 290 mOsm/kg: 0.6/0.9 × 290 =
 * 193.33… and 2.0/0.9 × 290 = 644.44… mOsm/kg, kept inside the derived window at 0.1 mOsm/kg (never rounded
 * outward; verify).
 * Failures therefore default to {@link Severity#WARNING}; set the severity to ERROR, or better write a
 * product-specific specification, to make them binding.
 */
@Value.Immutable
public abstract class FormulationParameters {
  FormulationParameters() {}

  /**
   * Returns the pH windows by route category; categories without an entry are not checked.
   *
   * @return default 6.5–8.0 [pH] for PARENTERAL, INTRATHECAL and CENTRAL_NERVOUS_SYSTEM
   */
  @Value.Default
  public Map<RouteCategory, QuantityRange> phWindows() {
    QuantityRange ph = QuantityRange.between(Quantity.of("6.5", "[pH]"), Quantity.of("8.0", "[pH]"));
    return Map.of(RouteCategory.PARENTERAL, ph, RouteCategory.INTRATHECAL, ph,
        RouteCategory.CENTRAL_NERVOUS_SYSTEM, ph);
  }

  /**
   * Returns the osmolality windows by route category; categories without an entry are not checked.
   *
   * @return default 200–400 mosm/kg for PARENTERAL, INTRATHECAL and CENTRAL_NERVOUS_SYSTEM; 193.4–644.4 mosm/kg
   *     for OPHTHALMIC (0.6–2.0 % NaCl equivalent at 0.9 % = 290 mOsm/kg, rounded inward)
   */
  @Value.Default
  public Map<RouteCategory, QuantityRange> osmolalityWindows() {
    QuantityRange parenteral = QuantityRange.between(Quantity.of(200, "mosm/kg"), Quantity.of(400, "mosm/kg"));
    return Map.of(RouteCategory.PARENTERAL, parenteral, RouteCategory.INTRATHECAL, parenteral,
        RouteCategory.CENTRAL_NERVOUS_SYSTEM, parenteral,
        RouteCategory.OPHTHALMIC, QuantityRange.between(Quantity.of("193.4", "mosm/kg"),
            Quantity.of("644.4", "mosm/kg")));
  }

  /**
   * Returns the severity of a value outside its window or a missing result.
   *
   * @return default {@link Severity#WARNING} (the windows are unconfirmed)
   */
  @Value.Default
  public Severity severity() {
    return Severity.WARNING;
  }

  /**
   * Returns the defaults.
   *
   * @return the defaults
   */
  public static FormulationParameters defaults() {
    return builder().build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableFormulationParameters.Builder builder() {
    return ImmutableFormulationParameters.builder();
  }
}
