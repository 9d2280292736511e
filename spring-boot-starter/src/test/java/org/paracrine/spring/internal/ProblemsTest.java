package org.paracrine.spring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Parser messages are reworded before they reach an HTTP client, and long values are cut. */
class ProblemsTest {

  @Test
  void aConstraintMessageLosesTheConstraintAccessor() {
    assertThat(Problems.plain("Document nesting depth (65) exceeds the maximum allowed (64, from "
        + "`StreamReadConstraints.getMaxNestingDepth()`)"))
        .isEqualTo("Document nesting depth (65) exceeds the maximum allowed (64)");
  }

  @Test
  void readLimitsAreDescribedInWords() {
    assertThat(Problems.plain("input within the read limits ReadLimits[maxDocumentLength=16777216, "
        + "maxNestingDepth=64, maxTokenCount=1000000]"))
        .isEqualTo("input within the read limits (document length 16777216, nesting depth 64, token count 1000000)");
  }

  @Test
  void nanAndTrailingTokenMessagesNameNoParserFeature() {
    assertThat(Problems.plain("Non-standard token 'NaN': enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow"))
        .isEqualTo("Non-standard token 'NaN' (not allowed in JSON)");
    assertThat(Problems.plain("Trailing token (`JsonToken.START_OBJECT`) found after value (bound as "
        + "`tools.jackson.databind.JsonNode`): not allowed as per `DeserializationFeature.FAIL_ON_TRAILING_TOKENS`"))
        .isEqualTo("trailing content after the value");
    assertThat(Problems.plain("cannot deserialize `java.time.LocalDate`")).isEqualTo("cannot deserialize LocalDate");
  }

  @Test
  void aLongValueIsCutToItsPrefixWithItsLength() {
    assertThat(Problems.cut("x".repeat(100), 5)).isEqualTo("xxxxx... (100 characters)");
    assertThat(Problems.cut("short", 5)).isEqualTo("short");
  }
}
