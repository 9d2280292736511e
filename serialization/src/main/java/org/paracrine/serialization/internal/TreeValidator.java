package org.paracrine.serialization.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.paracrine.core.quantity.InvalidUnitException;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.report.JsonPointer;
import org.paracrine.core.vocabulary.Term;
import org.paracrine.core.vocabulary.Vocabulary;
import org.paracrine.serialization.Problem;
import org.paracrine.serialization.ProblemType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks a parsed JSON tree against the record format and collects every problem with its JSON Pointer, instead
 * of stopping at the first one as data binding does. In lenient mode unknown members are removed from the tree
 * and returned by pointer, so they can be written back later.
 */
public final class TreeValidator {
  /** Largest accepted decimal scale magnitude: {@code 1E+1000} and {@code 1E-1000} are the extremes. */
  public static final int MAX_DECIMAL_SCALE = 1000;

  /** The accepted form of an instant: UTC with a {@code Z}, seconds, an optional fraction of up to 9 digits. */
  private static final java.util.regex.Pattern TIMESTAMP =
      java.util.regex.Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?Z");

  /**
   * Members that hold identifiers, codes or versions: they must not contain control or bidirectional-formatting
   * characters, which could forge lines in a printed report (a lot id holding a line break and a verdict).
   */
  private static final java.util.Set<String> IDENTIFIERS = java.util.Set.of("id", "version", "productId", "lotId",
      "productVersion", "parentLots", "products", "criterionId", "code", "checklistId", "checklistVersion", "keyId",
      "signer", "checkedBy", "libraryName", "libraryVersion", "algorithm", "doi", "sha256", "jws", "kind");

  private final boolean lenient;
  private final Function<JsonNode, String> writer;
  private final List<Problem> problems = new ArrayList<>();
  private final Map<String, String> unknown = new LinkedHashMap<>();

  /**
   * Creates a validator for one document.
   *
   * @param lenient true to keep unknown members instead of reporting them
   * @param writer writes an unknown member's value as exact JSON text
   */
  public TreeValidator(boolean lenient, Function<JsonNode, String> writer) {
    this.lenient = lenient;
    this.writer = writer;
  }

