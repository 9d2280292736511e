package org.paracrine.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paracrine.serialization.ParacrineJson;

/** {@code paracrine digest} and {@code paracrine validate}: output in both formats and exit codes. */
class DigestAndValidateCommandTest {
  private static final Path LOT = SampleDataTest.DATA.resolve("lots").resolve("01-bm-ev-iv-conforming.json");
  private static final Path PRODUCT = SampleDataTest.DATA.resolve("products").resolve("bm-msc-ev-iv.json");

  @TempDir
  Path tmp;

  @Test
  void digestPrintsTheSha256OfTheCanonicalFormAndTheKindOfEachFile() throws IOException {
    SampleDataTest.Run run = SampleDataTest.cli("digest", LOT.toString(), PRODUCT.toString());
    ParacrineJson json = ParacrineJson.strict();
    String lotDigest = json.sha256(json.readLot(Files.readString(LOT)));
    assertThat(run.exit).isZero();
    assertThat(run.out.lines()).containsExactly(lotDigest + "  lot  " + LOT,
        json.sha256(json.readProduct(Files.readString(PRODUCT))) + "  product  " + PRODUCT);
  }

  @Test
  void digestInJsonFormatPrintsOneObjectPerRecordWithItsNdjsonLine() throws IOException {
    Path stream = tmp.resolve("two.ndjson");
    String lot = ParacrineJson.strict().write(ParacrineJson.strict().readLot(Files.readString(LOT)));
    Files.writeString(stream, lot + "\n\n" + lot + "\n", StandardCharsets.UTF_8);
    SampleDataTest.Run run = SampleDataTest.cli("digest", "--format", "json", stream.toString());
    assertThat(run.exit).isZero();
    String digest = ParacrineJson.strict().sha256(ParacrineJson.strict().readLot(lot));
    assertThat(run.out.lines()).containsExactly(
        "{\"source\":\"" + stream + "\",\"line\":1,\"kind\":\"lot\",\"sha256\":\"" + digest + "\"}",
        "{\"source\":\"" + stream + "\",\"line\":3,\"kind\":\"lot\",\"sha256\":\"" + digest + "\"}");
  }

  @Test
  void digestOfAMalformedRecordIsAnInputErrorWithItsLocation() throws IOException {
    Path bad = tmp.resolve("bad.json");
    Files.writeString(bad, "{\"kind\": \"lot\", \"schemaVersion\": \"1.0\", \"id\": 7}");
    SampleDataTest.Run run = SampleDataTest.cli("digest", bad.toString());
    assertThat(run.exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.out).isEmpty();
    assertThat(run.err).contains("error: " + bad + ": /id: WRONG_TYPE");
  }

  @Test
  void validateAcceptsEverySampleDocumentAndAppliesNoReleaseRule() {
    // lot 06 fails its endotoxin limit (REJECT) but is a well-formed lot
    Path rejected = SampleDataTest.DATA.resolve("lots").resolve("06-bm-ev-iv-endotoxin-over-limit.json");
    SampleDataTest.Run run = SampleDataTest.cli("validate", rejected.toString(), PRODUCT.toString());
    assertThat(run.exit).isZero();
    assertThat(run.out.lines()).containsExactly("valid    lot  " + rejected, "valid    product  " + PRODUCT,
        "validated 2 records: 2 valid, 0 invalid");
  }

  @Test
  void validateListsEveryProblemOfAnInvalidRecord() throws IOException {
    Path bad = tmp.resolve("bad-lot.json");
    String text = Files.readString(LOT)
        .replace("\"id\": \"BMEV-25-001\"", "\"id\": \"BMEV-25-001\", \"owner\": \"x\", \"site\": \"y\"");
    Files.writeString(bad, text);
    SampleDataTest.Run run = SampleDataTest.cli("validate", bad.toString(), LOT.toString());
    assertThat(run.exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.out).contains("invalid  -  " + bad).contains("  /owner: UNKNOWN_PROPERTY unknown member \"owner\"")
        .contains("  /site: UNKNOWN_PROPERTY unknown member \"site\"")
        .contains("valid    lot  " + LOT).contains("validated 2 records: 1 valid, 1 invalid");
  }

  @Test
  void validateInJsonFormatReportsProblemsWithPointerTypeAndExpectation() throws IOException {
    Path bad = tmp.resolve("bad.json");
    Files.writeString(bad, "{\"kind\": \"lot\", \"schemaVersion\": \"1.0\", \"id\": 7}");
    SampleDataTest.Run run = SampleDataTest.cli("validate", "--format", "json", bad.toString());
    assertThat(run.exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.out).startsWith("{\"source\":\"" + bad + "\",\"valid\":false,\"problems\":[")
        .contains("{\"pointer\":\"/id\",\"type\":\"WRONG_TYPE\"");
  }

  @Test
  void aMissingFileIsAnInputError() {
    SampleDataTest.Run run = SampleDataTest.cli("validate", tmp.resolve("none.json").toString());
    assertThat(run.exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err).contains("none.json: no such file or directory");
  }

  @Test
  void digestAndValidateFindFilesAsCheckDoesAndReportWhatTheySkip() throws IOException {
    String lot = Files.readString(LOT);
    Files.writeString(tmp.resolve("UPPER.JSON"), lot, StandardCharsets.UTF_8);
    Files.writeString(tmp.resolve("more.jsonl"), ParacrineJson.strict().write(ParacrineJson.strict().readLot(lot))
        + "\n", StandardCharsets.UTF_8);
    Files.writeString(tmp.resolve("notes.txt"), "not a record", StandardCharsets.UTF_8);
    for (String command : new String[] {"digest", "validate"}) {
      SampleDataTest.Run run = SampleDataTest.cli(command, tmp.toString());
      assertThat(run.exit).as(command).isZero();
      assertThat(run.out).as(command).contains(tmp.resolve("UPPER.JSON").toString())
          .contains(tmp.resolve("more.jsonl") + ":1");
      assertThat(run.err).as(command).contains("note: skipped: " + tmp.resolve("notes.txt"));
    }
  }

  @Test
  void anEmptyStreamIsReportedNotPassedOverSilently() throws IOException {
    Path empty = tmp.resolve("empty.ndjson");
    Files.writeString(empty, "", StandardCharsets.UTF_8);
    SampleDataTest.Run run = SampleDataTest.cli("digest", empty.toString());
    assertThat(run.exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err).contains(empty + ": no records");
  }

  @Test
  void aWriteErrorOnStandardOutputExits3WithOneLine() {
    for (String command : new String[] {"digest", "validate"}) {
      java.io.StringWriter err = new java.io.StringWriter();
      picocli.CommandLine cl = ParacrineCli.commandLine();
      cl.setOut(new java.io.PrintWriter(new java.io.Writer() {
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
      }));
      cl.setErr(new java.io.PrintWriter(err, true));
      assertThat(cl.execute(command, LOT.toString())).as(command).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(err.toString()).as(command).contains("error: cannot write to standard output");
    }
  }
}
