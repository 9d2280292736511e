package org.paracrine.serialization.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.paracrine.core.InvariantViolationException;
import org.paracrine.core.report.JsonPointer;
import org.paracrine.serialization.DocumentKind;
import org.paracrine.serialization.JsonRecord;
import org.paracrine.serialization.ParacrineModule;
import org.paracrine.serialization.Problem;
import org.paracrine.serialization.ProblemType;
import org.paracrine.serialization.ReadLimits;
import org.paracrine.serialization.RecordFormatException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The engine behind {@code ParacrineJson}: parse with limits, validate the tree, bind, write, canonicalize. */
public final class RecordCodec {
  private static final Pattern SCHEMA_VERSION = Pattern.compile("1\\.(0|[1-9][0-9]{0,8})");

  private final boolean lenient;
  private final ReadLimits limits;
  private final JsonMapper mapper;
  private final ObjectWriter compact;
  private final ObjectWriter pretty;
  private final StreamingCheck streamingCheck;
  private final boolean singlePass;
  /** The parser factory of the single pass, without duplicate detection: the pass finds duplicate members itself. */
  private final JsonMapper singlePassMapper;

  /**
   * Builds the codec and its mapper, reading on the single pass first.
   *
   * @param lenient keep unknown members instead of rejecting them
   * @param limits input bounds
   */
  public RecordCodec(boolean lenient, ReadLimits limits) {
    this(lenient, limits, true);
  }

  /**
   * Builds the codec and its mapper.
   *
   * @param lenient keep unknown members instead of rejecting them
   * @param limits input bounds
   * @param singlePass true to try the single streaming pass (no tree) before the tree path; false to read every
   *     document on the tree path, which tests compare the single pass with
   */
  public RecordCodec(boolean lenient, ReadLimits limits, boolean singlePass) {
    this.lenient = lenient;
    this.limits = limits;
    this.singlePass = singlePass;
    this.streamingCheck = new StreamingCheck(lenient, SCHEMA_VERSION);
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(limits.maxDocumentLength())
            .maxNestingDepth(limits.maxNestingDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNumberLength(limits.maxNumberLength())
            .maxNameLength(limits.maxNameLength())
            .maxTokenCount(limits.maxTokenCount())
            .build())
        .build();
    this.mapper = JsonMapper.builder(factory)
        .addModule(new ParacrineModule())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .disable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
        .disable(EnumFeature.WRITE_ENUMS_USING_TO_STRING)
        .disable(EnumFeature.READ_ENUMS_USING_TO_STRING)
        .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .disable(SerializationFeature.INDENT_OUTPUT)
        .build();
    this.singlePassMapper = mapper.rebuild().disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    this.compact = mapper.writer();
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    this.pretty = mapper.writer().with(new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectNameValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(indenter).withArrayIndenter(indenter));
  }

  /**
   * Returns the configured mapper.
   *
   * @return the mapper (immutable)
   */
  public JsonMapper mapper() {
    return mapper;
  }

  /**
   * Tells whether unknown members are kept.
   *
   * @return true in lenient mode
   */
  public boolean lenient() {
    return lenient;
  }

  /**
   * Returns the input bounds.
   *
   * @return the limits
   */
  public ReadLimits limits() {
    return limits;
  }

  // ---------------------------------------------------------------- reading

  /** Input to parse. */
  @FunctionalInterface
  public interface Source {
    /**
     * Opens a parser over the input.
     *
     * @param mapper the mapper
     * @return the parser
     */
    JsonParser open(JsonMapper mapper);

    /**
     * Returns the I/O failure of the caller's stream, if reading it failed.
     *
     * @return the failure, or null (always null for in-memory input)
     */
    default IOException failedReading() {
      return null;
    }

    /**
     * Returns the length of the input in bytes (UTF-8 bytes for text), for the document-length limit, checked
     * before parsing so that every kind of input gives the same problem for the same too-long document.
     *
     * @param max the limit; a length above it may be reported as {@code max + 1}
     * @return the length, at most {@code max + 1}, or -1 when unknown
     */
    default long length(long max) {
      return -1;
    }

