package org.paracrine.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile inputs each end in one typed problem with a location, quickly. The measured times (not asserted) are
 * written to {@code target/hostile-inputs.md}, the source of the README table.
 */
class HostileInputTest {
  private static final String HEAD = "{\"kind\":\"lot\",\"schemaVersion\":\"1.0\",\"id\":\"L\",\"productId\":\"P\","
      + "\"manufactureDate\":\"2025-01-01\"";
  private static final List<String> ROWS = new ArrayList<>();

  record Case(String name, Supplier<byte[]> input, ProblemType expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Supplier<byte[]> text(Supplier<String> s) {
    return () -> s.get().getBytes(StandardCharsets.UTF_8);
  }

  static List<Case> cases() {
    return List.of(
        new Case("nesting depth 100,000 (`[[[[...`)", text(() -> "[".repeat(100_000)), ProblemType.LIMIT),
        new Case("nesting depth 65 inside a member", text(() -> HEAD + ",\"x\":" + "{\"a\":".repeat(65) + "1"
            + "}".repeat(65) + "}"), ProblemType.LIMIT),
        new Case("string of 2 MiB", text(() -> HEAD + ",\"description\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}"),
            ProblemType.LIMIT),
        new Case("number of 10,000 digits", text(() -> HEAD + ",\"quantity\":{\"unit\":\"mL\",\"value\":"
            + "9".repeat(10_000) + "}}"), ProblemType.LIMIT),
        new Case("member name of 10,000 chars", text(() -> HEAD + ",\"" + "n".repeat(10_000) + "\":1}"),
            ProblemType.LIMIT),
        new Case("document of 20 MiB", text(() -> HEAD + ",\"parentLots\":[" + "\"a\",".repeat(5 * 1024 * 1024)
            + "\"a\"]}"), ProblemType.LIMIT),
        new Case("1,500,000 tokens in 3 MiB", text(() -> "[" + "0,".repeat(1_500_000) + "0]"), ProblemType.LIMIT),
        new Case("duplicate key", text(() -> HEAD + ",\"id\":\"M\"}"), ProblemType.DUPLICATE_KEY),
        new Case("NaN", text(() -> HEAD + ",\"quantity\":{\"unit\":\"mL\",\"value\":NaN}}"), ProblemType.SYNTAX),
        new Case("Infinity", text(() -> HEAD + ",\"quantity\":{\"unit\":\"mL\",\"value\":-Infinity}}"),
            ProblemType.SYNTAX),
        new Case("invalid UTF-8 byte", () -> {
          byte[] b = (HEAD + ",\"description\":\"ab\"}").getBytes(StandardCharsets.UTF_8);
          b[b.length - 4] = (byte) 0xC3;
          b[b.length - 3] = (byte) 0x28;
          return b;
        }, ProblemType.SYNTAX),
        new Case("unescaped control character", text(() -> HEAD + ",\"description\":\"a\u0001b\"}"),
            ProblemType.SYNTAX),
        new Case("comment", text(() -> HEAD + " /* hi */ }"), ProblemType.SYNTAX),
        new Case("trailing content", text(() -> HEAD + "} {}"), ProblemType.SYNTAX),
        new Case("truncated document", text(() -> HEAD), ProblemType.SYNTAX),
        new Case("exponent 1E+999999999", text(() -> HEAD + ",\"quantity\":{\"unit\":\"mL\",\"value\":1E+999999999}}"),
            ProblemType.INVALID_VALUE),
        new Case("exponent beyond 32 bits (-0e17777777777777)", text(() -> HEAD
            + ",\"quantity\":{\"unit\":\"mL\",\"value\":-0e17777777777777}}"), ProblemType.LIMIT),
        new Case("integer beyond int range", text(() -> HEAD + ",\"cellIdentity\":{\"passage\":"
            + "9".repeat(40) + "}}"), ProblemType.INVALID_VALUE),
        new Case("unknown property", text(() -> HEAD + ",\"owner\":\"me\"}"), ProblemType.UNKNOWN_PROPERTY),
        new Case("wrong type", text(() -> HEAD + ",\"parentLots\":\"A\"}"), ProblemType.WRONG_TYPE),
        new Case("invalid UCUM unit", text(() -> HEAD + ",\"quantity\":{\"unit\":\"cells/mL\",\"value\":1}}"),
            ProblemType.INVALID_VALUE),
        new Case("code with control character", text(() -> HEAD
            + ",\"testResults\":[{\"attribute\":\"x\\u0000\",\"method\":\"NTA\",\"value\":{\"unit\":\"1\",\"value\":1}}]}"),
            ProblemType.INVALID_VALUE),
        new Case("wrong kind", text(() -> HEAD.replace("\"lot\"", "\"report\"") + "}"), ProblemType.WRONG_KIND),
        new Case("null for an optional member", text(() -> HEAD + ",\"expiryDate\":null}"), ProblemType.WRONG_TYPE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachHostileInputGetsOneTypedLocatedProblem(Case c) {
    byte[] input = c.input().get();
    RecordFormatException e = null;
    long best = Long.MAX_VALUE;
    for (int run = 0; run < 5; run++) {
      long t0 = System.nanoTime();
      e = catchThrowableOfType(RecordFormatException.class, () -> ParacrineJson.strict().readLot(input));
      best = Math.min(best, System.nanoTime() - t0);
    }
    assertThat(e).as(c.name()).isNotNull();
    Problem p = e.problems().get(0);
    assertThat(p.type()).as(c.name() + ": " + p).isEqualTo(c.expected());
    assertThat(p.line() > 0 || !p.pointer().isEmpty() || p.type() == ProblemType.LIMIT).as("located: " + p).isTrue();
    ROWS.add(String.format("| %s | %,d | `%s` %s | %s | %.2f ms |", c.name(), input.length, p.type(),
        p.pointer().isEmpty() ? "(document)" : "at `" + org.paracrine.serialization.internal.TreeValidator.abbreviate(p.pointer()) + "`", p.line() > 0 ? "line " + p.line() + ", col "
        + p.column() : "-", best / 1e6));
  }

  @AfterAll
  static void writeTable() throws IOException {
    StringBuilder sb = new StringBuilder("| Hostile input | Bytes | Error | Location | Time (best of 5) |\n"
        + "|---|---:|---|---|---:|\n");
    ROWS.forEach(r -> sb.append(r).append('\n'));
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/hostile-inputs.md"), sb.toString(), StandardCharsets.UTF_8);
  }
}
