package org.paracrine.validation.internal.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.paracrine.core.report.JsonPointer;

/**
 * JSON Pointers of record elements, built once and shared: every finding names its field, so the pointers of the
 * first elements of each list (and of their value members) are kept per list rather than concatenated per check.
 * Thread-safe.
 */
final class Pointers {
  /** Elements per list whose pointers are kept; later elements are built on demand. */
  private static final int CACHED = 64;
  private static final Map<String, Map<String, String[]>> CACHE = new ConcurrentHashMap<>();

  private Pointers() {}

  /**
   * Returns {@code base/i}.
   *
   * @param base a valid pointer of a list
   * @param i the element index
   * @return the pointer of the element
   */
  static String at(String base, int i) {
    return at(base, i, "");
  }

  /**
   * Returns {@code base/i/member}, or {@code base/i} for an empty member.
   *
   * @param base a valid pointer of a list
   * @param i the element index
   * @param member an unescaped member name of the element, or empty
   * @return the pointer
   */
  static String at(String base, int i, String member) {
    if (i < 0 || i >= CACHED) {
      return build(base, i, member);
    }
    // get before computeIfAbsent: a plain read of a present key never locks, whatever the bin holds
    Map<String, String[]> byMember = CACHE.get(base);
    if (byMember == null) {
      byMember = CACHE.computeIfAbsent(base, b -> new ConcurrentHashMap<>());
    }
    String[] kept = byMember.get(member);
    if (kept == null) {
      kept = byMember.computeIfAbsent(member, m -> new String[CACHED]);
    }
    String p = kept[i];
    if (p == null) {
      p = build(base, i, member);
      kept[i] = p;
    }
    return p;
  }

  private static final Map<String, Map<String, String>> MEMBERS = new ConcurrentHashMap<>();
  private static final int MEMBERS_KEPT = 4096;

  /**
   * Returns {@code element/member}; kept for the first {@value #MEMBERS_KEPT} elements asked for.
   *
   * @param element a valid pointer
   * @param member an unescaped member name
   * @return the pointer of the member
   */
  static String member(String element, String member) {
    Map<String, String> members = MEMBERS.get(element);
    if (members == null) {
      if (MEMBERS.size() >= MEMBERS_KEPT) {
        return JsonPointer.append(element, member);
      }
      members = MEMBERS.computeIfAbsent(element, e -> new ConcurrentHashMap<>());
    }
    String p = members.get(member);
    if (p == null) {
      p = JsonPointer.append(element, member);
      members.put(member, p);
    }
    return p;
  }

  private static String build(String base, int i, String member) {
    return member.isEmpty() ? JsonPointer.append(base, i) : JsonPointer.append(base, i, member);
  }
}
