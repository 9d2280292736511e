package org.paracrine.validation.internal;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers one computed value per object <em>instance</em> (identity, not {@code equals}) without keeping the
 * object alive: the records of this library are immutable, so what was computed from an instance (its structural
 * findings, its canonical digest) stays true for as long as the instance exists. An entry goes when its object is
 * collected; the memo also never holds more than a fixed number of entries (it is emptied when full), so its
 * memory is bounded whatever the caller does. Thread-safe; a value may be computed twice by racing threads, and
 * both results are equal.
 *
 * @param <V> the remembered value type
 */
public final class InstanceMemo<V> {
  private final ConcurrentHashMap<Key, V> values = new ConcurrentHashMap<>();
  private final ReferenceQueue<Object> collected = new ReferenceQueue<>();
  private final int capacity;

  /**
   * Creates a memo.
   *
   * @param capacity the most entries kept at once
   */
  public InstanceMemo(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive: " + capacity);
    }
    this.capacity = capacity;
  }

  /**
   * Returns the value remembered for an instance, computing and remembering it first if needed.
   *
   * @param instance the instance
   * @param compute computes the value from the instance (must not return null)
   * @param <T> the instance type
   * @return the value
   */
  @SuppressWarnings("unchecked")
  public <T> V get(T instance, Function<? super T, ? extends V> compute) {
    Objects.requireNonNull(instance, "instance");
    expunge();
    V v = values.get(new Key(instance, null));
    if (v != null) {
      return v;
    }
    v = Objects.requireNonNull(compute.apply(instance), "computed value");
    if (values.size() >= capacity) {
      values.clear();
    }
    values.put(new Key(instance, collected), v);
    return v;
  }

  /** Forgets every remembered value (e.g. when what the values were computed with has changed). */
  public void clear() {
    values.clear();
  }

  /**
   * Returns the number of entries held (for tests).
   *
   * @return the count
   */
  public int size() {
    expunge();
    return values.size();
  }

  private void expunge() {
    for (Object k; (k = collected.poll()) != null; ) {
      values.remove(k);
    }
  }

  /** A weak key compared by the identity of its referent; a cleared key equals only itself. */
  private static final class Key extends WeakReference<Object> {
    private final int hash;

    Key(Object referent, ReferenceQueue<Object> queue) {
      super(referent, queue);
      this.hash = System.identityHashCode(referent);
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public boolean equals(Object other) {
      if (this == other) {
        return true;
      }
      if (!(other instanceof Key)) {
        return false;
      }
      Object mine = get();
      return mine != null && mine == ((Key) other).get();
    }
  }
}
