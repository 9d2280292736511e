package org.paracrine.validation.internal.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.paracrine.core.report.JsonPointer;

/**
 * JSON Pointers of record elements, built once and shared: every finding names its field, so the pointers of the
 * first elements of each list (and of their members) are kept per list rather than concatenated per check.
 * Thread-safe.
 *
 * <p>The pointers below one list or element are kept in one {@link Under}; a resolver holds the {@code Under} of
 * each fixed list it reads (test results, markers, donor tests), so that a pointer costs an array read and a few
 * reference comparisons, with no hash lookup.
 */
public final class Pointers {
  /** Elements per list whose pointers are kept; later elements are built on demand. */
  private static final int CACHED = 64;
  /** Lists and elements whose pointers are kept; beyond it pointers are built each time (bounded memory). */
  private static final int KEPT = 4096;
  private static final Map<String, Under> UNDER = new ConcurrentHashMap<>();

  private Pointers() {}

  /**
   * Returns the kept pointers below a list or element: shared for the first {@value #KEPT} pointers asked for, a new
   * holder (which keeps nothing between calls) after that.
   *
   * @param base a valid pointer
   * @return the holder
   */
  static Under under(String base) {
    Under u = UNDER.get(base);
    if (u == null) {
      if (UNDER.size() >= KEPT) {
        return new Under(base);
      }
      u = UNDER.computeIfAbsent(base, Under::new);
    }
    return u;
  }

  /**
   * Returns {@code base/i}.
   *
   * @param base a valid pointer of a list
   * @param i the element index
   * @return the pointer of the element
   */
  public static String at(String base, int i) {
    return under(base).at(i);
  }

  /**
   * Returns {@code base/i/member}.
   *
   * @param base a valid pointer of a list
   * @param i the element index
   * @param member an unescaped member name of the element (the empty name too, as JSON Pointer allows)
   * @return the pointer
   */
  public static String at(String base, int i, String member) {
    return under(base).at(i, member);
  }

  /**
   * Returns the pointer of a base followed by tokens, each step kept: a member name (a string) or an element index
   * (an integer), as {@link JsonPointer#append} would write it.
   *
   * @param base a valid pointer
   * @param tokens member names and element indexes
   * @return the pointer
   */
  public static String path(String base, Object... tokens) {
    String p = base;
    for (int k = 0; k < tokens.length; k++) {
      Object t = tokens[k];
      if (t instanceof String) {
        p = under(p).member((String) t);
      } else if (t instanceof Integer) {
        if (k + 1 < tokens.length && tokens[k + 1] instanceof String) {
          p = under(p).at((Integer) t, (String) tokens[++k]);
        } else {
          p = under(p).at((Integer) t);
        }
      } else {
        p = JsonPointer.append(p, t); // any other token is written as text, as JsonPointer does
      }
    }
    return p;
  }

  /**
   * Returns {@code element/member}.
   *
   * @param element a valid pointer
   * @param member an unescaped member name
   * @return the pointer of the member
   */
  public static String member(String element, String member) {
    return under(element).member(member);
  }

  /**
   * The pointers below one list or element: {@code base/i}, {@code base/member} and {@code base/i/member}, each
   * built on first use and kept (for indexes below {@value #CACHED}). Members are found by reference first (the
   * resolvers pass string literals), then by equality. Thread-safe: kept pointers are immutable strings written whole
   * to their slot, and the member table is replaced whole when it grows.
   */
  static final class Under {
    private final String base;
    private final String[] elements = new String[CACHED];
    private volatile Member[] members = new Member[0];

    Under(String base) {
      this.base = base;
    }

    /** A member's own pointer ({@code base/name}) and its pointers under each element ({@code base/i/name}). */
    private static final class Member {
      final String name;
      final String pointer;
      final String[] elements = new String[CACHED];

      Member(String base, String name) {
        this.name = name;
        this.pointer = JsonPointer.append(base, name);
      }
    }

    /**
     * Returns {@code base/i}.
     *
     * @param i the element index
     * @return the pointer
     */
    String at(int i) {
      if (i < 0 || i >= CACHED) {
        return JsonPointer.append(base, i);
      }
      String p = elements[i];
      if (p == null) {
        p = JsonPointer.append(base, i);
        elements[i] = p;
      }
      return p;
    }

    /**
     * Returns {@code base/i/member}.
     *
     * @param i the element index
     * @param member an unescaped member name
     * @return the pointer
     */
    String at(int i, String member) {
      if (i < 0 || i >= CACHED) {
        return JsonPointer.append(base, i, member);
      }
      String[] kept = find(member).elements;
      String p = kept[i];
      if (p == null) {
        p = JsonPointer.append(base, i, member);
        kept[i] = p;
      }
      return p;
    }

    /**
     * Returns {@code base/member}.
     *
     * @param member an unescaped member name
     * @return the pointer
     */
    String member(String member) {
      return find(member).pointer;
    }

    private Member find(String name) {
      Member[] all = members;
      for (Member m : all) {
        if (m.name == name) {
          return m;
        }
      }
      for (Member m : all) {
        if (m.name.equals(name)) {
          return m;
        }
      }
      return add(name);
    }

    private synchronized Member add(String name) {
      Member[] all = members;
      for (Member m : all) {
        if (m.name.equals(name)) {
          return m;
        }
      }
      Member m = new Member(base, name);
      if (all.length < 64) { // member names come from the resolvers' fixed set; a stray one is built, not kept
        Member[] more = java.util.Arrays.copyOf(all, all.length + 1);
        more[all.length] = m;
        members = more;
      }
      return m;
    }
  }
}
