package org.paracrine.validation.profiles;

import static org.paracrine.core.internal.Decimals.divide;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.quantity.Units;
import org.paracrine.validation.internal.EndotoxinUnits;

/**
 * Endotoxin limit arithmetic of USP &lt;85&gt; (and Ph. Eur. 5.1.10): limit = K / M, where K is the threshold
 * pyrogenic dose per kg body mass and M the maximum dose per kg given as a bolus or, for an infusion, the maximum
 * dose per kg given within one hour.
 *
 * <p>With a dose volume V (mL of product as released) and a body mass B: M = V / B for a bolus; for an infusion of
 * duration t at a constant rate the volume given within any one hour is V × min(1, 1 h / t), so
 * M = V × min(1, 1 h / t) / B. The limit per mL is K / M = K × B × max(1, t / 1 h) / V. A dilution before
 * administration does not change M: the patient receives the same endotoxin whatever the diluent volume, so the
 * limit applies to the product as released (the diluent is a compendial product with its own limit).
 *
 * <p>Worked examples of USP &lt;85&gt; reproduced by the tests: a 2 mL bolus for 70 kg with K = 5 EU/kg gives
 * 175 EU/mL; an intrathecal 3 mL dose for 60 kg with K = 0.2 EU/kg gives 4 EU/mL. Arithmetic is exact
 * ({@link BigDecimal}); a quotient without a finite decimal expansion is rounded <em>down</em> to
 * {@value #SIGNIFICANT_DIGITS} significant digits, so rounding never loosens a limit. Endotoxin units are written
 * {@code [IU]} (1 EU = 1 IU); {@code {EU}} is accepted as a synonym. All methods are static and thread-safe.
 */
public final class EndotoxinLimit {
  /** Significant digits kept when a computed limit or M does not terminate. */
  public static final int SIGNIFICANT_DIGITS = 6;

  /** The unit of a limit per mass of product. */
  private static final String ENDOTOXIN_PER_MG = "[IU]/mg";

  private static final MathContext DOWN = new MathContext(SIGNIFICANT_DIGITS, RoundingMode.DOWN);
  private static final MathContext HALF_EVEN = new MathContext(SIGNIFICANT_DIGITS, RoundingMode.HALF_EVEN);

  private EndotoxinLimit() {}

  /**
   * Returns M, the maximum dose volume per kg body mass (per hour for an infusion).
   *
   * @param doseVolume V, the volume of product per administration
   * @param bodyMass B
   * @param infusionDuration the infusion duration, empty for a bolus
   * @return M in {@code mL/kg}
   */
  public static Quantity maximumDosePerKg(Quantity doseVolume, Quantity bodyMass,
      Optional<Quantity> infusionDuration) {
    BigDecimal v = doseVolume.to(Units.MILLILITRE).value();
    BigDecimal b = bodyMass.to(Units.KILOGRAM).value();
    BigDecimal m = divide(v.multiply(share(infusionDuration).numerator), b.multiply(share(infusionDuration)
        .denominator), HALF_EVEN);
    return Quantity.of(strip(m), "mL/kg");
  }

  /**
   * Returns the endotoxin limit per mL of product: {@code K × B × max(1, t / 1 h) / V}.
   *
   * @param k the threshold pyrogenic dose, e.g. {@code 5 [IU]/kg}
   * @param doseVolume V, the volume of product as released per administration
   * @param bodyMass B
   * @param infusionDuration the infusion duration, empty for a bolus
   * @return the limit in {@code [IU]/mL}
   * @throws IllegalArgumentException if the volume is not positive
   */
  public static Quantity perMillilitre(Quantity k, Quantity doseVolume, Quantity bodyMass,
      Optional<Quantity> infusionDuration) {
    Objects.requireNonNull(bodyMass, "bodyMass");
    BigDecimal v = positive(doseVolume.to(Units.MILLILITRE).value(), "dose volume");
    BigDecimal b = positive(bodyMass.to(Units.KILOGRAM).value(), "body mass");
    Share s = share(infusionDuration);
    BigDecimal limit = divide(kValue(k).multiply(b).multiply(s.denominator), v.multiply(s.numerator), DOWN);
    return Quantity.of(strip(limit), Units.ENDOTOXIN_PER_ML);
  }

