package org.paracrine.serialization.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReferenceArray;
import tools.jackson.core.Base64Variant;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamWriteCapability;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TreeNode;
import tools.jackson.core.Version;
import tools.jackson.core.util.JacksonFeatureSet;
import tools.jackson.core.util.SimpleStreamWriteContext;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.util.RawValue;

/**
 * Jackson generator that writes the canonical form of {@link Canonicalizer} as UTF-8 bytes while a mapper
 * serializes a value into it, so no {@code JsonNode} tree and no intermediate {@code String} is built.
 *
 * <p>Each write call gives the same canonical bytes as Jackson's tree-building generator followed by
 * {@link Canonicalizer#canonicalize(tools.jackson.databind.JsonNode)}: numbers become strings holding
 * {@link BigDecimal#toString()} of their exact value ({@code BigInteger.toString()} for integers, and for a
 * {@code double} or {@code float} the decimal {@link BigDecimal#valueOf(double)} gives, as the tree's number nodes
 * do); {@link #writeNumber(String)} writes its text as a string, as the tree does; strings are escaped as
 * ECMAScript {@code JSON.stringify} does. Members are written in the order they arrive together with the offset
 * each one starts at; an object whose names did not arrive in strictly increasing UTF-16 order is reordered in
 * place when it closes (a repeated name keeps its last value, as an {@code ObjectNode} does). Nested objects are
 * complete and in order before their parent closes, so reordering moves finished bytes only.
 *
 * <p>Binary values, raw JSON text and embedded Java objects have no canonical form and are rejected with an
 * {@link IllegalArgumentException}, as the tree path rejects the nodes they would become. An instance writes
 * one root value at a time and is not thread-safe; the static entry points are, and reuse finished instances
 * (their buffers) through a small pool that hands each one to one thread at a time.
 */
final class CanonicalGenerator extends JsonGenerator {
  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  private static final int STREAM_WRITE_FEATURES = StreamWriteFeature.collectDefaults();
  private static final JacksonFeatureSet<StreamWriteCapability> CAPABILITIES =
      JacksonFeatureSet.fromDefaults(StreamWriteCapability.values());
  private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
  private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
  private static final byte[] NULL = {'n', 'u', 'l', 'l'};
  /** Objects with up to this many members are sorted by insertion (no allocation); larger ones by merge sort. */
  private static final int INSERTION_SORT_LIMIT = 48;

  /**
   * Finished generators kept for reuse, so a digest allocates no buffers: a few slots, each taken with
   * {@code getAndSet(null)} (one owner at a time) and given back only after a successful write, by the thread's
   * slot. Buffers larger than {@link #POOLED_CAPACITY} are not kept.
   */
  private static final AtomicReferenceArray<CanonicalGenerator> POOL = new AtomicReferenceArray<>(8);
  private static final int POOLED_CAPACITY = 1 << 16;
  private static final int INITIAL_CAPACITY = 8192;

  private ObjectMapper mapper;
  private byte[] buf;
  private int len;
  private byte[] scratch = new byte[0];
  private Frame[] frames = new Frame[8];
  private int depth;
  private boolean rootWritten;
  private boolean closed;
  private SimpleStreamWriteContext context = SimpleStreamWriteContext.createRootContext(null);
  private MessageDigest sha256;

  /**
   * Creates a generator.
   *
   * @param mapper the mapper that serializes the value, also used for values passed to {@link #writePOJO}
   * @param initialCapacity the initial size of the byte buffer
   */
  CanonicalGenerator(ObjectMapper mapper, int initialCapacity) {
    this.mapper = mapper;
    this.buf = new byte[Math.max(64, initialCapacity)];
  }

  /**
   * Serializes a value with a mapper and returns its canonical text.
   *
   * @param mapper the mapper
   * @param value the value (a document, or a tree)
   * @return the canonical text
   */
  static String text(ObjectMapper mapper, Object value) {
    CanonicalGenerator g = write(mapper, value);
    String text = new String(g.buf, 0, g.len, StandardCharsets.UTF_8);
    g.release();
    return text;
  }

  /**
   * Serializes a value with a mapper and returns the SHA-256 of its canonical UTF-8 bytes.
   *
   * @param mapper the mapper
   * @param value the value (a document, or a tree)
   * @return 64 lower-case hexadecimal digits
   */
  static String sha256(ObjectMapper mapper, Object value) {
    return write(mapper, value).digestAndRelease();
  }

