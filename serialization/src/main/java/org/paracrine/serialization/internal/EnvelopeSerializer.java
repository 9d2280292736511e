package org.paracrine.serialization.internal;

import java.util.Iterator;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.util.JsonGeneratorDelegate;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.ser.PropertyWriter;

/**
 * Wraps the serializer of a top-level document type so that the object it writes starts with the envelope
 * members {@code "kind"} and {@code "schemaVersion"}, followed by the document's own members.
 */
public final class EnvelopeSerializer extends ValueSerializer<Object> {
  private final ValueSerializer<Object> delegate;
  private final String kind;
  private final String schemaVersion;

  /**
   * Creates the wrapper.
   *
   * @param delegate the bean serializer Jackson built for the document type
   * @param kind the {@code kind} value
   * @param schemaVersion the {@code schemaVersion} value
   */
  @SuppressWarnings("unchecked")
  public EnvelopeSerializer(ValueSerializer<?> delegate, String kind, String schemaVersion) {
    this.delegate = (ValueSerializer<Object>) delegate;
    this.kind = kind;
    this.schemaVersion = schemaVersion;
  }

  @Override
  public void serialize(Object value, JsonGenerator g, SerializationContext ctxt) throws JacksonException {
    delegate.serialize(value, new Injecting(g), ctxt);
  }

  @Override
  public void resolve(SerializationContext ctxt) {
    delegate.resolve(ctxt);
  }

  @Override
  public ValueSerializer<?> createContextual(SerializationContext ctxt, BeanProperty property) {
    ValueSerializer<?> c = delegate.createContextual(ctxt, property);
    return c == delegate ? this : new EnvelopeSerializer(c, kind, schemaVersion);
  }

  @Override
  public Class<?> handledType() {
    return delegate.handledType();
  }

  @Override
  public boolean isEmpty(SerializationContext ctxt, Object value) {
    return false;
  }

  @Override
  public Iterator<PropertyWriter> properties() {
    return delegate.properties();
  }

  @Override
  public ValueSerializer<?> getDelegatee() {
    return delegate;
  }

  /** Generator that writes the envelope right after the first start-object and passes everything else on. */
  private final class Injecting extends JsonGeneratorDelegate {
    private boolean done;

    Injecting(JsonGenerator g) {
      super(g, true);
    }

    private void inject() {
      if (!done) {
        done = true;
        delegate().writeStringProperty(org.paracrine.serialization.DocumentKind.KIND_PROPERTY, kind);
        delegate().writeStringProperty(org.paracrine.serialization.DocumentKind.SCHEMA_VERSION_PROPERTY,
            schemaVersion);
      }
    }

    @Override
    public JsonGenerator writeStartObject() throws JacksonException {
      super.writeStartObject();
      inject();
      return this;
    }

    @Override
    public JsonGenerator writeStartObject(Object forValue) throws JacksonException {
      super.writeStartObject(forValue);
      inject();
      return this;
    }

    @Override
    public JsonGenerator writeStartObject(Object forValue, int size) throws JacksonException {
      super.writeStartObject(forValue, size);
      inject();
      return this;
    }
  }
}