    /**
     * Tells whether {@link #open} may be called twice over the same bytes (in-memory text and bytes, a stream once
     * it has been read into memory), which the single-pass reader needs to explain a document it did not accept.
     *
     * @return true if the input can be read again
     */
    default boolean replayable() {
      return false;
    }
  }

  /**
   * Stream source: reads the caller's stream into memory up to the document-length limit (so an endless stream such
   * as {@code /dev/zero} costs at most the limit), and remembers whether the stream itself failed.
   */
  private static final class StreamSource implements Source {
    private final InputStream in;
    private IOException failure;
    private byte[] bytes;
    private int length;

    StreamSource(InputStream in) {
      this.in = in;
    }

    @Override
    public long length(long max) {
      int cap = (int) Math.min(max + 1, Integer.MAX_VALUE - 16);
      byte[] buf = new byte[Math.min(cap, 8192)];
      int len = 0;
      try {
        int n;
        while (len < cap && (n = in.read(buf, len, Math.min(buf.length, cap) - len)) != -1) {
          len += n;
          if (len == buf.length && len < cap) {
            buf = java.util.Arrays.copyOf(buf, (int) Math.min((long) buf.length * 2, cap));
          }
        }
      } catch (IOException e) {
        failure = e;
        throw new UncheckedIOException("reading the record failed", e);
      }
      bytes = buf;
      length = len;
      return len;
    }

    @Override
    public JsonParser open(JsonMapper mapper) {
      if (bytes == null) {
        length(Integer.MAX_VALUE - 17L);
      }
      return mapper.createParser(bytes, 0, length);
    }

    @Override
    public IOException failedReading() {
      return failure;
    }

    @Override
    public boolean replayable() {
      return bytes != null;
    }
  }

  /**
   * Reads and validates a document.
   *
   * @param source the input
   * @param expected the expected kind, or null to take it from the {@code kind} member
   * @return the record
   * @throws RecordFormatException listing every problem
   */
  public JsonRecord<Object> read(Source source, DocumentKind expected) {
    long max = limits.maxDocumentLength();
    if (source.length(max) > max) {
      throw single(Problem.at(ProblemType.LIMIT, "", "the document is longer than " + max + " bytes",
          "a document of at most " + max + " bytes (ReadLimits.maxDocumentLength)"));
    }
    if (source.replayable() && singlePass) {
      Object value = readSinglePass(source, expected);
      if (value != null) {
        return JsonRecord.of(value, Map.of());
      }
    }
    return explain(source, expected);
  }

  /**
   * The happy path alone: one streaming pass over the tokens that checks the document and builds the record (no
   * tree, no second pass).
   * {@link #read(Source, DocumentKind)} calls it first; tests compare it with {@link #explain}.
   *
   * @param source the input; it must be {@linkplain Source#replayable() replayable}
   * @param expected the expected kind, or null to take it from a leading {@code kind} member
   * @return the document, or null when either step is not sure the document is accepted (the tree path then
   *     reads it again and explains it)
   */
  public Object readSinglePass(Source source, DocumentKind expected) {
    try (JsonParser p = source.open(singlePassMapper)) {
      return streamingCheck.read(p, expected);
    } catch (RuntimeException | StackOverflowError e) {
      return null;
    }
  }

