package org.paracrine.serialization;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Streams newline-delimited JSON (one document per line, UTF-8): each good line is delivered as soon as it is
 * read, each bad line is reported with its line number and reason, and reading always goes on to the end.
 *
 * <p>Memory is bounded by one line: lines longer than {@link ReadLimits#maxDocumentLength()} bytes are not
 * buffered but skipped to the next line break and reported as a {@link ProblemType#LIMIT} problem. Lines may end
 * in {@code \n} or {@code \r\n}; blank lines are skipped and not counted. Exceptions thrown by the callbacks are
 * passed on to the caller and stop reading.
 *
 * <pre>{@code
 * NdjsonSummary s = NdjsonReader.of(ParacrineJson.strict())
 *     .read(in, Lot.class, lot -> store(lot), error -> log.warn(error.toString()));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; each {@code read} call is independent.
 */
public final class NdjsonReader {
  private static final int CHUNK = 64 * 1024;

  private final ParacrineJson json;

  private NdjsonReader(ParacrineJson json) {
    this.json = json;
  }

  /**
   * Creates a reader that reads each line with the given instance (strict or lenient, with its limits).
   *
   * @param json the document reader
   * @return the NDJSON reader
   */
  public static NdjsonReader of(ParacrineJson json) {
    return new NdjsonReader(Objects.requireNonNull(json, "json"));
  }

  /**
   * Reads documents of one type.
   *
   * @param <T> the document type
   * @param in the stream, read to its end and not closed
   * @param type the document type every line must hold
   * @param records receives each record, in stream order
   * @param errors receives each rejected line, in stream order
   * @return the counts
   * @throws UncheckedIOException if reading the stream fails
   */
  public <T> NdjsonSummary read(InputStream in, Class<T> type, Consumer<? super T> records,
      Consumer<? super NdjsonError> errors) {
    DocumentKind kind = DocumentKind.of(type);
    Objects.requireNonNull(records, "records");
    return scan(in, kind, r -> records.accept(type.cast(r.value())), errors);
  }

  /**
   * Reads documents of any kind, each with its unknown members (lenient instances).
   *
   * @param in the stream, read to its end and not closed
   * @param records receives each record, in stream order
   * @param errors receives each rejected line, in stream order
   * @return the counts
   * @throws UncheckedIOException if reading the stream fails
   */
  public NdjsonSummary readRecords(InputStream in, Consumer<? super JsonRecord<?>> records,
      Consumer<? super NdjsonError> errors) {
    Objects.requireNonNull(records, "records");
    return scan(in, null, records::accept, errors);
  }

  private NdjsonSummary scan(InputStream in, DocumentKind kind, Consumer<JsonRecord<Object>> records,
      Consumer<? super NdjsonError> errors) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(errors, "errors");
    long max = json.limits().maxDocumentLength();
    int cap = (int) Math.min(max, Integer.MAX_VALUE - 16);
    byte[] chunk = new byte[CHUNK];
    byte[] line = new byte[Math.min(cap, CHUNK)];
    int len = 0;
    boolean overflow = false;
    long lineNo = 1;
    long read = 0;
    long failed = 0;
    try {
      int n;
      while ((n = in.read(chunk)) != -1) {
        for (int i = 0; i < n; i++) {
          byte b = chunk[i];
          if (b == '\n') {
            int outcome = finish(line, len, overflow, lineNo, kind, records, errors);
            read += outcome > 0 ? 1 : 0;
            failed += outcome < 0 ? 1 : 0;
            len = 0;
            overflow = false;
            lineNo++;
          } else if (!overflow) {
            if (len == cap) {
              overflow = true;
            } else {
              if (len == line.length) {
                line = java.util.Arrays.copyOf(line, (int) Math.min((long) line.length * 2, cap));
              }
              line[len++] = b;
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading the NDJSON stream failed at line " + lineNo, e);
    }
    int outcome = finish(line, len, overflow, lineNo, kind, records, errors);
    read += outcome > 0 ? 1 : 0;
    failed += outcome < 0 ? 1 : 0;
    return new NdjsonSummary(read, failed);
  }

  /** Returns 1 for a record, -1 for an error, 0 for a blank line. */
  private int finish(byte[] line, int len, boolean overflow, long lineNo, DocumentKind kind,
      Consumer<JsonRecord<Object>> records, Consumer<? super NdjsonError> errors) {
    if (overflow) {
      errors.accept(new NdjsonError(lineNo, List.of(Problem.at(ProblemType.LIMIT, "", "line longer than "
          + json.limits().maxDocumentLength() + " bytes", "one document per line within maxDocumentLength"))));
      return -1;
    }
    int end = len;
    if (end > 0 && line[end - 1] == '\r') {
      end--;
    }
    if (isBlank(line, end)) {
      return 0;
    }
    JsonRecord<Object> record;
    try {
      record = json.read(line, 0, end, kind);
    } catch (RecordFormatException e) {
      errors.accept(new NdjsonError(lineNo, e.problems()));
      return -1;
    }
    records.accept(record);
    return 1;
  }

  private static boolean isBlank(byte[] line, int end) {
    for (int i = 0; i < end; i++) {
      byte b = line[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }
}
