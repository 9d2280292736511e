package org.paracrine.serialization;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Writes documents as newline-delimited JSON: each document compact on one line, UTF-8, ending in {@code \n}.
 * Nothing is buffered beyond the stream's own buffering, so memory stays constant.
 *
 * <pre>{@code
 * try (NdjsonWriter w = NdjsonWriter.of(ParacrineJson.strict(), out)) {
 *   lots.forEach(w::write);
 * }
 * }</pre>
 *
 * <p>Not thread-safe: use one writer per thread or synchronise.
 */
public final class NdjsonWriter implements Closeable, Flushable {
  private final ParacrineJson json;
  private final OutputStream out;
  private long written;

  private NdjsonWriter(ParacrineJson json, OutputStream out) {
    this.json = json;
    this.out = out;
  }

  /**
   * Creates a writer.
   *
   * @param json the document writer
   * @param out the stream; closed by {@link #close()}
   * @return the writer
   */
  public static NdjsonWriter of(ParacrineJson json, OutputStream out) {
    return new NdjsonWriter(Objects.requireNonNull(json, "json"), Objects.requireNonNull(out, "out"));
  }

  /**
   * Writes one document (or {@link JsonRecord}, with its unknown members) as one line.
   *
   * @param document the document
   * @throws IllegalArgumentException if the value is not a document
   * @throws UncheckedIOException if writing fails
   */
  public void write(Object document) {
    byte[] bytes = json.writeBytes(document);
    try {
      out.write(bytes);
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("writing NDJSON line " + (written + 1) + " failed", e);
    }
    written++;
  }

  /**
   * Returns the number of documents written.
   *
   * @return the count
   */
  public long written() {
    return written;
  }

  /**
   * Flushes the stream.
   *
   * @throws UncheckedIOException if flushing fails
   */
  @Override
  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("flushing NDJSON failed", e);
    }
  }

  /**
   * Flushes and closes the stream.
   *
   * @throws UncheckedIOException if closing fails
   */
  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException("closing NDJSON stream failed", e);
    }
  }
}
