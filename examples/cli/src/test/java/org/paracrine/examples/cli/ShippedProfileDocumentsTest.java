package org.paracrine.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.paracrine.core.report.Finding;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.core.samples.ReferenceLots;
import org.paracrine.core.samples.ReferenceProducts;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.serialization.ParacrineJson;
import org.paracrine.validation.ReleaseChecker;
import org.paracrine.validation.ReleaseProfile;
import org.paracrine.validation.profiles.BuiltInProfiles;

/**
 * Each built-in data profile ships in the validation jar as a specification document: the document is exactly the
 * profile's specification in the record format, reads back to an equal specification, and a checker given the
 * document as a user specification reaches the same findings as the built-in profile (the copy-and-override path).
 * Regenerate the documents after a profile change with {@code -Dparacrine.regenerate=true}.
 */
class ShippedProfileDocumentsTest {
  private static final Path FOLDER = Path.of("..", "..").toAbsolutePath().normalize()
      .resolve("validation/src/main/resources").resolve(BuiltInProfiles.DOCUMENT_FOLDER);
  private static final ParacrineJson JSON = ParacrineJson.strict();

  private static List<ReleaseProfile> dataProfiles() {
    return BuiltInProfiles.known().stream().filter(p -> p.specification().isPresent())
        .collect(Collectors.toList());
  }

  @Test
  void everyDataProfileShipsItsSpecificationDocument() throws IOException {
    if (Boolean.getBoolean("paracrine.regenerate")) {
      Files.createDirectories(FOLDER);
      for (ReleaseProfile p : dataProfiles()) {
        Files.writeString(FOLDER.resolve(p.id() + ".json"), JSON.writePretty(p.specification().get()) + "\n",
            StandardCharsets.UTF_8);
      }
    }
    assertThat(dataProfiles()).hasSizeGreaterThanOrEqualTo(6);
    for (ReleaseProfile p : dataProfiles()) {
      String shipped = BuiltInProfiles.document(p.id()).orElseThrow();
      assertThat(shipped).as("shipped document of %s is stale: rebuild with -Dparacrine.regenerate=true", p.id())
          .isEqualTo(JSON.writePretty(p.specification().get()) + "\n");
      assertThat(JSON.read(shipped, ReleaseSpecification.class)).isEqualTo(p.specification().get());
    }
    try (var files = Files.list(FOLDER)) {
      assertThat(files.map(f -> f.getFileName().toString()).sorted().collect(Collectors.toList()))
          .as("no document without its profile").containsExactlyElementsOf(dataProfiles().stream()
              .map(p -> p.id() + ".json").sorted().collect(Collectors.toList()));
    }
  }

  @Test
  void aCodeProfileOrAnUnknownIdHasNoDocument() {
    assertThat(BuiltInProfiles.document("no.such-profile")).isEmpty();
    BuiltInProfiles.known().stream().filter(p -> p.specification().isEmpty())
        .forEach(p -> assertThat(BuiltInProfiles.document(p.id())).isEmpty());
  }

  @Test
  void theDocumentReadAsAUserSpecificationGivesTheProfilesFindings() {
    for (ReleaseProfile p : dataProfiles()) {
      ReleaseSpecification copy = JSON.read(BuiltInProfiles.document(p.id()).orElseThrow(),
          ReleaseSpecification.class);
      java.time.Clock day = java.time.Clock.fixed(java.time.Instant.parse("2025-06-01T00:00:00Z"),
          java.time.ZoneOffset.UTC);
      ReleaseReport asProfile = ReleaseChecker.builder().structuralValidation(false).clock(day).addProfile(p).build()
          .check(ReferenceProducts.boneMarrowEvIntravenous(), ReferenceLots.boneMarrowEvIntravenous());
      ReleaseReport asCopy = ReleaseChecker.builder().structuralValidation(false).clock(day).addSpecification(copy)
          .build().check(ReferenceProducts.boneMarrowEvIntravenous(), ReferenceLots.boneMarrowEvIntravenous());
      assertThat(asCopy.findings()).as(p.id()).extracting(Finding::code, Finding::outcome, Finding::path,
          Finding::message).isEqualTo(asProfile.findings().stream()
              .map(f -> org.assertj.core.groups.Tuple.tuple(f.code(), f.outcome(), f.path(), f.message()))
              .collect(Collectors.toList()));
      assertThat(asCopy.verdict()).isEqualTo(asProfile.verdict());
    }
  }
}
