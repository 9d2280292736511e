package org.paracrine.core.quantity;

import java.util.Objects;
import java.util.Optional;

/**
 * Exact dose arithmetic on {@link Quantity} values: concentration × volume, per-kilogram ↔ total for a given body
 * mass, and the volume needed for a target dose.
 *
 * <p>Rules (Paracrine's own derived arithmetic, no external authority; see docs/sources.md):
 * {@code amount = concentration × volume};
 * {@code per kg = total / body mass}; body mass is always an input, never a constant; protein is never converted
 * to particles with a literature constant (there is deliberately no such method here).
 *
 * <p>A concentration or per-kg unit is read as {@code numerator/denominator}, split at its last top-level
 * {@code /} ({@code {particles}/mL} → {@code {particles}} per {@code mL}; {@code [IU]/kg} → {@code [IU]} per
 * {@code kg}). Arithmetic is exact whenever the result terminates, otherwise it is rounded to
 * {@link Quantity#MATH_CONTEXT}.
 *
 * <pre>{@code
 * // 1E+9 particles/kg for a 70 kg adult from a product at 2.0E+11 particles/mL:
 * Quantity volume = DoseCalculator.volumeFor(
 *     Quantity.of("1E+9", "{particles}/kg"), Quantity.of(70, "kg"), Quantity.of("2.0E+11", "{particles}/mL"));
 * // volume = 0.35 mL, exactly
 * }</pre>
 *
 * <p>All methods are static, side-effect free and thread-safe.
 */
public final class DoseCalculator {
  private DoseCalculator() {}

  /**
   * Splits a unit code at its last top-level {@code /}.
   *
   * @param unit the UCUM code
   * @return {numerator, denominator}; numerator {@code "1"} when the code starts with {@code /}; null when the
   *     code has no top-level {@code /}
   */
  static String[] split(String unit) {
    int depth = 0;
    int last = -1;
    for (int i = 0; i < unit.length(); i++) {
      char c = unit.charAt(i);
      if (c == '{' || c == '[' || c == '(') {
        depth++;
      } else if (c == '}' || c == ']' || c == ')') {
        depth--;
      } else if (c == '/' && depth == 0) {
        last = i;
      }
    }
    if (last < 0 || last == unit.length() - 1) {
      return null;
    }
    String numerator = last == 0 ? Units.ONE : unit.substring(0, last);
    return new String[] {numerator, unit.substring(last + 1)};
  }

  /**
   * Splits a UCUM code of the form {@code amount/basis} at its last top-level {@code /}.
   *
   * @param unit the UCUM code, e.g. {@code pg/mL}
   * @return {numerator, denominator} (numerator {@code "1"} for {@code /mL}), or empty when the code is not a
   *     ratio
   */
  public static Optional<String[]> splitUnit(String unit) {
    return Optional.ofNullable(split(unit));
  }

  /**
   * Ratio of two concentrations over the same kind of volume, e.g. particles per µg protein from a particle
   * concentration and a protein concentration (MISEV2018 item Q3), or pg analyte per µg protein.
   *
   * @param numerator e.g. {@code 2.0E+11 {particles}/mL}
   * @param denominator e.g. {@code 9.5 ug/mL}; its volume unit is converted to the numerator's
   * @return e.g. {@code {particles}/ug}; exact when the quotient terminates
   * @throws IncomparableUnitsException if either is not an amount per volume or the volumes differ in kind
   * @throws IllegalArgumentException if the denominator concentration is zero
   */
  public static Quantity concentrationRatio(Quantity numerator, Quantity denominator) {
    String[] n = requireRatio(numerator, "numerator concentration");
    String[] d = requireRatio(denominator, "denominator concentration");
    if (!Units.areComparable(n[1], d[1])) {
      throw new IncomparableUnitsException(denominator.unit(), numerator.unit(),
          "both concentrations must be per the same kind of quantity (e.g. per volume)");
    }
    if (denominator.value().signum() == 0) {
      throw new IllegalArgumentException("denominator concentration must not be zero, was " + denominator);
    }
    // Express the denominator per the numerator's basis unit, then divide amounts.
    Quantity perBasis = Quantity.of(denominator.value(), d[0] + "/" + parenthesise(d[1]))
        .to(d[0] + "/" + parenthesise(n[1]));
    String unit = parenthesise(n[0]) + "/" + parenthesise(d[0]);
    if (Units.ONE.equals(n[0])) {
      unit = "/" + parenthesise(d[0]);
    }
    return Quantity.of(Quantity.divide(numerator.value(), perBasis.value()), unit);
  }

  private static String parenthesise(String unit) {
    return split(unit) == null && !unit.contains(".") ? unit : "(" + unit + ")";
  }

  private static String[] requireRatio(Quantity q, String role) {
    String[] parts = split(q.unit());
    if (parts == null || !Units.isValid(parts[0]) || !Units.isValid(parts[1])) {
      throw new IncomparableUnitsException(q.unit(), "<amount>/<basis>",
          role + " must have a unit of the form amount/basis, e.g. {particles}/mL or [IU]/kg");
    }
    return parts;
  }

