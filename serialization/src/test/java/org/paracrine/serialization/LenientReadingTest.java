package org.paracrine.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.samples.ReferenceLots;
import org.paracrine.core.vocabulary.QualityAttribute;

/** Lenient reading keeps unknown members and writes them back unchanged; unknown codes survive in both modes. */
class LenientReadingTest {
  private static final String WITH_UNKNOWN = "{\"kind\":\"lot\",\"schemaVersion\":\"1.3\",\"id\":\"L\","
      + "\"productId\":\"P\",\"manufactureDate\":\"2025-01-01\",\"futureField\":{\"a\":[1.50,\"x\"]},"
      + "\"quantity\":{\"unit\":\"mL\",\"value\":450,\"uncertainty\":0.10},"
      + "\"testResults\":[{\"attribute\":\"pH\",\"method\":\"pH-potentiometry\","
      + "\"value\":{\"unit\":\"[pH]\",\"value\":7.35},\"analyst\":\"A. B.\"}]}";

  @Test
  void unknownMembersAreKeptByPointerWithExactText() {
    JsonRecord<Lot> record = ParacrineJson.lenient().readRecord(WITH_UNKNOWN, Lot.class);
    assertThat(record.unknownMembers()).containsEntry("/futureField", "{\"a\":[1.50,\"x\"]}")
        .containsEntry("/quantity/uncertainty", "0.10").containsEntry("/testResults/0/analyst", "\"A. B.\"");
    assertThat(record.value().id()).isEqualTo("L");
  }

  @Test
  void unknownMembersAreWrittenBackUnchanged() {
    ParacrineJson lenient = ParacrineJson.lenient();
    JsonRecord<Lot> record = lenient.readRecord(WITH_UNKNOWN, Lot.class);
    String written = lenient.write(record);
    assertThat(lenient.canonicalizeJson(written)).isEqualTo(lenient.canonicalizeJson(
        WITH_UNKNOWN.replace("\"1.3\"", "\"" + DocumentKind.LOT.schemaVersion() + "\"")));
    assertThat(lenient.readRecord(written, Lot.class)).isEqualTo(record);
  }

  @Test
  void strictReadingRejectsWhatLenientReadingKeeps() {
    assertThatThrownBy(() -> ParacrineJson.strict().readLot(WITH_UNKNOWN))
        .isInstanceOf(RecordFormatException.class)
        .satisfies(e -> assertThat(((RecordFormatException) e).problems()).hasSize(3));
  }

  @Test
  void lenientReadingStillRejectsWrongTypesAndInvariants() {
    assertThatThrownBy(() -> ParacrineJson.lenient().readLot(WITH_UNKNOWN.replace("\"id\":\"L\"", "\"id\":1")))
        .isInstanceOf(RecordFormatException.class);
  }

  @Test
  void unknownVocabularyCodesSurviveAReadWriteCycle() {
    String text = ParacrineJson.strict().write(ReferenceLots.boneMarrowEvIntravenous())
        .replace("\"attribute\":\"pH\"", "\"attribute\":\"zeta-potential\"");
    Lot lot = ParacrineJson.strict().readLot(text);
    assertThat(lot.testResults()).anySatisfy(r -> {
      assertThat(r.attribute().isKnown()).isFalse();
      assertThat(r.attribute().code()).isEqualTo("zeta-potential");
    });
    assertThat(lot.results(QualityAttribute.PH)).isEmpty();
    assertThat(ParacrineJson.strict().write(lot)).isEqualTo(text);
  }

  @Test
  void aRecordWithChangedValueKeepsUnknownMembersWhoseParentStillExists() {
    ParacrineJson lenient = ParacrineJson.lenient();
    JsonRecord<Lot> record = lenient.readRecord(WITH_UNKNOWN, Lot.class);
    Lot changed = Lot.builder().from(record.value()).testResults(java.util.List.of()).build();
    String written = lenient.write(record.withValue(changed));
    assertThat(written).contains("\"futureField\"", "\"uncertainty\":0.10").doesNotContain("analyst");
  }
}
