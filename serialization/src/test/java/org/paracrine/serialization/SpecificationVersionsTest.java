package org.paracrine.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.core.spec.SelectorKind;

/**
 * Specification documents of record-format version 1.0 (written before selectors existed) read unchanged into the
 * same specification that the current golden file (version 1.2) holds, with the shorthand attribute form meaning a
 * test-result selector; version 1.1 documents read unchanged too.
 */
class SpecificationVersionsTest {
  @ParameterizedTest
  @ValueSource(strings = {"example-ev-iv-release", "uc-gel-composition-consistency"})
  void aVersionOneSpecificationReadsIntoTheSameSpecificationAsTheCurrentVersion(String name) throws IOException {
    String v10 = Files.readString(Path.of("src/test/resources/legacy/specification-1.0-" + name + ".json"),
        StandardCharsets.UTF_8);
    String v11 = Files.readString(Path.of("src/test/resources/golden/specification-" + name + ".json"),
        StandardCharsets.UTF_8);
    assertThat(v10).contains("\"schemaVersion\": \"1.0\"");
    assertThat(v11).contains("\"schemaVersion\": \"1.2\"");

    ReleaseSpecification old = ParacrineJson.strict().readSpecification(v10);
    ReleaseSpecification current = ParacrineJson.strict().readSpecification(v11);

    assertThat(old).isEqualTo(current);
    assertThat(ParacrineJson.strict().sha256(old)).isEqualTo(ParacrineJson.strict().sha256(current));
    assertThat(old.criteria()).allSatisfy(c -> {
      assertThat(c.selector()).isEmpty();
      assertThat(c.effectiveSelector().kind()).isEqualTo(SelectorKind.TEST_RESULT);
      assertThat(c.effectiveSelector().attribute()).isEqualTo(c.attribute());
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"example-ev-iv-release"})
  void theCurrentWriterWritesVersionOnePointTwoForSpecifications(String name) throws IOException {
    String v10 = Files.readString(Path.of("src/test/resources/legacy/specification-1.0-" + name + ".json"),
        StandardCharsets.UTF_8);
    String rewritten = ParacrineJson.strict().writePretty(ParacrineJson.strict().readSpecification(v10));
    assertThat(rewritten).contains("\"schemaVersion\": \"1.2\"").contains("\"quantifier\": \"ALL\"");
    assertThat(DocumentKind.SPECIFICATION.schemaVersion()).isEqualTo("1.2");
    assertThat(DocumentKind.LOT.schemaVersion()).isEqualTo("1.1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"example-ev-iv-release", "uc-gel-composition-consistency"})
  void aVersionOnePointOneSpecificationReadsIntoTheSameSpecificationAsTheCurrentVersion(String name)
      throws IOException {
    String v11 = Files.readString(Path.of("src/test/resources/legacy/specification-1.1-" + name + ".json"),
        StandardCharsets.UTF_8);
    String current = Files.readString(Path.of("src/test/resources/golden/specification-" + name + ".json"),
        StandardCharsets.UTF_8);
    assertThat(v11).contains("\"schemaVersion\": \"1.1\"");
    assertThat(ParacrineJson.strict().readSpecification(v11))
        .isEqualTo(ParacrineJson.strict().readSpecification(current));
  }
}
