package org.paracrine.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.samples.ReferenceLots;
import org.paracrine.core.samples.ReferenceProducts;
import org.paracrine.core.product.SecretomeProduct;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/** The module on a user's own mapper writes the same record format and reads it back. */
class ParacrineModuleTest {
  private final JsonMapper mapper = JsonMapper.builder()
      .addModule(new ParacrineModule())
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();

  @Test
  void aUserMapperWritesTheSameDocumentAsTheReadyMadeOne() {
    Lot lot = ReferenceLots.boneMarrowEvIntravenous();
    assertThat(mapper.writeValueAsString(lot)).isEqualTo(ParacrineJson.strict().write(lot));
  }

  @Test
  void aUserMapperReadsRecordsWithTheirEnvelope() {
    for (SecretomeProduct p : ReferenceProducts.all()) {
      String text = ParacrineJson.strict().write(p);
      assertThat(mapper.readValue(text, SecretomeProduct.class)).isEqualTo(p);
    }
  }

  @Test
  void theEnvelopeComesFirst() {
    assertThat(mapper.writeValueAsString(Fixtures.report())).startsWith("{\"kind\":\"report\",\"schemaVersion\":\"1.0\",");
  }

  @Test
  void aDocumentNestedInAnotherObjectKeepsItsEnvelope() {
    String text = mapper.writeValueAsString(java.util.Map.of("spec", Fixtures.specification()));
    assertThat(text).startsWith("{\"spec\":{\"kind\":\"specification\",\"schemaVersion\":\"1.2\",");
  }

  @Test
  void otherTypesOnTheSameMapperKeepTheirInclusionRules() {
    record Other(java.util.Optional<String> note, java.util.List<String> tags) {}
    assertThat(mapper.writeValueAsString(new Other(java.util.Optional.empty(), java.util.List.of())))
        .isEqualTo("{\"note\":null,\"tags\":[]}");
  }

  @Test
  void theServiceLoaderFindsTheModuleUnderJacksonsModuleInterface() {
    assertThat(java.util.ServiceLoader.load(tools.jackson.databind.JacksonModule.class).stream()
        .map(java.util.ServiceLoader.Provider::type)).contains(ParacrineModule.class);
  }

  @Test
  void jacksonsModuleDiscoveryRegistersTheModuleOnAPlainMapper() {
    JsonMapper discovered = JsonMapper.builder().findAndAddModules()
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    Lot lot = ReferenceLots.boneMarrowEvIntravenous();
    assertThat(discovered.registeredModules()).anyMatch(m -> m instanceof ParacrineModule);
    assertThat(discovered.writeValueAsString(lot)).isEqualTo(ParacrineJson.strict().write(lot));
  }

  @Test
  void aDocumentEmbeddedInALargerBodyIsReadFromItsTreeWithTheSameChecks() {
    String lot = ParacrineJson.strict().write(ReferenceLots.boneMarrowEvIntravenous());
    tools.jackson.databind.JsonNode body = ParacrineJson.strict().readTree(
        ("{\"lot\":" + lot + ",\"other\":[1.50]}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(ParacrineJson.strict().readRecord(body.get("lot"), Lot.class).value())
        .isEqualTo(ReferenceLots.boneMarrowEvIntravenous());
    assertThat(body.get("other").get(0).decimalValue()).isEqualByComparingTo("1.50");
    assertThat(body.get("other").get(0).decimalValue().scale()).isEqualTo(2);
    ((tools.jackson.databind.node.ObjectNode) body.get("lot")).put("colour", "blue");
    assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(RecordFormatException.class,
        () -> ParacrineJson.strict().readRecord(body.get("lot"), Lot.class)).problems())
        .singleElement().satisfies(p -> assertThat(p.pointer()).isEqualTo("/colour"));
  }

  @Test
  void parsingATreeReportsDuplicateNamesAndExceededLimitsAsProblems() {
    ParacrineJson json = ParacrineJson.strict();
    assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(RecordFormatException.class,
        () -> json.readTree("{\"a\":1,\"a\":2}".getBytes(java.nio.charset.StandardCharsets.UTF_8))).problems())
        .singleElement().satisfies(p -> assertThat(p.type()).isEqualTo(ProblemType.DUPLICATE_KEY));
    byte[] deep = ("[".repeat(1000) + "]".repeat(1000)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(RecordFormatException.class,
        () -> json.readTree(deep)).problems())
        .singleElement().satisfies(p -> assertThat(p.type()).isEqualTo(ProblemType.LIMIT));
  }
}
