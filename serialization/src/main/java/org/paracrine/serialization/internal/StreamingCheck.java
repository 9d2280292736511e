package org.paracrine.serialization.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.paracrine.core.vocabulary.Term;
import org.paracrine.serialization.DocumentKind;
import org.paracrine.serialization.Problem;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The fast half of strict reading: one streaming pass over the tokens of a document that answers only "does the
 * tree path accept this document without a problem?", allocating no tree, no JSON Pointer and no message.
 *
 * <p>It makes the same checks as {@link TreeValidator} and the envelope checks of {@link RecordCodec} (member
 * names, required members, JSON types, {@code null}, integer range, decimal scale, dates, timestamps, quantity
 * members, vocabulary codes and near misses, enum names, identifier characters, kind and schema version), and it is
 * conservative: whenever it is unsure (a member it does not model, the {@code kind} member after other members
 * when the kind is not known in advance, an unknown member in lenient mode) it answers {@code false}, and the
 * caller reads the document again on the tree path, which explains the document with every problem and pointer.
 * Checks that data binding makes anyway (a unit is valid UCUM, a code is a well-formed term, builder invariants)
 * are left to binding, which throws and so also sends the document to the tree path.
 *
 * <p>Instances are thread-safe; the per-type plans are cached.
 */
public final class StreamingCheck {
  private static final Map<Class<?>, Plan> PLANS = new ConcurrentHashMap<>();
  private static final Map<Class<?>, Set<String>> ENUM_NAMES = new ConcurrentHashMap<>();

  private final boolean lenient;
  private final Pattern schemaVersion;

  /**
   * Creates the check.
   *
   * @param lenient true in lenient mode (near misses of vocabulary codes are kept, not refused)
   * @param schemaVersion the accepted form of the {@code schemaVersion} member
   */
  public StreamingCheck(boolean lenient, Pattern schemaVersion) {
    this.lenient = lenient;
    this.schemaVersion = schemaVersion;
  }

  /** The members of one value type, compiled once from its {@link TypeModel}. */
  private static final class Plan {
    final Map<String, Member> members;
    final int required;

    Plan(TypeModel model) {
      Map<String, Member> m = new HashMap<>();
      int req = 0;
      for (Property p : model.properties().values()) {
        m.put(p.name(), new Member(m.size(), p.shape(), p.required(), TreeValidator.isIdentifier(p.name())));
        if (p.required()) {
          req++;
        }
      }
      this.members = m;
      this.required = req;
    }
  }

  /** One member: its position, its shape, whether it is required, whether it holds identifiers. */
  private static final class Member {
    final int index;
    final Shape shape;
    final boolean required;
    final boolean identifier;

    Member(int index, Shape shape, boolean required, boolean identifier) {
      this.index = index;
      this.shape = shape;
      this.required = required;
      this.identifier = identifier;
    }
  }

  private static Plan plan(Class<?> type) {
    Plan plan = PLANS.get(type);
    if (plan == null) {
      plan = new Plan(TypeModel.of(type));
      PLANS.putIfAbsent(type, plan);
    }
    return plan;
  }

  private static Set<String> enumNames(Shape.EnumShape shape) {
    return ENUM_NAMES.computeIfAbsent(shape.type(), t -> Set.copyOf(shape.names()));
  }