  /**
   * Total amount in a volume: {@code concentration × volume}.
   *
   * @param concentration amount per volume, e.g. {@code 2.0E+11 {particles}/mL}
   * @param volume a volume, e.g. {@code 1 mL}; converted to the concentration's volume unit
   * @return the amount in the concentration's numerator unit, e.g. {@code 2.0E+11 {particles}}
   * @throws IncomparableUnitsException if the concentration is not a ratio or the volume does not match its
   *     denominator
   */
  public static Quantity amount(Quantity concentration, Quantity volume) {
    Objects.requireNonNull(concentration, "concentration");
    Objects.requireNonNull(volume, "volume");
    String[] parts = requireRatio(concentration, "concentration");
    Quantity v = volume.to(parts[1]);
    return Quantity.of(concentration.value().multiply(v.value()), parts[0]);
  }

  /**
   * Dose per kilogram body mass: {@code total / bodyMass}.
   *
   * @param total the total dose, e.g. {@code 2.0E+11 {particles}}
   * @param bodyMass the patient's body mass, any mass unit (converted to kg)
   * @return the dose in {@code <total unit>/kg}
   * @throws IllegalArgumentException if body mass is not a positive mass
   */
  public static Quantity perBodyMass(Quantity total, Quantity bodyMass) {
    Objects.requireNonNull(total, "total");
    Quantity kg = requireBodyMass(bodyMass).to(Units.KILOGRAM);
    String unit = Units.ONE.equals(total.unit()) ? "/kg" : unitOver(total.unit(), Units.KILOGRAM);
    return Quantity.of(Quantity.divide(total.value(), kg.value()), unit);
  }

  /**
   * Total dose for a body mass: {@code perKg × bodyMass}.
   *
   * @param perKg dose per unit body mass, e.g. {@code 1E+9 {particles}/kg} or {@code 5 [IU]/kg}
   * @param bodyMass the patient's body mass (converted to the dose's mass unit)
   * @return the total dose in the numerator unit, e.g. {@code 7.0E+10 {particles}}
   * @throws IncomparableUnitsException if {@code perKg} is not an amount per mass
   * @throws IllegalArgumentException if body mass is not a positive mass
   */
  public static Quantity forBodyMass(Quantity perKg, Quantity bodyMass) {
    Objects.requireNonNull(perKg, "perKg");
    String[] parts = requireRatio(perKg, "per-body-mass dose");
    if (!Units.areComparable(parts[1], Units.KILOGRAM)) {
      throw new IncomparableUnitsException(perKg.unit(), "<amount>/kg",
          "a per-body-mass dose must be divided by a mass, e.g. {particles}/kg");
    }
    Quantity m = requireBodyMass(bodyMass).to(parts[1]);
    return Quantity.of(perKg.value().multiply(m.value()), parts[0]);
  }

  /**
   * Volume of product that contains a target amount: {@code dose / concentration}.
   *
   * @param dose target amount, e.g. {@code 7.0E+10 {particles}}; converted to the concentration's numerator unit
   * @param concentration product concentration, e.g. {@code 2.0E+11 {particles}/mL}
   * @return the volume in the concentration's denominator unit, e.g. {@code 0.35 mL}
   * @throws IncomparableUnitsException if the dose does not match the concentration's numerator
   * @throws IllegalArgumentException if the concentration is not positive
   */
  public static Quantity volumeFor(Quantity dose, Quantity concentration) {
    Objects.requireNonNull(dose, "dose");
    String[] parts = requireRatio(concentration, "concentration");
    if (concentration.value().signum() <= 0) {
      throw new IllegalArgumentException("concentration must be greater than zero, was " + concentration);
    }
    Quantity d = dose.to(parts[0]);
    return Quantity.of(Quantity.divide(d.value(), concentration.value()), parts[1]);
  }

  /**
   * Volume of product for a per-kilogram dose and a body mass:
   * {@code volumeFor(forBodyMass(dosePerKg, bodyMass), concentration)}.
   *
   * @param dosePerKg dose per body mass, e.g. {@code 1E+9 {particles}/kg}
   * @param bodyMass body mass, e.g. {@code 70 kg}
   * @param concentration product concentration, e.g. {@code 2.0E+11 {particles}/mL}
   * @return the volume, e.g. {@code 0.35 mL}
   */
  public static Quantity volumeFor(Quantity dosePerKg, Quantity bodyMass, Quantity concentration) {
    return volumeFor(forBodyMass(dosePerKg, bodyMass), concentration);
  }

  private static Quantity requireBodyMass(Quantity bodyMass) {
    Objects.requireNonNull(bodyMass, "bodyMass");
    if (!bodyMass.isConvertibleTo(Units.KILOGRAM)) {
      throw new IncomparableUnitsException(bodyMass.unit(), Units.KILOGRAM, "body mass must be a mass");
    }
    if (bodyMass.value().signum() <= 0) {
      throw new IllegalArgumentException("body mass must be greater than zero, was " + bodyMass);
    }
    return bodyMass;
  }

  private static String unitOver(String numerator, String denominator) {
    String[] parts = split(numerator);
    String num = parts == null ? numerator : "(" + numerator + ")";
    return num + "/" + denominator;
  }
}
