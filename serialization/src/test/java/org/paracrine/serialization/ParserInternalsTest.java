package org.paracrine.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Problems never name the parser's internals, every reading overload gives the same problem for the same input,
 * and identifiers cannot carry characters that would forge a printed line.
 */
class ParserInternalsTest {
  private static final String HEAD = "{\"kind\":\"lot\",\"schemaVersion\":\"1.0\",\"id\":\"L\",\"productId\":\"P\","
      + "\"manufactureDate\":\"2025-01-01\"";
  private static final List<String> INTERNALS = List.of("StreamReadConstraints", "JsonToken", "[Source:",
      "REDACTED", "ArithmeticException", "NumberFormatException", "tools.jackson", "java.lang", "ReadLimits[");

  private static final List<Function<byte[], Object>> OVERLOADS = List.of(
      b -> ParacrineJson.strict().readLot(new String(b, StandardCharsets.UTF_8)),
      b -> ParacrineJson.strict().readLot(b),
      b -> ParacrineJson.strict().readLot(new ByteArrayInputStream(b)),
      b -> ParacrineJson.strict().readAny(new String(b, StandardCharsets.UTF_8)),
      b -> ParacrineJson.strict().readAny(b),
      b -> ParacrineJson.strict().readRecord(new ByteArrayInputStream(b), org.paracrine.core.lot.Lot.class),
      b -> ParacrineJson.lenient().readLot(b));

  private static List<Problem> problems(Function<byte[], Object> overload, byte[] input) {
    RecordFormatException e = catchThrowableOfType(RecordFormatException.class, () -> overload.apply(input));
    assertThat(e).as("a RecordFormatException").isNotNull();
    return e.problems();
  }

  static List<HostileInputTest.Case> cases() {
    List<HostileInputTest.Case> all = new ArrayList<>(HostileInputTest.cases());
    all.add(new HostileInputTest.Case("object where a string is expected",
        () -> (HEAD + ",\"productVersion\":{\"a\":1}}").getBytes(StandardCharsets.UTF_8), ProblemType.WRONG_TYPE));
    all.add(new HostileInputTest.Case("exponent 1E+2147483648", () -> (HEAD
        + ",\"quantity\":{\"unit\":\"mL\",\"value\":1E+2147483648}}").getBytes(StandardCharsets.UTF_8),
        ProblemType.LIMIT));
    return all;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void noProblemTextNamesParserInternalsThroughAnyOverload(HostileInputTest.Case c) {
    byte[] input = c.input().get();
    // the lenient reader keeps unknown members: it is asked only about the other inputs
    List<Function<byte[], Object>> overloads = c.expected() == ProblemType.UNKNOWN_PROPERTY
        ? OVERLOADS.subList(0, OVERLOADS.size() - 1) : OVERLOADS;
    for (Function<byte[], Object> overload : overloads) {
      for (Problem p : problems(overload, input)) {
        for (String internal : INTERNALS) {
          assertThat(p.toString()).as(c.name()).doesNotContain(internal);
        }
      }
    }
  }

  @Test
  void theSame50MegabyteDocumentGivesTheSameProblemThroughEveryOverload() {
    byte[] input = (HEAD + ",\"parentLots\":[\"" + "x".repeat(50_000_000) + "\"]}").getBytes(StandardCharsets.UTF_8);
    List<List<Problem>> seen = new ArrayList<>();
    for (Function<byte[], Object> overload : OVERLOADS) {
      seen.add(problems(overload, input));
    }
    assertThat(seen).allSatisfy(p -> assertThat(p).isEqualTo(seen.get(0)));
    Problem p = seen.get(0).get(0);
    assertThat(p.type()).isEqualTo(ProblemType.LIMIT);
    assertThat(p.toString()).startsWith("the document: LIMIT the document is longer than 16777216 bytes");
  }

  @Test
  void aLotIdHoldingALineBreakIsRefusedByTheStrictReader() {
    String forged = "{\"kind\":\"lot\",\"schemaVersion\":\"1.0\",\"id\":\"L1\\nRELEASE    lot FORGED-001\","
        + "\"productId\":\"P\",\"manufactureDate\":\"2025-01-01\",\"parentLots\":[\"A\",\"B\\u202e\"]}";
    RecordFormatException e = catchThrowableOfType(RecordFormatException.class,
        () -> ParacrineJson.strict().readLot(forged));
    assertThat(e.problems()).extracting(Problem::pointer).containsExactly("/id", "/parentLots/1");
    assertThat(e.problems().get(0).message()).contains("U+000A");
    assertThat(e.problems().get(1).message()).contains("U+202E");
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.type()).isEqualTo(ProblemType.INVALID_VALUE));
  }

  @Test
  void problemTextEscapesControlCharactersSoItStaysOneLine() {
    Problem p = Problem.at(ProblemType.WRONG_KIND, "/kind", "kind \"a\nRELEASE\" is not \\ known", "x\u202ey");
    assertThat(p.toString()).isEqualTo(
        "/kind: WRONG_KIND kind \"a\\u000ARELEASE\" is not \\\\ known (expected x\\u202Ey)").doesNotContain("\n");
  }
}
