package org.paracrine.serialization;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/** The shipped JSON Schemas, loaded with networknt json-schema-validator (draft 2020-12). */
final class Schemas {
  private static final Map<DocumentKind, Schema> SCHEMAS = new EnumMap<>(DocumentKind.class);

  static {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    for (DocumentKind kind : DocumentKind.values()) {
      try (InputStream in = Schemas.class.getResourceAsStream(kind.schemaResource())) {
        if (in == null) {
          throw new IllegalStateException("schema not on the class path: " + kind.schemaResource());
        }
        SCHEMAS.put(kind, registry.getSchema(in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private Schemas() {}

  /** Returns the schema errors of a document as "instanceLocation: message" lines; empty when valid. */
  static List<String> errors(DocumentKind kind, String json) {
    JsonNode node = ParacrineJson.strict().mapper().readTree(json);
    List<com.networknt.schema.Error> errors = SCHEMAS.get(kind).validate(node);
    return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).collect(Collectors.toList());
  }
}
