package org.paracrine.serialization.internal;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The JSON shape of a property value in the record format (internal metamodel). */
public sealed interface Shape {
  /** A JSON string. */
  record Text() implements Shape {}

  /** {@code true} or {@code false}. */
  record Bool() implements Shape {}

  /** A JSON integer in the {@code int} range. */
  record Int() implements Shape {}

  /** A JSON number read as an exact {@link java.math.BigDecimal}. */
  record Decimal() implements Shape {}

  /** An ISO-8601 date string {@code yyyy-MM-dd}. */
  record Date() implements Shape {}

  /** An ISO-8601 UTC instant string {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z}. */
  record Timestamp() implements Shape {}

  /** A quantity object {@code {"value": number, "unit": UCUM}}. */
  record QuantityShape() implements Shape {}

  /**
   * A vocabulary code.
   *
   * @param vocabulary the vocabulary enum
   */
  record TermShape(Class<?> vocabulary) implements Shape {
    /**
     * Returns the known codes, in declaration order.
     *
     * @return the codes
     */
    public List<String> knownCodes() {
      return Arrays.stream(vocabulary.getEnumConstants())
          .map(c -> ((org.paracrine.core.vocabulary.Vocabulary) c).code()).collect(Collectors.toList());
    }
  }

  /**
   * A plain enum written by constant name.
   *
   * @param type the enum type
   */
  record EnumShape(Class<?> type) implements Shape {
    /**
     * Returns the constant names.
     *
     * @return the names in declaration order
     */
    public List<String> names() {
      return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.toList());
    }
  }

  /**
   * A nested value object.
   *
   * @param type the core value type
   */
  record ObjectShape(Class<?> type) implements Shape {}

  /**
   * A JSON array.
   *
   * @param element shape of each element
   */
  record ListShape(Shape element) implements Shape {}
}
