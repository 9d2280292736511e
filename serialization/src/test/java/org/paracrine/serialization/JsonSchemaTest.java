package org.paracrine.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.paracrine.core.samples.ReferenceLots;
import org.paracrine.serialization.internal.SchemaGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The JSON Schemas: shipped in the jar, committed under docs/schema, and in agreement with the readers. */
class JsonSchemaTest {
  static final Path DOCS = Path.of("../docs/schema");

  @ParameterizedTest
  @EnumSource(DocumentKind.class)
  void theShippedSchemaIsWhatTheGeneratorProduces(DocumentKind kind) throws IOException {
    try (InputStream in = getClass().getResourceAsStream(kind.schemaResource())) {
      assertThat(in).as(kind.schemaResource()).isNotNull();
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(SchemaGenerator.generate(kind));
    }
  }

  @ParameterizedTest
  @EnumSource(DocumentKind.class)
  void theCommittedSchemaUnderDocsIsUpToDate(DocumentKind kind) throws IOException {
    Path file = DOCS.resolve(kind.kind() + ".schema.json");
    String generated = SchemaGenerator.generate(kind);
    if (GoldenFilesTest.REGENERATE) {
      Files.createDirectories(DOCS);
      Files.writeString(file, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .as("docs/schema is stale: rebuild with -Dparacrine.regenerate=true").isEqualTo(generated);
  }

  @ParameterizedTest
  @EnumSource(DocumentKind.class)
  void theSchemaDeclaresTheEnvelopeAndForbidsUnknownMembers(DocumentKind kind) {
    JsonNode schema = ParacrineJson.strict().mapper().readTree(SchemaGenerator.generate(kind));
    assertThat(schema.get("$schema").stringValue()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.at("/properties/kind/const").stringValue()).isEqualTo(kind.kind());
    assertThat(schema.get("required").toString()).contains("\"kind\"", "\"schemaVersion\"");
    assertThat(schema.get("additionalProperties").booleanValue()).isFalse();
    assertThat(schema.toString()).doesNotContain("()", "\"null\"");
  }

  @Test
  void requiredListsFollowTheTypes() {
    JsonNode lot = ParacrineJson.strict().mapper().readTree(SchemaGenerator.generate(DocumentKind.LOT));
    assertThat(lot.get("required").toString())
        .isEqualTo("[\"kind\",\"schemaVersion\",\"id\",\"manufactureDate\",\"productId\"]");
    JsonNode product = ParacrineJson.strict().mapper().readTree(SchemaGenerator.generate(DocumentKind.PRODUCT));
    assertThat(product.get("required").toString())
        .as("version has a default, so it is optional").doesNotContain("\"version\"").contains("\"name\"");
  }

  @Test
  void quantitiesAreExactNumbersWithAUnitAndTermsAreOpenStrings() {
    JsonNode lot = ParacrineJson.strict().mapper().readTree(SchemaGenerator.generate(DocumentKind.LOT));
    assertThat(lot.at("/$defs/Quantity/properties/value/type").stringValue()).isEqualTo("number");
    assertThat(lot.at("/$defs/Quantity/required").toString()).isEqualTo("[\"unit\",\"value\"]");
    assertThat(lot.at("/properties/donor/properties/sex/type").stringValue()).isEqualTo("string");
    assertThat(lot.at("/properties/donor/properties/sex/enum").isMissingNode()).isTrue();
    assertThat(lot.at("/properties/donor/properties/sex/examples").size()).isPositive();
  }

  @Test
  void everyGeneratedRecordIsSchemaValid() {
    RecordGenerator generator = new RecordGenerator(GeneratedRecordsTest.SEED + 7);
    for (int i = 0; i < 400; i++) {
      DocumentKind kind = DocumentKind.values()[i % DocumentKind.values().length];
      String json = ParacrineJson.strict().write(generator.document(kind.documentType()));
      assertThat(Schemas.errors(kind, json)).as(json).isEmpty();
    }
  }

  @Test
  void invalidRecordsAreRejectedByBothTheSchemaAndTheStrictReader() {
    ObjectNode lot = (ObjectNode) ParacrineJson.strict().mapper().readTree(ParacrineJson.strict()
        .write(ReferenceLots.boneMarrowEvIntravenous()));
    String[][] mutations = {
        {"/surprise", "1"}, {"/id", "42"}, {"/manufactureDate", "null"}, {"/quantity", "{\"value\": 1}"},
        {"/parentLots", "\"BMCM\""}, {"/kind", "\"product\""}, {"/schemaVersion", "\"2.0\""},
        {"/quantity", "{\"value\": \"450\", \"unit\": \"mL\"}"}};
    for (String[] m : mutations) {
      ObjectNode copy = lot.deepCopy();
      copy.set(m[0].substring(1), ParacrineJson.strict().mapper().readTree(m[1]));
      String json = copy.toString();
      assertThat(Schemas.errors(DocumentKind.LOT, json)).as("schema on %s", json).isNotEmpty();
      assertThatThrownBy(() -> ParacrineJson.strict().readLot(json)).as(json)
          .isInstanceOf(RecordFormatException.class);
    }
    ObjectNode missing = lot.deepCopy();
    missing.remove("productId");
    assertThat(Schemas.errors(DocumentKind.LOT, missing.toString())).isNotEmpty();
    assertThatThrownBy(() -> ParacrineJson.strict().readLot(missing.toString()))
        .isInstanceOf(RecordFormatException.class);
  }
}
