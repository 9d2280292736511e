package org.paracrine.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class ProblemMessagesTest {

  @Test
  void aTruncatedObjectIsReportedWithLineAndColumnButWithoutJacksonSourceDescriptions() {
    RecordFormatException e = catchThrowableOfType(RecordFormatException.class,
        () -> ParacrineJson.strict().readLot("{\"kind\":\"lot\"\n"));
    assertThat(e.problems()).hasSize(1);
    Problem p = e.problems().get(0);
    assertThat(p.type()).isEqualTo(ProblemType.SYNTAX);
    assertThat(p.line()).isEqualTo(2);
    assertThat(p.message()).contains("expected close marker for Object").doesNotContain("Source:")
        .doesNotContain("REDACTED").doesNotContain("#UNKNOWN");
  }
}
