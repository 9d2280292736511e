package org.paracrine.serialization.internal;

import com.fasterxml.classmate.ResolvedType;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.MemberScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.vocabulary.Term;
import org.paracrine.serialization.DocumentKind;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the JSON Schema (draft 2020-12) of each document kind with victools jsonschema-generator 5 and its
 * Jackson module, run at build time ({@code process-classes}) so the schemas ship in the jar.
 *
 * <p>victools' known gaps for Immutables value types are fixed here from the {@link TypeModel}: properties come
 * from argument-free accessors named {@code x()} (the name override drops the parentheses), only record-format
 * members are kept (helpers such as {@code toString()} are ignored), the {@code required} lists are those of the
 * generated Jackson glue, quantities, terms, dates and decimals get explicit definitions, and the envelope
 * members {@code kind} and {@code schemaVersion} are added to each top-level schema.
 *
 * <p>Build-time only: it needs victools on the class path, which the published artifact does not declare.
 */
public final class SchemaGenerator {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private SchemaGenerator() {}

  /**
   * Writes {@code <kind>.schema.json} for every kind into a directory.
   *
   * @param args one argument: the output directory
   * @throws IOException if writing fails
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: SchemaGenerator <output directory>");
    }
    Path dir = Path.of(args[0]);
    Files.createDirectories(dir);
    for (DocumentKind kind : DocumentKind.values()) {
      Files.writeString(dir.resolve(kind.kind() + ".schema.json"), generate(kind), StandardCharsets.UTF_8);
    }
  }

  /**
   * Generates the schema text of one kind: two-space indentation, {@code \n} line ends, final newline.
   *
   * @param kind the document kind
   * @return the schema as JSON text
   */
  public static String generate(DocumentKind kind) {
    ObjectNode generated = generator().generateSchema(kind.documentType());
    ObjectNode schema = MAPPER.createObjectNode();
    schema.put("$schema", generated.get("$schema").stringValue());
    schema.put("$id", kind.schemaId());
    schema.put("title", "Paracrine " + kind.documentType().getSimpleName() + " record, schema version "
        + kind.schemaVersion());
    schema.put("description", "A " + kind.kind() + " document of the Paracrine record format. Unknown members "
        + "are rejected by strict readers; vocabulary codes not listed in examples are allowed and kept.");
    schema.put("type", "object");
    ObjectNode props = schema.putObject("properties");
    props.putObject(DocumentKind.KIND_PROPERTY).put("const", kind.kind());
    props.putObject(DocumentKind.SCHEMA_VERSION_PROPERTY).put("type", "string")
        .put("pattern", "^1\\.(0|[1-9][0-9]{0,8})$")
        .put("description", "Record-format version, major.minor; this library writes " + kind.schemaVersion());
    generated.get("properties").properties().forEach(e -> props.set(e.getKey(), e.getValue()));
    ArrayNode required = schema.putArray("required");
    required.add(DocumentKind.KIND_PROPERTY).add(DocumentKind.SCHEMA_VERSION_PROPERTY);
    JsonNode generatedRequired = generated.get("required");
    if (generatedRequired != null) {
      generatedRequired.forEach(required::add);
    }
    schema.put("additionalProperties", false);
    JsonNode defs = generated.get("$defs");
    if (defs != null) {
      schema.set("$defs", sortedCopy((ObjectNode) defs));
    }
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return MAPPER.writer().with(new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectNameValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(indenter).withArrayIndenter(indenter)).writeValueAsString(schema) + "\n";
  }

