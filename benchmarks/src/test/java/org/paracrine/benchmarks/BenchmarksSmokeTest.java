package org.paracrine.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.core.report.Verdict;
import org.paracrine.serialization.DocumentKind;
import org.paracrine.serialization.ParacrineJson;

/** Each benchmark produces a correct result once; nothing here measures time. */
class BenchmarksSmokeTest {

  @Test
  void theSpecificationHas25CriteriaAndTheReleaseLotIsReleased() {
    assertThat(Fixtures.specification().criteria()).hasSize(Fixtures.CRITERIA);
    EvaluateBenchmark b = new EvaluateBenchmark();
    b.setup();
    ReleaseReport report = b.evaluate();
    assertThat(report.verdict()).as(report.findings().toString()).isEqualTo(Verdict.RELEASE);
    assertThat(report.findings()).hasSizeGreaterThan(Fixtures.CRITERIA);
    assertThat(report.specifications()).extracting(s -> s.id()).contains(Fixtures.specification().id());
  }

  @Test
  void everyIngestBenchmarkSeesEveryRecord() {
    IngestBenchmark b = new IngestBenchmark();
    b.setup();
    Tally ingest = b.paracrineIngest();
    assertThat(ingest.records()).isEqualTo(IngestBenchmark.RECORDS);
    assertThat(ingest.rejectedLines()).isZero();
    assertThat(ingest.count(Verdict.RELEASE)).isPositive();
    assertThat(ingest.count(Verdict.REJECT)).isPositive();
    assertThat(b.paracrineRead().records()).isEqualTo(IngestBenchmark.RECORDS);
    assertThat(b.jacksonReadTree().records()).isEqualTo(IngestBenchmark.RECORDS);
    Tally schema = b.jsonSchemaValidate();
    assertThat(schema.records()).isEqualTo(IngestBenchmark.RECORDS);
    assertThat(schema.rejectedLines()).as("schema errors on valid records").isZero();
  }

  @Test
  void theSchemaBaselineRejectsWhatTheSchemaForbids() {
    String lot = ParacrineJson.strict().write(Fixtures.releaseLot());
    String bad = lot.replaceFirst("\\{", "{\"surprise\":1,");
    var schema = IngestBenchmark.loadSchema(DocumentKind.LOT);
    var mapper = tools.jackson.databind.json.JsonMapper.builder().build();
    assertThat(schema.validate(mapper.readTree(lot))).isEmpty();
    assertThat(schema.validate(mapper.readTree(bad))).isNotEmpty();
  }

  @Test
  void syntheticLinesAreStrictlyReadableAndVaried() throws IOException {
    SyntheticLots lots = SyntheticLots.create();
    List<Lot> read = new java.util.ArrayList<>();
    try (InputStream in = lots.stream(2 * lots.templates())) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String line : text.split("\n")) {
        read.add(ParacrineJson.strict().readLot(line));
      }
    }
    assertThat(read).hasSize(2 * lots.templates());
    assertThat(read).extracting(Lot::id).doesNotHaveDuplicates();
    assertThat(read.get(0).id()).endsWith("-0");
    assertThat(new String(lots.line(7), StandardCharsets.UTF_8))
        .isEqualTo(new String(lots.ndjson(8), StandardCharsets.UTF_8).split("\n")[7]);
  }

  @Test
  void theStreamingProgramCompletes() throws IOException {
    java.nio.file.Path out = java.nio.file.Files.createTempFile("streaming", ".json");
    try {
      StreamingCheck.main(new String[] {"60", out.toString()});
      String json = java.nio.file.Files.readString(out);
      assertThat(json).contains("\"completed\": true", "\"records\": 60", "\"rejectedLines\": 0");
    } finally {
      java.nio.file.Files.deleteIfExists(out);
    }
  }

  @Test
  void theColdStartProbeReportsAVerdict() throws IOException {
    java.nio.file.Path lot = java.nio.file.Files.createTempFile("lot", ".json");
    java.io.PrintStream old = System.out;
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    try {
      java.nio.file.Files.writeString(lot, ParacrineJson.strict().write(Fixtures.releaseLot()));
      System.setOut(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
      ColdStartProbe.main(new String[] {lot.toString()});
    } finally {
      System.setOut(old);
      java.nio.file.Files.deleteIfExists(lot);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8)).startsWith("{\"verdict\": \"RELEASE\"");
  }

  @Test
  void theMedianIsTheMiddleValue() {
    assertThat(ColdStart.median(new double[] {5, 1, 3})).isEqualTo(3);
    assertThat(ColdStart.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
  }
}
