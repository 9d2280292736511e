package org.paracrine.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paracrine.examples.cli.SampleDataTest.DATA;
import static org.paracrine.examples.cli.SampleDataTest.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hl7.fhir.r5.model.Bundle;
import org.hl7.fhir.r5.model.DiagnosticReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paracrine.fhir.FhirExport;

class FhirCommandTest {
  @Test
  void writesOneBatchAnalysisBundlePerCheckedLotNamedAfterTheLot(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("fhir");
    SampleDataTest.Run run = cli("fhir", "--output", out.toString(), DATA.resolve("products").toString(),
        DATA.resolve("specifications").toString(), DATA.resolve("lots").toString());
    assertThat(run.exit).isEqualTo(ExitCodes.REJECTED);
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(f -> f.getFileName().toString()).collect(Collectors.toList())).hasSize(14)
          .contains("BMEV-25-001.fhir.json", "BMLYO-25-009.fhir.json");
    }
    assertThat(run.out).contains("RELEASE BMEV-25-001 -> " + out.resolve("BMEV-25-001.fhir.json"));
    assertThat(run.out).contains("checked 14 lots: 7 released, 6 rejected, 1 incomplete; 0 input problems");
    Bundle b = FhirExport.context().newJsonParser().parseResource(Bundle.class,
        Files.readString(out.resolve("BMLYO-25-009.fhir.json")));
    assertThat(b.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
    DiagnosticReport dr = b.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
        .filter(DiagnosticReport.class::isInstance).map(DiagnosticReport.class::cast).findFirst().orElseThrow();
    assertThat(dr.getConclusion()).startsWith("Verdict REJECT");
  }

  @Test
  void withoutAnOutputDirectoryItIsAUsageError() {
    SampleDataTest.Run run = cli("fhir", DATA.toString());
    assertThat(run.exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err).contains("Missing required option: '--output=DIR'");
  }

  @Test
  void anOutputPathThatIsAFileIsBadInput(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("taken"), "x");
    SampleDataTest.Run run = cli("fhir", "--output", file.toString(), DATA.resolve("products").toString(),
        DATA.resolve("lots/01-bm-ev-iv-conforming.json").toString());
    assertThat(run.exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err).contains("cannot create output directory " + file);
  }

  @Test
  void aSecondLotWithTheSameIdIsNotWrittenOverTheFirst(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("fhir");
    String lot = DATA.resolve("lots/01-bm-ev-iv-conforming.json").toString();
    Path copy = Files.copy(Path.of(lot), dir.resolve("again.json"));
    SampleDataTest.Run run = cli("fhir", "--output", out.toString(), DATA.resolve("products").toString(), lot,
        copy.toString());
    assertThat(run.exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err).contains("lot BMEV-25-001: not written: BMEV-25-001.fhir.json already holds lot"
        + " BMEV-25-001 from this run");
  }

  @Test
  void checkingWithoutTheFhirCommandLoadsNoFhirClass() throws Exception {
    Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(javaBin.toString(), "-verbose:class", "-cp", System.getProperty("java.class.path"),
        ParacrineCli.class.getName(), "check", DATA.resolve("products").toString(),
        DATA.resolve("lots/01-bm-ev-iv-conforming.json").toString()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).isEqualTo(ExitCodes.RELEASED);
    assertThat(output).contains("org.paracrine.validation.ReleaseChecker").contains("RELEASE")
        .doesNotContain("ca.uhn.fhir").doesNotContain("org.hl7.fhir").doesNotContain("org.paracrine.fhir");
  }

  @Test
  void aLotIdBecomesASafeFileName() {
    assertThat(FhirFiles.fileName("BMEV-25-001")).isEqualTo("BMEV-25-001.fhir.json");
    assertThat(FhirFiles.fileName("lot/2025:7")).isEqualTo("lot_2025_7.fhir.json");
    assertThat(FhirFiles.fileName("../etc")).isEqualTo("_.._etc.fhir.json");
  }
}