  /**
   * Writes a document with {@link CanonicalWriter}, or with the mapper if the writer does not write one of its
   * values, and returns its canonical text.
   *
   * @param writer the writer of the document's kind
   * @param mapper the mapper
   * @param document the document
   * @return the canonical text
   */
  static String text(CanonicalWriter writer, ObjectMapper mapper, Object document) {
    CanonicalGenerator g = write(writer, mapper, document);
    String text = g.written();
    g.release();
    return text;
  }

  /**
   * Writes a document with {@link CanonicalWriter}, or with the mapper if the writer does not write one of its
   * values, and returns the SHA-256 of its canonical bytes.
   *
   * @param writer the writer of the document's kind
   * @param mapper the mapper
   * @param document the document
   * @return 64 lower-case hexadecimal digits
   */
  static String sha256(CanonicalWriter writer, ObjectMapper mapper, Object document) {
    return write(writer, mapper, document).digestAndRelease();
  }

  private static CanonicalGenerator write(CanonicalWriter writer, ObjectMapper mapper, Object document) {
    CanonicalGenerator g = take(mapper);
    if (writer.write(document, g)) {
      return g;
    }
    g.reset(mapper);
    return write(g, mapper, document);
  }

  private String digestAndRelease() {
    if (sha256 == null) {
      sha256 = Canonicalizer.newSha256();
    }
    sha256.update(buf, 0, len);
    String digest = Canonicalizer.hex(sha256.digest()); // digest() also resets it for the next use
    release();
    return digest;
  }

  /** A pooled generator made ready for a new value, or a new one. */
  private static CanonicalGenerator take(ObjectMapper mapper) {
    CanonicalGenerator g = POOL.getAndSet(slot(), null);
    if (g == null) {
      g = new CanonicalGenerator(mapper, INITIAL_CAPACITY);
    } else {
      g.reset(mapper);
    }
    return g;
  }

  private static CanonicalGenerator write(ObjectMapper mapper, Object value) {
    return write(take(mapper), mapper, value);
  }

  private static CanonicalGenerator write(CanonicalGenerator g, ObjectMapper mapper, Object value) {
    mapper.writeValue(g, value);
    if (g.depth != 0 || !g.rootWritten) {
      throw new IllegalStateException("the serializer of " + value.getClass().getName()
          + " left " + (g.rootWritten ? g.depth + " unclosed container(s)" : "no value"));
    }
    return g;
  }

  private static int slot() {
    return (int) (Thread.currentThread().getId() & (POOL.length() - 1));
  }

  /** Prepares a pooled generator for a new value: every frame was closed and cleared by the write before. */
  private void reset(ObjectMapper newMapper) {
    mapper = newMapper;
    len = 0;
    depth = 0;
    rootWritten = false;
    closed = false;
    context = SimpleStreamWriteContext.createRootContext(null);
  }

  /** Offers this generator, after a successful write, for reuse. */
  private void release() {
    if (buf.length <= POOLED_CAPACITY && scratch.length <= POOLED_CAPACITY) {
      mapper = null;
      POOL.compareAndSet(slot(), null, this);
    }
  }

  // ------------------------------------------------------------------------------------------------ structure

  /** An open object or array. */
  private static final class Frame {
    boolean object;
    /** Members or elements written so far. */
    int count;
    /** True while every member name was greater than the one before. */
    boolean ordered;
    /** True after a member name, until its value is written. */
    boolean expectValue;
    String[] names = new String[16];
    /** Offset of each member's opening quote in the buffer. */
    int[] starts = new int[16];

    void open(boolean isObject) {
      object = isObject;
      count = 0;
      ordered = true;
      expectValue = false;
    }

    void member(String name, int start) {
      if (count == names.length) {
        names = Arrays.copyOf(names, count * 2);
        starts = Arrays.copyOf(starts, count * 2);
      }
      if (count > 0 && ordered && names[count - 1].compareTo(name) >= 0) {
        ordered = false;
      }
      names[count] = name;
      starts[count] = start;
      count++;
      expectValue = true;
    }

    void clearNames() {
      Arrays.fill(names, 0, count, null);
    }
  }

  private Frame push(boolean object) {
    if (depth == frames.length) {
      frames = Arrays.copyOf(frames, depth * 2);
    }
    Frame f = frames[depth];
    if (f == null) {
      f = new Frame();
      frames[depth] = f;
    }
    depth++;
    f.open(object);
    return f;
  }

