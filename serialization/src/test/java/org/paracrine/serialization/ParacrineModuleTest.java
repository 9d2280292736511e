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
    assertThat(text).startsWith("{\"spec\":{\"kind\":\"specification\",\"schemaVersion\":\"1.1\",");
  }

  @Test
  void otherTypesOnTheSameMapperKeepTheirInclusionRules() {
    record Other(java.util.Optional<String> note, java.util.List<String> tags) {}
    assertThat(mapper.writeValueAsString(new Other(java.util.Optional.empty(), java.util.List.of())))
        .isEqualTo("{\"note\":null,\"tags\":[]}");
  }
}
