package org.paracrine.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.paracrine.serialization.internal.RecordCodec;

/**
 * Fuzzes the strict and lenient readers: any input either reads into a document that round-trips exactly, or
 * fails with a {@link RecordFormatException} that has at least one problem. Any other exception is a finding. The
 * one-pass reader must also agree with the tree path: a document it builds is accepted by the tree path with an
 * equal value.
 *
 * <p>{@code mvn test} replays the seed corpus in {@code StrictReaderFuzzTestInputs} (regression mode); fuzz with
 * {@code JAZZER_FUZZ=1 mvn -pl core,serialization test -Dtest=StrictReaderFuzzTest -Djazzer.max_duration=5m}.
 */
class StrictReaderFuzzTest {
  private static final ParacrineJson STRICT = ParacrineJson.strict();
  private static final ParacrineJson LENIENT = ParacrineJson.lenient();

  private static final RecordCodec SINGLE_PASS_STRICT = new RecordCodec(false, ReadLimits.DEFAULTS, true);
  private static final RecordCodec TREE_STRICT = new RecordCodec(false, ReadLimits.DEFAULTS, false);
  private static final RecordCodec SINGLE_PASS_LENIENT = new RecordCodec(true, ReadLimits.DEFAULTS, true);
  private static final RecordCodec TREE_LENIENT = new RecordCodec(true, ReadLimits.DEFAULTS, false);

  @FuzzTest(maxDuration = "5m")
  void readersOnlyThrowRecordFormatException(byte[] input) {
    check(STRICT, input);
    check(LENIENT, input);
    agree(SINGLE_PASS_STRICT, TREE_STRICT, input);
    agree(SINGLE_PASS_LENIENT, TREE_LENIENT, input);
  }

  /** What the single pass builds, the tree path accepts and reads equal; what it leaves, the tree path decides. */
  private static void agree(RecordCodec singlePass, RecordCodec tree, byte[] input) {
    Object fast = singlePass.readSinglePass(RecordCodec.of(input, 0, input.length), null);
    if (fast == null) {
      return;
    }
    assertThat(tree.read(RecordCodec.of(input, 0, input.length), null).value()).isEqualTo(fast);
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