  /**
   * Validates an object against a value type.
   *
   * @param node the object node; unknown members are removed in lenient mode
   * @param model the type
   * @param pointer the object's JSON Pointer
   */
  public void validateObject(ObjectNode node, TypeModel model, String pointer) {
    Map<String, Property> props = model.properties();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String p = pointer + "/" + JsonPointer.escape(e.getKey());
      Property prop = props.get(e.getKey());
      if (prop == null) {
        if (lenient) {
          unknown.put(p, writer.apply(e.getValue()));
          it.remove();
        } else {
          problems.add(Problem.at(ProblemType.UNKNOWN_PROPERTY, p, "unknown member \"" + abbreviate(e.getKey())
              + "\" in " + model.type().getSimpleName(), "one of " + props.keySet()));
        }
        continue;
      }
      validateValue(e.getValue(), prop.shape(), p);
      if (IDENTIFIERS.contains(e.getKey())) {
        checkIdentifier(e.getValue(), p);
      }
    }
    for (Property prop : props.values()) {
      if (prop.required() && !node.has(prop.name())) {
        problems.add(Problem.at(ProblemType.MISSING_PROPERTY, pointer + "/" + prop.name(), "required member \""
            + prop.name() + "\" of " + model.type().getSimpleName() + " is missing", describe(prop.shape())));
      }
    }
  }

  private void validateValue(JsonNode v, Shape shape, String p) {
    if (v.isNull()) {
      problems.add(Problem.at(ProblemType.WRONG_TYPE, p, "null is not allowed (omit an absent member)",
          describe(shape)));
      return;
    }
    if (shape instanceof Shape.Text) {
      requireType(v.isString(), v, shape, p);
    } else if (shape instanceof Shape.Bool) {
      requireType(v.isBoolean(), v, shape, p);
    } else if (shape instanceof Shape.Int) {
      if (requireType(v.isIntegralNumber(), v, shape, p) && !v.canConvertToInt()) {
        problems.add(Problem.at(ProblemType.INVALID_VALUE, p, "integer out of range", describe(shape)));
      }
    } else if (shape instanceof Shape.Decimal) {
      if (requireType(v.isNumber(), v, shape, p)) {
        checkScale(v, p);
      }
    } else if (shape instanceof Shape.Date) {
      if (requireType(v.isString(), v, shape, p)) {
        try {
          LocalDate.parse(v.stringValue());
        } catch (DateTimeParseException e) {
          problems.add(Problem.at(ProblemType.INVALID_VALUE, p, "\"" + abbreviate(v.stringValue())
              + "\" is not a date", describe(shape)));
        }
      }
    } else if (shape instanceof Shape.Timestamp) {
      if (requireType(v.isString(), v, shape, p) && !isTimestamp(v.stringValue())) {
        problems.add(Problem.at(ProblemType.INVALID_VALUE, p, "\"" + abbreviate(v.stringValue())
            + "\" is not a UTC timestamp", describe(shape)));
      }
    } else if (shape instanceof Shape.QuantityShape) {
      if (requireType(v.isObject(), v, shape, p)) {
        validateQuantity((ObjectNode) v, p);
      }
    } else if (shape instanceof Shape.TermShape) {
      if (requireType(v.isString(), v, shape, p)) {
        validateTerm(v.stringValue(), (Shape.TermShape) shape, p);
      }
    } else if (shape instanceof Shape.EnumShape) {
      if (requireType(v.isString(), v, shape, p) && !((Shape.EnumShape) shape).names().contains(v.stringValue())) {
        problems.add(Problem.at(ProblemType.INVALID_VALUE, p, "\"" + abbreviate(v.stringValue())
            + "\" is not a known value", describe(shape)));
      }
    } else if (shape instanceof Shape.ObjectShape) {
      if (requireType(v.isObject(), v, shape, p)) {
        validateObject((ObjectNode) v, TypeModel.of(((Shape.ObjectShape) shape).type()), p);
      }
    } else if (shape instanceof Shape.ListShape) {
      if (requireType(v.isArray(), v, shape, p)) {
        for (int i = 0; i < v.size(); i++) {
          validateValue(v.get(i), ((Shape.ListShape) shape).element(), p + "/" + i);
        }
      }
    }
  }

  /**
   * Tells whether a member holds identifiers, codes or versions, whose text must be free of control and
   * bidirectional-formatting characters.
   *
   * @param member the member name
   * @return true for identifier members
   */
  static boolean isIdentifier(String member) {
    return IDENTIFIERS.contains(member);
  }

  static boolean isTimestamp(String text) {
    if (!TIMESTAMP.matcher(text).matches()) {
      return false;
    }
    try {
      Instant.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private void checkIdentifier(JsonNode v, String p) {
    if (v.isString()) {
      String s = v.stringValue();
      for (int i = 0; i < s.length(); i++) {
        if (Problem.isUnsafe(s.charAt(i))) {
          problems.add(Problem.at(ProblemType.INVALID_VALUE, p, String.format("the identifier holds the control "
              + "or formatting character U+%04X at position %d", (int) s.charAt(i), i + 1),
              "an identifier without control, line-break or bidirectional-formatting characters"));
          return;
        }
      }
    } else if (v.isArray()) {
      for (int i = 0; i < v.size(); i++) {
        checkIdentifier(v.get(i), p + "/" + i);
      }
    }
  }

  private void checkScale(JsonNode v, String p) {
    if (v.isBigDecimal() && Math.abs(v.decimalValue().scale()) > MAX_DECIMAL_SCALE) {
      problems.add(Problem.at(ProblemType.INVALID_VALUE, p, "decimal exponent out of range",
          "a decimal whose scale is within ±" + MAX_DECIMAL_SCALE));
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private void validateTerm(String code, Shape.TermShape shape, String p) {
    try {
      Term.parse((Class) shape.vocabulary(), code);
    } catch (IllegalArgumentException e) {
      problems.add(Problem.at(ProblemType.INVALID_VALUE, p, "\"" + abbreviate(code) + "\" is not a valid "
          + shape.vocabulary().getSimpleName() + " code", describe(shape)));
      return;
    }
    if (!lenient) {
      // Strict reading: an unknown code one typo away from a known code is refused, not kept as a new term.
      Optional<? extends Vocabulary> meant = Term.nearMiss((Class) shape.vocabulary(), code);
      meant.ifPresent(m -> problems.add(Problem.at(ProblemType.INVALID_VALUE, p, "\"" + abbreviate(code)
          + "\" is not a " + shape.vocabulary().getSimpleName() + " code; did you mean \"" + m.code() + "\"?",
          "a known " + shape.vocabulary().getSimpleName() + " code such as \"" + m.code() + "\", or a new code that"
          + " is not a near miss of a known one (the lenient reader keeps any code)")));
    }
  }

  private void validateQuantity(ObjectNode q, String p) {
    JsonNode value = null;
    JsonNode unit = null;
    for (Iterator<Map.Entry<String, JsonNode>> it = q.properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String mp = p + "/" + JsonPointer.escape(e.getKey());
      if (QuantityCodec.VALUE.equals(e.getKey())) {
        value = e.getValue();
        if (value.isNull() || !value.isNumber()) {
          problems.add(Problem.at(ProblemType.WRONG_TYPE, mp, "quantity value " + seen(value),
              "a JSON number (exact decimal, e.g. 1.50 or 5.24E+11)"));
          value = null;
        } else {
          checkScale(value, mp);
        }
      } else if (QuantityCodec.UNIT.equals(e.getKey())) {
        unit = e.getValue();
        if (!unit.isString()) {
          problems.add(Problem.at(ProblemType.WRONG_TYPE, mp, "quantity unit " + seen(unit),
              "a UCUM unit code string such as \"mL\" or \"{particles}/mL\""));
          unit = null;
        }
      } else if (lenient) {
        unknown.put(mp, writer.apply(e.getValue()));
        it.remove();
      } else {
        problems.add(Problem.at(ProblemType.UNKNOWN_PROPERTY, mp, "unknown member \"" + abbreviate(e.getKey())
            + "\" in Quantity", "one of [unit, value]"));
      }
    }
    for (String required : List.of(QuantityCodec.UNIT, QuantityCodec.VALUE)) {
      if (!q.has(required)) {
        problems.add(Problem.at(ProblemType.MISSING_PROPERTY, p + "/" + required, "required member \"" + required
            + "\" of Quantity is missing", required.equals(QuantityCodec.UNIT) ? "a UCUM unit code string"
            : "a JSON number"));
      }
    }
    if (unit != null) {
      try {
        Quantity.of(value != null ? value.decimalValue() : BigDecimal.ZERO, unit.stringValue());
      } catch (InvalidUnitException e) {
        problems.add(Problem.at(ProblemType.INVALID_VALUE, p + "/" + QuantityCodec.UNIT, "\""
            + abbreviate(unit.stringValue()) + "\" is not a valid UCUM unit"
            + e.suggestion().map(s -> "; did you mean \"" + s + "\"?").orElse(""),
            e.suggestion().map(s -> "the UCUM code \"" + s + "\"").orElse(
                "a UCUM unit code such as \"mL\", \"{particles}/mL\", \"[IU]/mL\" or \"%\"")));
      }
    }
  }

  private boolean requireType(boolean ok, JsonNode v, Shape shape, String p) {
    if (!ok) {
      problems.add(Problem.at(ProblemType.WRONG_TYPE, p, "value " + seen(v), describe(shape)));
    }
    return ok;
  }

  private static String seen(JsonNode v) {
    if (v.isNull()) {
      return "is null";
    } else if (v.isString()) {
      return "is a string";
    } else if (v.isNumber()) {
      return "is a number";
    } else if (v.isBoolean()) {
      return "is a boolean";
    } else if (v.isArray()) {
      return "is an array";
    }
    return "is an object";
  }

  /**
   * Describes what a shape requires, for problem messages.
   *
   * @param shape the shape
   * @return e.g. {@code "a date in ISO-8601 form yyyy-MM-dd"}
   */
  public static String describe(Shape shape) {
    if (shape instanceof Shape.Text) {
      return "a string";
    } else if (shape instanceof Shape.Bool) {
      return "true or false";
    } else if (shape instanceof Shape.Int) {
      return "an integer between -2147483648 and 2147483647";
    } else if (shape instanceof Shape.Decimal) {
      return "a JSON number (exact decimal)";
    } else if (shape instanceof Shape.Date) {
      return "a date in ISO-8601 form yyyy-MM-dd";
    } else if (shape instanceof Shape.Timestamp) {
      return "a UTC instant in ISO-8601 form yyyy-MM-ddTHH:mm:ss[.fraction]Z";
    } else if (shape instanceof Shape.QuantityShape) {
      return "a quantity object {\"unit\": <UCUM code>, \"value\": <number>}";
    } else if (shape instanceof Shape.TermShape) {
      List<String> codes = ((Shape.TermShape) shape).knownCodes();
      return "a " + ((Shape.TermShape) shape).vocabulary().getSimpleName() + " code (a non-blank string of at most "
          + Term.MAX_CODE_LENGTH + " characters without control characters), e.g. "
          + codes.stream().limit(5).collect(Collectors.joining(", ")) + (codes.size() > 5 ? ", ..." : "");
    } else if (shape instanceof Shape.EnumShape) {
      return "one of " + ((Shape.EnumShape) shape).names();
    } else if (shape instanceof Shape.ObjectShape) {
      return "a " + ((Shape.ObjectShape) shape).type().getSimpleName() + " object";
    }
    return "an array of " + describe(((Shape.ListShape) shape).element());
  }

  /**
   * Shortens untrusted text for messages.
   *
   * @param s the text
   * @return at most 40 characters plus an ellipsis
   */
  public static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "..." : s;
  }

  /**
   * Returns the problems found so far.
   *
   * @return the problems, in discovery order
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * Returns the unknown members removed in lenient mode.
   *
   * @return pointer to exact JSON text of the member's value, in document order
   */
  public Map<String, String> unknownMembers() {
    return unknown;
  }
}
