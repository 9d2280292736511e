package org.paracrine.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.paracrine.serialization.Digests;
import org.paracrine.serialization.JsonRecord;
import org.paracrine.serialization.ParacrineJson;
import org.paracrine.serialization.RecordFormatException;

/**
 * {@code interop/sample-digests.txt} lists the kind and the SHA-256 of every sample record under
 * {@code examples/data} as this library computes them; the Python and JavaScript implementations under
 * {@code interop/} must reproduce each one from the file's text. Rebuild the list after changing a sample with
 * {@code -Dparacrine.regenerate=true}.
 */
class SampleDigestsTest {
  private static final Path ROOT = Path.of("..", "..").toAbsolutePath().normalize();
  private static final Path LIST = ROOT.resolve("interop").resolve("sample-digests.txt");
  private static final String HEADER = "# SHA-256 of the canonical form (docs/canonical-form.md), kind and file[:line]"
      + " of every sample record;\n# written by SampleDigestsTest (-Dparacrine.regenerate=true), checked by"
      + " interop/python/check.py and interop/node/check.js.\n";
  private static final ParacrineJson JSON = ParacrineJson.strict();

  private static List<String> computed() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(ROOT.resolve("examples").resolve("data"))) {
      files = walk.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".json")
          || f.toString().endsWith(".ndjson")).sorted().collect(Collectors.toList());
    }
    List<String> lines = new ArrayList<>();
    for (Path f : files) {
      String label = ROOT.relativize(f).toString().replace('\\', '/');
      if (label.endsWith(".ndjson")) {
        List<String> records = Files.readAllLines(f, StandardCharsets.UTF_8);
        for (int i = 0; i < records.size(); i++) {
          try {
            lines.add(line(JSON.readAny(records.get(i)), records.get(i), label + ":" + (i + 1)));
          } catch (RecordFormatException deliberatelyMalformed) {
            // the stream holds one malformed line on purpose; it has no digest
          }
        }
      } else {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        lines.add(line(JSON.readAny(text), text, label));
      }
    }
    return lines;
  }

  private static String line(JsonRecord<?> record, String text, String label) {
    String digest = JSON.sha256(record);
    // Another language canonicalises the file's text, not our document: both must give the same digest.
    assertThat(Digests.sha256Hex(JSON.canonicalizeJson(text))).as("digest of the text of %s", label)
        .isEqualTo(digest);
    return digest + "  " + record.kind().kind() + "  " + label;
  }

  @Test
  void theCommittedDigestListIsWhatThisLibraryComputesForEverySampleRecord() throws IOException {
    List<String> lines = computed();
    String expected = HEADER + String.join("\n", lines) + "\n";
    if (Boolean.getBoolean("paracrine.regenerate")) {
      Files.writeString(LIST, expected, StandardCharsets.UTF_8);
    }
    assertThat(lines).hasSizeGreaterThan(300);
    assertThat(Files.readString(LIST, StandardCharsets.UTF_8))
        .as("interop/sample-digests.txt is stale: rebuild with -Dparacrine.regenerate=true").isEqualTo(expected);
  }

  @Test
  void theDigestCommandPrintsTheSameLinesAsTheCommittedList() throws IOException {
    String data = ROOT.resolve("examples").resolve("data").toString();
    SampleDataTest.Run run = SampleDataTest.cli("digest", data);
    assertThat(run.exit).as(run.err).isEqualTo(ExitCodes.BAD_INPUT);   // the one malformed stream line
    assertThat(run.err).contains("lots.ndjson:137: ");
    List<String> printed = run.out.lines().map(l -> l.replace(ROOT + "/", "")).collect(Collectors.toList());
    List<String> listed = Files.readAllLines(LIST, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.startsWith("#")).collect(Collectors.toList());
    assertThat(printed).isEqualTo(listed);
  }
}
