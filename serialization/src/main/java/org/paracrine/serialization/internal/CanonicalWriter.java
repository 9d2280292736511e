package org.paracrine.serialization.internal;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.vocabulary.Term;
import org.paracrine.serialization.DocumentKind;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.util.Converter;

/**
 * Writes the canonical form of a document straight from its values, without a mapper: the members of each value
 * type are known in advance from its {@link TypeModel}, already in canonical (UTF-16) order and with their names
 * encoded, so every byte is written once and nothing is sorted or moved. It writes what the mapper writes into a
 * {@link CanonicalGenerator}: the {@code kind} and {@code schemaVersion} envelope, members whose value is absent
 * (null, an empty optional, an empty list) left out, quantities as {@code unit} and {@code value}, terms as their
 * code, enum constants by name, dates and instants in ISO-8601, numbers as strings of their exact decimal text.
 *
 * <p>Only values of the Immutables implementation of their type, or of a core class that Jackson converts to it
 * (a drafted finding), are written this way. A value of any other class (one whose serializer the mapper would
 * look up by its class) makes {@link #write} answer false, and the caller writes the document with the mapper.
 * {@code StreamingCanonicalFormTest} and {@code CanonicalWriterTest} compare the bytes with the mapper's and the
 * tree path's.
 *
 * <p>Instances are immutable and thread-safe.
 */
final class CanonicalWriter {
  private static final Map<DocumentKind, CanonicalWriter> DOCUMENTS = new EnumMap<>(DocumentKind.class);
  private static final ClassValue<CanonicalWriter> VALUES = new ClassValue<>() {
    @Override
    protected CanonicalWriter computeValue(Class<?> type) {
      return new CanonicalWriter(TypeModel.of(type), null);
    }
  };

  /**
   * Whether a class of the core module is written by converting it to its type's Immutables implementation
   * ({@code @JsonSerialize(converter = ...)}, as a finding drafted by a {@code FindingDraft} is): its members are
   * then the type's members, read through the type's accessors.
   */
  private static final ClassValue<Boolean> CONVERTED = new ClassValue<>() {
    @Override
    protected Boolean computeValue(Class<?> c) {
      JsonSerialize s = c.getAnnotation(JsonSerialize.class);
      return s != null && s.converter() != Converter.None.class
          && c.getPackageName().startsWith("org.paracrine.core.");
    }
  };

  static {
    for (DocumentKind kind : DocumentKind.values()) {
      DOCUMENTS.put(kind, new CanonicalWriter(TypeModel.of(kind.documentType()), kind));
    }
  }

  /** Thrown inside a write for a value of a class this writer does not write; never escapes {@link #write}. */
  private static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final Unsupported INSTANCE = new Unsupported();

