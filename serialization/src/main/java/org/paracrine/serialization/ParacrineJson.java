package org.paracrine.serialization;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.lot.ReferenceSeries;
import org.paracrine.core.product.SecretomeProduct;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.serialization.internal.Canonicalizer;
import org.paracrine.serialization.internal.RecordCodec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ready-made reader and writer of the Paracrine record format: versioned, strict, exact JSON for products, lots,
 * release specifications and release reports, with an RFC 8785 canonical form and a SHA-256 digest.
 *
 * <p><b>Format.</b> A document is one JSON object: the envelope members {@code "kind"} and
 * {@code "schemaVersion"} first, then the document's own members in alphabetical order, named like the core
 * accessors (camelCase). Absent optional values and empty lists are omitted; {@code null} is never written and
 * never accepted. Quantities are {@code {"unit": "mL", "value": 1.50}} with the value as an exact JSON number;
 * vocabulary terms are their code; dates are {@code yyyy-MM-dd}; JSON Schemas are in {@link DocumentKind}.
 *
 * <p><b>Reading</b> parses with bounded cost ({@link ReadLimits}; duplicate member names, NaN and Infinity are
 * rejected), checks the envelope, checks every member against the format, then builds the value through the
 * core builders, so invariants hold. Any problem ends in one {@link RecordFormatException} listing every problem
 * with its JSON Pointer; no partial record and no Jackson exception escapes. Numbers are read as
 * {@link java.math.BigDecimal} and keep their scale ({@code 1.50} stays {@code 1.50}); no {@code double} is
 * involved. {@linkplain #strict() Strict} readers reject unknown members; {@linkplain #lenient() lenient} readers
 * keep them in the {@link JsonRecord} returned by {@code readRecord}, and writing that record puts them back.
 * Unknown vocabulary codes are kept in both modes.
 *
 * <p>Instances are immutable and thread-safe; build one and share it.
 *
 * <pre>{@code
 * ParacrineJson json = ParacrineJson.strict();
 * String text = json.writePretty(ReferenceLots.boneMarrowEvIntravenous());
 * Lot lot = json.readLot(text);
 * String digest = json.sha256(lot);   // stable across read/write cycles
 * }</pre>
 */
public final class ParacrineJson {
  private static final ParacrineJson STRICT = new ParacrineJson(new RecordCodec(false, ReadLimits.DEFAULTS));
  private static final ParacrineJson LENIENT = new ParacrineJson(new RecordCodec(true, ReadLimits.DEFAULTS));

  private final RecordCodec codec;

  private ParacrineJson(RecordCodec codec) {
    this.codec = codec;
  }

  /**
   * Returns the shared strict instance with default limits: unknown members are errors.
   *
   * @return the strict instance
   */
  public static ParacrineJson strict() {
    return STRICT;
  }

  /**
   * Returns the shared lenient instance with default limits: unknown members are kept (see {@link JsonRecord}).
   *
   * @return the lenient instance
   */
  public static ParacrineJson lenient() {
    return LENIENT;
  }

  /**
   * Returns a builder for an instance with other limits or mode.
   *
   * @return a new builder, strict with {@link ReadLimits#DEFAULTS}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link ParacrineJson}; not thread-safe. */
  public static final class Builder {
    private boolean lenient;
    private ReadLimits limits = ReadLimits.DEFAULTS;

    private Builder() {}

    /**
     * Chooses lenient (keep unknown members) or strict (reject them) reading.
     *
     * @param lenient true for lenient
     * @return this builder
     */
    public Builder lenient(boolean lenient) {
      this.lenient = lenient;
      return this;
    }

    /**
     * Sets the input bounds.
     *
     * @param limits the limits
     * @return this builder
     */
    public Builder limits(ReadLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Builds the instance (this creates its Jackson mapper, so build once and share).
     *
     * @return the instance
     */
    public ParacrineJson build() {
      return new ParacrineJson(new RecordCodec(lenient, limits));
    }
  }

  /**
   * Tells whether this instance keeps unknown members.
   *
   * @return true if lenient
   */
  public boolean isLenient() {
    return codec.lenient();
  }

  /**
   * Returns the input bounds.
   *
   * @return the limits
   */
  public ReadLimits limits() {
    return codec.limits();
  }

  /**
   * Returns the Jackson mapper configured for the record format ({@link ParacrineModule}, exact decimals, limits,
   * duplicate detection), for advanced use such as reading documents embedded in larger JSON. Binding with it
   * directly skips the checks that {@code read} methods make.
   *
   * @return the mapper, immutable
   */
  public JsonMapper mapper() {
    return codec.mapper();
  }

  // ------------------------------------------------------------------------------------------------ reading

  /**
   * Reads a product.
   *
   * @param json the document text
   * @return the product
   * @throws RecordFormatException listing every problem
   */
  public SecretomeProduct readProduct(String json) {
    return read(json, SecretomeProduct.class);
  }

  /**
   * Reads a product.
   *
   * @param json the document as UTF-8 (or UTF-16/32 with BOM) bytes
   * @return the product
   * @throws RecordFormatException listing every problem
   */
  public SecretomeProduct readProduct(byte[] json) {
    return read(json, SecretomeProduct.class);
  }

  /**
   * Reads a product.
   *
   * @param json the stream, read to its end and not closed
   * @return the product
   * @throws RecordFormatException listing every problem
   * @throws java.io.UncheckedIOException if reading the stream fails
   */
  public SecretomeProduct readProduct(InputStream json) {
    return read(json, SecretomeProduct.class);
  }

  /**
   * Reads a lot.
   *
   * @param json the document text
   * @return the lot
   * @throws RecordFormatException listing every problem
   */
  public Lot readLot(String json) {
    return read(json, Lot.class);
  }

  /**
   * Reads a lot.
   *
   * @param json the document bytes
   * @return the lot
   * @throws RecordFormatException listing every problem
   */
  public Lot readLot(byte[] json) {
    return read(json, Lot.class);
  }

  /**
   * Reads a lot.
   *
   * @param json the stream, read to its end and not closed
   * @return the lot
   * @throws RecordFormatException listing every problem
   * @throws java.io.UncheckedIOException if reading the stream fails
   */
  public Lot readLot(InputStream json) {
    return read(json, Lot.class);
  }

  /**
   * Reads a release specification.
   *
   * @param json the document text
   * @return the specification
   * @throws RecordFormatException listing every problem
   */
  public ReleaseSpecification readSpecification(String json) {
    return read(json, ReleaseSpecification.class);
  }

  /**
   * Reads a release specification.
   *
   * @param json the document bytes
   * @return the specification
   * @throws RecordFormatException listing every problem
   */
  public ReleaseSpecification readSpecification(byte[] json) {
    return read(json, ReleaseSpecification.class);
  }

  /**
   * Reads a release specification.
   *
   * @param json the stream, read to its end and not closed
   * @return the specification
   * @throws RecordFormatException listing every problem
   * @throws java.io.UncheckedIOException if reading the stream fails
   */
  public ReleaseSpecification readSpecification(InputStream json) {
    return read(json, ReleaseSpecification.class);
  }

  /**
   * Reads a release report.
   *
   * @param json the document text
   * @return the report
   * @throws RecordFormatException listing every problem
   */
  public ReleaseReport readReport(String json) {
    return read(json, ReleaseReport.class);
  }

  /**
   * Reads a release report.
   *
   * @param json the document bytes
   * @return the report
   * @throws RecordFormatException listing every problem
   */
  public ReleaseReport readReport(byte[] json) {
    return read(json, ReleaseReport.class);
  }

  /**
   * Reads a release report.
   *
   * @param json the stream, read to its end and not closed
   * @return the report
   * @throws RecordFormatException listing every problem
   * @throws java.io.UncheckedIOException if reading the stream fails
   */
  public ReleaseReport readReport(InputStream json) {
    return read(json, ReleaseReport.class);
  }

  /**
   * Reads a reference series (kind {@code reference-series}).
   *
   * @param json the document text
   * @return the series
   * @throws RecordFormatException listing every problem
   */
  public ReferenceSeries readReferenceSeries(String json) {
    return read(json, ReferenceSeries.class);
  }

  /**
   * Reads a reference series (kind {@code reference-series}).
   *
   * @param json the document bytes
   * @return the series
   * @throws RecordFormatException listing every problem
   */
  public ReferenceSeries readReferenceSeries(byte[] json) {
    return read(json, ReferenceSeries.class);
  }

  /**
   * Reads a reference series (kind {@code reference-series}).
   *
   * @param json the stream, read to its end and not closed
   * @return the series
   * @throws RecordFormatException listing every problem
   * @throws java.io.UncheckedIOException if reading the stream fails
   */
  public ReferenceSeries readReferenceSeries(InputStream json) {
    return read(json, ReferenceSeries.class);
  }

  /**
   * Reads a document of a given type; its {@code kind} member must match.
   *
   * @param <T> the document type
   * @param json the document text
   * @param type {@code SecretomeProduct.class}, {@code Lot.class}, {@code ReleaseSpecification.class},
   *     {@code ReleaseReport.class} or {@code ReferenceSeries.class}
   * @return the document
   * @throws RecordFormatException listing every problem
   * @throws IllegalArgumentException if {@code type} is not a document type
   */
  public <T> T read(String json, Class<T> type) {
    return readRecord(json, type).value();
  }

  /**
   * Reads a document of a given type; its {@code kind} member must match.
   *
   * @param <T> the document type
   * @param json the document bytes
   * @param type the document type
   * @return the document
   * @throws RecordFormatException listing every problem
   */
  public <T> T read(byte[] json, Class<T> type) {
    return readRecord(json, type).value();
  }

  /**
   * Reads a document of a given type; its {@code kind} member must match.
   *
   * @param <T> the document type
   * @param json the stream, read to its end and not closed
   * @param type the document type
   * @return the document
   * @throws RecordFormatException listing every problem
   * @throws java.io.UncheckedIOException if reading the stream fails
   */
  public <T> T read(InputStream json, Class<T> type) {
    return readRecord(json, type).value();
  }

  /**
   * Reads a document with its unknown members (lenient mode) so that it can be written back unchanged.
   *
   * @param <T> the document type
   * @param json the document text
   * @param type the document type
   * @return the record
   * @throws RecordFormatException listing every problem
   */
  public <T> JsonRecord<T> readRecord(String json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    return cast(codec.read(RecordCodec.of(json), DocumentKind.of(type)), type);
  }

  /**
   * Reads a document with its unknown members.
   *
   * @param <T> the document type
   * @param json the document bytes
   * @param type the document type
   * @return the record
   * @throws RecordFormatException listing every problem
   */
  public <T> JsonRecord<T> readRecord(byte[] json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    return cast(codec.read(RecordCodec.of(json, 0, json.length), DocumentKind.of(type)), type);
  }

  /**
   * Reads a document with its unknown members.
   *
   * @param <T> the document type
   * @param json the stream, read to its end and not closed
   * @param type the document type
   * @return the record
   * @throws RecordFormatException listing every problem
   * @throws java.io.UncheckedIOException if reading the stream fails
   */
  public <T> JsonRecord<T> readRecord(InputStream json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    return cast(codec.read(RecordCodec.of(json), DocumentKind.of(type)), type);
  }

  /**
   * Reads a document that was parsed with {@link #readTree(byte[])}, for instance a member of a larger request
   * body. The same checks apply as for text (envelope, members, types, invariants); the tree is not changed.
   * Problems are located relative to the tree's root.
   *
   * @param <T> the document type
   * @param tree the document object, with its {@code kind} and {@code schemaVersion} members
   * @param type the document type
   * @return the record
   * @throws RecordFormatException listing every problem
   */
  public <T> JsonRecord<T> readRecord(JsonNode tree, Class<T> type) {
    Objects.requireNonNull(tree, "tree");
    return cast(codec.read(tree, DocumentKind.of(type)), type);
  }

  /**
   * Parses JSON bytes into a tree under this instance's {@linkplain #limits() limits}, without checking it
   * against the record format: duplicate member names, NaN, Infinity, trailing content and exceeded limits are
   * problems, and numbers are kept as exact decimals. Use it to take apart a larger JSON body (such as an HTTP
   * request holding several documents) before reading each document with {@link #readRecord(JsonNode, Class)}.
   *
   * @param json the bytes (UTF-8, or UTF-16/32 with a byte order mark)
   * @return the tree, mutable and owned by the caller
   * @throws RecordFormatException if the bytes are not one well-formed JSON value within the limits
   */
  public JsonNode readTree(byte[] json) {
    return codec.parseTree(Objects.requireNonNull(json, "json"));
  }

  /**
   * Reads a document of any kind, taking the kind from its {@code kind} member.
   *
   * @param json the document text
   * @return the record; {@link JsonRecord#kind()} tells what it holds
   * @throws RecordFormatException listing every problem
   */
  public JsonRecord<?> readAny(String json) {
    Objects.requireNonNull(json, "json");
    return codec.read(RecordCodec.of(json), null);
  }

  /**
   * Reads a document of any kind from bytes.
   *
   * @param json the document bytes
   * @return the record
   * @throws RecordFormatException listing every problem
   */
  public JsonRecord<?> readAny(byte[] json) {
    Objects.requireNonNull(json, "json");
    return codec.read(RecordCodec.of(json, 0, json.length), null);
  }

  /**
   * Reads a document of any kind from a byte range; used by the NDJSON reader.
   *
   * @param json the bytes
   * @param offset first byte
   * @param length number of bytes
   * @param expected the expected kind, or null for any
   * @return the record
   * @throws RecordFormatException listing every problem
   */
  JsonRecord<Object> read(byte[] json, int offset, int length, DocumentKind expected) {
    return codec.read(RecordCodec.of(json, offset, length), expected);
  }

  @SuppressWarnings("unchecked")
  private static <T> JsonRecord<T> cast(JsonRecord<Object> record, Class<T> type) {
    type.cast(record.value());
    return (JsonRecord<T>) record;
  }

  // ------------------------------------------------------------------------------------------------ writing

  /**
   * Writes a document compactly (one line, no insignificant whitespace).
   *
   * @param document a product, lot, specification or report, or a {@link JsonRecord} (unknown members are
   *     written back)
   * @return the JSON text
   * @throws IllegalArgumentException if the value is not a document
   */
  public String write(Object document) {
    return codec.write(Objects.requireNonNull(document, "document"));
  }

  /**
   * Writes a document indented by two spaces, with {@code \n} line ends and a final newline; the form of the
   * golden files.
   *
   * @param document a document or {@link JsonRecord}
   * @return the JSON text
   * @throws IllegalArgumentException if the value is not a document
   */
  public String writePretty(Object document) {
    return codec.writePretty(Objects.requireNonNull(document, "document"));
  }

  /**
   * Writes a document compactly as UTF-8 bytes.
   *
   * @param document a document or {@link JsonRecord}
   * @return the bytes
   * @throws IllegalArgumentException if the value is not a document
   */
  public byte[] writeBytes(Object document) {
    return codec.writeBytes(Objects.requireNonNull(document, "document"));
  }

  /**
   * Writes a document compactly to a stream as UTF-8; the stream is neither flushed beyond the document nor
   * closed.
   *
   * @param document a document or {@link JsonRecord}
   * @param out the stream
   * @throws IllegalArgumentException if the value is not a document
   * @throws java.io.UncheckedIOException if writing fails
   */
  public void write(Object document, OutputStream out) {
    try {
      codec.write(Objects.requireNonNull(document, "document"), Objects.requireNonNull(out, "out"));
    } catch (tools.jackson.core.exc.JacksonIOException e) {
      Throwable cause = e.getCause();
      throw new java.io.UncheckedIOException("writing failed", cause instanceof java.io.IOException
          ? (java.io.IOException) cause : new java.io.IOException(e.getMessage(), e));
    }
  }

  // --------------------------------------------------------------------------------- canonical form, digest

  /**
   * Returns the canonical form of a document: RFC 8785 JSON Canonicalization Scheme applied after replacing
   * every JSON number by a string holding the General Decimal Arithmetic to-scientific-string of its exact value,
   * as {@link java.math.BigDecimal#toString()} writes it ({@code 1.50 -> "1.50"}, {@code 5.24E+11 -> "5.24E+11"},
   * {@code 0.00000012 -> "1.2E-7"}, {@code -0.0 -> "0.0"}: zero never carries a sign), so no precision is lost to
   * IEEE-754 doubles. The rules and test vectors are published in {@code docs/canonical-form.md}. The envelope is included;
   * members are sorted by UTF-16 code units; there is no whitespace. Equal documents have identical canonical
   * forms, however they were formatted when read.
   *
   * @param document a document or {@link JsonRecord} (unknown members are included)
   * @return the canonical text
   * @throws IllegalArgumentException if the value is not a document
   */
  public String canonical(Object document) {
    return codec.canonical(Objects.requireNonNull(document, "document"));
  }

  /**
   * Returns the canonical form of arbitrary JSON text under the same rules as {@link #canonical(Object)},
   * without checking it against the record format.
   *
   * @param json JSON text
   * @return the canonical text
   * @throws RecordFormatException if the text is not well-formed JSON or exceeds the limits
   */
  public String canonicalizeJson(String json) {
    return Canonicalizer.canonicalize(codec.parseTree(Objects.requireNonNull(json, "json")));
  }

  /**
   * Returns the SHA-256 digest of the UTF-8 bytes of {@link #canonical(Object)}, as 64 lower-case hexadecimal
   * characters; the bytes are hashed as they are written, without building the text. It is stable across
   * read/write cycles and changes when any member changes, including the scale of a number.
   *
   * @param document a document or {@link JsonRecord}
   * @return the digest
   * @throws IllegalArgumentException if the value is not a document
   */
  public String sha256(Object document) {
    return codec.sha256(Objects.requireNonNull(document, "document"));
  }
}