  /** Checks that a value may be written here and writes the separator before an array element. */
  private void beforeValue() {
    if (depth == 0) {
      if (rootWritten) {
        throw new IllegalStateException("the canonical form holds one root value; a second one was written");
      }
      rootWritten = true;
    } else {
      Frame f = frames[depth - 1];
      if (f.object) {
        if (!f.expectValue) {
          throw new IllegalStateException("a value was written in an object without a member name");
        }
        f.expectValue = false;
      } else if (f.count++ > 0) {
        put((byte) ',');
      }
    }
    context.writeValue();
  }

  /**
   * Returns the open container, checking its kind and that no member name waits for its value.
   *
   * @param object true for an object, false for an array
   * @param event what is being written (for the message)
   * @param name the member name being written, or null
   */
  private Frame current(boolean object, String event, String name) {
    Frame f = depth == 0 ? null : frames[depth - 1];
    if (f == null || f.object != object || f.expectValue) {
      throw new IllegalStateException(event + (name == null ? "" : " \"" + name + "\"") + " outside "
          + (object ? "an object" : "an array")
          + (f != null && f.expectValue ? " (a member name is waiting for its value)" : ""));
    }
    return f;
  }

  @Override
  public JsonGenerator writeStartObject() throws JacksonException {
    return writeStartObject(null);
  }

  @Override
  public JsonGenerator writeStartObject(Object forValue) throws JacksonException {
    beforeValue();
    put((byte) '{');
    push(true);
    context = context.createChildObjectContext(forValue);
    return this;
  }

  @Override
  public JsonGenerator writeStartObject(Object forValue, int size) throws JacksonException {
    return writeStartObject(forValue);
  }

  @Override
  public JsonGenerator writeEndObject() throws JacksonException {
    Frame f = current(true, "end of object", null);
    if (!f.ordered) {
      reorder(f);
    }
    f.clearNames();
    put((byte) '}');
    depth--;
    context = context.clearAndGetParent();
    return this;
  }

  @Override
  public JsonGenerator writeStartArray() throws JacksonException {
    return writeStartArray(null);
  }

  @Override
  public JsonGenerator writeStartArray(Object forValue) throws JacksonException {
    beforeValue();
    put((byte) '[');
    push(false);
    context = context.createChildArrayContext(forValue);
    return this;
  }

  @Override
  public JsonGenerator writeStartArray(Object forValue, int size) throws JacksonException {
    return writeStartArray(forValue);
  }

  @Override
  public JsonGenerator writeEndArray() throws JacksonException {
    current(false, "end of array", null);
    put((byte) ']');
    depth--;
    context = context.clearAndGetParent();
    return this;
  }

  @Override
  public JsonGenerator writeName(String name) throws JacksonException {
    Frame f = current(true, "member name", name);
    if (f.count > 0) {
      put((byte) ',');
    }
    f.member(name, len);
    string(name);
    put((byte) ':');
    context.writeName(name);
    return this;
  }

  @Override
  public JsonGenerator writeName(SerializableString name) throws JacksonException {
    return writeName(name.getValue());
  }

  @Override
  public JsonGenerator writePropertyId(long id) throws JacksonException {
    return writeName(Long.toString(id));
  }

  /**
   * Rewrites the members of the object being closed in UTF-16 order of their names. Member {@code i} occupies
   * {@code [starts[i], starts[i + 1] - 1)} (the byte before the next start is its comma), the last one ends at
   * the current length. Where a name repeats, only its last member is kept.
   */
  private void reorder(Frame f) {
    int n = f.count;
    int base = f.starts[0];
    int size = len - base;
    if (scratch.length < size) {
      scratch = new byte[Math.max(size, scratch.length * 2)];
    }
    System.arraycopy(buf, base, scratch, 0, size);
    int[] order = sortedOrder(f.names, n);
    int pos = base;
    boolean first = true;
    for (int k = 0; k < n; k++) {
      int i = order[k];
      if (k + 1 < n && f.names[order[k + 1]].equals(f.names[i])) {
        continue; // a later member of the same name wins, as in ObjectNode.set
      }
      if (!first) {
        buf[pos++] = ',';
      }
      first = false;
      int from = f.starts[i];
      int to = i + 1 < n ? f.starts[i + 1] - 1 : len;
      System.arraycopy(scratch, from - base, buf, pos, to - from);
      pos += to - from;
    }
    len = pos;
  }

