package org.paracrine.serialization.internal;

import java.math.BigDecimal;
import org.paracrine.core.quantity.InvalidUnitException;
import org.paracrine.core.quantity.Quantity;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.exc.InvalidFormatException;

/** Jackson serializer and deserializer of {@link Quantity}: {@code {"value": 1.50, "unit": "mL"}}, exact. */
public final class QuantityCodec {
  /** Member holding the exact decimal value. */
  public static final String VALUE = "value";
  /** Member holding the UCUM unit code. */
  public static final String UNIT = "unit";

  private QuantityCodec() {}

  /** Writes a quantity as an object with the exact value (scale kept) and the unit code. */
  public static final class Serializer extends ValueSerializer<Quantity> {
    @Override
    public void serialize(Quantity q, JsonGenerator g, SerializationContext ctxt) throws JacksonException {
      g.writeStartObject(q);
      g.writeName(UNIT);
      g.writeString(q.unit());
      g.writeName(VALUE);
      g.writeNumber(q.value());
      g.writeEndObject();
    }

    @Override
    public Class<?> handledType() {
      return Quantity.class;
    }
  }

  /** Reads a quantity object; the value must be a JSON number, read as {@link BigDecimal} without rounding. */
  public static final class Deserializer extends ValueDeserializer<Quantity> {
    @Override
    public Quantity deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
      JsonToken t = p.currentToken();
      if (t == JsonToken.START_OBJECT) {
        t = p.nextToken();
      } else if (t != JsonToken.PROPERTY_NAME && t != JsonToken.END_OBJECT) {
        return ctxt.reportInputMismatch(this, "expected a quantity object {\"value\": <number>, \"unit\": <UCUM code>}"
            + ", got %s", t);
      }
      BigDecimal value = null;
      String unit = null;
      for (; t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        if (VALUE.equals(name)) {
          if (v != JsonToken.VALUE_NUMBER_INT && v != JsonToken.VALUE_NUMBER_FLOAT) {
            return ctxt.reportInputMismatch(this, "quantity value must be a JSON number, got %s", v);
          }
          value = p.getDecimalValue();
        } else if (UNIT.equals(name)) {
          if (v != JsonToken.VALUE_STRING) {
            return ctxt.reportInputMismatch(this, "quantity unit must be a string, got %s", v);
          }
          unit = p.getString();
        } else if (ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)) {
          return ctxt.reportInputMismatch(this, "unknown quantity member \"%s\", expected only value and unit",
              name);
        } else {
          p.skipChildren();
        }
      }
      if (value == null || unit == null) {
        return ctxt.reportInputMismatch(this, "quantity needs both \"value\" and \"unit\"");
      }
      try {
        return Quantity.of(value, unit);
      } catch (InvalidUnitException e) {
        throw InvalidFormatException.from(p, e.getMessage(), unit, Quantity.class);
      }
    }

    @Override
    public Class<?> handledType() {
      return Quantity.class;
    }
  }
}