  /**
   * Checks a whole document from a fresh parser: one JSON object holding an envelope and a document, nothing after.
   * A parser exception (syntax, limits) propagates; the caller treats it as "not accepted". A member name given
   * twice in one object is found here, so the parser need not look for duplicates.
   *
   * @param p a parser positioned before the first token
   * @param expected the expected kind, or null to take it from a leading {@code kind} member
   * @return the kind of an accepted document, or null if the tree path must decide
   */
  public DocumentKind check(JsonParser p, DocumentKind expected) {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      return null;
    }
    DocumentKind kind = expected;
    Plan plan = expected == null ? null : plan(expected.documentType());
    boolean sawKind = false;
    boolean sawVersion = false;
    int required = 0;
    boolean[] seen = null;
    for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
      String name = p.currentName();
      JsonToken v = p.nextToken();
      if (DocumentKind.KIND_PROPERTY.equals(name)) {
        if (sawKind || v != JsonToken.VALUE_STRING) {
          return null;
        }
        Optional<DocumentKind> found = DocumentKind.fromKind(p.getString());
        if (found.isEmpty() || (kind != null && found.get() != kind)) {
          return null;
        }
        kind = found.get();
        plan = plan(kind.documentType());
        sawKind = true;
        continue;
      }
      if (DocumentKind.SCHEMA_VERSION_PROPERTY.equals(name)) {
        if (sawVersion || v != JsonToken.VALUE_STRING || !schemaVersion.matcher(p.getString()).matches()) {
          return null;
        }
        sawVersion = true;
        continue;
      }
      if (plan == null) {
        return null; // the kind comes later: the tree path knows what to do
      }
      Member m = plan.members.get(name);
      if (seen == null) {
        seen = new boolean[plan.members.size()];
      }
      if (m == null || seen[m.index] || !value(p, v, m.shape, m.identifier)) {
        return null;
      }
      seen[m.index] = true;
      if (m.required) {
        required++;
      }
    }
    if (!sawKind || !sawVersion || plan == null || required != plan.required || p.nextToken() != null) {
      return null;
    }
    return kind;
  }

  private boolean object(JsonParser p, Plan plan) {
    int required = 0;
    boolean[] seen = new boolean[plan.members.size()];
    for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
      Member m = plan.members.get(p.currentName());
      if (m == null || seen[m.index] || !value(p, p.nextToken(), m.shape, m.identifier)) {
        return false;
      }
      seen[m.index] = true;
      if (m.required) {
        required++;
      }
    }
    return required == plan.required;
  }

  private boolean value(JsonParser p, JsonToken t, Shape shape, boolean identifier) {
    if (t == JsonToken.VALUE_NULL) {
      return false;
    }
    if (shape instanceof Shape.Text) {
      return t == JsonToken.VALUE_STRING && (!identifier || safe(p.getString()));
    } else if (shape instanceof Shape.ListShape) {
      if (t != JsonToken.START_ARRAY) {
        return false;
      }
      Shape element = ((Shape.ListShape) shape).element();
      for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
        if (!value(p, e, element, identifier)) {
          return false;
        }
      }
      return true;
    } else if (shape instanceof Shape.ObjectShape) {
      return t == JsonToken.START_OBJECT && object(p, plan(((Shape.ObjectShape) shape).type()));
    } else if (shape instanceof Shape.QuantityShape) {
      return t == JsonToken.START_OBJECT && quantity(p);
    } else if (shape instanceof Shape.TermShape) {
      return t == JsonToken.VALUE_STRING && term(p.getString(), (Shape.TermShape) shape)
          && (!identifier || safe(p.getString()));
    } else if (shape instanceof Shape.Decimal) {
      return number(p, t);
    } else if (shape instanceof Shape.Int) {
      return t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT;
    } else if (shape instanceof Shape.Bool) {
      return t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE;
    } else if (shape instanceof Shape.Date) {
      if (t != JsonToken.VALUE_STRING) {
        return false;
      }
      try {
        LocalDate.parse(p.getString());
      } catch (DateTimeParseException e) {
        return false;
      }
      return !identifier || safe(p.getString());
    } else if (shape instanceof Shape.Timestamp) {
      return t == JsonToken.VALUE_STRING && TreeValidator.isTimestamp(p.getString())
          && (!identifier || safe(p.getString()));
    } else if (shape instanceof Shape.EnumShape) {
      return t == JsonToken.VALUE_STRING && enumNames((Shape.EnumShape) shape).contains(p.getString())
          && (!identifier || safe(p.getString()));
    }
    return false;
  }

  /** A JSON number; a decimal (not an integer) must keep its scale within the accepted range. */
  private static boolean number(JsonParser p, JsonToken t) {
    if (t == JsonToken.VALUE_NUMBER_INT) {
      return true;
    }
    if (t != JsonToken.VALUE_NUMBER_FLOAT) {
      return false;
    }
    BigDecimal d = p.getDecimalValue();
    return Math.abs(d.scale()) <= TreeValidator.MAX_DECIMAL_SCALE;
  }

  private static boolean quantity(JsonParser p) {
    boolean value = false;
    boolean unit = false;
    for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
      String name = p.currentName();
      JsonToken v = p.nextToken();
      if (QuantityCodec.VALUE.equals(name)) {
        if (value || !number(p, v)) {
          return false;
        }
        value = true;
      } else if (QuantityCodec.UNIT.equals(name) && !unit && v == JsonToken.VALUE_STRING) {
        unit = true;
      } else {
        return false;
      }
    }
    return value && unit;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private boolean term(String code, Shape.TermShape shape) {
    try {
      Term.parse((Class) shape.vocabulary(), code);
    } catch (IllegalArgumentException e) {
      return false;
    }
    return lenient || Term.nearMiss((Class) shape.vocabulary(), code).isEmpty();
  }

  private static boolean safe(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Problem.isUnsafe(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