  private static ObjectNode sortedCopy(ObjectNode node) {
    ObjectNode out = MAPPER.createObjectNode();
    node.properties().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> out.set(e.getKey(), e.getValue()));
    return out;
  }

  private static com.github.victools.jsonschema.generator.SchemaGenerator generator() {
    SchemaGeneratorConfigBuilder builder = new SchemaGeneratorConfigBuilder(MAPPER, SchemaVersion.DRAFT_2020_12,
        OptionPreset.PLAIN_JSON)
        .with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_REQUIRED))
        .with(Option.NONSTATIC_NONVOID_NONGETTER_METHODS, Option.FIELDS_DERIVED_FROM_ARGUMENTFREE_METHODS,
            Option.FLATTENED_ENUMS, Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT,
            Option.PLAIN_DEFINITION_KEYS)
        .without(Option.SIMPLIFIED_OPTIONALS, Option.FLATTENED_OPTIONALS, Option.NULLABLE_FIELDS_BY_DEFAULT,
            Option.NULLABLE_METHOD_RETURN_VALUES_BY_DEFAULT);
    builder.forTypesInGeneral()
        .withPropertySorter(Comparator.comparing(SchemaGenerator::propertyName))
        .withCustomDefinitionProvider((type, context) -> custom(type));
    builder.forFields()
        .withTargetTypeOverridesResolver(SchemaGenerator::unwrapOptional)
        .withIgnoreCheck(f -> property(f).isEmpty())
        .withPropertyNameOverrideResolver(SchemaGenerator::propertyName)
        .withNullableCheck(f -> false)
        .withRequiredCheck(f -> property(f).map(Property::required).orElse(false));
    builder.forMethods()
        .withTargetTypeOverridesResolver(SchemaGenerator::unwrapOptional)
        .withIgnoreCheck(m -> m.getArgumentCount() > 0 || property(m).isEmpty())
        .withPropertyNameOverrideResolver(SchemaGenerator::propertyName)
        .withNullableCheck(m -> false)
        .withRequiredCheck(m -> property(m).map(Property::required).orElse(false));
    return new com.github.victools.jsonschema.generator.SchemaGenerator(builder.build());
  }

  /** Describes {@code Optional<X>} members as {@code X}: absent means empty, {@code null} is never valid. */
  private static List<ResolvedType> unwrapOptional(MemberScope<?, ?> member) {
    ResolvedType t = member.getDeclaredType();
    return t.getErasedType() == Optional.class ? List.of(t.getTypeParameters().get(0)) : null;
  }

  private static String propertyName(MemberScope<?, ?> member) {
    return property(member).map(Property::name).orElse(member.getName().replace("()", ""));
  }

  private static Optional<Property> property(MemberScope<?, ?> member) {
    Class<?> owner = member.getDeclaringType().getErasedType();
    String name = member.getName().replace("()", "");
    if (TypeModel.isValueType(owner)) {
      return TypeModel.of(owner).byAccessor(name);
    }
    if (owner.isInterface() && owner.getPackageName().startsWith("org.paracrine.core")) {
      // Accessors inherited from a core interface (e.g. CultureConditions): abstract, so every implementing
      // value type has them as members; required exactly when neither Optional nor List.
      Class<?> raw = member.getDeclaredType().getErasedType();
      return Optional.of(new Property(name, name, raw != Optional.class && raw != List.class, null));
    }
    return Optional.empty();
  }

  private static CustomDefinition custom(ResolvedType type) {
    Class<?> raw = type.getErasedType();
    ObjectNode node = MAPPER.createObjectNode();
    if (raw == Quantity.class) {
      node.put("type", "object").put("description", "An exact quantity: decimal value (scale kept) and UCUM unit.");
      ObjectNode props = node.putObject("properties");
      props.putObject(QuantityCodec.UNIT).put("type", "string").put("minLength", 1)
          .put("description", "UCUM unit code, e.g. mL, {particles}/mL, [IU]/mL, %");
      props.putObject(QuantityCodec.VALUE).put("type", "number")
          .put("description", "Exact decimal; digits and scale are significant (1.50 is not 1.5)");
      node.putArray("required").add(QuantityCodec.UNIT).add(QuantityCodec.VALUE);
      node.put("additionalProperties", false);
      return new CustomDefinition(node);
    } else if (raw == Term.class) {
      Class<?> vocabulary = type.getTypeParameters().get(0).getErasedType();
      node.put("type", "string").put("minLength", 1).put("maxLength", Term.MAX_CODE_LENGTH)
          .put("pattern", "^[^\\u0000-\\u001f\\u007f-\\u009f]*$")
          .put("description", vocabulary.getSimpleName() + " code. The examples are the codes this version "
              + "knows; other codes are valid and kept unchanged.");
      ArrayNode examples = node.putArray("examples");
      new Shape.TermShape(vocabulary).knownCodes().forEach(examples::add);
      return new CustomDefinition(node, CustomDefinition.INLINE_DEFINITION, CustomDefinition.INCLUDING_ATTRIBUTES);
    } else if (raw == LocalDate.class) {
      node.put("type", "string").put("format", "date");
      return new CustomDefinition(node, CustomDefinition.INLINE_DEFINITION, CustomDefinition.INCLUDING_ATTRIBUTES);
    } else if (raw == Instant.class) {
      node.put("type", "string").put("format", "date-time")
          .put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?Z$");
      return new CustomDefinition(node, CustomDefinition.INLINE_DEFINITION, CustomDefinition.INCLUDING_ATTRIBUTES);
    } else if (raw == BigDecimal.class) {
      node.put("type", "number");
      return new CustomDefinition(node, CustomDefinition.INLINE_DEFINITION, CustomDefinition.INCLUDING_ATTRIBUTES);
    } else if (raw == Integer.class || raw == int.class) {
      node.put("type", "integer").put("minimum", Integer.MIN_VALUE).put("maximum", Integer.MAX_VALUE);
      return new CustomDefinition(node, CustomDefinition.INLINE_DEFINITION, CustomDefinition.INCLUDING_ATTRIBUTES);
    }
    return null;
  }

  /**
   * Returns the schemas of all kinds by kind name, for tests.
   *
   * @return kind name to schema text
   */
  public static Map<String, String> generateAll() {
    Map<String, String> all = new LinkedHashMap<>();
    for (DocumentKind kind : DocumentKind.values()) {
      all.put(kind.kind(), generate(kind));
    }
    return all;
  }
}
