package org.paracrine.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;

/**
 * Fuzzes the NDJSON reader: whatever the bytes, it reads to the end without throwing, and every non-blank line is
 * counted exactly once as read or failed.
 *
 * <p>Fuzz longer with {@code JAZZER_FUZZ=1 mvn -pl core,serialization test -Dtest=NdjsonReaderFuzzTest}.
 */
class NdjsonReaderFuzzTest {
  private static final NdjsonReader READER = NdjsonReader.of(ParacrineJson.builder()
      .limits(ReadLimits.DEFAULTS.withMaxDocumentLength(4096)).build());

  @FuzzTest(maxDuration = "5m")
  void everyLineIsReadOrReported(byte[] input) {
    long[] seen = {0, 0};
    NdjsonSummary summary = READER.readRecords(new ByteArrayInputStream(input), r -> seen[0]++,
        e -> {
          assertThat(e.line()).isPositive();
          assertThat(e.problems()).isNotEmpty();
          seen[1]++;
        });
    assertThat(summary.read()).isEqualTo(seen[0]);
    assertThat(summary.failed()).isEqualTo(seen[1]);
    long lines = 1;
    for (byte b : input) {
      lines += b == '\n' ? 1 : 0;
    }
    assertThat(summary.total()).isLessThanOrEqualTo(lines);
  }
}
