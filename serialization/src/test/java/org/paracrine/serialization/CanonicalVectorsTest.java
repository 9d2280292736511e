package org.paracrine.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The published test vectors of the canonical form ({@code docs/canonical-vectors}, specified in
 * {@code docs/canonical-form.md}) are what this library computes: for every input, the canonical text and its
 * SHA-256. The Python and JavaScript implementations under {@code interop/} check the same files.
 */
class CanonicalVectorsTest {
  private static final Path VECTORS = Path.of("..", "docs", "canonical-vectors").toAbsolutePath().normalize();
  private final ParacrineJson json = ParacrineJson.strict();

  private static List<Path> inputs() throws IOException {
    try (Stream<Path> files = Files.list(VECTORS)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".input.json")).sorted()
          .collect(Collectors.toList());
    }
  }

  private static Path sibling(Path input, String suffix) {
    String name = input.getFileName().toString();
    return input.resolveSibling(name.substring(0, name.length() - ".input.json".length()) + suffix);
  }

  @Test
  void everyVectorCanonicalisesToItsPublishedTextAndDigest() throws IOException {
    List<Path> inputs = inputs();
    assertThat(inputs).hasSizeGreaterThanOrEqualTo(10);
    for (Path input : inputs) {
      String canonical = json.canonicalizeJson(Files.readString(input, StandardCharsets.UTF_8));
      assertThat(canonical).as("canonical text of %s", input.getFileName())
          .isEqualTo(Files.readString(sibling(input, ".canonical.json"), StandardCharsets.UTF_8));
      assertThat(Digests.sha256Hex(canonical)).as("SHA-256 of %s", input.getFileName())
          .isEqualTo(Files.readString(sibling(input, ".sha256"), StandardCharsets.US_ASCII).strip());
    }
  }

  @Test
  void smallNumbersAreWrittenInScientificNotationAsBigDecimalToStringDoes() {
    assertThat(json.canonicalizeJson("[0.00000012, 0.000001, 12E3]"))
        .isEqualTo("[\"1.2E-7\",\"0.000001\",\"1.2E+4\"]");
  }

  @Test
  void negativeZeroLosesItsSignWhateverItsScale() {
    assertThat(json.canonicalizeJson("[-0, -0.0, -0E+3]")).isEqualTo("[\"0\",\"0.0\",\"0E+3\"]");
  }

  @Test
  void theCanonicalTextOfEveryVectorIsItsOwnCanonicalForm() throws IOException {
    for (Path input : inputs()) {
      String canonical = Files.readString(sibling(input, ".canonical.json"), StandardCharsets.UTF_8);
      assertThat(json.canonicalizeJson(canonical)).as("%s is a fixed point", input.getFileName())
          .isEqualTo(canonical);
    }
  }
}
