package org.paracrine.core.product;

import org.immutables.value.Value;
import org.paracrine.core.internal.Check;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.vocabulary.DoseBasis;
import org.paracrine.core.vocabulary.Term;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One dose: what it counts ({@link DoseBasis}) and how much, either flat or per kilogram body mass.
 *
 * <p>Dose units are heterogeneous across trials (Wang Y et al., Front Med 2025, DOI 10.3389/fmed.2025.1625787, 66
 * trials reviewed; see docs/sources.md): 15 mL of product, 2 × 10⁸ particles, 20 pmol phospholipid/kg, 10 % secretome
 * in a gel. The unit must match the basis — volume: a volume; particles: {@code {particles}}; protein: a mass; lipid:
 * an amount of substance; cell-equivalents: {@code {cells}}; percent in vehicle: {@code %} — optionally divided by a
 * body mass ({@code {particles}/kg}), which makes the dose per kilogram ({@link #perBodyMass()}), or by a body surface
 * area ({@code mL/m2}, {@code mg/m2}), which makes it per square metre ({@link #perBodySurfaceArea()}; USP &lt;85&gt;
 * computes the endotoxin limit of such products with K = 2.5 EU/kg and 1.80 m² per 70 kg).
 *
 * <p>Invariants: amount greater than zero; unit consistent with the basis as above (a percentage in a vehicle is
 * never per kg or per m²).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDose.class)
@JsonDeserialize(as = ImmutableDose.class)
public abstract class Dose {
  Dose() {}

  /**
   * Returns what the dose counts.
   *
   * @return the basis
   */
  public abstract Term<DoseBasis> basis();

  /**
   * Returns the amount per administration (per kg when the unit is divided by a mass).
   *
   * @return the amount
   */
  public abstract Quantity amount();

  /**
   * Tells whether the amount is per kilogram body mass (its unit is the basis unit divided by a mass).
   *
   * @return true for a per-kg dose
   */
  public boolean perBodyMass() {
    return basis().known().map(b -> amount().isConvertibleTo(baseUnit(b) + "/kg")).orElse(false);
  }

  /**
   * Tells whether the amount is per square metre of body surface area (its unit is the basis unit divided by an
   * area, e.g. {@code mL/m2}).
   *
   * @return true for a per-m² dose
   */
  public boolean perBodySurfaceArea() {
    return basis().known().map(b -> b != DoseBasis.PERCENT_IN_VEHICLE && amount().isConvertibleTo(baseUnit(b)
        + "/m2")).orElse(false);
  }

  /**
   * Creates a dose.
   *
   * @param basis the basis
   * @param amount the amount
   * @return the dose
   */
  public static Dose of(DoseBasis basis, Quantity amount) {
    return ImmutableDose.builder().basis(Term.of(basis)).amount(amount).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableDose.Builder builder() {
    return ImmutableDose.builder();
  }

  /**
   * Returns the reference UCUM unit for a basis (flat dose).
   *
   * @param basis the basis
   * @return e.g. {@code mL}, {@code {particles}}, {@code g}
   */
  static String baseUnit(DoseBasis basis) {
    switch (basis) {
      case VOLUME:
        return "mL";
      case PARTICLES:
        return "{particles}";
      case PROTEIN:
        return "g";
      case LIPID:
        return "mol";
      case CELL_EQUIVALENTS:
        return "{cells}";
      case PERCENT_IN_VEHICLE:
      default:
        return "%";
    }
  }

  @Value.Check
  void check() {
    Check.all(() -> {
      Check.positive(amount(), "Dose", "amount");
      basis().known().ifPresent(b -> {
        String base = baseUnit(b);
        boolean flat = amount().isConvertibleTo(base);
        boolean perKg = b != DoseBasis.PERCENT_IN_VEHICLE && amount().isConvertibleTo(base + "/kg");
        boolean perM2 = b != DoseBasis.PERCENT_IN_VEHICLE && amount().isConvertibleTo(base + "/m2");
        Check.require(flat || perKg || perM2, "Dose", "amount", amount(), () -> "a unit convertible to '" + base
            + "'" + (b == DoseBasis.PERCENT_IN_VEHICLE ? "" : ", '" + base + "/kg' or '" + base + "/m2'")
            + " for dose basis " + b.code());
      });
    });
  }
}
