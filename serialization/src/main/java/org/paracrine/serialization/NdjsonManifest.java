package org.paracrine.serialization;

import java.util.Objects;

/**
 * The manifest of an NDJSON stream, written by {@link NdjsonWriter#withManifest} as the last line and verified by
 * {@link NdjsonReader}: how many records the stream holds, the SHA-256 of every byte before the manifest line, the
 * document kind and the library that wrote it. A stream with a manifest starts with a header line that announces
 * it, so a stream cut at a line boundary (a crash, a partial copy) is told from a complete one.
 *
 * <p>Format (each one line, compact, members in this order):
 *
 * <pre>{@code
 * {"kind":"ndjson-header","documentKind":"lot","libraryName":"paracrine","libraryVersion":"0.1.0","schemaVersion":"1.0"}
 * ... one document per line ...
 * {"kind":"ndjson-manifest","documentKind":"lot","libraryName":"paracrine","libraryVersion":"0.1.0","records":2,
 *  "schemaVersion":"1.0","sha256":"<64 hex digits over the header and record lines, each with its \n>"}
 * }</pre>
 *
 * @param documentKind the kind of every record
 * @param libraryName the name of the writing library
 * @param libraryVersion the version of the writing library
 * @param records the number of record lines (header and manifest not counted)
 * @param sha256 SHA-256 (lowercase hex) of all bytes of the stream before the manifest line
 */
public record NdjsonManifest(DocumentKind documentKind, String libraryName, String libraryVersion, long records,
    String sha256) {
  /** The {@code kind} of the header line. */
  public static final String HEADER_KIND = "ndjson-header";

  /** The {@code kind} of the manifest line. */
  public static final String MANIFEST_KIND = "ndjson-manifest";

  /**
   * Validates the components.
   *
   * @param documentKind kind of the records
   * @param libraryName library name
   * @param libraryVersion library version
   * @param records record count
   * @param sha256 digest
   */
  public NdjsonManifest {
    Objects.requireNonNull(documentKind, "documentKind");
    Objects.requireNonNull(libraryName, "libraryName");
    Objects.requireNonNull(libraryVersion, "libraryVersion");
    Objects.requireNonNull(sha256, "sha256");
    if (records < 0) {
      throw new IllegalArgumentException("records must not be negative, was " + records);
    }
  }
}
