package org.paracrine.core.quantity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact measured or prescribed amount: a {@link BigDecimal} value and a UCUM unit code.
 *
 * <p>The value keeps the scale it was reported with ({@code 1.50 mL} stays {@code 1.50}); the unit is checked
 * against the UCUM essence file when the quantity is created. Counted things use UCUM annotations
 * ({@code {particles}/mL}, {@code {cells}}); endotoxin is {@code [IU]} or {@code {EU}}, never {@code [EU]}
 * (in UCUM {@code [EU]} is the Ehrlich unit, see {@link Units#requireEndotoxinUnit(String)}).
 *
 * <p><b>Equality</b> is exact and strict: {@code equals} and {@code hashCode} compare value <em>including its
 * scale</em> and the unit text, so a record read back equals the record written. Numeric comparison across
 * units is done with {@link #compareValue(Quantity)} and {@link #isEquivalentTo(Quantity)}, which convert via
 * UCUM: {@code 1.50 mL} is equivalent to, but not equal to, {@code 1500 uL}.
 *
 * <p><b>Conversion</b> multiplies by the ratio of the units' UCUM canonical factors. It is exact whenever the
 * result has a finite decimal expansion (always the case between metric prefixes); otherwise the result is
 * rounded to {@link #MATH_CONTEXT} (34 significant digits, half-even). Temperatures ({@code K}, {@code Cel},
 * {@code [degF]}) are converted with their offsets; other special units such as {@code [pH]} only compare with
 * themselves. Units whose annotations or arbitrary units differ ({@code {cells}/mL} vs {@code {particles}/mL},
 * {@code [IU]/mL} vs {@code /mL}) are never comparable.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * Quantity c = Quantity.of("2.0E+11", "{particles}/mL");
 * Quantity v = Quantity.of("1500", "uL").to("mL");      // 1.500 mL
 * boolean same = Quantity.of("1.5", "mL").isEquivalentTo(v); // true
 * }</pre>
 */
public final class Quantity {
  /** Precision used when a conversion or division has no finite decimal result: 34 digits, half-even. */
  public static final MathContext MATH_CONTEXT = MathContext.DECIMAL128;

  /** Longest decimal text {@link #of(String, String)} and {@link #parse(String)} accept. */
  public static final int MAX_NUMBER_LENGTH = 200;

  private static final BigDecimal KELVIN_OFFSET = new BigDecimal("273.15");
  private static final BigDecimal RANKINE_OFFSET = new BigDecimal("459.67");
  private static final BigDecimal FIVE_NINTHS_NUM = BigDecimal.valueOf(5);
  private static final BigDecimal NINE = BigDecimal.valueOf(9);

  private final BigDecimal value;
  private final String unit;
  /** The analysis of {@link #unit}, looked up once: comparisons and conversions ask for it on every check. */
  private final UnitRegistry.Info info;
  /**
   * The text form, made on first use: findings show a value's text in several members. A racy cache like
   * {@link String#hashCode()}: threads may each compute it, all get equal text, and a String is safely published.
   */
  private String text;
  /**
   * The last conversion made ({@link #to}, {@link #compareValue}): a product's doses and durations, a limit's bounds
   * and a reference series are converted to the same unit on every check. A racy cache like {@link #text}: a
   * quantity is immutable with final fields, so a conversion is safe to publish and two threads at worst both
   * convert.
   */
  private Quantity converted;

  private Quantity(BigDecimal value, String unit, UnitRegistry.Info info) {
    this.value = value;
    this.unit = unit;
    this.info = info;
  }

  /**
   * Creates a quantity.
   *
   * @param value exact value, scale is kept
   * @param unit UCUM unit code, e.g. {@code "mL"}, {@code "{particles}/mL"}, {@code "%"}; {@code "1"} for a pure
   *     number
   * @return the quantity
   * @throws NullPointerException if an argument is null
   * @throws InvalidUnitException if the unit is not valid UCUM
   */
  public static Quantity of(BigDecimal value, String unit) {
    Objects.requireNonNull(value, "value");
    return new Quantity(value, unit, UnitRegistry.info(unit));
  }

  /**
   * Creates a quantity from decimal text such as {@code "1.50"} or {@code "2.0E+11"}.
   *
   * @param value decimal text in {@link BigDecimal#BigDecimal(String)} syntax
   * @param unit UCUM unit code
   * @return the quantity
   * @throws NumberFormatException if the text is not a decimal number or longer than {@link #MAX_NUMBER_LENGTH}
   * @throws InvalidUnitException if the unit is not valid UCUM
   */
  public static Quantity of(String value, String unit) {
    return of(parseDecimal(value), unit);
  }

  /**
   * Creates a quantity with an integral value.
   *
   * @param value the value
   * @param unit UCUM unit code
   * @return the quantity
   * @throws InvalidUnitException if the unit is not valid UCUM
   */
  public static Quantity of(long value, String unit) {
    return of(BigDecimal.valueOf(value), unit);
  }

  /**
   * Parses the text form written by {@link #toString()}: a decimal number, one space, a UCUM code
   * ({@code "2.0E+11 {particles}/mL"}).
   *
   * @param text the text
   * @return the quantity
   * @throws IllegalArgumentException if the text has no single space separating number and unit, the number is
   *     malformed ({@link NumberFormatException}) or the unit is invalid ({@link InvalidUnitException})
   */
  public static Quantity parse(String text) {
    Objects.requireNonNull(text, "text");
    int space = text.indexOf(' ');
    if (space <= 0 || space == text.length() - 1 || text.indexOf(' ', space + 1) >= 0) {
      throw new IllegalArgumentException(
          "cannot parse quantity \"" + text + "\": expected '<decimal> <UCUM unit>', e.g. \"1.5 mL\"");
    }
    return of(text.substring(0, space), text.substring(space + 1));
  }

  private static BigDecimal parseDecimal(String text) {
    Objects.requireNonNull(text, "value");
    if (text.length() > MAX_NUMBER_LENGTH) {
      throw new NumberFormatException("decimal text longer than " + MAX_NUMBER_LENGTH + " characters");
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new NumberFormatException("\"" + text + "\" is not a decimal number (expected e.g. 1.50 or 2.0E+11)");
    }
  }

  /**
   * Returns the exact value with its reported scale.
   *
   * @return the value, never null
   */
  public BigDecimal value() {
    return value;
  }

  /**
   * Returns the UCUM unit code.
   *
   * @return the unit code, never null
   */
  public String unit() {
    return unit;
  }

  /**
   * Tells whether this quantity can be converted to the given unit.
   *
   * @param targetUnit a UCUM code
   * @return true if {@link #to(String)} would succeed
   * @throws InvalidUnitException if {@code targetUnit} is not valid UCUM
   */
  public boolean isConvertibleTo(String targetUnit) {
    return UnitRegistry.incomparability(info, UnitRegistry.info(targetUnit)) == null;
  }

  /**
   * Tells whether this quantity can be compared with another.
   *
   * @param other the other quantity
   * @return true if their units measure the same kind of thing
   */
  public boolean isComparableTo(Quantity other) {
    return UnitRegistry.incomparability(info, other.info) == null;
  }

  /**
   * Converts this quantity to another unit of the same kind.
   *
   * @param targetUnit a UCUM code of the same dimension (and the same annotations and arbitrary units)
   * @return this quantity if the unit is already {@code targetUnit}, else the converted quantity (exact when the
   *     result terminates, else rounded to {@link #MATH_CONTEXT})
   * @throws IncomparableUnitsException if the units are not comparable
   * @throws InvalidUnitException if {@code targetUnit} is not valid UCUM
   */
  public Quantity to(String targetUnit) {
    if (unit.equals(targetUnit)) {
      return this;
    }
    return convert(UnitRegistry.info(targetUnit), targetUnit);
  }

  private Quantity convert(UnitRegistry.Info to, String targetUnit) {
    Quantity last = converted;
    if (last != null && last.unit.equals(targetUnit)) {
      return last;
    }
    last = conversion(to, targetUnit);
    converted = last;
    return last;
  }

  private Quantity conversion(UnitRegistry.Info to, String targetUnit) {
    UnitRegistry.Info from = info;
    String why = UnitRegistry.incomparability(from, to);
    if (why != null) {
      throw new IncomparableUnitsException(unit, targetUnit, why);
    }
    if (from.isTemperature()) {
      return new Quantity(fromKelvin(toKelvin(value, unit), targetUnit), targetUnit, to);
    }
    return new Quantity(divide(value.multiply(from.factor), to.factor), targetUnit, to);
  }

  private static BigDecimal toKelvin(BigDecimal v, String unit) {
    switch (unit) {
      case "Cel":
        return v.add(KELVIN_OFFSET);
      case "[degF]":
        return divide(v.add(RANKINE_OFFSET).multiply(FIVE_NINTHS_NUM), NINE);
      default:
        return v;
    }
  }

  private static BigDecimal fromKelvin(BigDecimal k, String unit) {
    switch (unit) {
      case "Cel":
        return k.subtract(KELVIN_OFFSET);
      case "[degF]":
        return divide(k.multiply(NINE), FIVE_NINTHS_NUM).subtract(RANKINE_OFFSET);
      default:
        return k;
    }
  }

  /**
   * Divides exactly when the quotient terminates, else rounds to {@link #MATH_CONTEXT}.
   *
   * @param a dividend
   * @param b divisor, not zero
   * @return the quotient
   */
  static BigDecimal divide(BigDecimal a, BigDecimal b) {
    return org.paracrine.core.internal.Decimals.divide(a, b, MATH_CONTEXT);
  }

  /**
   * Compares the amounts of two quantities after converting {@code other} to this quantity's unit.
   *
   * @param other the quantity to compare with
   * @return negative, zero or positive as this amount is less than, equal to or greater than {@code other}
   * @throws IncomparableUnitsException if the units are not comparable
   */
  public int compareValue(Quantity other) {
    return value.compareTo((other.unit.equals(unit) ? other : other.convert(info, unit)).value);
  }

  /**
   * Tells whether both quantities denote the same amount (ignoring scale and unit spelling).
   *
   * @param other the other quantity
   * @return true if comparable and numerically equal after conversion
   */
  public boolean isEquivalentTo(Quantity other) {
    return isComparableTo(other) && compareValue(other) == 0;
  }

  /**
   * Multiplies the value by a pure number, keeping the unit.
   *
   * @param factor the factor
   * @return the scaled quantity
   */
  public Quantity multiply(BigDecimal factor) {
    return new Quantity(value.multiply(factor), unit, info);
  }

  /**
   * Adds a quantity of a comparable unit; the result is in this quantity's unit.
   *
   * @param other the quantity to add
   * @return the sum
   * @throws IncomparableUnitsException if the units are not comparable or are temperatures with an offset
   */
  public Quantity plus(Quantity other) {
    if (info.special) {
      throw new IncomparableUnitsException(other.unit, unit, "special units cannot be added");
    }
    return new Quantity(value.add(other.to(unit).value), unit, info);
  }

  /**
   * Returns a quantity with the same amount and unit but trailing zeros removed (for display and comparison of
   * computed results); the original scale of a reported value is never changed implicitly.
   *
   * @return the stripped quantity
   */
  public Quantity stripTrailingZeros() {
    BigDecimal s = value.stripTrailingZeros();
    return new Quantity(s.scale() < 0 ? s.setScale(0, RoundingMode.UNNECESSARY) : s, unit, info);
  }

  /**
   * Exact equality: same value including scale, same unit text.
   *
   * @param o another object
   * @return true if equal
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Quantity)) {
      return false;
    }
    Quantity q = (Quantity) o;
    return value.equals(q.value) && unit.equals(q.unit);
  }

  /**
   * Hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return 31 * value.hashCode() + unit.hashCode();
  }

  /** Significant digits shown by {@link #toReadableString()}. */
  public static final int READABLE_DIGITS = 10;

  /**
   * Returns the quantity for people to read: {@code "<value> <unit>"} like {@link #toString()} when the value has at
   * most {@value #READABLE_DIGITS} significant digits; a longer value (a computed limit such as K/M or a control
   * limit) is cut to {@value #READABLE_DIGITS} significant digits, not rounded, and marked with {@code "…"}, e.g.
   * {@code "0.08333333333… [EU]/mL"}. Findings show this text and keep the exact value in their quantity members.
   *
   * @return the readable text form
   */
  public String toReadableString() {
    if (value.precision() <= READABLE_DIGITS) {
      return toString();
    }
    BigDecimal cut = value.round(new java.math.MathContext(READABLE_DIGITS, java.math.RoundingMode.DOWN));
    return cut.toPlainString() + "\u2026 " + unit;
  }

  /**
   * Returns {@code "<value> <unit>"}, with the value in {@link BigDecimal#toString()} form, so that
   * {@link #parse(String)} restores an equal quantity.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    String t = text;
    if (t == null) {
      t = value + " " + unit;
      text = t;
    }
    return t;
  }
}