  /**
   * Reads a document on the tree path: parse into a tree, check it member by member, bind; every problem is
   * collected with its JSON Pointer. Used for trees, and for any document the fast path did not accept.
   *
   * @param source the input
   * @param expected the expected kind, or null to take it from the {@code kind} member
   * @return the record
   * @throws RecordFormatException listing every problem
   */
  public JsonRecord<Object> explain(Source source, DocumentKind expected) {
    JsonNode tree = parse(source);
    if (tree == null || tree.isMissingNode()) {
      throw single(Problem.at(ProblemType.SYNTAX, "", "the input holds no JSON value",
          "one JSON object holding a Paracrine document"));
    }
    if (!tree.isObject()) {
      throw single(Problem.at(ProblemType.WRONG_TYPE, "", "the document is a " + tree.getNodeType().name()
          .toLowerCase(java.util.Locale.ROOT) + ", not an object", "a JSON object holding a Paracrine document"));
    }
    ObjectNode root = (ObjectNode) tree;
    List<Problem> problems = new ArrayList<>();
    DocumentKind kind = checkKind(root, expected, problems);
    checkSchemaVersion(root, problems);
    if (kind == null) {
      throw new RecordFormatException(problems);
    }
    root.remove(DocumentKind.KIND_PROPERTY);
    root.remove(DocumentKind.SCHEMA_VERSION_PROPERTY);
    TreeValidator validator = new TreeValidator(lenient, this::toText);
    validator.validateObject(root, TypeModel.of(kind.documentType()), "");
    problems.addAll(validator.problems());
    if (!problems.isEmpty()) {
      throw new RecordFormatException(problems);
    }
    Object value;
    try {
      value = mapper.treeToValue(root, kind.documentType());
    } catch (RuntimeException e) {
      List<Problem> located = new ArrayList<>();
      locate(root, TypeModel.of(kind.documentType()), "", located);
      if (located.isEmpty()) {
        located.addAll(describeAll(e, "", null));
      }
      throw new RecordFormatException(located);
    }
    return JsonRecord.of(value, validator.unknownMembers());
  }

  private JsonNode parse(Source source) {
    JsonParser parser = null;
    try {
      parser = source.open(mapper);
      JsonNode tree = mapper.readTree(parser);
      if (tree != null && !tree.isMissingNode() && parser.nextToken() != null) {
        TokenStreamLocation loc = parser.currentTokenLocation();
        throw single(new Problem(ProblemType.SYNTAX, "", "trailing content after the document",
            "exactly one JSON value", loc.getLineNr(), loc.getColumnNr()));
      }
      return tree;
    } catch (StreamConstraintsException e) {
      throw single(located(ProblemType.LIMIT, e, parser, describeLimits()));
    } catch (JacksonIOException e) {
      if (source.failedReading() != null) {
        throw new UncheckedIOException("reading the record failed", source.failedReading());
      }
      // Not the caller's stream: the bytes are in an unsupported or broken encoding (e.g. bad UCS-4 marker).
      throw single(located(ProblemType.SYNTAX, e, parser, "JSON text in UTF-8 (or UTF-16/32 with a byte order mark)"));
    } catch (NumberFormatException | ArithmeticException e) {
      // Jackson's BigDecimal parser throws these unwrapped for exponents beyond the int range (found by fuzzing)
      throw single(locatedNumber(e, parser));
    } catch (JacksonException e) {
      String msg = String.valueOf(e.getOriginalMessage());
      if (msg.startsWith("Duplicate")) {
        throw single(located(ProblemType.DUPLICATE_KEY, e, parser, "each member name at most once per object"));
      }
      throw single(located(ProblemType.SYNTAX, e, parser, "well-formed JSON (RFC 8259) in UTF-8: no NaN or "
          + "Infinity, no comments, no trailing content"));
    } finally {
      if (parser != null) {
        try {
          parser.close();
        } catch (JacksonException ignored) {
          // closing a parser over a caller's stream does not close the stream (AUTO_CLOSE_SOURCE is off)
        }
      }
    }
  }

  private String describeLimits() {
    return "input within the read limits: document " + limits.maxDocumentLength() + " bytes, nesting depth "
        + limits.maxNestingDepth() + ", string " + limits.maxStringLength() + " characters, number "
        + limits.maxNumberLength() + " characters, member name " + limits.maxNameLength() + " characters, "
        + limits.maxTokenCount() + " tokens";
  }

