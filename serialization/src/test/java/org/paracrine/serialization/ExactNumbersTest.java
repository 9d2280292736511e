package org.paracrine.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.quantity.Quantity;

/** Decimals keep value and scale through every path; no double is involved. */
class ExactNumbersTest {
  private final ParacrineJson json = ParacrineJson.strict();

  private Lot lot(String value) {
    return json.readLot("{\"kind\":\"lot\",\"schemaVersion\":\"1.0\",\"id\":\"L\",\"productId\":\"P\","
        + "\"manufactureDate\":\"2025-01-01\",\"quantity\":{\"unit\":\"mL\",\"value\":" + value + "}}");
  }

  @Test
  void trailingZerosAreKept() {
    Quantity q = lot("1.50").quantity().orElseThrow();
    assertThat(q.value()).isEqualTo(new BigDecimal("1.50"));
    assertThat(q.value().scale()).isEqualTo(2);
    assertThat(json.write(lot("1.50"))).contains("\"value\":1.50");
  }

  @Test
  void exponentsKeepTheirValueAndScale() {
    Quantity q = lot("5.24E+11").quantity().orElseThrow();
    assertThat(q.value()).isEqualTo(new BigDecimal("5.24E+11"));
    assertThat(json.write(lot("5.24E+11"))).contains("\"value\":5.24E+11");
    assertThat(lot("5.24e11").quantity().orElseThrow().value()).isEqualTo(new BigDecimal("5.24E+11"));
  }

  @Test
  void digitsBeyondDoublePrecisionSurvive() {
    String many = "12345678901234567890.123456789012345678901234567890";
    assertThat(lot(many).quantity().orElseThrow().value()).isEqualTo(new BigDecimal(many));
    assertThat(json.write(lot(many))).contains(many);
    assertThat(json.canonical(lot(many))).contains("\"" + many + "\"");
  }

  @Test
  void integersStayIntegers() {
    assertThat(lot("450").quantity().orElseThrow().value()).isEqualTo(new BigDecimal("450"));
    assertThat(json.write(lot("450"))).contains("\"value\":450}");
  }

  @Test
  void theCanonicalFormWritesNumbersAsTheirExactText() {
    assertThat(json.canonical(lot("1.50"))).contains("\"value\":\"1.50\"");
    assertThat(json.canonical(lot("5.24E+11"))).contains("\"value\":\"5.24E+11\"");
    assertThat(json.sha256(lot("1.50"))).isNotEqualTo(json.sha256(lot("1.5")));
  }

  @Test
  void theModuleWritesQuantitiesExactlyOnAPlainMapper() {
    tools.jackson.databind.json.JsonMapper mapper = tools.jackson.databind.json.JsonMapper.builder()
        .addModule(new ParacrineModule())
        .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    Quantity q = Quantity.of("0.10", "[IU]/mL");
    String text = mapper.writeValueAsString(q);
    assertThat(text).isEqualTo("{\"unit\":\"[IU]/mL\",\"value\":0.10}");
    assertThat(mapper.readValue(text, Quantity.class)).isEqualTo(q);
  }
}
