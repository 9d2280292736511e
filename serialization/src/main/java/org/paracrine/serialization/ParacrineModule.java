package org.paracrine.serialization;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.ArrayList;
import java.util.List;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.vocabulary.Term;
import org.paracrine.serialization.internal.EnvelopeSerializer;
import org.paracrine.serialization.internal.OmitEmptyWriter;
import org.paracrine.serialization.internal.QuantityCodec;
import org.paracrine.serialization.internal.TermCodec;
import org.paracrine.serialization.internal.TypeModel;
import tools.jackson.core.Version;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;
import tools.jackson.databind.ser.BeanPropertyWriter;
import tools.jackson.databind.ser.ValueSerializerModifier;

/**
 * Jackson 3 module that teaches any {@code JsonMapper} the Paracrine record format: quantities as
 * {@code {"unit": ..., "value": <exact number>}}, vocabulary terms as their code (unknown codes kept), empty
 * optionals and empty lists of Paracrine types omitted (other types on your mapper are not affected), and the {@code kind}/{@code schemaVersion} envelope on the top-level
 * documents (written first; accepted and ignored when read).
 *
 * <p>The module does not change mapper-wide settings. For exact decimals enable
 * {@code DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS} and {@code JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS}
 * yourself, or use {@link ParacrineJson}, which is this module plus strict, exact, bounded reading, checking of
 * the envelope and problem reports with JSON Pointers.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder()
 *     .addModule(new ParacrineModule())
 *     .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
 *     .build();
 * String json = mapper.writeValueAsString(ReferenceLots.boneMarrowEvIntravenous());
 * }</pre>
 *
 * <p>Instances are stateless and thread-safe.
 */
public final class ParacrineModule extends JacksonModule {
  /** Creates the module. */
  public ParacrineModule() {
    // stateless
  }

  /**
   * Returns the module name.
   *
   * @return {@code "paracrine"}
   */
  @Override
  public String getModuleName() {
    return "paracrine";
  }

  /**
   * Returns the module version: the record-format schema version as major.minor.
   *
   * @return the version
   */
  @Override
  public Version version() {
    String[] parts = DocumentKind.CURRENT_SCHEMA_VERSION.split("\\.");
    return new Version(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), 0, null, "org.paracrine",
        "paracrine-serialization");
  }

  /**
   * Registers serializers, deserializers, the envelope and inclusion rules.
   *
   * @param context Jackson's setup context
   */
  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    serializers.addSerializer(Quantity.class, new QuantityCodec.Serializer());
    serializers.addSerializer(new TermCodec.Serializer());
    context.addSerializers(serializers);
    SimpleDeserializers deserializers = new SimpleDeserializers();
    deserializers.addDeserializer(Quantity.class, new QuantityCodec.Deserializer());
    context.addDeserializers(deserializers);
    context.addDeserializers(new TermCodec.Lookup());
    context.addSerializerModifier(new EnvelopeModifier());
    JsonIgnoreProperties.Value envelope = JsonIgnoreProperties.Value.forIgnoredProperties(
        DocumentKind.KIND_PROPERTY, DocumentKind.SCHEMA_VERSION_PROPERTY);
    for (DocumentKind kind : DocumentKind.values()) {
      Class<?> impl = TypeModel.of(kind.documentType()).implementation();
      context.configOverride(impl).setIgnorals(envelope);
      for (Class<?> nested : impl.getDeclaredClasses()) {
        if (nested.getSimpleName().equals("Json")) {
          context.configOverride(nested).setIgnorals(envelope);
        }
      }
    }
  }

  /**
   * Omits empty optionals and lists of Paracrine value objects and wraps the serializers of the document types
   * in {@link EnvelopeSerializer}. Other types on the same mapper are not affected.
   */
  private static final class EnvelopeModifier extends ValueSerializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription.Supplier beanDesc,
        List<BeanPropertyWriter> properties) {
      Class<?> c = beanDesc.getBeanClass();
      if (!TypeModel.isValueType(c) && (c.getSuperclass() == null || !TypeModel.isValueType(c.getSuperclass()))) {
        return properties;
      }
      List<BeanPropertyWriter> out = new ArrayList<>(properties.size());
      for (BeanPropertyWriter w : properties) {
        out.add(w instanceof OmitEmptyWriter ? w : new OmitEmptyWriter(w));
      }
      return out;
    }

    @Override
    public ValueSerializer<?> modifySerializer(SerializationConfig config, BeanDescription.Supplier beanDesc,
        ValueSerializer<?> serializer) {
      Class<?> c = beanDesc.getBeanClass();
      for (DocumentKind kind : DocumentKind.values()) {
        if (kind.documentType().isAssignableFrom(c)) {
          return new EnvelopeSerializer(serializer, kind.kind(), kind.schemaVersion());
        }
      }
      return serializer;
    }
  }
}