  /** Indices {@code 0..n-1} in stable ascending order of their names (UTF-16 code units). */
  private static int[] sortedOrder(String[] names, int n) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    if (n <= INSERTION_SORT_LIMIT) {
      for (int i = 1; i < n; i++) {
        int v = order[i];
        int j = i - 1;
        while (j >= 0 && names[order[j]].compareTo(names[v]) > 0) {
          order[j + 1] = order[j];
          j--;
        }
        order[j + 1] = v;
      }
      return order;
    }
    Integer[] boxed = new Integer[n];
    for (int i = 0; i < n; i++) {
      boxed[i] = i;
    }
    Arrays.sort(boxed, (a, b) -> names[a].compareTo(names[b])); // stable merge sort
    for (int i = 0; i < n; i++) {
      order[i] = boxed[i];
    }
    return order;
  }

  // ------------------------------------------------------------------------------------------------ values

  @Override
  public JsonGenerator writeString(String text) throws JacksonException {
    if (text == null) {
      return writeNull();
    }
    beforeValue();
    string(text);
    return this;
  }

  @Override
  public JsonGenerator writeString(char[] text, int offset, int length) throws JacksonException {
    return writeString(new String(text, offset, length));
  }

  @Override
  public JsonGenerator writeString(SerializableString text) throws JacksonException {
    return writeString(text == null ? null : text.getValue());
  }

  @Override
  public JsonGenerator writeString(Reader reader, int length) throws JacksonException {
    StringBuilder sb = new StringBuilder(length < 0 ? 64 : Math.min(length, 8192));
    char[] chunk = new char[1024];
    try {
      int remaining = length < 0 ? Integer.MAX_VALUE : length;
      while (remaining > 0) {
        int n = reader.read(chunk, 0, Math.min(chunk.length, remaining));
        if (n < 0) {
          break;
        }
        sb.append(chunk, 0, n);
        remaining -= n;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading a string value failed", e);
    }
    return writeString(sb.toString());
  }

  @Override
  public JsonGenerator writeUTF8String(byte[] text, int offset, int length) throws JacksonException {
    return writeString(new String(text, offset, length, StandardCharsets.UTF_8));
  }

  @Override
  public JsonGenerator writeRawUTF8String(byte[] text, int offset, int length) throws JacksonException {
    throw noCanonicalForm("an already escaped UTF-8 string");
  }

  @Override
  public JsonGenerator writeNumber(short v) throws JacksonException {
    return writeNumber((long) v);
  }

  @Override
  public JsonGenerator writeNumber(int v) throws JacksonException {
    return writeNumber((long) v);
  }

  @Override
  public JsonGenerator writeNumber(long v) throws JacksonException {
    beforeValue();
    if (v == Long.MIN_VALUE) {
      ascii(Long.toString(v));
      return this;
    }
    ensure(22);
    buf[len++] = '"';
    long u = v;
    if (u < 0) {
      buf[len++] = '-';
      u = -u;
    }
    int digits = 1;
    for (long t = u / 10; t != 0; t /= 10) {
      digits++;
    }
    for (int i = len + digits - 1; i >= len; i--) {
      buf[i] = (byte) ('0' + (int) (u % 10));
      u /= 10;
    }
    len += digits;
    buf[len++] = '"';
    return this;
  }

  @Override
  public JsonGenerator writeNumber(BigInteger v) throws JacksonException {
    if (v == null) {
      return writeNull();
    }
    beforeValue();
    ascii(v.toString());
    return this;
  }

  @Override
  public JsonGenerator writeNumber(double v) throws JacksonException {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      throw new IllegalArgumentException("the canonical form holds exact numbers only, got " + v);
    }
    return writeNumber(BigDecimal.valueOf(v));
  }

  @Override
  public JsonGenerator writeNumber(float v) throws JacksonException {
    return writeNumber((double) v);
  }

  @Override
  public JsonGenerator writeNumber(BigDecimal v) throws JacksonException {
    if (v == null) {
      return writeNull();
    }
    beforeValue();
    ascii(v.toString());
    return this;
  }

  @Override
  public JsonGenerator writeNumber(String encodedValue) throws JacksonException {
    return writeString(encodedValue);
  }

  @Override
  public JsonGenerator writeBoolean(boolean state) throws JacksonException {
    beforeValue();
    put(state ? TRUE : FALSE);
    return this;
  }

  @Override
  public JsonGenerator writeNull() throws JacksonException {
    beforeValue();
    put(NULL);
    return this;
  }

  @Override
  public JsonGenerator writePOJO(Object value) throws JacksonException {
    if (value == null) {
      return writeNull();
    }
    if (value instanceof byte[] || value instanceof RawValue) {
      throw noCanonicalForm("an embedded " + value.getClass().getSimpleName());
    }
    mapper.writeValue(this, value);
    return this;
  }

  @Override
  public JsonGenerator writeTree(TreeNode rootNode) throws JacksonException {
    if (rootNode == null) {
      return writeNull();
    }
    mapper.writeValue(this, rootNode);
    return this;
  }

  @Override
  public JsonGenerator writeEmbeddedObject(Object object) throws JacksonException {
    if (object == null) {
      return writeNull();
    }
    throw noCanonicalForm("an embedded " + object.getClass().getSimpleName());
  }

  @Override
  public JsonGenerator writeBinary(Base64Variant bv, byte[] data, int offset, int length) throws JacksonException {
    throw noCanonicalForm("binary data");
  }

  @Override
  public int writeBinary(Base64Variant bv, java.io.InputStream data, int dataLength) throws JacksonException {
    throw noCanonicalForm("binary data");
  }

  @Override
  public JsonGenerator writeRaw(String text) throws JacksonException {
    throw noCanonicalForm("raw JSON text");
  }

  @Override
  public JsonGenerator writeRaw(String text, int offset, int length) throws JacksonException {
    throw noCanonicalForm("raw JSON text");
  }

  @Override
  public JsonGenerator writeRaw(char[] text, int offset, int length) throws JacksonException {
    throw noCanonicalForm("raw JSON text");
  }

  @Override
  public JsonGenerator writeRaw(char c) throws JacksonException {
    throw noCanonicalForm("raw JSON text");
  }

  @Override
  public JsonGenerator writeRawValue(String text) throws JacksonException {
    throw noCanonicalForm("raw JSON text");
  }

  @Override
  public JsonGenerator writeRawValue(String text, int offset, int length) throws JacksonException {
    throw noCanonicalForm("raw JSON text");
  }

  @Override
  public JsonGenerator writeRawValue(char[] text, int offset, int length) throws JacksonException {
    throw noCanonicalForm("raw JSON text");
  }

  private static IllegalArgumentException noCanonicalForm(String what) {
    return new IllegalArgumentException("cannot write " + what
        + " in the canonical form: it holds JSON objects, arrays, strings, exact numbers and literals only");
  }

  // ------------------------------------------------------------------------------------------------ direct

  /*
   * Writing for CanonicalWriter, which knows the canonical order of every member and writes each byte once: no
   * frames, no member bookkeeping, no reordering. The caller writes well-formed canonical JSON.
   */

  /**
   * Returns what was written so far as text.
   *
   * @return the UTF-8 bytes of the buffer decoded
   */
  String written() {
    return new String(buf, 0, len, StandardCharsets.UTF_8);
  }

  /** Appends one structural byte ({@code { } [ ] , :}). */
  void direct(byte b) {
    put(b);
  }

  /** Appends bytes prepared in advance (a member name with its quotes, colon and leading comma). */
  void direct(byte[] bytes) {
    put(bytes);
  }

  /** Appends a string value, quoted and escaped. */
  void directString(String s) {
    string(s);
  }

  /** Appends an exact number as the canonical form writes it: its decimal text as a string. */
  void directNumber(BigDecimal v) {
    ascii(v.toString());
  }

  /** Appends an integer as the canonical form writes it: its decimal text as a string. */
  void directNumber(int v) {
    ascii(Integer.toString(v));
  }

  /** Appends {@code true} or {@code false}. */
  void directBoolean(boolean v) {
    put(v ? TRUE : FALSE);
  }

  /**
   * The bytes of a member name as the canonical form writes it: quoted, escaped, followed by a colon.
   *
   * @param name the member name
   * @return the UTF-8 bytes
   */
  static byte[] memberName(String name) {
    CanonicalGenerator g = new CanonicalGenerator(null, name.length() * 6 + 3);
    g.string(name);
    g.put((byte) ':');
    return Arrays.copyOf(g.buf, g.len);
  }

  // ------------------------------------------------------------------------------------------------ bytes

  private void ensure(int more) {
    if (len + more > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(len + more, buf.length * 2));
    }
  }

  private void put(byte b) {
    ensure(1);
    buf[len++] = b;
  }

  private void put(byte[] bytes) {
    ensure(bytes.length);
    System.arraycopy(bytes, 0, buf, len, bytes.length);
    len += bytes.length;
  }

  /** Writes a quoted text that holds only ASCII characters needing no escape (a number's decimal text). */
  private void ascii(String s) {
    int n = s.length();
    ensure(n + 2);
    byte[] b = buf;
    int p = len;
    b[p++] = '"';
    for (int i = 0; i < n; i++) {
      b[p++] = (byte) s.charAt(i);
    }
    b[p++] = '"';
    len = p;
  }

  /**
   * Writes a quoted, escaped string as UTF-8: {@code "} {@code \} and the control characters escaped as
   * ECMAScript {@code JSON.stringify} does ({@code \b \t \n \f \r}, others as <code>&#92;u00xx</code>), a lone surrogate as
   * <code>&#92;u</code> with four lower-case hex digits, a surrogate pair as one four-byte sequence.
   */
  private void string(String s) {
    int n = s.length();
    ensure(n + 2);
    // the buffer and position are kept in locals while the text is copied: as fields, every byte would be a load
    // and a store of both, since the compiler cannot prove that the array write leaves them unchanged
    byte[] b = buf;
    int p = len;
    b[p++] = '"';
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      // Room for the rest as ASCII and the closing quote is kept: ensured above, and before each escape.
      if (c < 0x80 && c >= 0x20 && c != '"' && c != '\\') {
        b[p++] = (byte) c;
        continue;
      }
      len = p;
      ensure(7 + n - i);
      b = buf;
      if (c < 0x80) {
        b[p++] = '\\';
        switch (c) {
          case '"':
            b[p++] = '"';
            break;
          case '\\':
            b[p++] = '\\';
            break;
          case '\b':
            b[p++] = 'b';
            break;
          case '\f':
            b[p++] = 'f';
            break;
          case '\n':
            b[p++] = 'n';
            break;
          case '\r':
            b[p++] = 'r';
            break;
          case '\t':
            b[p++] = 't';
            break;
          default:
            len = p;
            unicodeEscape(c);
            p = len;
        }
      } else if (c < 0x800) {
        b[p++] = (byte) (0xC0 | (c >> 6));
        b[p++] = (byte) (0x80 | (c & 0x3F));
      } else if (!Character.isSurrogate(c)) {
        b[p++] = (byte) (0xE0 | (c >> 12));
        b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        b[p++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, s.charAt(++i));
        b[p++] = (byte) (0xF0 | (cp >> 18));
        b[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        b[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        b[p++] = (byte) (0x80 | (cp & 0x3F));
      } else {
        b[p++] = '\\';
        len = p;
        unicodeEscape(c); // a lone surrogate
        p = len;
      }
    }
    b[p++] = '"';
    len = p;
  }


  /** Writes {@code u} and four lower-case hex digits; the backslash is already written. */
  private void unicodeEscape(char c) {
    buf[len++] = 'u';
    buf[len++] = HEX[c >> 12];
    buf[len++] = HEX[(c >> 8) & 0xF];
    buf[len++] = HEX[(c >> 4) & 0xF];
    buf[len++] = HEX[c & 0xF];
  }

  // ------------------------------------------------------------------------------------------------ plumbing

  @Override
  public Version version() {
    return tools.jackson.core.json.PackageVersion.VERSION;
  }

  @Override
  public TokenStreamContext streamWriteContext() {
    return context;
  }

  @Override
  public ObjectWriteContext objectWriteContext() {
    return ObjectWriteContext.empty();
  }

  @Override
  public Object streamWriteOutputTarget() {
    return null;
  }

  @Override
  public int streamWriteOutputBuffered() {
    return len;
  }

  @Override
  public Object currentValue() {
    return context.currentValue();
  }

  @Override
  public void assignCurrentValue(Object v) {
    context.assignCurrentValue(v);
  }

  @Override
  public JsonGenerator configure(StreamWriteFeature f, boolean state) {
    return this; // the canonical form has no options
  }

  @Override
  public boolean isEnabled(StreamWriteFeature f) {
    return (STREAM_WRITE_FEATURES & f.getMask()) != 0;
  }

  @Override
  public int streamWriteFeatures() {
    return STREAM_WRITE_FEATURES;
  }

  @Override
  public boolean has(StreamWriteCapability capability) {
    return CAPABILITIES.isEnabled(capability);
  }

  @Override
  public JacksonFeatureSet<StreamWriteCapability> streamWriteCapabilities() {
    return CAPABILITIES;
  }

  @Override
  public void flush() {
    // the bytes stay in memory until the caller takes them
  }

  @Override
  public boolean isClosed() {
    return closed;
  }

  @Override
  public void close() {
    closed = true;
  }
}