  private static final Pattern FROM_ACCESSOR = Pattern.compile(", from `[^`]*`| \\(from `[^`]*`\\)");
  private static final Pattern TOKEN = Pattern.compile(" ?\\(token `JsonToken\\.[A-Z_]+`\\)");
  private static final Pattern SOURCE = Pattern.compile(" ?\\[Source: [^\\]]*\\]");
  private static final Pattern BACKTICKED_TYPE = Pattern.compile("`(?:java\\.lang\\.|java\\.math\\.|tools\\.jackson\\.[a-z.]*|org\\.paracrine\\.[a-z.]*)([A-Za-z$]+)`");

  /**
   * Removes what a parser's message says about its own internals (constraint accessors, token enum names,
   * redacted sources, fully qualified class names), keeping what is wrong.
   *
   * @param message the parser's message
   * @return the cleaned message
   */
  public static String clean(String message) {
    String m = FROM_ACCESSOR.matcher(message).replaceAll("");
    m = TOKEN.matcher(m).replaceAll("");
    m = SOURCE.matcher(m).replaceAll("");
    m = BACKTICKED_TYPE.matcher(m).replaceAll("$1");
    m = m.replace("JsonToken.START_OBJECT", "an object").replace("JsonToken.START_ARRAY", "an array")
        .replace("JsonToken.", "").replace("StreamReadConstraints", "read limits")
        .replace("ArithmeticException", "arithmetic error");
    return m.trim();
  }

  private static Problem locatedNumber(RuntimeException e, JsonParser parser) {
    int line = -1;
    int col = -1;
    String pointer = "";
    if (parser != null) {
      TokenStreamLocation loc = parser.currentLocation();
      line = loc.getLineNr();
      col = loc.getColumnNr();
      pointer = parser.streamReadContext().pathAsPointer().toString();
    }
    return new Problem(ProblemType.LIMIT, pointer, "number cannot be represented (its exponent is out of range)",
        "a decimal whose exponent fits in 32 bits",
        line, col);
  }

  private static final java.util.regex.Pattern START_MARKER =
      java.util.regex.Pattern.compile(" \\(start marker at \\[Source: [^\\]]*\\]\\)");

  private static Problem located(ProblemType type, JacksonException e, JsonParser parser, String expected) {
    TokenStreamLocation loc = e.getLocation();
    String pointer = "";
    JsonParser p = e.processor() instanceof JsonParser ? (JsonParser) e.processor() : parser;
    if (p != null) {
      try {
        if (loc == null || loc.getLineNr() <= 0) {
          loc = p.currentLocation();
        }
        pointer = p.streamReadContext().pathAsPointer().toString();
      } catch (RuntimeException ignored) {
        pointer = "";
      }
    }
    String msg = String.valueOf(e.getOriginalMessage());
    int from = msg.indexOf(" (from `");
    if (from > 0) {
      msg = msg.substring(0, from);
    }
    // Jackson describes start markers with a redacted source and byte offset; line and column are reported apart.
    msg = clean(START_MARKER.matcher(msg).replaceAll(""));
    if (msg.length() > 300) {
      msg = msg.substring(0, 300) + "...";
    }
    int line = loc == null ? -1 : loc.getLineNr();
    int col = loc == null ? -1 : loc.getColumnNr();
    return new Problem(type, pointer, msg, expected, line, col);
  }

  private static RecordFormatException single(Problem p) {
    return new RecordFormatException(List.of(p));
  }

  private static DocumentKind checkKind(ObjectNode root, DocumentKind expected, List<Problem> problems) {
    JsonNode k = root.get(DocumentKind.KIND_PROPERTY);
    String allowed = expected != null ? "\"" + expected.kind() + "\""
        : "one of \"product\", \"lot\", \"specification\", \"report\"";
    if (k == null) {
      problems.add(Problem.at(ProblemType.WRONG_KIND, "/kind", "required member \"kind\" is missing", allowed));
      return expected;
    }
    Optional<DocumentKind> found = k.isString() ? DocumentKind.fromKind(k.stringValue()) : Optional.empty();
    if (found.isEmpty() || (expected != null && found.get() != expected)) {
      problems.add(Problem.at(ProblemType.WRONG_KIND, "/kind", k.isString() ? "kind \""
          + TreeValidator.abbreviate(k.stringValue()) + "\" is not the expected kind" : "kind is not a string",
          allowed));
      return expected;
    }
    return found.get();
  }

