package org.paracrine.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paracrine.examples.cli.SampleDataTest.DATA;
import static org.paracrine.examples.cli.SampleDataTest.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.report.InputRole;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.serialization.DocumentKind;
import org.paracrine.serialization.NdjsonWriter;
import org.paracrine.serialization.ParacrineJson;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

/** The CLI contract of issue "record integrity": every defect found by a new user, reproduced. */
class RecordIntegrityTest {
  private static final ParacrineJson JSON = ParacrineJson.strict();

  private static String products() {
    return DATA.resolve("products").toString();
  }

  private static String lot(String name) {
    return DATA.resolve("lots").resolve(name).toString();
  }

  /** A writer that fails like standard output redirected to /dev/full. */
  private static final class FullDevice extends Writer {
    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
      throw new IOException("No space left on device");
    }

    @Override
    public void flush() throws IOException {
      throw new IOException("No space left on device");
    }

    @Override
    public void close() {
      // nothing to close
    }
  }

  @Test
  void defect1AWriteErrorOnStandardOutputExits3WithOneLine() {
    StringWriter err = new StringWriter();
    CommandLine cl = ParacrineCli.commandLine();
    cl.setOut(new PrintWriter(new FullDevice()));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute("check", "--format", "json", products(), lot("01-bm-ev-iv-conforming.json"));
    assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString().lines().filter(l -> l.startsWith("error:")).toList()).singleElement()
        .satisfies(l -> assertThat(l).contains("cannot write to standard output"));
  }

  @Test
  void defect2UpperCaseExtensionsAndJsonlFilesAreCheckedAndOtherFilesListedAsSkipped(@TempDir Path dir)
      throws IOException {
    Files.copy(Path.of(lot("06-bm-ev-iv-endotoxin-over-limit.json")), dir.resolve("06.JSON"));
    Lot conforming = JSON.readLot(Files.readAllBytes(Path.of(lot("01-bm-ev-iv-conforming.json"))));
    Files.writeString(dir.resolve("more.jsonl"), JSON.write(conforming) + "\n");
    Files.writeString(dir.resolve("notes.txt"), "not a record");
    SampleDataTest.Run run = cli("check", products(), dir.toString());
    assertThat(run.exit).as(run.err).isEqualTo(ExitCodes.REJECTED);
    assertThat(run.out).contains("REJECT     lot BMEV-25-002").contains("RELEASE    lot BMEV-25-001");
    assertThat(run.err).contains("skipped: " + dir.resolve("notes.txt"));
    assertThat(run.out).contains("checked 2 lots: 1 released, 1 rejected, 0 incomplete; 0 input problems; "
        + "1 file skipped");
  }

  @Test
  void defect3AnEmptyOrBlankNdjsonFileNextToOtherInputsIsReported(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("empty.ndjson"), "");
    Files.writeString(dir.resolve("blank.ndjson"), "\n  \n");
    SampleDataTest.Run run = cli("check", products(), lot("01-bm-ev-iv-conforming.json"),
        dir.resolve("empty.ndjson").toString(), dir.resolve("blank.ndjson").toString());
    assertThat(run.exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err).contains(dir.resolve("empty.ndjson") + ": no records (the stream is empty or blank)")
        .contains(dir.resolve("blank.ndjson") + ": no records (the stream is empty or blank)");
  }

  @Test
  void defect4AnEndlessInputIsReadOnlyUpToTheLimitAndExits3WithoutAStackTrace() {
    SampleDataTest.Run run = cli("check", "/dev/zero");
    assertThat(run.exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err).contains("/dev/zero: ").contains("longer than 16777216 bytes")
        .doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void defect5AnUnreadableInputNamesTheReason(@TempDir Path dir) throws IOException {
    Files.createSymbolicLink(dir.resolve("dangling.json"), dir.resolve("nowhere.json"));
    SampleDataTest.Run run = cli("check", products(), dir.toString());
    assertThat(run.exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err).contains("cannot read: " + dir.resolve("dangling.json") + ": no such file");
    assertThat(CliFiles.reason(new java.nio.file.AccessDeniedException("/x"))).isEqualTo("permission denied");
    assertThat(CliFiles.reason(new java.nio.file.FileSystemException("/x", null, "Is a directory")))
        .isEqualTo("is a directory");
  }

  @Test
  void defect6ALotIdHoldingALineBreakCannotForgeAReleaseLine(@TempDir Path dir) throws IOException {
    String json = Files.readString(Path.of(lot("06-bm-ev-iv-endotoxin-over-limit.json")))
        .replace("\"id\": \"BMEV-25-002\"", "\"id\": \"BMEV-25-002\\nRELEASE    lot FORGED-001\"");
    Path forged = dir.resolve("forged.json");
    Files.writeString(forged, json);
    SampleDataTest.Run run = cli("check", products(), forged.toString());
    assertThat(run.exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.out.lines()).noneMatch(l -> l.startsWith("RELEASE"));
    assertThat(run.err).contains("/id").contains("U+000A");
    ReleaseReport report = ReleaseReport.builder().lotId("L1\nRELEASE    lot FORGED-001")
        .addFinding(org.paracrine.core.report.Finding.builder().code("X.FAIL")
            .outcome(org.paracrine.core.report.Outcome.FAIL).severity(org.paracrine.core.report.Severity.ERROR)
            .path("").message("failed\nRELEASE    lot FORGED-002").build())
        .build();
    StringWriter text = new StringWriter();
    TextReport.print(report, "x.json", false, java.util.Set.of(), new PrintWriter(text));
    assertThat(text.toString().lines()).noneMatch(l -> l.startsWith("RELEASE"));
    assertThat(text.toString()).contains("L1\\u000ARELEASE");
  }

  @Test
  void defect7AStreamCutAtALineBoundaryIsReportedByItsManifest(@TempDir Path dir) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Lot conforming = JSON.readLot(Files.readAllBytes(Path.of(lot("01-bm-ev-iv-conforming.json"))));
    try (NdjsonWriter w = NdjsonWriter.withManifest(JSON, bytes, DocumentKind.LOT)) {
      for (int i = 0; i < 3; i++) {
        w.write(Lot.builder().from(conforming).id("L-" + i).build());
      }
    }
    List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    Path cut = dir.resolve("cut.ndjson");
    Files.writeString(cut, String.join("\n", lines.subList(0, 3)) + "\n");
    SampleDataTest.Run run = cli("check", products(), cut.toString());
    assertThat(run.exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err).contains("INTEGRITY").contains("cut short after 2 record lines");
    Path whole = dir.resolve("whole.ndjson");
    Files.write(whole, bytes.toByteArray());
    SampleDataTest.Run ok = cli("check", products(), whole.toString());
    assertThat(ok.exit).as(ok.err).isEqualTo(ExitCodes.RELEASED);
    assertThat(ok.err).contains("manifest verified: 3 records");
  }

  @Test
  void defect8JsonFormatWritesProblemsAsNdjsonOnStandardError(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"kind\":\"lot\"");
    SampleDataTest.Run run = cli("check", "--format", "json", products(), bad.toString(),
        lot("01-bm-ev-iv-conforming.json"));
    assertThat(run.exit).isEqualTo(ExitCodes.BAD_INPUT);
    List<JsonNode> events = run.err.lines().map(l -> JSON.mapper().readTree(l)).toList();
    assertThat(events).anySatisfy(e -> {
      assertThat(e.get("event").asString()).isEqualTo("problem");
      assertThat(e.get("file").asString()).isEqualTo(bad.toString());
      assertThat(e.get("problems").get(0).get("type").asString()).isEqualTo("SYNTAX");
      assertThat(e.get("problems").get(0).get("line").asInt()).isEqualTo(1);
    });
    assertThat(events).anySatisfy(e -> {
      assertThat(e.get("event").asString()).isEqualTo("report");
      assertThat(e.get("file").asString()).endsWith("01-bm-ev-iv-conforming.json");
      assertThat(e.get("lotId").asString()).isEqualTo("BMEV-25-001");
      assertThat(e.get("verdict").asString()).isEqualTo("RELEASE");
    });
    assertThat(events.get(events.size() - 1).get("event").asString()).isEqualTo("summary");
    assertThat(run.err).doesNotContain("StreamReadConstraints").doesNotContain("JsonToken");
  }

  @Test
  void defect9EveryReportCarriesTheDigestsOfItsInputs() throws IOException {
    SampleDataTest.Run run = cli("check", "--format", "json", products(), DATA.resolve("specifications").toString(),
        lot("01-bm-ev-iv-conforming.json"));
    ReleaseReport report = JSON.readReport(run.out.lines().findFirst().orElseThrow());
    var p = report.provenance().orElseThrow();
    Object lot = JSON.readAny(Files.readAllBytes(Path.of(lot("01-bm-ev-iv-conforming.json")))).value();
    Object product = JSON.readAny(Files.readAllBytes(DATA.resolve("products/bm-msc-ev-iv.json"))).value();
    assertThat(p.inputs(InputRole.LOT).get(0).sha256()).contains(JSON.sha256(lot));
    assertThat(p.inputs(InputRole.PRODUCT).get(0).sha256()).contains(JSON.sha256(product));
    assertThat(p.inputs(InputRole.SPECIFICATION)).allSatisfy(s -> assertThat(s.sha256()).isPresent());
  }

  @Test
  void streamedReportsNameTheirFileAndLine() {
    SampleDataTest.Run run = cli("check", products(), DATA.resolve("streams/lots.ndjson").toString());
    assertThat(run.out).contains("(" + DATA.resolve("streams/lots.ndjson") + " line 1)");
  }

  @Test
  void quietModePrintsOnlyProblemsAndTheSummary() {
    SampleDataTest.Run run = cli("check", "--quiet", products(), DATA.resolve("lots").toString());
    assertThat(run.out.lines().toList()).singleElement()
        .satisfies(l -> assertThat(l).startsWith("checked 14 lots: "));
  }

  @Test
  void aJsonReportStreamWithAManifestCutAtALineBoundaryIsDetectedWhenRead() {
    SampleDataTest.Run run = cli("check", "--format", "json", "--manifest", products(),
        DATA.resolve("lots").toString());
    List<String> lines = run.out.lines().toList();
    assertThat(lines).hasSize(16);
    assertThat(lines.get(0)).startsWith("{\"kind\":\"ndjson-header\",\"documentKind\":\"report\"");
    List<org.paracrine.serialization.NdjsonError> errors = new java.util.ArrayList<>();
    var whole = org.paracrine.serialization.NdjsonReader.of(JSON).read(
        new java.io.ByteArrayInputStream(run.out.getBytes(StandardCharsets.UTF_8)), ReleaseReport.class, r -> { },
        errors::add);
    assertThat(errors).isEmpty();
    assertThat(whole.manifest().orElseThrow().records()).isEqualTo(14);
    String cut = String.join("\n", lines.subList(0, 8)) + "\n";
    var truncated = org.paracrine.serialization.NdjsonReader.of(JSON).read(
        new java.io.ByteArrayInputStream(cut.getBytes(StandardCharsets.UTF_8)), ReleaseReport.class, r -> { },
        errors::add);
    assertThat(truncated.manifest()).isEmpty();
    assertThat(errors).singleElement().satisfies(e -> assertThat(e.toString()).contains("cut short after 7"));
  }
}
