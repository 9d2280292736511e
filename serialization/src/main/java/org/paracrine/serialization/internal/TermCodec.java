package org.paracrine.serialization.internal;

import org.paracrine.core.vocabulary.Term;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Jackson serializer and deserializers of {@link Term}: a term is its code as a JSON string. The deserializer is
 * created per declared type ({@code Term<TissueSource>}) so it knows the vocabulary; unknown codes are kept.
 */
public final class TermCodec {
  private TermCodec() {}

  /** Writes a term as its code. */
  public static final class Serializer extends ValueSerializer<Term<?>> {
    @Override
    public void serialize(Term<?> term, JsonGenerator g, SerializationContext ctxt) throws JacksonException {
      g.writeString(term.code());
    }

    @Override
    public Class<?> handledType() {
      return Term.class;
    }
  }

  /** Finds a deserializer for each parameterised {@code Term<E>} type. */
  public static final class Lookup implements Deserializers {
    @Override
    public ValueDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
        BeanDescription.Supplier beanDescRef) {
      if (!type.hasRawClass(Term.class)) {
        return null;
      }
      JavaType vocabulary = type.containedType(0);
      if (vocabulary == null || !vocabulary.isEnumType()) {
        throw new IllegalArgumentException("cannot read " + type + ": the vocabulary type argument is unknown");
      }
      return new Deserializer(vocabulary.getRawClass());
    }

    @Override
    public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
      return valueType == Term.class;
    }
  }

  /** Reads a code of one vocabulary. */
  static final class Deserializer extends ValueDeserializer<Term<?>> {
    private final Class<?> vocabulary;

    Deserializer(Class<?> vocabulary) {
      this.vocabulary = vocabulary;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Term<?> deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return ctxt.reportInputMismatch(this, "expected a %s code (a JSON string), got %s",
            vocabulary.getSimpleName(), p.currentToken());
      }
      String code = p.getString();
      try {
        return Term.parse((Class) vocabulary, code);
      } catch (IllegalArgumentException e) {
        throw InvalidFormatException.from(p, e.getMessage(), code, Term.class);
      }
    }

    @Override
    public Class<?> handledType() {
      return Term.class;
    }
  }
}
