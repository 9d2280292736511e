package org.paracrine.serialization;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.ObjLongConsumer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Streams newline-delimited JSON (one document per line, UTF-8): each good line is delivered as soon as it is
 * read, each bad line is reported with its line number and reason, and reading always goes on to the end.
 *
 * <p>Memory is bounded by one line: lines longer than {@link ReadLimits#maxDocumentLength()} bytes are not
 * buffered but skipped to the next line break and reported as a {@link ProblemType#LIMIT} problem. Lines may end
 * in {@code \n} or {@code \r\n}; blank lines are skipped and not counted. A stream written
 * {@link NdjsonWriter#withManifest with a manifest} is verified: its header and manifest lines are not records,
 * and a missing manifest (the stream was cut short, even at a line boundary), a different record count or SHA-256,
 * or lines after the manifest are reported as {@link ProblemType#INTEGRITY} errors; the summary then holds no
 * manifest. A NUL byte (binary input such as {@code /dev/zero}) is reported and stops reading. Exceptions thrown by the callbacks are
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
    return scan(in, kind, r -> records.accept(type.cast(r.value())), errors, new long[1]);
  }

  /**
   * Reads documents of one type, telling the consumer the 1-based line each record is on.
   *
   * @param <T> the document type
   * @param in the stream, read to its end and not closed
   * @param type the document type every line must hold
   * @param records receives each record and its line number, in stream order
   * @param errors receives each rejected line, in stream order
   * @return the counts
   * @throws UncheckedIOException if reading the stream fails
   */
  public <T> NdjsonSummary readLines(InputStream in, Class<T> type, ObjLongConsumer<? super T> records,
      Consumer<? super NdjsonError> errors) {
    DocumentKind kind = DocumentKind.of(type);
    Objects.requireNonNull(records, "records");
    long[] line = {0};
    return scan(in, kind, r -> records.accept(type.cast(r.value()), line[0]), errors, line);
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
    return scan(in, null, records::accept, errors, new long[1]);
  }

  /** The state of one scan: counts, the running digest and the manifest lines seen. */
  private final class Scan {
    final DocumentKind kind;
    final Consumer<JsonRecord<Object>> records;
    final Consumer<? super NdjsonError> errors;
    final MessageDigest digest = sha256();
    MessageDigest atLineStart = copy(digest);
    /**
     * Whether the lines are being digested: only a stream whose line 1 is a header can end in a valid manifest,
     * so the digest (a large share of the cost of reading) stops after line 1 of a stream without one.
     */
    boolean digesting = true;
    long read;
    long failed;
    long documentLines;
    boolean headerSeen;
    DocumentKind headerKind;
    NdjsonManifest verified;
    long manifestLine;
    boolean manifestFailed;
    long[] currentLine;

    Scan(DocumentKind kind, Consumer<JsonRecord<Object>> records, Consumer<? super NdjsonError> errors) {
      this.kind = kind;
      this.records = records;
      this.errors = errors;
    }

    void error(long line, ProblemType type, String message, String expected) {
      failed++;
      errors.accept(new NdjsonError(line, List.of(Problem.at(type, "", message, expected))));
    }
  }

  private NdjsonSummary scan(InputStream in, DocumentKind kind, Consumer<JsonRecord<Object>> records,
      Consumer<? super NdjsonError> errors, long[] currentLine) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(errors, "errors");
    Scan scan = new Scan(kind, records, errors);
    scan.currentLine = currentLine;
    long max = json.limits().maxDocumentLength();
    int cap = (int) Math.min(max, Integer.MAX_VALUE - 16);
    byte[] chunk = new byte[CHUNK];
    byte[] line = new byte[Math.min(cap, CHUNK)];
    int len = 0;
    boolean overflow = false;
    long lineNo = 1;
    try {
      int n;
      while ((n = in.read(chunk)) != -1) {
        int segment = 0;
        int i = 0;
        while (i < n) {
          int end = i;
          while (end < n && chunk[end] != '\n' && chunk[end] != 0) {
            end++;
          }
          if (!overflow && end > i) {
            // the bytes of the line in this chunk, in one copy; a line longer than the limit keeps its first bytes
            int count = end - i;
            int fit = Math.min(count, cap - len);
            if (len + fit > line.length) {
              line = java.util.Arrays.copyOf(line, (int) Math.min(Math.max((long) line.length * 2, len + fit), cap));
            }
            System.arraycopy(chunk, i, line, len, fit);
            len += fit;
            overflow = fit < count;
          }
          if (end == n) {
            break;
          }
          if (chunk[end] == 0) {
            // never part of UTF-8 JSON text: binary input such as /dev/zero, which has no line to end
            scan.error(lineNo, ProblemType.SYNTAX, "binary content (a NUL byte) on line " + lineNo
                + ": not UTF-8 NDJSON; reading stopped", "UTF-8 JSON text, one document per line");
            return new NdjsonSummary(scan.read, scan.failed, java.util.Optional.empty());
          }
          if (scan.digesting) {
            scan.digest.update(chunk, segment, end + 1 - segment);
          }
          segment = end + 1;
          finish(line, len, overflow, lineNo, scan);
          if (lineNo == 1 && !scan.headerSeen) {
            scan.digesting = false;
          }
          if (scan.digesting) {
            scan.atLineStart = copy(scan.digest);
          }
          len = 0;
          overflow = false;
          lineNo++;
          i = end + 1;
        }
        if (scan.digesting) {
          scan.digest.update(chunk, segment, n - segment);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading the NDJSON stream failed at line " + lineNo, e);
    }
    finish(line, len, overflow, lineNo, scan);
    if (scan.headerSeen && scan.verified == null && !scan.manifestFailed) {
      scan.error(lineNo, ProblemType.INTEGRITY, "the stream ends without the manifest its header (line 1) "
          + "announced: it was cut short after " + scan.documentLines + " record line"
          + (scan.documentLines == 1 ? "" : "s"), "a last line holding the " + NdjsonManifest.MANIFEST_KIND);
    }
    return new NdjsonSummary(scan.read, scan.failed, java.util.Optional.ofNullable(scan.verified));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  private static MessageDigest copy(MessageDigest d) {
    try {
      return (MessageDigest) d.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("the SHA-256 implementation cannot be cloned", e);
    }
  }

  private static boolean startsWith(byte[] line, int end, byte[] prefix) {
    if (end < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (line[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static final byte[] HEADER_PREFIX = ("{\"kind\":\"" + NdjsonManifest.HEADER_KIND + "\"")
      .getBytes(StandardCharsets.UTF_8);
  private static final byte[] MANIFEST_PREFIX = ("{\"kind\":\"" + NdjsonManifest.MANIFEST_KIND + "\"")
      .getBytes(StandardCharsets.UTF_8);

  private void finish(byte[] line, int len, boolean overflow, long lineNo, Scan scan) {
    int end = len;
    if (end > 0 && line[end - 1] == '\r') {
      end--;
    }
    if (!overflow && isBlank(line, end)) {
      return;
    }
    if (scan.manifestLine > 0) {
      scan.error(lineNo, ProblemType.INTEGRITY, "content after the manifest on line " + scan.manifestLine,
          "the manifest as the last line of the stream");
      scan.verified = null;
      scan.manifestFailed = true;
      return;
    }
    if (!overflow && startsWith(line, end, HEADER_PREFIX)) {
      header(line, end, lineNo, scan);
      return;
    }
    if (!overflow && startsWith(line, end, MANIFEST_PREFIX)) {
      manifest(line, end, lineNo, scan);
      return;
    }
    scan.documentLines++;
    scan.currentLine[0] = lineNo;
    int outcome = finishDocument(line, end, overflow, lineNo, scan.kind, scan.records, scan.errors);
    scan.read += outcome > 0 ? 1 : 0;
    scan.failed += outcome < 0 ? 1 : 0;
  }

  private JsonNode tree(byte[] line, int end, long lineNo, Scan scan, String what) {
    try {
      JsonNode node = json.mapper().readTree(new String(line, 0, end, StandardCharsets.UTF_8));
      if (node != null && node.isObject()) {
        return node;
      }
    } catch (JacksonException e) {
      // reported below
    }
    scan.error(lineNo, ProblemType.SYNTAX, "the " + what + " line is not a well-formed JSON object",
        "the " + what + " as written by NdjsonWriter.withManifest");
    return null;
  }

  private void header(byte[] line, int end, long lineNo, Scan scan) {
    if (lineNo != 1 || scan.headerSeen) {
      scan.error(lineNo, ProblemType.INTEGRITY, "a stream header on line " + lineNo,
          "the header only as the first line of the stream");
      return;
    }
    JsonNode h = tree(line, end, lineNo, scan, "header");
    if (h == null) {
      return;
    }
    scan.headerSeen = true;
    scan.headerKind = DocumentKind.fromKind(h.path("documentKind").asString("")).orElse(null);
  }

  private void manifest(byte[] line, int end, long lineNo, Scan scan) {
    scan.manifestLine = lineNo;
    JsonNode m = tree(line, end, lineNo, scan, "manifest");
    if (m == null) {
      scan.manifestFailed = true;
      return;
    }
    String expectedSha = scan.digesting ? HexFormat.of().formatHex(copy(scan.atLineStart).digest()) : null;
    JsonNode records = m.path("records");
    String sha = m.path("sha256").asString("");
    java.util.Optional<DocumentKind> kind = DocumentKind.fromKind(m.path("documentKind").asString(""));
    if (!records.isIntegralNumber() || !records.canConvertToLong() || kind.isEmpty()
        || !m.path("libraryName").isString() || !m.path("libraryVersion").isString()) {
      scan.manifestFailed = true;
      scan.error(lineNo, ProblemType.INTEGRITY, "the manifest lacks documentKind, libraryName, libraryVersion "
          + "or an integer records count", "a manifest as written by NdjsonWriter.withManifest");
      return;
    }
    if (records.longValue() != scan.documentLines) {
      scan.manifestFailed = true;
      scan.error(lineNo, ProblemType.INTEGRITY, "the manifest counts " + records.longValue() + " records but the "
          + "stream holds " + scan.documentLines + ": records were lost or added", records.longValue() + " records");
      return;
    }
    if (expectedSha != null && !sha.equals(expectedSha)) {
      scan.manifestFailed = true;
      scan.error(lineNo, ProblemType.INTEGRITY, "the SHA-256 of the lines before the manifest is " + expectedSha
          + ", not the manifest's " + Problem.escape(org.paracrine.serialization.internal.TreeValidator.abbreviate(sha))
          + ": the stream was changed", "the manifest's SHA-256");
      return;
    }
    if (!scan.headerSeen || scan.headerKind != kind.get()) {
      scan.manifestFailed = true;
      scan.error(lineNo, ProblemType.INTEGRITY, "a manifest without a matching header line",
          "the header announcing " + kind.get().kind() + " documents on line 1");
      return;
    }
    scan.verified = new NdjsonManifest(kind.get(), m.path("libraryName").asString(),
        m.path("libraryVersion").asString(), records.longValue(), sha);
  }

  /** Returns 1 for a record, -1 for an error. */
  private int finishDocument(byte[] line, int end, boolean overflow, long lineNo, DocumentKind kind,
      Consumer<JsonRecord<Object>> records, Consumer<? super NdjsonError> errors) {
    if (overflow) {
      errors.accept(new NdjsonError(lineNo, List.of(Problem.at(ProblemType.LIMIT, "", "line longer than "
          + json.limits().maxDocumentLength() + " bytes", "one document per line within maxDocumentLength"))));
      return -1;
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
