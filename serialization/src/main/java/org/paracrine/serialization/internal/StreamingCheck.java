package org.paracrine.serialization.internal;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.vocabulary.Term;
import org.paracrine.serialization.DocumentKind;
import org.paracrine.serialization.Problem;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The happy path of strict reading: one streaming pass over the tokens of a document that checks it and, when the
 * tree path would accept it without a problem, builds the record on the way (through the Immutables builder of
 * each value type), with no tree, no JSON Pointer and no message.
 *
 * <p>It makes the same checks as {@link TreeValidator} and the envelope checks of {@link RecordCodec} (member
 * names, required members, JSON types, {@code null}, integer range, decimal scale, dates, timestamps, quantity
 * members, vocabulary codes and near misses, enum names, identifier characters, kind and schema version), and it is
 * conservative: whenever it is unsure (a member it does not model, the {@code kind} member after other members
 * when the kind is not known in advance, an unknown member in lenient mode, a date not written as
 * {@code yyyy-MM-dd}) it answers "not accepted", and the caller reads the document again on the tree path, which
 * explains the document with every problem and pointer. The checks that building makes anyway (a unit is valid
 * UCUM, a code is a well-formed term, the invariants of the core builders) throw an exception, which the caller
 * also treats as "not accepted".
 *
 * <p>The values it builds are the ones data binding builds from the same text: strings as read, exact
 * {@link BigDecimal}s ({@link JsonParser#getDecimalValue()}, integers too), {@code int}s, ISO dates and instants,
 * quantities through {@link Quantity#of(BigDecimal, String)}, terms through {@link Term#parse(Class, String)},
 * enum constants by name, lists in document order, nested value objects through their builders.
 * {@code SinglePassAgreementTest} compares both over the golden files, the sample records, the fuzz corpus and
 * seeded variants of them.
 *
 * <p>Instances are thread-safe; the per-type plans are cached.
 */
public final class StreamingCheck {
  /** Returned by the value readers for "not accepted"; never a record value. */
  private static final Object REFUSED = new Object();
  private static final Map<Class<?>, Plan> PLANS = new ConcurrentHashMap<>();
  private static final Map<Class<?>, Map<String, Object>> ENUM_CONSTANTS = new ConcurrentHashMap<>();

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

  /**
   * The members of one value type and its builder, compiled once from its {@link TypeModel}. The builder methods
   * are called through plain accessors at first and through generated ones ({@link Accessors}) once the type has
   * been read {@link Accessors#GENERATE_AFTER} times: a JVM that reads a few records does not pay for generating
   * classes, one that reads many calls the builders directly.
   */
  private static final class Plan {
    final Map<String, Member> members;
    final int required;
    private final Class<?> builder;
    private final Method builderFactory;
    private final Method buildMethod;
    /** {@code ImmutableX.builder()}; replaced by a generated accessor (racing threads may use either). */
    Supplier<Object> newBuilder;
    /** {@code Builder.build()}; replaced likewise. */
    UnaryOperator<Object> build;
    /** Values read with this plan, until its accessors are generated. */
    private final Accessors.Uses uses = new Accessors.Uses();

    Plan(TypeModel model) {
      Class<?> implementation = model.implementation();
      this.builderFactory = method(implementation, "builder");
      this.builder = builderFactory.getReturnType();
      this.buildMethod = method(builder, "build");
      Map<String, Member> m = new HashMap<>();
      int req = 0;
      for (Property p : model.properties().values()) {
        m.put(p.name(), new Member(m.size(), new Slot(p.shape()), p.required(),
            TreeValidator.isIdentifier(p.name()), setter(builder, p), adder(builder, p), builder));
        if (p.required()) {
          req++;
        }
      }
      this.members = m;
      this.required = req;
      this.newBuilder = Accessors.supplier(builderFactory, false);
      this.build = Accessors.function(buildMethod, builder, false);
    }

    /** Starts reading one value: a new builder, after switching to generated accessors when the time has come. */
    Object start() {
      if (uses.countAndCheck()) {
        generate();
      }
      return newBuilder.get();
    }

    private synchronized void generate() {
      for (Member m : members.values()) {
        m.set = Accessors.setter(m.setMethod, builder, true);
        if (m.addMethod != null) {
          m.add = Accessors.setter(m.addMethod, builder, true);
        }
      }
      build = Accessors.function(buildMethod, builder, true);
      newBuilder = Accessors.supplier(builderFactory, true);
    }

    /**
     * The builder method that sets one member from its bound value: {@code addAllX(Iterable)} for a list, else
     * {@code x(T)} with the value itself (not the {@code Optional} overload).
     */
    private static Method setter(Class<?> builder, Property p) {
      boolean list = p.shape() instanceof Shape.ListShape;
      String name = list ? "addAll" + Character.toUpperCase(p.accessor().charAt(0)) + p.accessor().substring(1)
          : p.accessor();
      for (Method candidate : builder.getMethods()) {
        if (!candidate.getName().equals(name) || candidate.getParameterCount() != 1
            || Modifier.isStatic(candidate.getModifiers())) {
          continue;
        }
        Class<?> parameter = candidate.getParameterTypes()[0];
        if (list ? parameter == Iterable.class : parameter != Optional.class && !Iterable.class.isAssignableFrom(
            parameter) && !parameter.isArray()) {
          return candidate;
        }
      }
      throw new IllegalStateException("no builder method " + name + " on " + builder.getName());
    }

    /**
     * The builder method that adds one element to a list member, so that the elements need no list of their own:
     * {@code addX(T)}, whose name is the member's name made singular by the Immutables style ({@code testResults}
     * has {@code addTestResult}, {@code criteria} has {@code addCriterion}). The candidate sharing the longest
     * prefix with the member's name and taking the element's type is chosen; when that is not one method (or the
     * elements are lists themselves), null, and the whole list is set through {@code addAllX}.
     */
    private static Method adder(Class<?> builder, Property p) {
      if (!(p.shape() instanceof Shape.ListShape)) {
        return null;
      }
      Class<?> element = javaType(((Shape.ListShape) p.shape()).element());
      if (element == null) {
        return null;
      }
      String member = Character.toUpperCase(p.accessor().charAt(0)) + p.accessor().substring(1);
      Method best = null;
      int bestPrefix = 0;
      boolean tie = false;
      for (Method candidate : builder.getMethods()) {
        String name = candidate.getName();
        // addAllX(Iterable) and the varargs addX(T...) take other parameter types than one element
        if (!name.startsWith("add") || candidate.getParameterCount() != 1
            || candidate.getParameterTypes()[0] != element || Modifier.isStatic(candidate.getModifiers())) {
          continue;
        }
        int prefix = commonPrefix(name.substring(3), member);
        if (prefix > bestPrefix) {
          best = candidate;
          bestPrefix = prefix;
          tie = false;
        } else if (prefix == bestPrefix) {
          tie = true;
        }
      }
      return best == null || tie || bestPrefix < 3 ? null : best;
    }

    private static int commonPrefix(String a, String b) {
      int n = Math.min(a.length(), b.length());
      int i = 0;
      while (i < n && a.charAt(i) == b.charAt(i)) {
        i++;
      }
      return i;
    }

    /** The Java type of a bound value of a shape, or null for a list. */
    private static Class<?> javaType(Shape shape) {
      if (shape instanceof Shape.Text) {
        return String.class;
      } else if (shape instanceof Shape.ObjectShape) {
        return ((Shape.ObjectShape) shape).type();
      } else if (shape instanceof Shape.QuantityShape) {
        return Quantity.class;
      } else if (shape instanceof Shape.TermShape) {
        return Term.class;
      } else if (shape instanceof Shape.Decimal) {
        return BigDecimal.class;
      } else if (shape instanceof Shape.Int) {
        return int.class;
      } else if (shape instanceof Shape.Bool) {
        return boolean.class;
      } else if (shape instanceof Shape.Date) {
        return LocalDate.class;
      } else if (shape instanceof Shape.Timestamp) {
        return Instant.class;
      } else if (shape instanceof Shape.EnumShape) {
        return ((Shape.EnumShape) shape).type();
      }
      return null;
    }

    private static Method method(Class<?> type, String name) {
      try {
        return type.getMethod(name);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("no method " + name + "() on " + type.getName(), e);
      }
    }
  }

  /** One member: its position, value slot, whether it is required and holds identifiers, and its builder setter. */
  private static final class Member {
    final int index;
    final Slot slot;
    final boolean required;
    final boolean identifier;
    final Method setMethod;
    final Method addMethod;
    /** The builder's setter of the member; replaced by a generated accessor (racing threads may use either). */
    Setter set;
    /** For a list member: the builder's {@code addX(T)} for one element, or null to set the whole list. */
    Setter add;

    Member(int index, Slot slot, boolean required, boolean identifier, Method set, Method add, Class<?> builder) {
      this.index = index;
      this.slot = slot;
      this.required = required;
      this.identifier = identifier;
      this.setMethod = set;
      this.addMethod = add;
      this.set = Accessors.setter(set, builder, false);
      this.add = add == null ? null : Accessors.setter(add, builder, false);
    }
  }

  private static final int TEXT = 0;
  private static final int LIST = 1;
  private static final int OBJECT = 2;
  private static final int QUANTITY = 3;
  private static final int TERM = 4;
  private static final int DECIMAL = 5;
  private static final int INT = 6;
  private static final int BOOL = 7;
  private static final int DATE = 8;
  private static final int TIMESTAMP = 9;
  private static final int ENUM = 10;

  /**
   * What a value of one shape needs, worked out once: its kind as a number (so a value is read after one switch,
   * not a chain of type tests), the slot of a list's elements, the plan of a nested object (found on first use
   * and then kept, so a nested value needs no lookup) and the constants of an enum.
   */
  private static final class Slot {
    final int kind;
    final Shape shape;
    /** For a list: the slot of each element. */
    final Slot element;
    /** For an enum: its constants by name. */
    final Map<String, Object> constants;
    /** For a nested object: its plan, set on first use (a plan is immutable, so racing threads may each set it). */
    private Plan plan;

    Slot(Shape shape) {
      this.shape = shape;
      Slot elements = null;
      Map<String, Object> byName = null;
      if (shape instanceof Shape.Text) {
        kind = TEXT;
      } else if (shape instanceof Shape.ListShape) {
        kind = LIST;
        elements = new Slot(((Shape.ListShape) shape).element());
      } else if (shape instanceof Shape.ObjectShape) {
        kind = OBJECT;
      } else if (shape instanceof Shape.QuantityShape) {
        kind = QUANTITY;
      } else if (shape instanceof Shape.TermShape) {
        kind = TERM;
      } else if (shape instanceof Shape.Decimal) {
        kind = DECIMAL;
      } else if (shape instanceof Shape.Int) {
        kind = INT;
      } else if (shape instanceof Shape.Bool) {
        kind = BOOL;
      } else if (shape instanceof Shape.Date) {
        kind = DATE;
      } else if (shape instanceof Shape.Timestamp) {
        kind = TIMESTAMP;
      } else if (shape instanceof Shape.EnumShape) {
        kind = ENUM;
        byName = enumConstants((Shape.EnumShape) shape);
      } else {
        throw new IllegalStateException("no reader for the shape " + shape);
      }
      this.element = elements;
      this.constants = byName;
    }

    Plan plan() {
      Plan p = plan;
      if (p == null) {
        p = StreamingCheck.plan(((Shape.ObjectShape) shape).type());
        plan = p;
      }
      return p;
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

  private static Map<String, Object> enumConstants(Shape.EnumShape shape) {
    Map<String, Object> constants = ENUM_CONSTANTS.get(shape.type());
    if (constants == null) {
      Map<String, Object> byName = new HashMap<>();
      for (Object c : shape.type().getEnumConstants()) {
        byName.put(((Enum<?>) c).name(), c);
      }
      constants = Map.copyOf(byName);
      ENUM_CONSTANTS.putIfAbsent(shape.type(), constants);
    }
    return constants;
  }

  /**
   * Checks and reads a whole document from a fresh parser: one JSON object holding an envelope and a document,
   * nothing after. A parser exception (syntax, limits) and an exception of a builder (a record invariant, a unit
   * that is not UCUM) propagate; the caller treats them as "not accepted". A member name given twice in one object
   * is found here, so the parser need not look for duplicates.
   *
   * @param p a parser positioned before the first token
   * @param expected the expected kind, or null to take it from a leading {@code kind} member
   * @return the record of an accepted document, or null if the tree path must decide
   */
  public Object read(JsonParser p, DocumentKind expected) {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      return null;
    }
    DocumentKind kind = expected;
    Plan plan = expected == null ? null : plan(expected.documentType());
    boolean sawKind = false;
    boolean sawVersion = false;
    int required = 0;
    boolean[] seen = null;
    Object builder = null;
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
        builder = plan.start();
      }
      if (m == null || seen[m.index] || !member(p, v, m, builder)) {
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
    return plan.build.apply(builder == null ? plan.start() : builder);
  }

  private Object object(JsonParser p, Plan plan) {
    int required = 0;
    boolean[] seen = new boolean[plan.members.size()];
    Object builder = plan.start();
    for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
      Member m = plan.members.get(p.currentName());
      if (m == null || seen[m.index] || !member(p, p.nextToken(), m, builder)) {
        return REFUSED;
      }
      seen[m.index] = true;
      if (m.required) {
        required++;
      }
    }
    return required == plan.required ? plan.build.apply(builder) : REFUSED;
  }

  /** Reads the value of one member into the builder; false if it is not accepted. */
  private boolean member(JsonParser p, JsonToken t, Member m, Object builder) {
    if (m.add == null) {
      Object value = value(p, t, m.slot, m.identifier);
      if (value == REFUSED) {
        return false;
      }
      m.set.set(builder, value);
      return true;
    }
    if (t != JsonToken.START_ARRAY) {
      return false;
    }
    Slot element = m.slot.element;
    for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
      Object value = value(p, e, element, m.identifier);
      if (value == REFUSED) {
        return false;
      }
      m.add.set(builder, value);
    }
    return true;
  }

  private Object value(JsonParser p, JsonToken t, Slot slot, boolean identifier) {
    if (t == JsonToken.VALUE_NULL) {
      return REFUSED;
    }
    switch (slot.kind) {
      case TEXT:
        return t == JsonToken.VALUE_STRING ? identifier(p.getString(), identifier) : REFUSED;
      case LIST:
        return list(p, t, slot.element, identifier);
      case OBJECT:
        return t == JsonToken.START_OBJECT ? object(p, slot.plan()) : REFUSED;
      case QUANTITY:
        return t == JsonToken.START_OBJECT ? quantity(p) : REFUSED;
      case TERM:
        return t == JsonToken.VALUE_STRING ? term(p.getString(), (Shape.TermShape) slot.shape, identifier) : REFUSED;
      case DECIMAL:
        return number(p, t);
      case INT:
        return t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT
            ? (Object) p.getIntValue() : REFUSED;
      case BOOL:
        return t == JsonToken.VALUE_TRUE ? Boolean.TRUE : t == JsonToken.VALUE_FALSE ? Boolean.FALSE : REFUSED;
      case DATE:
        return t == JsonToken.VALUE_STRING ? date(p.getString(), identifier) : REFUSED;
      case TIMESTAMP:
        return t == JsonToken.VALUE_STRING ? timestamp(p.getString(), identifier) : REFUSED;
      case ENUM:
        if (t != JsonToken.VALUE_STRING) {
          return REFUSED;
        }
        String name = p.getString();
        Object constant = slot.constants.get(name);
        return constant == null || (identifier && !safe(name)) ? REFUSED : constant;
      default:
        return REFUSED;
    }
  }

  /** A list value read whole (a member without a one-element adder, or a list nested in a list). */
  private Object list(JsonParser p, JsonToken t, Slot element, boolean identifier) {
    if (t != JsonToken.START_ARRAY) {
      return REFUSED;
    }
    List<Object> values = new ArrayList<>();
    for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
      Object value = value(p, e, element, identifier);
      if (value == REFUSED) {
        return REFUSED;
      }
      values.add(value);
    }
    return values;
  }

  private static Object identifier(String s, boolean identifier) {
    return identifier && !safe(s) ? REFUSED : s;
  }

  /**
   * A date written exactly as {@code yyyy-MM-dd} (other forms, such as a signed year of more digits, go to the
   * tree path); a date that does not exist is refused.
   */
  private static Object date(String s, boolean identifier) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return REFUSED;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 7);
    int day = digits(s, 8, 10);
    if (year < 0 || month < 0 || day < 0) {
      return REFUSED;
    }
    try {
      LocalDate date = LocalDate.of(year, month, day);
      return identifier && !safe(s) ? REFUSED : date;
    } catch (DateTimeException e) {
      return REFUSED;
    }
  }

  /** The value of the ASCII digits {@code s[from, to)}, or -1 if one of them is not a digit. */
  private static int digits(String s, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static Object timestamp(String s, boolean identifier) {
    if (!TreeValidator.isTimestamp(s) || (identifier && !safe(s))) {
      return REFUSED;
    }
    try {
      return Instant.parse(s);
    } catch (DateTimeParseException e) {
      return REFUSED;
    }
  }

  /** A JSON number as an exact decimal; a decimal (not an integer) must keep its scale within the accepted range. */
  private static Object number(JsonParser p, JsonToken t) {
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      return REFUSED;
    }
    BigDecimal d = p.getDecimalValue();
    return t == JsonToken.VALUE_NUMBER_FLOAT && Math.abs(d.scale()) > TreeValidator.MAX_DECIMAL_SCALE ? REFUSED : d;
  }

  private static Object quantity(JsonParser p) {
    BigDecimal value = null;
    String unit = null;
    for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
      String name = p.currentName();
      JsonToken v = p.nextToken();
      if (QuantityCodec.VALUE.equals(name)) {
        Object number = value == null ? number(p, v) : REFUSED;
        if (number == REFUSED) {
          return REFUSED;
        }
        value = (BigDecimal) number;
      } else if (QuantityCodec.UNIT.equals(name) && unit == null && v == JsonToken.VALUE_STRING) {
        unit = p.getString();
      } else {
        return REFUSED;
      }
    }
    return value != null && unit != null ? Quantity.of(value, unit) : REFUSED;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Object term(String code, Shape.TermShape shape, boolean identifier) {
    Term<?> term;
    try {
      term = Term.parse((Class) shape.vocabulary(), code);
    } catch (IllegalArgumentException e) {
      return REFUSED;
    }
    if (!term.isKnown() && !lenient && Term.nearMiss((Class) shape.vocabulary(), code).isPresent()) {
      return REFUSED;
    }
    return identifier && !safe(code) ? REFUSED : term;
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
