package org.paracrine.core.quantity;

/**
 * Thrown when a text is not a valid UCUM unit code, or is a valid code that is wrong for its purpose (for
 * example UCUM's Ehrlich unit {@code [EU]} given for an endotoxin concentration).
 */
public final class InvalidUnitException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  /** Serialized: the unit part of the message. */
  private final String unit;

  /**
   * Creates the exception.
   *
   * @param unit the rejected unit text
   * @param reason why it was rejected, including what was expected
   */
  public InvalidUnitException(String unit, String reason) {
    super("invalid UCUM unit '" + unit + "': " + reason);
    this.unit = unit;
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
