package org.paracrine.serialization;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.paracrine.core.ParacrineLibrary;

/**
 * Writes documents as newline-delimited JSON: each document compact on one line, UTF-8, ending in {@code \n}.
 * Nothing is buffered beyond the stream's own buffering, so memory stays constant.
 *
 * <pre>{@code
 * try (NdjsonWriter w = NdjsonWriter.withManifest(ParacrineJson.strict(), out, DocumentKind.LOT)) {
 *   lots.forEach(w::write);
 * }   // close() writes the manifest line: record count and SHA-256 of everything before it
 * }</pre>
 *
 * <p>A writer {@link #withManifest with a manifest} starts the stream with a header line and ends it, on
 * {@link #close()}, with an {@link NdjsonManifest} line; {@link NdjsonReader} verifies it and reports a stream cut
 * short (even exactly at a line boundary) or changed.
 *
 * <p>Thread-safe: several threads may share one writer; each document is written as one whole line (lines of
 * different threads never interleave) and counted once. The order of lines written concurrently is the order in
 * which the threads got the writer's lock.
 */
public final class NdjsonWriter implements Closeable, Flushable {
  private final ParacrineJson json;
  private final OutputStream out;
  private final DocumentKind manifestKind;
  private final MessageDigest digest;
  private final Object lock = new Object();
  private long written;
  private boolean headerWritten;
  private boolean closed;

  private NdjsonWriter(ParacrineJson json, OutputStream out, DocumentKind manifestKind) {
    this.json = json;
    this.out = out;
    this.manifestKind = manifestKind;
    if (manifestKind != null) {
      try {
        this.digest = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("SHA-256 is required of every Java platform", e);
      }
    } else {
      this.digest = null;
    }
  }

  /**
   * Creates a writer without a manifest.
   *
   * @param json the document writer
   * @param out the stream; closed by {@link #close()}
   * @return the writer
   */
  public static NdjsonWriter of(ParacrineJson json, OutputStream out) {
    return new NdjsonWriter(Objects.requireNonNull(json, "json"), Objects.requireNonNull(out, "out"), null);
  }

  /**
   * Creates a writer that starts the stream with a header line and ends it, on {@link #close()}, with a manifest
   * line ({@link NdjsonManifest}) holding the record count, the SHA-256 of every byte before it, the document kind
   * and the library version.
   *
   * @param json the document writer
   * @param out the stream; closed by {@link #close()}
   * @param kind the kind of every document the stream will hold
   * @return the writer
   */
  public static NdjsonWriter withManifest(ParacrineJson json, OutputStream out, DocumentKind kind) {
    return new NdjsonWriter(Objects.requireNonNull(json, "json"), Objects.requireNonNull(out, "out"),
        Objects.requireNonNull(kind, "kind"));
  }

  /**
   * Writes one document (or {@link JsonRecord}, with its unknown members) as one line.
   *
   * @param document the document
   * @throws IllegalArgumentException if the value is not a document, or not of the manifest's kind
   * @throws IllegalStateException if the writer is closed
   * @throws UncheckedIOException if writing fails
   */
  public void write(Object document) {
    Objects.requireNonNull(document, "document");
    if (manifestKind != null) {
      Object value = document instanceof JsonRecord ? ((JsonRecord<?>) document).value() : document;
      DocumentKind kind = DocumentKind.of(value.getClass());
      if (kind != manifestKind) {
        throw new IllegalArgumentException("this stream holds " + manifestKind.kind() + " documents, not "
            + kind.kind());
      }
    }
    byte[] bytes = json.writeBytes(document);
    synchronized (lock) {
      if (closed) {
        throw new IllegalStateException("the NDJSON writer is closed");
      }
      writeHeaderOnce();
      line(bytes, "writing NDJSON line " + (written + 1 + (manifestKind != null ? 1 : 0)) + " failed");
      written++;
    }
  }

  private void writeHeaderOnce() {
    if (manifestKind != null && !headerWritten) {
      headerWritten = true;
      line(("{\"kind\":\"" + NdjsonManifest.HEADER_KIND + "\",\"documentKind\":\"" + manifestKind.kind()
          + "\",\"libraryName\":\"" + ParacrineLibrary.NAME + "\",\"libraryVersion\":\""
          + jsonText(ParacrineLibrary.version()) + "\",\"schemaVersion\":\"" + manifestKind.schemaVersion() + "\"}")
          .getBytes(StandardCharsets.UTF_8), "writing the NDJSON header failed");
    }
  }

  private void line(byte[] bytes, String failure) {
    try {
      out.write(bytes);
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(failure, e);
    }
    if (digest != null) {
      digest.update(bytes);
      digest.update((byte) '\n');
    }
  }

  private static String jsonText(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  /**
   * Returns the number of documents written (header and manifest not counted).
   *
   * @return the count
   */
  public long written() {
    synchronized (lock) {
      return written;
    }
  }

  /**
   * Flushes the stream.
   *
   * @throws UncheckedIOException if flushing fails
   */
  @Override
  public void flush() {
    synchronized (lock) {
      try {
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException("flushing NDJSON failed", e);
      }
    }
  }

  /**
   * Writes the manifest line (for a writer {@link #withManifest with a manifest}), then flushes and closes the
   * stream. Closing again does nothing.
   *
   * @throws UncheckedIOException if writing or closing fails
   */
  @Override
  public void close() {
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
      try {
        if (manifestKind != null) {
          writeHeaderOnce();
          String sha = HexFormat.of().formatHex(digest.digest());
          byte[] manifest = ("{\"kind\":\"" + NdjsonManifest.MANIFEST_KIND + "\",\"documentKind\":\""
              + manifestKind.kind() + "\",\"libraryName\":\"" + ParacrineLibrary.NAME + "\",\"libraryVersion\":\""
              + jsonText(ParacrineLibrary.version()) + "\",\"records\":" + written + ",\"schemaVersion\":\""
              + manifestKind.schemaVersion() + "\",\"sha256\":\"" + sha + "\"}").getBytes(StandardCharsets.UTF_8);
          out.write(manifest);
          out.write('\n');
        }
        out.close();
      } catch (IOException e) {
        throw new UncheckedIOException("closing NDJSON stream failed", e);
      }
    }
  }
}
