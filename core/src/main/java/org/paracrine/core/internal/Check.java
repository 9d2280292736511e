package org.paracrine.core.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.paracrine.core.InvariantViolationException;
import org.paracrine.core.quantity.IncomparableUnitsException;
import org.paracrine.core.quantity.Quantity;

/**
 * Invariant helpers used by the value types' {@code @Value.Check} methods. Not part of the API.
 *
 * <p>Outside {@link #all(Runnable)} a failed check throws at once. Inside it, failed checks are collected and
 * {@code all} throws one {@link InvariantViolationException} listing every one, so a builder reports everything
 * that is wrong with a value in one go.
 */
public final class Check {
  private static final ThreadLocal<Collector> COLLECTOR = ThreadLocal.withInitial(Collector::new);

  private Check() {}

  /**
   * Runs a type's checks and reports every violation they find at once.
   *
   * <p>A later check that cannot run because an earlier one failed (for example a comparison of quantities whose
   * unit was already found wrong) ends the checks; the violations found so far are reported. An unexpected
   * exception with no violation found before it propagates unchanged.
   *
   * @param checks the checks, calling this class's methods
   * @throws InvariantViolationException listing every violation, if there is any
   */
  public static void all(Runnable checks) {
    if (COLLECTING.get() == 0) {
      // no thread is collecting, so neither is this one: run the checks plainly, as they pass for nearly every value
      // built; the first failed check throws, and only then are the checks run again to collect every violation
      try {
        checks.run();
        return;
      } catch (InvariantViolationException e) {
        // collect below
      }
    }
    collect(checks);
  }

  /**
   * The number of threads inside a collecting run of {@link #all}. While it is zero no check of any thread is being
   * collected, so {@code all} can run the checks without looking at per-thread state; a thread that collects counts
   * itself first, so its own nested runs see it.
   */
  private static final java.util.concurrent.atomic.AtomicInteger COLLECTING =
      new java.util.concurrent.atomic.AtomicInteger();

  private static void collect(Runnable checks) {
    Collector c = COLLECTOR.get();
    List<InvariantViolationException.Violation> outer = c.found;
    boolean outerCollecting = c.collecting;
    c.found = null;
    c.collecting = true;
    if (!outerCollecting) {
      COLLECTING.incrementAndGet();
    }
    List<InvariantViolationException.Violation> found;
    try {
      checks.run();
    } catch (InvariantViolationException e) {
      c.add(e.violations());
    } catch (RuntimeException e) {
      if (c.found == null) {
        throw e;
      }
    } finally {
      found = c.found;
      if (outerCollecting) {
        c.found = outer;
      } else {
        COLLECTING.decrementAndGet();
        COLLECTOR.remove(); // nothing stays attached to a pooled thread
      }
    }
    if (found != null) {
      throw new InvariantViolationException(found);
    }
  }

  /** Per-thread collection state: the violations found so far (created on the first one) and whether collecting. */
  private static final class Collector {
    private List<InvariantViolationException.Violation> found;
    private boolean collecting;

    private void add(List<InvariantViolationException.Violation> more) {
      if (found == null) {
        found = new ArrayList<>();
      }
      found.addAll(more);
    }
  }

  private static void fail(String type, String attribute, Object value, String expected) {
    Collector c = COLLECTOR.get();
    if (!c.collecting) {
      COLLECTOR.remove();
      throw new InvariantViolationException(type, attribute, value, expected);
    }
    c.add(List.of(new InvariantViolationException.Violation(type, attribute, String.valueOf(value), expected)));
  }

  /**
   * Fails with an {@link InvariantViolationException} when the condition is false.
   *
   * @param condition the invariant
   * @param type value type name
   * @param attribute attribute name
   * @param value offending value
   * @param expected the rule
   * @return the condition, so that a dependent check can be skipped when it failed
   */
  public static boolean require(boolean condition, String type, String attribute, Object value, String expected) {
    if (!condition) {
      fail(type, attribute, value, expected);
    }
    return condition;
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
   * @return the condition, so that a dependent check can be skipped when it failed
   */
  public static boolean require(boolean condition, String type, String attribute, Object value,
      Supplier<String> expected) {
    if (!condition) {
      fail(type, attribute, value, expected.get());
    }
    return condition;
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
      fail(type, attribute, s == null ? null : "\"" + s + "\"", "a non-blank text");
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
    if (!require("%".equals(q.unit()), type, attribute, q, "a percentage in unit '%'")) {
      return;
    }
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
      fail(type, attribute, q, dimension + " (a unit convertible to '" + referenceUnit + "')");
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
        fail(type, highName, high.get(), "a unit comparable with " + lowName + " " + low.get());
        return;
      }
      if (cmp > 0) {
        fail(type, highName, high.get(), "a value greater than or equal to " + lowName + " " + low.get());
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
    if (elements.size() <= SMALL && elements instanceof java.util.List && elements instanceof java.util.RandomAccess
        && distinct((java.util.List<T>) elements, key)) {
      return; // a short list without duplicates, the usual case, needs no sets
    }
    Set<Object> seen = new HashSet<>();
    Set<Object> reported = new HashSet<>();
    for (T e : elements) {
      Object k = key.apply(e);
      if (!seen.add(k) && reported.add(k)) {
        fail(type, attribute, k, "unique entries (this one occurs more than once)");
      }
    }
  }

  /** Lists up to this long are checked for duplicates by comparing pairs. */
  private static final int SMALL = 24;

  /** Tells whether the keys of a short list are pairwise distinct, without allocating sets. */
  private static <T> boolean distinct(java.util.List<T> elements, Function<T, ?> key) {
    int n = elements.size();
    Object[] keys = new Object[n];
    for (int i = 0; i < n; i++) {
      Object k = key.apply(elements.get(i));
      for (int j = 0; j < i; j++) {
        if (java.util.Objects.equals(keys[j], k)) {
          return false;
        }
      }
      keys[i] = k;
    }
    return true;
  }
}
