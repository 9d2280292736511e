package org.paracrine.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The name and version of this Paracrine library, as recorded in report provenance
 * ({@link org.paracrine.core.report.Provenance}) and in NDJSON manifests, so that a stored record names the code
 * that produced it.
 *
 * <p>The version is written into the jar by the build; it is the Maven project version, e.g.
 * {@code 0.1.0-SNAPSHOT}. Thread-safe.
 */
public final class ParacrineLibrary {
  /** The library name recorded in provenance: {@value}. */
  public static final String NAME = "paracrine";

  private static final String VERSION = load();

  private ParacrineLibrary() {}

  /**
   * Returns the version of this library.
   *
   * @return the Maven project version, never blank
   */
  public static String version() {
    return VERSION;
  }

  private static String load() {
    Properties p = new Properties();
    try (InputStream in = ParacrineLibrary.class.getResourceAsStream("library.properties")) {
      if (in == null) {
        throw new IllegalStateException("org/paracrine/core/library.properties is missing from the core jar");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read org/paracrine/core/library.properties", e);
    }
    String v = p.getProperty("version", "");
    if (v.isBlank() || v.startsWith("${")) {
      throw new IllegalStateException("org/paracrine/core/library.properties holds no version (was \"" + v
          + "\"); the build filters it with the project version");
    }
    return v;
  }
}
