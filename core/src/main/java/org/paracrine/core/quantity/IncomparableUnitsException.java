package org.paracrine.core.quantity;

/**
 * Thrown when two quantities are compared or converted although their units measure different things (mass
 * against volume, {@code [IU]} against {@code {particles}}, {@code {cells}} against {@code {particles}}).
 */
public final class IncomparableUnitsException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  /** Serialized: the from part of the message. */
  private final String from;
  /** Serialized: the to part of the message. */
  private final String to;

  /**
   * Creates the exception.
   *
   * @param from unit of the value being converted or compared
   * @param to unit it was converted or compared to
   * @param reason why they are not comparable
   */
  public IncomparableUnitsException(String from, String to, String reason) {
    super("unit '" + from + "' cannot be converted to '" + to + "': " + reason);
    this.from = from;
    this.to = to;
  }

  /**
   * Returns the source unit.
   *
   * @return UCUM code of the value's unit
   */
  public String from() {
    return from;
  }

  /**
   * Returns the target unit.
   *
   * @return UCUM code the value was to be converted or compared to
   */
  public String to() {
    return to;
  }
}