  private static void checkSchemaVersion(ObjectNode root, List<Problem> problems) {
    JsonNode v = root.get(DocumentKind.SCHEMA_VERSION_PROPERTY);
    String expected = "\"1.<minor>\", e.g. \"" + DocumentKind.CURRENT_SCHEMA_VERSION + "\"";
    if (v == null) {
      problems.add(Problem.at(ProblemType.MISSING_PROPERTY, "/schemaVersion",
          "required member \"schemaVersion\" is missing", expected));
    } else if (!v.isString()) {
      problems.add(Problem.at(ProblemType.WRONG_TYPE, "/schemaVersion", "schemaVersion is not a string", expected));
    } else if (!SCHEMA_VERSION.matcher(v.stringValue()).matches()) {
      problems.add(Problem.at(ProblemType.UNSUPPORTED_VERSION, "/schemaVersion", "schema version \""
          + TreeValidator.abbreviate(v.stringValue()) + "\" cannot be read by this library", expected));
    }
  }

  /**
   * Binds every object bottom-up to find each invariant violation: an object is tried only when all of its
   * nested objects bound, so each violation is reported once, at the object that breaks it.
   *
   * @return true if the object at this pointer binds
   */
  private boolean locate(ObjectNode node, TypeModel model, String pointer, List<Problem> out) {
    boolean childrenOk = true;
    for (Property prop : model.properties().values()) {
      JsonNode v = node.get(prop.name());
      if (v == null) {
        continue;
      }
      String p = pointer + "/" + JsonPointer.escape(prop.name());
      Shape shape = prop.shape();
      if (shape instanceof Shape.ObjectShape) {
        childrenOk &= locate((ObjectNode) v, TypeModel.of(((Shape.ObjectShape) shape).type()), p, out);
      } else if (shape instanceof Shape.ListShape && ((Shape.ListShape) shape).element() instanceof Shape.ObjectShape) {
        TypeModel element = TypeModel.of(((Shape.ObjectShape) ((Shape.ListShape) shape).element()).type());
        for (int i = 0; i < v.size(); i++) {
          childrenOk &= locate((ObjectNode) v.get(i), element, p + "/" + i, out);
        }
      }
    }
    if (!childrenOk) {
      return false;
    }
    try {
      mapper.treeToValue(node, model.type());
      return true;
    } catch (RuntimeException e) {
      out.addAll(describeAll(e, pointer, node));
      return false;
    }
  }

  private static Problem describe(RuntimeException e, String pointer) {
    return describe(e, pointer, null);
  }

