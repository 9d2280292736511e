package org.paracrine.validation.internal.engine;

import java.util.Locale;
import java.util.Optional;
import org.paracrine.core.vocabulary.Analyte;
import org.paracrine.core.vocabulary.Marker;

/**
 * Canonical keys for marker and analyte names, so that every name of the same thing matches: HGNC symbol, CD name
 * and common alias through {@link Marker#byName(String)}, analyte code and common name through
 * {@link Analyte#byName(String)}, else the trimmed text ignoring case.
 */
public final class Names {
  /** Largest number of distinct names remembered; beyond it keys are computed each time (bounded memory). */
  private static final int CACHE_LIMIT = 4096;
  private static final java.util.concurrent.ConcurrentHashMap<String, String> KEYS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private Names() {}

  /**
   * Returns the canonical key of a name.
   *
   * @param name a marker, analyte or free-text name
   * @return e.g. {@code "marker:ENG"} for {@code "CD105"}, {@code "analyte:VEGFA"}, or {@code "text:foo"}
   */
  public static String key(String name) {
    String cached = KEYS.get(name);
    if (cached != null) {
      return cached;
    }
    String key = compute(name);
    if (KEYS.size() < CACHE_LIMIT && name.length() <= 200) {
      KEYS.putIfAbsent(name, key);
    }
    return key;
  }

  private static String compute(String name) {
    String n = name.trim();
    Optional<Marker> m = Marker.byName(n);
    if (m.isPresent()) {
      return "marker:" + m.get().code();
    }
    Optional<Analyte> a = Analyte.byName(n);
    if (a.isPresent()) {
      return "analyte:" + a.get().code();
    }
    return "text:" + n.toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the name a finding shows for a marker: its common (CD) name when known. Thread-safe.
   *
   * @param code the recorded code
   * @return the display name
   */
  public static String markerLabel(String code) {
    return Marker.fromCode(code).or(() -> Marker.byName(code)).map(Marker::commonName).orElse(code);
  }
}
