package org.paracrine.core.quantity;

/**
 * Thrown when a text is not a valid UCUM unit code, or is a valid code that is wrong for its purpose (for
 * example UCUM's Ehrlich unit {@code [EU]} given for an endotoxin concentration).
 */
public final class InvalidUnitException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  /** Serialized: the unit part of the message. */
  private final String unit;
  /** Serialized: the UCUM spelling suggested for a common laboratory spelling, or null. */
  private final String suggestion;

  /**
   * Creates the exception.
   *
   * @param unit the rejected unit text
   * @param reason why it was rejected, including what was expected
   */
  public InvalidUnitException(String unit, String reason) {
    this(unit, reason, null);
  }

  /**
   * Creates the exception with the UCUM spelling the unit was most likely meant as.
   *
   * @param unit the rejected unit text
   * @param reason why it was rejected, including what was expected
   * @param suggestion a valid UCUM code, e.g. {@code "Cel"} for {@code "°C"}, or null
   */
  public InvalidUnitException(String unit, String reason, String suggestion) {
    super("invalid UCUM unit '" + unit + "': " + reason);
    this.unit = unit;
    this.suggestion = suggestion;
  }

  /**
   * Returns the valid UCUM spelling of a common laboratory spelling: {@code Cel} for {@code °C}, {@code um} for
   * {@code µm}, {@code uL} for {@code µL}, {@code mosm/kg} for {@code mOsm/kg}, {@code [IU]/mL} for {@code IU/mL}
   * or {@code EU/mL}, {@code {cells}/mL} for {@code cells/mL}.
   *
   * @return the suggested UCUM code, or empty when there is none
   */
  public java.util.Optional<String> suggestion() {
    return java.util.Optional.ofNullable(suggestion);
  }

  /**
   * Returns the rejected unit text.
   *
   * @return the unit as given
   */
  public String unit() {
    return unit;
  }
}
