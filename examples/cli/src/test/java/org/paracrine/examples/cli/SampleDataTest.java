package org.paracrine.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.paracrine.core.lot.Lot;
import org.paracrine.serialization.DocumentKind;
import org.paracrine.serialization.ParacrineJson;
import tools.jackson.databind.JsonNode;
import picocli.CommandLine;

/**
 * Keeps {@code examples/data} true: the committed files equal what {@link SampleRecords} builds (rebuild them
 * with {@code -Dparacrine.regenerate=true}), every lot has the verdict that {@code examples/data/README.md}
 * documents, and the main job ({@code paracrine check examples/data}) prints the documented summary and exit code.
 */
class SampleDataTest {
  static final Path DATA = Path.of("..", "data").toAbsolutePath().normalize();
  private static final boolean REGENERATE = Boolean.getBoolean("paracrine.regenerate");
  private static final ParacrineJson JSON = ParacrineJson.strict();

  static final class Run {
    final int exit;
    final String out;
    final String err;

    Run(int exit, String out, String err) {
      this.exit = exit;
      this.out = out;
      this.err = err;
    }
  }

  static Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = ParacrineCli.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void committedDocumentsEqualTheGenerator() throws IOException {
    for (Map.Entry<String, Object> e : SampleRecords.documents().entrySet()) {
      check(DATA.resolve(e.getKey()), JSON.writePretty(e.getValue()) + "\n");
    }
  }

  @Test
  void committedStreamEqualsTheGeneratorWithOneMalformedLine() throws IOException {
    List<String> lines = new ArrayList<>();
    for (Lot lot : SampleRecords.streamLots()) {
      lines.add(JSON.write(lot));
    }
    String good = lines.get(SampleRecords.MALFORMED_LINE - 1);
    lines.add(SampleRecords.MALFORMED_LINE - 1, good.substring(0, SampleRecords.MALFORMED_LINE_LENGTH));
    check(DATA.resolve("streams/lots.ndjson"), String.join("\n", lines) + "\n");
  }

  private static void check(Path file, String expected) throws IOException {
    if (REGENERATE) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, expected, StandardCharsets.UTF_8);
    }
    assertThat(file).as("%s is stale: rebuild with -Dparacrine.regenerate=true", file).exists();
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(file.toString()).isEqualTo(expected);
  }

  @Test
  void everySampleRecordIsValidAgainstItsShippedSchema() throws IOException {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    Map<DocumentKind, Schema> schemas = new EnumMap<>(DocumentKind.class);
    for (DocumentKind kind : DocumentKind.values()) {
      try (InputStream in = DocumentKind.class.getResourceAsStream(kind.schemaResource())) {
        schemas.put(kind, registry.getSchema(in));
      }
    }
    List<String> documents = new ArrayList<>();
    for (String name : SampleRecords.documents().keySet()) {
      documents.add(Files.readString(DATA.resolve(name)));
    }
    Files.readAllLines(DATA.resolve("streams/lots.ndjson")).stream()
        .filter(l -> l.length() > SampleRecords.MALFORMED_LINE_LENGTH).forEach(documents::add);
    assertThat(documents).hasSize(SampleRecords.documents().size() + SampleRecords.STREAM_LOTS);
    for (String json : documents) {
      JsonNode node = JSON.mapper().readTree(json);
      DocumentKind kind = DocumentKind.valueOf(node.get("kind").asString().toUpperCase(java.util.Locale.ROOT));
      List<com.networknt.schema.Error> errors = schemas.get(kind).validate(node);
      assertThat(errors).as(json.substring(0, Math.min(120, json.length()))).isEmpty();
    }
  }

  @Test
  void everyLotHasTheVerdictTheReadmeDocuments() throws IOException {
    Pattern row = Pattern.compile("^\\| `(lots/[^`]+)` \\| .* \\| (RELEASE|REJECT|INCOMPLETE) \\|$");
    int rows = 0;
    for (String line : Files.readAllLines(DATA.resolve("README.md"))) {
      Matcher m = row.matcher(line);
      if (!m.matches()) {
        continue;
      }
      rows++;
      Run run = cli("check", "--format", "text", DATA.resolve("products").toString(),
          DATA.resolve("specifications").toString(), DATA.resolve(m.group(1)).toString());
      assertThat(run.out.lines().skip(1).findFirst().orElse("")).as(m.group(1) + "\n" + run.out + run.err)
          .startsWith(m.group(2));
      int expectedExit = m.group(2).equals("RELEASE") ? ExitCodes.RELEASED
          : m.group(2).equals("REJECT") ? ExitCodes.REJECTED : ExitCodes.INCOMPLETE;
      assertThat(run.exit).as(m.group(1)).isEqualTo(expectedExit);
    }
    assertThat(rows).isEqualTo(14);
  }

  @Test
  void theMainJobPrintsEveryReportAndTheDocumentedSummary() throws IOException {
    Run run = cli("check", DATA.toString());
    String readme = Files.readString(DATA.resolve("README.md"));
    Matcher summary = Pattern.compile("(checked \\d+ lots: .* input problem)").matcher(readme);
    assertThat(summary.find()).isTrue();
    assertThat(run.out).contains(summary.group(1));
    assertThat(run.exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err).contains("streams/lots.ndjson: line " + SampleRecords.MALFORMED_LINE + ": ");
    assertThat(run.out.lines().filter(l -> l.matches("^(RELEASE|REJECT|INCOMPLETE) .*")).count())
        .isEqualTo(14 + 1 + SampleRecords.STREAM_LOTS); // lots/, composition/drifting-lot.json, the stream
    assertThat(run.out).contains("REJECT     lot UCGEL-25-021").contains("CONSISTENCY.NELSON_2.FIRED");
  }
}