    private Unsupported() {
      super("a value of a class the canonical writer does not write", null, false, false);
    }
  }

  private static final int TEXT = 0;
  private static final int BOOL = 1;
  private static final int INT = 2;
  private static final int DECIMAL = 3;
  /** A date or an instant: its {@code toString()}, which is its ISO-8601 text. */
  private static final int ISO_TEXT = 4;
  private static final int QUANTITY = 5;
  private static final int TERM = 6;
  private static final int ENUM = 7;
  private static final int OBJECT = 8;
  private static final int LIST = 9;
  private static final byte[] QUANTITY_UNIT = CanonicalGenerator.memberName(QuantityCodec.UNIT);
  private static final byte[] QUANTITY_VALUE = CanonicalGenerator.memberName(QuantityCodec.VALUE);

  private final Class<?> type;
  private final Class<?> implementation;
  private final Member[] members;

  /** A member of the envelope, with a constant value. */
  private static final int CONSTANT = 0;
  /** A member read as its value, left out when null. */
  private static final int PLAIN = 1;
  /** A member read as an {@link Optional}, left out when empty. */
  private static final int OPTIONAL = 2;
  /** A member read as a {@link Collection}, left out when empty. */
  private static final int COLLECTION = 3;

  /** One member: its encoded name, how its value is read and written, or its constant value (the envelope). */
  private static final class Member {
    final byte[] name;
    final Method accessor;
    /** How the accessor's result is held ({@link #PLAIN}, {@link #OPTIONAL}, ...), known from its return type. */
    final int holder;
    /** Reads the member; replaced by a generated accessor (racing threads may use either). */
    Function<Object, Object> getter;
    final String constant;
    final Slot slot;

    Member(String name, Method accessor, Class<?> type, String constant, Slot slot) {
      this.name = CanonicalGenerator.memberName(name);
      this.accessor = accessor;
      this.getter = accessor == null ? null : Accessors.function(accessor, type, false);
      this.constant = constant;
      this.slot = slot;
      if (accessor == null) {
        holder = CONSTANT;
      } else if (accessor.getReturnType() == Optional.class) {
        holder = OPTIONAL;
      } else if (Collection.class.isAssignableFrom(accessor.getReturnType())) {
        holder = COLLECTION;
      } else {
        holder = PLAIN;
      }
    }
  }

  /** Values written by this writer, until its accessors are generated ({@link Accessors#GENERATE_AFTER}). */
  private final Accessors.Uses uses = new Accessors.Uses();

  private synchronized void generate() {
    for (Member m : members) {
      if (m.accessor != null) {
        m.getter = Accessors.function(m.accessor, type, true);
      }
    }
  }

  /** How a value of one shape is written. */
  private static final class Slot {
    final int kind;
    /** For a nested object: its type. */
    final Class<?> type;
    /** For a list: its elements. */
    final Slot element;
    /** For a nested object: its writer, set on first use (immutable, so racing threads may each set it). */
    private CanonicalWriter writer;

    CanonicalWriter writer() {
      CanonicalWriter w = writer;
      if (w == null) {
        w = VALUES.get(type);
        writer = w;
      }
      return w;
    }

    Slot(Shape shape) {
      Class<?> t = null;
      Slot e = null;
      if (shape instanceof Shape.Text) {
        kind = TEXT;
      } else if (shape instanceof Shape.Bool) {
        kind = BOOL;
      } else if (shape instanceof Shape.Int) {
        kind = INT;
      } else if (shape instanceof Shape.Decimal) {
        kind = DECIMAL;
      } else if (shape instanceof Shape.Date || shape instanceof Shape.Timestamp) {
        kind = ISO_TEXT;
      } else if (shape instanceof Shape.QuantityShape) {
        kind = QUANTITY;
      } else if (shape instanceof Shape.TermShape) {
        kind = TERM;
      } else if (shape instanceof Shape.EnumShape) {
        kind = ENUM;
      } else if (shape instanceof Shape.ObjectShape) {
        kind = OBJECT;
        t = ((Shape.ObjectShape) shape).type();
      } else if (shape instanceof Shape.ListShape) {
        kind = LIST;
        e = new Slot(((Shape.ListShape) shape).element());
      } else {
        throw new IllegalStateException("no canonical writer for the shape " + shape);
      }
      this.type = t;
      this.element = e;
    }
  }

  private CanonicalWriter(TypeModel model, DocumentKind envelope) {
    this.type = model.type();
    this.implementation = model.implementation();
    List<String> names = new ArrayList<>(model.properties().keySet());
    if (envelope != null) {
      names.add(DocumentKind.KIND_PROPERTY);
      names.add(DocumentKind.SCHEMA_VERSION_PROPERTY);
    }
    names.sort(null); // String order is UTF-16 order, the canonical member order
    List<Member> list = new ArrayList<>(names.size());
    for (String name : names) {
      Property p = model.properties().get(name);
      if (p == null) {
        list.add(new Member(name, null, null, name.equals(DocumentKind.KIND_PROPERTY) ? envelope.kind()
            : envelope.schemaVersion(), null));
      } else {
        list.add(new Member(name, accessor(model.type(), p.accessor()), model.type(), null, new Slot(p.shape())));
      }
    }
    this.members = list.toArray(new Member[0]);
  }

  private static Method accessor(Class<?> type, String name) {
    try {
      return type.getMethod(name);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("no accessor " + name + "() on " + type.getName(), e);
    }
  }

  /**
   * Returns the writer of a document kind.
   *
   * @param kind the kind
   * @return its writer, with the envelope
   */
  static CanonicalWriter of(DocumentKind kind) {
    return DOCUMENTS.get(kind);
  }

  /**
   * Writes a document's canonical form into a generator's buffer.
   *
   * @param document the document, of this writer's kind
   * @param g the generator, empty
   * @return true if written; false if the document holds a value of a class this writer does not write (the
   *     buffer then holds part of a document and must be emptied)
   */
  boolean write(Object document, CanonicalGenerator g) {
    try {
      object(document, g);
      return true;
    } catch (Unsupported e) {
      return false;
    }
  }

  private void object(Object value, CanonicalGenerator g) {
    Class<?> c = value.getClass();
    if (c != implementation && !(type.isInstance(value) && CONVERTED.get(c))) {
      throw Unsupported.INSTANCE;
    }
    if (uses.countAndCheck()) {
      generate();
    }
    g.direct((byte) '{');
    boolean first = true;
    for (Member m : members) {
      Object v;
      // the holder is known from the accessor's return type, so no value is tested against an interface
      switch (m.holder) {
        case CONSTANT:
          v = m.constant;
          break;
        case OPTIONAL:
          Optional<?> o = (Optional<?>) m.getter.apply(value);
          if (o == null || o.isEmpty()) {
            continue;
          }
          v = o.get(); // an optional's list is written even when empty, as the mapper does
          break;
        case COLLECTION:
          v = m.getter.apply(value);
          if (v == null || ((Collection<?>) v).isEmpty()) {
            continue;
          }
          break;
        default:
          v = m.getter.apply(value);
          if (v == null) {
            continue;
          }
      }
      if (!first) {
        g.direct((byte) ',');
      }
      first = false;
      g.direct(m.name);
      if (m.slot == null) {
        g.directString((String) v);
      } else {
        value(v, m.slot, g);
      }
    }
    g.direct((byte) '}');
  }

  private static void value(Object v, Slot slot, CanonicalGenerator g) {
    switch (slot.kind) {
      case TEXT:
        g.directString((String) v);
        break;
      case BOOL:
        g.directBoolean((Boolean) v);
        break;
      case INT:
        g.directNumber((Integer) v);
        break;
      case DECIMAL:
        g.directNumber((BigDecimal) v);
        break;
      case ISO_TEXT:
        g.directString(v.toString());
        break;
      case QUANTITY:
        Quantity q = (Quantity) v;
        g.direct((byte) '{');
        g.direct(QUANTITY_UNIT);
        g.directString(q.unit());
        g.direct((byte) ',');
        g.direct(QUANTITY_VALUE);
        g.directNumber(q.value());
        g.direct((byte) '}');
        break;
      case TERM:
        g.directString(((Term<?>) v).code());
        break;
      case ENUM:
        g.directString(((Enum<?>) v).name());
        break;
      case OBJECT:
        slot.writer().object(v, g);
        break;
      case LIST:
        g.direct((byte) '[');
        boolean first = true;
        for (Object e : (Collection<?>) v) {
          if (!first) {
            g.direct((byte) ',');
          }
          first = false;
          value(e, slot.element, g);
        }
        g.direct((byte) ']');
        break;
      default:
        throw new IllegalStateException("unknown slot kind " + slot.kind);
    }
  }
}
