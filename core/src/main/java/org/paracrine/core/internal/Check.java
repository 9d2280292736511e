package org.paracrine.core.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.paracrine.core.InvariantViolationException;
import org.paracrine.core.quantity.IncomparableUnitsException;
import org.paracrine.core.quantity.Quantity;

/** Invariant helpers used by the value types' {@code @Value.Check} methods. Not part of the API. */
public final class Check {
  private Check() {}

  /**
   * Fails with an {@link InvariantViolationException} when the condition is false.
   *
   * @param condition the invariant
   * @param type value type name
   * @param attribute attribute name
   * @param value offending value
   * @param expected the rule
   */
  public static void require(boolean condition, String type, String attribute, Object value, String expected) {
    if (!condition) {
      throw new InvariantViolationException(type, attribute, value, expected);
    }
  }

  /**
   * Fails with an {@link InvariantViolationException} when the condition is false; the rule text is built only then,
   * so checks that run for every value built stay free of string building.
   *
   * @param condition the invariant
   * @param type value type name
   * @param attribute attribute name
   * @param value offending value
   * @param expected supplies the rule
   */
  public static void require(boolean condition, String type, String attribute, Object value,
      Supplier<String> expected) {
    if (!condition) {
      throw new InvariantViolationException(type, attribute, value, expected.get());
    }
  }

  /**
   * Requires a non-blank string.
   *
   * @param s the string
   * @param type value type name
   * @param attribute attribute name
   */
  public static void notBlank(String s, String type, String attribute) {
    if (s == null || s.isBlank()) {
      throw new InvariantViolationException(type, attribute, s == null ? null : "\"" + s + "\"", "a non-blank text");
    }
  }

  /**
   * Requires a quantity that is not negative.
   *
   * @param q the quantity, may be absent
   * @param type value type name
   * @param attribute attribute name
   */
  public static void nonNegative(Optional<Quantity> q, String type, String attribute) {
    q.ifPresent(v -> nonNegative(v, type, attribute));
  }

  /**
   * Requires a quantity that is not negative.
   *
   * @param q the quantity
   * @param type value type name
   * @param attribute attribute name
   */
  public static void nonNegative(Quantity q, String type, String attribute) {
    require(q.value().signum() >= 0, type, attribute, q, "a value that is not negative");
  }

  /**
   * Requires a strictly positive quantity.
   *
   * @param q the quantity
   * @param type value type name
   * @param attribute attribute name
   */
  public static void positive(Quantity q, String type, String attribute) {
    require(q.value().signum() > 0, type, attribute, q, "a value greater than zero");
  }

  /**
   * Requires a percentage between 0 and 100 inclusive, in unit {@code %}.
   *
   * @param q the quantity, may be absent
   * @param type value type name
   * @param attribute attribute name
   */
  public static void percent(Optional<Quantity> q, String type, String attribute) {
    q.ifPresent(v -> percent(v, type, attribute));
  }

  /**
   * Requires a percentage between 0 and 100 inclusive, in unit {@code %}.
   *
   * @param q the quantity
   * @param type value type name
   * @param attribute attribute name
   */
  public static void percent(Quantity q, String type, String attribute) {
    require("%".equals(q.unit()), type, attribute, q, "a percentage in unit '%'");
    require(q.value().signum() >= 0 && q.value().compareTo(BigDecimal.valueOf(100)) <= 0,
        type, attribute, q, "a percentage between 0 and 100 %");
  }

  /**
   * Requires that the quantity's unit can be converted to (has the dimension of) the reference unit.
   *
   * @param q the quantity, may be absent
   * @param referenceUnit a UCUM unit of the wanted dimension, e.g. {@code "mL"}
   * @param dimension human name of the dimension, e.g. {@code "a volume"}
   * @param type value type name
   * @param attribute attribute name
   */
  public static void dimension(Optional<Quantity> q, String referenceUnit, String dimension, String type,
      String attribute) {
    q.ifPresent(v -> dimension(v, referenceUnit, dimension, type, attribute));
  }

  /**
   * Requires that the quantity's unit can be converted to (has the dimension of) the reference unit.
   *
   * @param q the quantity
   * @param referenceUnit a UCUM unit of the wanted dimension, e.g. {@code "mL"}
   * @param dimension human name of the dimension, e.g. {@code "a volume"}
   * @param type value type name
   * @param attribute attribute name
   */
  public static void dimension(Quantity q, String referenceUnit, String dimension, String type, String attribute) {
    if (!q.isConvertibleTo(referenceUnit)) {
      throw new InvariantViolationException(type, attribute, q,
          dimension + " (a unit convertible to '" + referenceUnit + "')");
    }
  }

  /**
   * Requires {@code low <= high} after unit conversion.
   *
   * @param low lower value, may be absent
   * @param high upper value, may be absent
   * @param type value type name
   * @param lowName attribute name of the lower value
   * @param highName attribute name of the upper value
   */
  public static void ordered(Optional<Quantity> low, Optional<Quantity> high, String type, String lowName,
      String highName) {
    if (low.isPresent() && high.isPresent()) {
      int cmp;
      try {
        cmp = low.get().compareValue(high.get());
      } catch (IncomparableUnitsException e) {
        throw new InvariantViolationException(type, highName, high.get(),
            "a unit comparable with " + lowName + " " + low.get());
      }
      if (cmp > 0) {
        throw new InvariantViolationException(type, highName, high.get(),
            "a value greater than or equal to " + lowName + " " + low.get());
      }
    }
  }

  /**
   * Requires that no two elements share the same key.
   *
   * @param <T> element type
   * @param elements the elements
   * @param key key extractor
   * @param type value type name
   * @param attribute attribute name
   */
  public static <T> void unique(Collection<T> elements, Function<T, ?> key, String type, String attribute) {
    Set<Object> seen = new HashSet<>();
    for (T e : elements) {
      Object k = key.apply(e);
      require(seen.add(k), type, attribute, k, "unique entries (this one occurs more than once)");
    }
  }
}
