package org.paracrine.core;

import java.util.Objects;

/**
 * Thrown when a value object would be built in a state that breaks one of its invariants (a negative amount, a
 * percentage above 100, an expiry date before the manufacture date, ...).
 *
 * <p>The message always names the type and attribute, the value that was given and the rule that it broke, for
 * example {@code Lot.expiryDate: was 2024-01-01, expected on or after manufactureDate 2024-02-01}. The parts are
 * also available as fields so that readers (JSON, NDJSON) can turn the exception into a located error.
 */
public final class InvariantViolationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Serialized: the type part of the message. */
  private final String type;
  /** Serialized: the attribute part of the message. */
  private final String attribute;
  /** Serialized: the value part of the message. */
  private final String value;
  /** Serialized: the expected part of the message. */
  private final String expected;

  /**
   * Creates the exception.
   *
   * @param type simple name of the value type, e.g. {@code "Lot"}
   * @param attribute attribute (or attribute path, e.g. {@code "sizeDistribution.d50"}) that is wrong
   * @param value the offending value as text, {@code "null"} if absent
   * @param expected what the rule requires, e.g. {@code "a value between 0 and 100 %"}
   */
  public InvariantViolationException(String type, String attribute, Object value, String expected) {
    super(type + "." + attribute + ": was " + value + ", expected " + expected);
    this.type = Objects.requireNonNull(type, "type");
    this.attribute = Objects.requireNonNull(attribute, "attribute");
    this.value = String.valueOf(value);
    this.expected = Objects.requireNonNull(expected, "expected");
  }

  /**
   * Returns the simple name of the value type whose invariant failed.
   *
   * @return type name, never null
   */
  public String type() {
    return type;
  }

  /**
   * Returns the attribute that broke the invariant.
   *
   * @return attribute name or dotted attribute path, never null
   */
  public String attribute() {
    return attribute;
  }

  /**
   * Returns the offending value as text.
   *
   * @return the value's {@code toString()}, or {@code "null"}
   */
  public String value() {
    return value;
  }

  /**
   * Returns what the invariant requires.
   *
   * @return expectation in plain English
   */
  public String expected() {
    return expected;
  }
}