  /**
   * Returns the endotoxin limit per mL for a dose prescribed as a volume per kg: {@code K × max(1, t / 1 h) / D}.
   *
   * @param k the threshold pyrogenic dose, e.g. {@code 5 [IU]/kg}
   * @param volumePerKg D, e.g. {@code 0.1 mL/kg}
   * @param infusionDuration the infusion duration, empty for a bolus
   * @return the limit in {@code [IU]/mL}
   */
  public static Quantity perMillilitre(Quantity k, Quantity volumePerKg, Optional<Quantity> infusionDuration) {
    BigDecimal d = positive(volumePerKg.to("mL/kg").value(), "dose volume per kg");
    Share s = share(infusionDuration);
    BigDecimal limit = divide(kValue(k).multiply(s.denominator), d.multiply(s.numerator), DOWN);
    return Quantity.of(strip(limit), Units.ENDOTOXIN_PER_ML);
  }

  /**
   * Returns the endotoxin limit per mg of product for a dose prescribed as a mass per kg:
   * {@code K × max(1, t / 1 h) / D} (USP &lt;85&gt;: the limit of a product dosed by mass is stated per mg).
   *
   * @param k the threshold pyrogenic dose, e.g. {@code 5 [IU]/kg}
   * @param massPerKg D, e.g. {@code 2 mg/kg}
   * @param infusionDuration the infusion duration, empty for a bolus
   * @return the limit in {@code [IU]/mg}
   * @throws IllegalArgumentException if the dose is not positive
   */
  public static Quantity perMilligram(Quantity k, Quantity massPerKg, Optional<Quantity> infusionDuration) {
    BigDecimal d = positive(massPerKg.to("mg/kg").value(), "dose mass per kg");
    Share s = share(infusionDuration);
    return Quantity.of(strip(divide(kValue(k).multiply(s.denominator), d.multiply(s.numerator), DOWN)),
        ENDOTOXIN_PER_MG);
  }

  /**
   * Returns the endotoxin limit per mg of product for a flat mass dose: {@code K × B × max(1, t / 1 h) / D}.
   *
   * @param k the threshold pyrogenic dose, e.g. {@code 5 [IU]/kg}
   * @param mass D, the mass of product per administration, e.g. {@code 50 mg}
   * @param bodyMass B
   * @param infusionDuration the infusion duration, empty for a bolus
   * @return the limit in {@code [IU]/mg}
   * @throws IllegalArgumentException if the dose or the body mass is not positive
   */
  public static Quantity perMilligram(Quantity k, Quantity mass, Quantity bodyMass,
      Optional<Quantity> infusionDuration) {
    BigDecimal d = positive(mass.to("mg").value(), "dose mass");
    BigDecimal b = positive(bodyMass.to(Units.KILOGRAM).value(), "body mass");
    Share s = share(infusionDuration);
    return Quantity.of(strip(divide(kValue(k).multiply(b).multiply(s.denominator), d.multiply(s.numerator), DOWN)),
        ENDOTOXIN_PER_MG);
  }