  /** One problem per broken invariant of the value (a builder reports them all at once), else one problem. */
  private static List<Problem> describeAll(RuntimeException e, String pointer, ObjectNode node) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InvariantViolationException) {
        List<Problem> all = new ArrayList<>();
        for (InvariantViolationException.Violation v : ((InvariantViolationException) t).violations()) {
          all.add(Problem.at(ProblemType.INVARIANT, attributePointer(node, pointer, v.attribute()),
              v.type() + "." + v.attribute() + " was " + TreeValidator.abbreviate(v.value()), v.expected()));
        }
        return all;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return List.of(describe(e, pointer, node));
  }

  private static Problem describe(RuntimeException e, String pointer, ObjectNode node) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InvariantViolationException) {
        InvariantViolationException iv = (InvariantViolationException) t;
        return Problem.at(ProblemType.INVARIANT, attributePointer(node, pointer, iv.attribute()),
            iv.type() + "." + iv.attribute() + " was " + TreeValidator.abbreviate(iv.value()), iv.expected());
      }
      if (t.getCause() == null || t.getCause() == t) {
        String msg = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        if (t instanceof JacksonException) {
          msg = String.valueOf(((JacksonException) t).getOriginalMessage());
        }
        return Problem.at(ProblemType.INVALID_VALUE, pointer, TreeValidator.abbreviate(clean(msg.replace('\n', ' '))),
            "a value the document type accepts");
      }
    }
    return Problem.at(ProblemType.INVALID_VALUE, pointer, "the value cannot be built",
        "a value the document type accepts");
  }

  private static String attributePointer(ObjectNode node, String pointer, String attribute) {
    StringBuilder p = new StringBuilder(pointer);
    JsonNode cur = node;
    for (String token : attribute.split("\\.")) {
      if (cur == null || !cur.isObject() || !cur.has(token)) {
        break;
      }
      p.append('/').append(JsonPointer.escape(token));
      cur = cur.get(token);
    }
    return p.toString();
  }

  // ---------------------------------------------------------------- writing

  /**
   * Writes a document or record as a tree: envelope first, known members sorted, unknown members re-inserted.
   *
   * @param document a document or a {@link JsonRecord}
   * @return the tree
   */
  public ObjectNode toTree(Object document) {
    if (document instanceof JsonRecord) {
      JsonRecord<?> record = (JsonRecord<?>) document;
      ObjectNode tree = mapper.valueToTree(record.value());
      for (Map.Entry<String, String> e : record.unknownMembers().entrySet()) {
        JsonNode value;
        try {
          value = mapper.readTree(e.getValue());
        } catch (JacksonException invalid) {
          throw new IllegalArgumentException("unknown member " + e.getKey() + " does not hold valid JSON text");
        }
        insert(tree, e.getKey(), value);
      }
      return tree;
    }
    DocumentKind.of(document.getClass());
    return mapper.valueToTree(document);
  }

  private static void insert(ObjectNode tree, String pointer, JsonNode value) {
    int slash = pointer.lastIndexOf('/');
    if (slash < 0) {
      return;
    }
    JsonNode parent = tree.at(pointer.substring(0, slash));
    if (parent.isObject()) {
      String name = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
      if (!parent.has(name)) {
        ((ObjectNode) parent).set(name, value);
      }
    }
  }

  /**
   * Writes a document compactly on one line.
   *
   * @param document a document or record
   * @return JSON text
   */
  public String write(Object document) {
    return compact.writeValueAsString(needsTree(document) ? toTree(document) : checked(document));
  }

  /**
   * Writes a document indented by two spaces with {@code \n} line ends and a final newline.
   *
   * @param document a document or record
   * @return JSON text
   */
  public String writePretty(Object document) {
    return pretty.writeValueAsString(needsTree(document) ? toTree(document) : checked(document)) + "\n";
  }

  /**
   * Writes a document compactly to a stream, UTF-8; the stream is not closed.
   *
   * @param document a document or record
   * @param out the stream
   */
  public void write(Object document, OutputStream out) {
    compact.writeValue(out, needsTree(document) ? toTree(document) : checked(document));
  }

  /**
   * Writes a document compactly as UTF-8 bytes.
   *
   * @param document a document or record
   * @return the bytes
   */
  public byte[] writeBytes(Object document) {
    return compact.writeValueAsBytes(needsTree(document) ? toTree(document) : checked(document));
  }

  private static boolean needsTree(Object document) {
    return document instanceof JsonRecord && !((JsonRecord<?>) document).unknownMembers().isEmpty();
  }

  private static Object checked(Object document) {
    Object value = document instanceof JsonRecord ? ((JsonRecord<?>) document).value() : document;
    DocumentKind.of(value.getClass());
    return value;
  }

  /**
   * Returns the canonical text of a document or record, written straight from its values by
   * {@link CanonicalWriter} (through the mapper for a value of a class of the caller's; through a tree when a
   * record has unknown members to re-insert); equal to {@code Canonicalizer.canonicalize(toTree(document))}.
   *
   * @param document a document or record
   * @return RFC 8785 text with numbers as exact decimal strings
   */
  public String canonical(Object document) {
    if (needsTree(document)) {
      return CanonicalGenerator.text(mapper, toTree(document));
    }
    Object value = checked(document);
    return CanonicalGenerator.text(CanonicalWriter.of(DocumentKind.of(value.getClass())), mapper, value);
  }

  /**
   * Returns the SHA-256 of the UTF-8 bytes of {@link #canonical(Object)}, hashed as they are written.
   *
   * @param document a document or record
   * @return 64 lower-case hexadecimal digits
   */
  public String sha256(Object document) {
    if (needsTree(document)) {
      return CanonicalGenerator.sha256(mapper, toTree(document));
    }
    Object value = checked(document);
    return CanonicalGenerator.sha256(CanonicalWriter.of(DocumentKind.of(value.getClass())), mapper, value);
  }

  private String toText(JsonNode node) {
    return compact.writeValueAsString(node);
  }

  /**
   * Parses JSON text with this codec's limits into a tree (exact decimals), for canonicalizing raw text.
   *
   * @param json the text
   * @return the tree
   * @throws RecordFormatException for syntax errors and exceeded limits
   */
  public JsonNode parseTree(String json) {
    JsonNode n = parse(m -> m.createParser(json));
    if (n == null || n.isMissingNode()) {
      throw single(Problem.at(ProblemType.SYNTAX, "", "the input holds no JSON value", "a JSON value"));
    }
    return n;
  }

  /**
   * Parses JSON bytes with this codec's limits into a tree (exact decimals), for documents embedded in larger JSON.
   *
   * @param json the bytes (UTF-8, or UTF-16/32 with a byte order mark)
   * @return the tree
   * @throws RecordFormatException for syntax errors, duplicate member names and exceeded limits
   */
  public JsonNode parseTree(byte[] json) {
    JsonNode n = parse(of(json, 0, json.length));
    if (n == null || n.isMissingNode()) {
      throw single(Problem.at(ProblemType.SYNTAX, "", "the input holds no JSON value", "a JSON value"));
    }
    return n;
  }

  /**
   * Reads and validates a document given as a tree (the tree is not changed).
   *
   * @param tree the document
   * @param expected the expected kind
   * @return the record
   * @throws RecordFormatException listing every problem
   */
  public JsonRecord<Object> read(JsonNode tree, DocumentKind expected) {
    return read(m -> m.treeAsTokens(tree), expected);
  }

  /**
   * Source for text input.
   *
   * @param json the text
   * @return the source
   */
  public static Source of(String json) {
    return new Source() {
      @Override
      public JsonParser open(JsonMapper mapper) {
        return mapper.createParser(json);
      }

      @Override
      public long length(long max) {
        return utf8Length(json, max);
      }

      @Override
      public boolean replayable() {
        return true;
      }
    };
  }

  /** UTF-8 length of a text, counted up to {@code max + 1}. */
  private static long utf8Length(String s, long max) {
    if ((long) s.length() * 3 <= max) {
      return s.length(); // cannot exceed the limit; the exact value does not matter then
    }
    long n = 0;
    for (int i = 0; i < s.length() && n <= max; i++) {
      char c = s.charAt(i);
      n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isHighSurrogate(c) ? 2 : 3;
    }
    return n;
  }

  /**
   * Source for a byte range (UTF-8, UTF-16 or UTF-32 with or without BOM).
   *
   * @param bytes the bytes
   * @param offset first byte
   * @param length number of bytes
   * @return the source
   */
  public static Source of(byte[] bytes, int offset, int length) {
    return new Source() {
      @Override
      public JsonParser open(JsonMapper mapper) {
        return mapper.createParser(bytes, offset, length);
      }

      @Override
      public long length(long max) {
        return length;
      }

      @Override
      public boolean replayable() {
        return true;
      }
    };
  }

  /**
   * Source for a stream, which is read to its end but not closed.
   *
   * @param in the stream
   * @return the source
   */
  public static Source of(InputStream in) {
    return new StreamSource(in);
  }
}
