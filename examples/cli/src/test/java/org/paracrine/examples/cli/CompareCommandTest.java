package org.paracrine.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paracrine.core.lot.ReferenceSeries;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.core.report.Verdict;
import org.paracrine.core.samples.ReferenceCompositions;
import org.paracrine.serialization.ParacrineJson;
import picocli.CommandLine;

/** {@code paracrine compare} on the composition example in {@code examples/data/composition}. */
class CompareCommandTest {
  private static final Path DATA = Path.of("..", "data", "composition");
  private static final String REFERENCE = DATA.resolve("reference-series.json").toString();
  private static final String SPEC = DATA.resolve("consistency-specification.json").toString();
  private static final String LOT = DATA.resolve("drifting-lot.json").toString();

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = ParacrineCli.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void theDriftingLotIsRejectedByNelsonTest2() {
    Run r = run("compare", "--reference", REFERENCE, "--spec", SPEC, LOT);
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.REJECTED);
    assertThat(r.out()).startsWith("REJECT     lot UCGEL-25-021  product uc-msc-secretome-gel")
        .contains("reference: uc-gel-composition-reference@2025-08 (20 lots)")
        .containsPattern("VEGFA +per-mL +pg/mL +20 +1024 +33\\.1075 +3\\.233 +958 +1069 +1071 +1\\.42 +1\\.046")
        .contains("FAIL    ERROR    CONSISTENCY.NELSON_2.FIRED  /lot/composition/0/value")
        .contains("Nelson test 2: 9 points in a row on the same side of the centre line fired at this lot")
        .contains("source: Nelson 1984 test 2 (confidence VERIFY)")
        .contains("WARN    WARNING  CONSISTENCY.REFERENCE.CENSORED_EXCLUDED")
        .contains("compared 1 lot: 0 consistent, 1 rejected, 0 incomplete; 0 input problems");
    assertThat(r.out()).doesNotContain("CONSISTENCY.NELSON_1.FIRED", "OUTSIDE_MARGIN");
  }

  @Test
  void jsonOutputIsAReleaseReportNamingTheReferenceSeries() {
    Run r = run("compare", "--format", "json", "--reference", REFERENCE, "--spec", SPEC, LOT);
    assertThat(r.exit()).isEqualTo(ExitCodes.REJECTED);
    ReleaseReport report = ParacrineJson.strict().readReport(r.out().trim());
    assertThat(report.verdict()).isEqualTo(Verdict.REJECT);
    assertThat(report.referenceSeries().orElseThrow().id()).isEqualTo("uc-gel-composition-reference");
    assertThat(report.findings()).anyMatch(f -> f.code().equals("CONSISTENCY.NELSON_2.FIRED"));
  }

  @Test
  void aReferenceOfTwoLotsIsIncomplete(@TempDir Path tmp) throws IOException {
    ReferenceSeries full = ReferenceCompositions.referenceSeries();
    Path small = tmp.resolve("small.json");
    Files.writeString(small, ParacrineJson.strict().writePretty(ReferenceSeries.builder().from(full)
        .entries(full.entries().subList(0, 2)).build()), StandardCharsets.UTF_8);
    Run r = run("compare", "--reference", small.toString(), "--spec", SPEC, LOT);
    assertThat(r.exit()).isEqualTo(ExitCodes.INCOMPLETE);
    assertThat(r.out()).contains("CONSISTENCY.REFERENCE.TOO_SMALL", "only 2 quantified reference value(s)")
        .containsPattern("VEGFA +per-mL +pg/mL +<2> +- +- +-");
  }

  @Test
  void aLotGivenAsReferenceIsBadInput() {
    Run r = run("compare", "--reference", LOT, "--spec", SPEC, LOT);
    assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("expected a ReferenceSeries document, found kind lot");
  }

  @Test
  void theExampleFilesAreTheLibrarySamples() throws IOException {
    ParacrineJson json = ParacrineJson.strict();
    if (Boolean.getBoolean("paracrine.regenerate")) {
      Files.writeString(Path.of(REFERENCE), json.writePretty(ReferenceCompositions.referenceSeries()));
      Files.writeString(Path.of(SPEC), json.writePretty(ReferenceCompositions.consistencySpecification()));
      Files.writeString(Path.of(LOT), json.writePretty(ReferenceCompositions.driftingLot()));
    }
    assertThat(Files.readString(Path.of(REFERENCE), StandardCharsets.UTF_8))
        .isEqualTo(json.writePretty(ReferenceCompositions.referenceSeries()));
    assertThat(Files.readString(Path.of(SPEC), StandardCharsets.UTF_8))
        .isEqualTo(json.writePretty(ReferenceCompositions.consistencySpecification()));
    assertThat(Files.readString(Path.of(LOT), StandardCharsets.UTF_8))
        .isEqualTo(json.writePretty(ReferenceCompositions.driftingLot()));
  }
}
