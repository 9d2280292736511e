package org.paracrine.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the strict and lenient readers: any input either reads into a document that round-trips exactly, or
 * fails with a {@link RecordFormatException} that has at least one problem. Any other exception is a finding.
 *
 * <p>{@code mvn test} replays the seed corpus in {@code StrictReaderFuzzTestInputs} (regression mode); fuzz with
 * {@code JAZZER_FUZZ=1 mvn -pl core,serialization test -Dtest=StrictReaderFuzzTest -Djazzer.max_duration=5m}.
 */
class StrictReaderFuzzTest {
  private static final ParacrineJson STRICT = ParacrineJson.strict();
  private static final ParacrineJson LENIENT = ParacrineJson.lenient();

  @FuzzTest(maxDuration = "5m")
  void readersOnlyThrowRecordFormatException(byte[] input) {
    check(STRICT, input);
    check(LENIENT, input);
  }

  private static void check(ParacrineJson json, byte[] input) {
    JsonRecord<?> record;
    try {
      record = json.readAny(input);
    } catch (RecordFormatException e) {
      assertThat(e.problems()).isNotEmpty();
      return;
    }
    String written = json.write(record);
    JsonRecord<?> again = json.readAny(written);
    assertThat(again).isEqualTo(record);
    assertThat(json.canonical(again)).isEqualTo(json.canonical(record));
  }
}
