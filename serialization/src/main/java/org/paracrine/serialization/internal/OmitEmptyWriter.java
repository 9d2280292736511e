package org.paracrine.serialization.internal;

import java.util.Collection;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.ser.BeanPropertyWriter;
import tools.jackson.databind.ser.impl.PropertySerializerMap;

/**
 * Property writer of Paracrine value objects that leaves out absent optionals, nulls and empty lists, so the
 * record format never contains {@code null} or {@code []}. Applied only to Paracrine types, never mapper-wide.
 */
public final class OmitEmptyWriter extends BeanPropertyWriter {
  private static final long serialVersionUID = 1L;

  /**
   * Wraps a writer.
   *
   * @param base the writer Jackson built
   */
  public OmitEmptyWriter(BeanPropertyWriter base) {
    super(base);
  }

  /**
   * Writes the property unless its value is null, an absent optional or an empty collection. The value is read
   * once: the inherited writer would read it again through the property's accessor, which for every property of
   * every record written or digested doubled the cost of the getters (a method-handle call each, and a new
   * {@link Optional} for each optional attribute). What follows the read is what the inherited writer does with a
   * value that is not null.
   */
  @Override
  public void serializeAsProperty(Object bean, JsonGenerator g, SerializationContext ctxt) throws Exception {
    Object value = get(bean);
    if (value == null || value instanceof Optional && ((Optional<?>) value).isEmpty()
        || value instanceof Collection && ((Collection<?>) value).isEmpty()) {
      return;
    }
    ValueSerializer<Object> ser = _serializer;
    if (ser == null) {
      Class<?> type = value.getClass();
      PropertySerializerMap map = _dynamicSerializers;
      ser = map.serializerFor(type);
      if (ser == null) {
        ser = _findAndAddDynamic(map, type, ctxt);
      }
    }
    if (_suppressableValue != null) {
      if (_suppressableValue == MARKER_FOR_EMPTY ? ser.isEmpty(ctxt, value) : _suppressableValue.equals(value)) {
        return;
      }
    }
    if (value == bean && _handleSelfReference(bean, g, ctxt, ser)) {
      return;
    }
    g.writeName(_name);
    if (_typeSerializer == null) {
      ser.serialize(value, g, ctxt);
    } else {
      ser.serializeWithType(value, g, ctxt, _typeSerializer);
    }
  }
}
