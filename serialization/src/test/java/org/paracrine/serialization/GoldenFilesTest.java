package org.paracrine.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: the pretty form of every example document (five reference products, five reference lots, a
 * specification, a report) is compared byte for byte with {@code src/test/resources/golden/<name>.json}.
 * Regenerate after an intended format change with {@code -Dparacrine.regenerate=true}.
 */
class GoldenFilesTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden");
  static final boolean REGENERATE = Boolean.getBoolean("paracrine.regenerate");

  static Stream<Fixtures.Named> examples() {
    return Fixtures.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void theWriterProducesTheGoldenFileByteForByte(Fixtures.Named example) throws IOException {
    Path file = GOLDEN.resolve(example.name() + ".json");
    String written = ParacrineJson.strict().writePretty(example.document());
    if (REGENERATE) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, written, StandardCharsets.UTF_8);
    }
    assertThat(file).exists();
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(written);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void theGoldenFileReadsBackToAnEqualDocument(Fixtures.Named example) throws IOException {
    byte[] golden = Files.readAllBytes(GOLDEN.resolve(example.name() + ".json"));
    JsonRecord<?> record = ParacrineJson.strict().readAny(golden);
    assertThat(record.value()).isEqualTo(example.document());
    assertThat(record.kind()).isEqualTo(DocumentKind.of(example.document().getClass()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void theGoldenFileIsValidAgainstItsJsonSchema(Fixtures.Named example) throws IOException {
    String golden = Files.readString(GOLDEN.resolve(example.name() + ".json"), StandardCharsets.UTF_8);
    assertThat(Schemas.errors(DocumentKind.of(example.document().getClass()), golden)).isEmpty();
  }
}
