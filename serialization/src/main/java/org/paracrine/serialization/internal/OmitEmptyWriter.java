package org.paracrine.serialization.internal;

import java.util.Collection;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.BeanPropertyWriter;

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

  @Override
  public void serializeAsProperty(Object bean, JsonGenerator g, SerializationContext ctxt) throws Exception {
    Object value = get(bean);
    if (value == null || value instanceof Optional && ((Optional<?>) value).isEmpty()
        || value instanceof Collection && ((Collection<?>) value).isEmpty()) {
      return;
    }
    super.serializeAsProperty(bean, g, ctxt);
  }
}
