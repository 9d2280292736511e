package org.paracrine.core;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when a value object would be built in a state that breaks one of its invariants (a negative amount, a
 * percentage above 100, an expiry date before the manufacture date, ...).
 *
 * <p>The message always names the type and attribute, the value that was given and the rule that it broke, for
 * example {@code Lot.expiryDate: was 2024-01-01, expected on or after manufactureDate 2024-02-01}. The parts are
 * also available as fields so that readers (JSON, NDJSON) can turn the exception into a located error.
 *
 * <p>A builder reports every invariant its value breaks at once: {@link #violations()} lists them all, in the order
 * the type checks them, and the accessors {@link #type()}, {@link #attribute()}, {@link #value()} and
 * {@link #expected()} describe the first. With more than one, the message names the count and each violation, for
 * example {@code Lot: 2 invariants broken: Lot.id: was "", expected a non-blank text; Lot.expiryDate: was
 * 2024-01-01, expected a date on or after manufactureDate 2024-02-01}.
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
  /** Serialized: every violation, the first one described by the fields above. */
  private final List<Violation> violations;

  /** One broken invariant: type, attribute, the offending value as text and the rule. Immutable. */
  public static final class Violation implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    /** Serialized: simple name of the value type. */
    private final String type;
    /** Serialized: attribute or dotted attribute path. */
    private final String attribute;
    /** Serialized: the offending value as text. */
    private final String value;
    /** Serialized: what the rule requires. */
    private final String expected;

    /**
     * Creates a violation.
     *
     * @param type simple name of the value type, e.g. {@code "Lot"}
     * @param attribute attribute or dotted attribute path
     * @param value the offending value as text, {@code "null"} if absent
     * @param expected what the rule requires
     */
    public Violation(String type, String attribute, String value, String expected) {
      this.type = Objects.requireNonNull(type, "type");
      this.attribute = Objects.requireNonNull(attribute, "attribute");
      this.value = Objects.requireNonNull(value, "value");
      this.expected = Objects.requireNonNull(expected, "expected");
    }

    /**
     * Returns the simple name of the value type.
     *
     * @return e.g. {@code "Lot"}
     */
    public String type() {
      return type;
    }

    /**
     * Returns the attribute that broke the invariant.
     *
     * @return attribute name or dotted attribute path
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

    /**
     * Equality by all four parts.
     *
     * @param o another object
     * @return true if equal
     */
    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Violation)) {
        return false;
      }
      Violation v = (Violation) o;
      return type.equals(v.type) && attribute.equals(v.attribute) && value.equals(v.value)
          && expected.equals(v.expected);
    }

    /**
     * Hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
      return Objects.hash(type, attribute, value, expected);
    }

    /**
     * Returns {@code Type.attribute: was value, expected rule}.
     *
     * @return the description
     */
    @Override
    public String toString() {
      return type + "." + attribute + ": was " + value + ", expected " + expected;
    }
  }

  /**
   * Creates the exception.
   *
   * @param type simple name of the value type, e.g. {@code "Lot"}
   * @param attribute attribute (or attribute path, e.g. {@code "sizeDistribution.d50"}) that is wrong
   * @param value the offending value as text, {@code "null"} if absent
   * @param expected what the rule requires, e.g. {@code "a value between 0 and 100 %"}
   */
  public InvariantViolationException(String type, String attribute, Object value, String expected) {
    this(List.of(new Violation(type, attribute, String.valueOf(value), expected)));
  }

  /**
   * Creates the exception for every invariant a value breaks.
   *
   * @param violations the violations, at least one, in the order they were found
   * @throws IllegalArgumentException if the list is empty
   */
  public InvariantViolationException(List<Violation> violations) {
    super(message(violations));
    this.violations = List.copyOf(violations);
    Violation first = this.violations.get(0);
    this.type = first.type();
    this.attribute = first.attribute();
    this.value = first.value();
    this.expected = first.expected();
  }

  private static String message(List<Violation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("at least one violation is required");
    }
    if (violations.size() == 1) {
      return violations.get(0).toString();
    }
    return violations.get(0).type() + ": " + violations.size() + " invariants broken: "
        + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
  }

  /**
   * Returns every invariant the value breaks, in the order its type checks them.
   *
   * @return one or more violations; the first is the one described by {@link #type()} and the other accessors
   */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * Returns the simple name of the value type whose (first) invariant failed.
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