  /**
   * Returns the endotoxin limit of a product dosed per square metre of body surface area (USP &lt;85&gt;, footnote to
   * the calculation of the endotoxin limit: K = 2.5 USP-EU/kg and M = (maximum dose/m²/hour × 1.80 m²) / 70 kg), so
   * the limit is {@code K × 70 kg × max(1, t / 1 h) / (D × 1.80 m²)}. The reference area and body mass are the
   * chapter's constants, not an assumption about the patient.
   *
   * @param k the threshold pyrogenic dose for per-m² dosing, {@code 2.5 [IU]/kg} in USP &lt;85&gt;
   * @param dosePerArea D, a volume or a mass per area, e.g. {@code 10 mL/m2} or {@code 100 mg/m2}
   * @param referenceArea the chapter's body surface area, {@code 1.80 m2}
   * @param referenceBodyMass the chapter's body mass for that area, {@code 70 kg}
   * @param infusionDuration the infusion duration, empty for a bolus
   * @return the limit in {@code [IU]/mL} for a volume dose, in {@code [IU]/mg} for a mass dose
   * @throws IllegalArgumentException if the dose is neither a volume nor a mass per area, or is not positive
   */
  public static Quantity forBodySurfaceArea(Quantity k, Quantity dosePerArea, Quantity referenceArea,
      Quantity referenceBodyMass, Optional<Quantity> infusionDuration) {
    boolean volume = dosePerArea.isConvertibleTo("mL/m2");
    if (!volume && !dosePerArea.isConvertibleTo("mg/m2")) {
      throw new IllegalArgumentException("a dose per body surface area must be a volume or a mass per area, was "
          + dosePerArea);
    }
    BigDecimal d = positive(dosePerArea.to(volume ? "mL/m2" : "mg/m2").value(), "dose per m2");
    BigDecimal a = positive(referenceArea.to("m2").value(), "reference body surface area");
    BigDecimal b = positive(referenceBodyMass.to(Units.KILOGRAM).value(), "reference body mass");
    Share s = share(infusionDuration);
    BigDecimal limit = divide(kValue(k).multiply(b).multiply(s.denominator), d.multiply(a).multiply(s.numerator),
        DOWN);
    return Quantity.of(strip(limit), volume ? Units.ENDOTOXIN_PER_ML : ENDOTOXIN_PER_MG);
  }

  /**
   * Returns M for a dose per body surface area: {@code D × 1.80 m² × min(1, 1 h / t) / 70 kg} (USP &lt;85&gt;).
   *
   * @param dosePerArea D, a volume or a mass per area
   * @param referenceArea the chapter's body surface area, {@code 1.80 m2}
   * @param referenceBodyMass the chapter's body mass for that area, {@code 70 kg}
   * @param infusionDuration the infusion duration, empty for a bolus
   * @return M in {@code mL/kg} or {@code mg/kg}
   */
  public static Quantity maximumDosePerKgForBodySurfaceArea(Quantity dosePerArea, Quantity referenceArea,
      Quantity referenceBodyMass, Optional<Quantity> infusionDuration) {
    boolean volume = dosePerArea.isConvertibleTo("mL/m2");
    BigDecimal d = dosePerArea.to(volume ? "mL/m2" : "mg/m2").value();
    BigDecimal a = referenceArea.to("m2").value();
    BigDecimal b = referenceBodyMass.to(Units.KILOGRAM).value();
    Share s = share(infusionDuration);
    BigDecimal m = divide(d.multiply(a).multiply(s.numerator), b.multiply(s.denominator), HALF_EVEN);
    return Quantity.of(strip(m), volume ? "mL/kg" : "mg/kg");
  }

  private record Share(BigDecimal numerator, BigDecimal denominator) {}

  /** The share of the dose per hour as an exact fraction: 1/1 for a bolus, 1/t for infusions longer than 1 h. */
  private static Share share(Optional<Quantity> infusionDuration) {
    if (infusionDuration.isEmpty()) {
      return new Share(BigDecimal.ONE, BigDecimal.ONE);
    }
    BigDecimal hours = infusionDuration.get().to(Units.HOUR).value();
    return hours.compareTo(BigDecimal.ONE) <= 0 ? new Share(BigDecimal.ONE, BigDecimal.ONE)
        : new Share(BigDecimal.ONE, hours);
  }

  private static BigDecimal kValue(Quantity k) {
    return EndotoxinUnits.normalise(k).to(Units.ENDOTOXIN_PER_KG).value();
  }

  private static BigDecimal positive(BigDecimal v, String what) {
    if (v.signum() <= 0) {
      throw new IllegalArgumentException(what + " must be greater than zero, was " + v);
    }
    return v;
  }

  private static BigDecimal strip(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
