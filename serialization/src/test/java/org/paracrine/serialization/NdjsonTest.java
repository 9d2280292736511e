package org.paracrine.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.samples.ReferenceLots;

/** NDJSON: bad lines are reported with line number and reason; good lines are never stopped or dropped. */
class NdjsonTest {
  private final ParacrineJson json = ParacrineJson.strict();

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theWriterWritesOneCompactDocumentPerLineAndTheReaderReadsThemBack() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonWriter w = NdjsonWriter.of(json, out)) {
      ReferenceLots.all().forEach(w::write);
      assertThat(w.written()).isEqualTo(5);
    }
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text.split("\n", -1)).hasSize(6);
    List<Lot> lots = new ArrayList<>();
    NdjsonSummary summary = NdjsonReader.of(json).read(stream(text), Lot.class, lots::add,
        e -> { throw new AssertionError(e.toString()); });
    assertThat(lots).isEqualTo(ReferenceLots.all());
    assertThat(summary).isEqualTo(new NdjsonSummary(5, 0));
  }

  @Test
  void badLinesAreReportedWithLineNumberAndReasonAndGoodLinesStillArrive() {
    String good = json.write(ReferenceLots.amnioticFluidEvIntravenous());
    String text = good + "\n{\"kind\":\"lot\"\n\n" + good + "\r\n[1]\n" + json.write(Fixtures.report()) + "\n"
        + good.replace("\"id\":\"AFEV-25-017\"", "\"id\":\"AFEV-25-017\",\"id\":\"X\"") + "\n" + good;
    List<Lot> lots = new ArrayList<>();
    List<NdjsonError> errors = new ArrayList<>();
    NdjsonSummary summary = NdjsonReader.of(json).read(stream(text), Lot.class, lots::add, errors::add);
    assertThat(lots).hasSize(3);
    assertThat(summary.read()).isEqualTo(3);
    assertThat(summary.failed()).isEqualTo(4);
    assertThat(errors).extracting(NdjsonError::line).containsExactly(2L, 5L, 6L, 7L);
    assertThat(errors.get(0).problems().get(0).type()).isEqualTo(ProblemType.SYNTAX);
    assertThat(errors.get(1).problems().get(0).type()).isEqualTo(ProblemType.WRONG_TYPE);
    assertThat(errors.get(2).problems().get(0).type()).isEqualTo(ProblemType.WRONG_KIND);
    assertThat(errors.get(3).problems().get(0).type()).isEqualTo(ProblemType.DUPLICATE_KEY);
    assertThat(errors.get(0).toString()).startsWith("line 2: ");
  }

  @Test
  void anOverlongLineIsSkippedWithoutBufferingAndReadingGoesOn() {
    ParacrineJson small = ParacrineJson.builder().limits(ReadLimits.DEFAULTS.withMaxDocumentLength(4096)).build();
    String good = json.write(ReferenceLots.umbilicalCordSecretomeGel());
    String text = "{\"kind\":\"lot\",\"description\":\"" + "x".repeat(100_000) + "\"}\n" + good + "\n";
    List<NdjsonError> errors = new ArrayList<>();
    List<Lot> lots = new ArrayList<>();
    NdjsonSummary summary = NdjsonReader.of(small).read(stream(text), Lot.class, lots::add, errors::add);
    assertThat(summary).isEqualTo(new NdjsonSummary(1, 1));
    assertThat(errors.get(0).line()).isEqualTo(1);
    assertThat(errors.get(0).problems().get(0).type()).isEqualTo(ProblemType.LIMIT);
  }

  @Test
  void linesAtAndOverTheLengthLimitAreReadTheSameWhateverSizeTheStreamsChunksHave() {
    ParacrineJson small = ParacrineJson.builder().limits(ReadLimits.DEFAULTS.withMaxDocumentLength(4096)).build();
    String good = json.write(ReferenceLots.umbilicalCordSecretomeGel());
    assertThat(good.length()).isLessThan(4000);
    String atLimit = good + " ".repeat(4096 - good.length()); // 4,096 bytes: accepted
    String overLimit = good + " ".repeat(4097 - good.length()); // 4,097 bytes: refused, reading goes on
    String text = atLimit + "\n" + overLimit + "\n" + good + "\n" + "x".repeat(200_000) + "\n" + good;
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    java.util.Random random = new java.util.Random(20261128L);
    for (int run = 0; run < 40; run++) {
      int maxChunk = run == 0 ? 1 : 1 + random.nextInt(run % 2 == 0 ? 100 : 100_000);
      java.util.Random sizes = new java.util.Random(run);
      InputStream chunked = new ByteArrayInputStream(bytes) {
        @Override
        public synchronized int read(byte[] b, int off, int len) {
          return super.read(b, off, Math.min(len, 1 + sizes.nextInt(maxChunk)));
        }
      };
      List<NdjsonError> errors = new ArrayList<>();
      List<Lot> lots = new ArrayList<>();
      NdjsonSummary summary = NdjsonReader.of(small).read(chunked, Lot.class, lots::add, errors::add);
      assertThat(summary).as("chunks up to %d bytes", maxChunk).isEqualTo(new NdjsonSummary(3, 2));
      assertThat(errors).extracting(NdjsonError::line).containsExactly(2L, 4L);
      assertThat(errors).allSatisfy(e -> assertThat(e.problems().get(0).type()).isEqualTo(ProblemType.LIMIT));
      assertThat(lots).hasSize(3).allSatisfy(l -> assertThat(l).isEqualTo(ReferenceLots.umbilicalCordSecretomeGel()));
    }
  }

  @Test
  void mixedKindsAreReadWithReadRecords() {
    String text = json.write(Fixtures.specification()) + "\n" + json.write(Fixtures.report()) + "\n";
    List<DocumentKind> kinds = new ArrayList<>();
    NdjsonSummary summary = NdjsonReader.of(json).readRecords(stream(text), r -> kinds.add(r.kind()),
        e -> { throw new AssertionError(e.toString()); });
    assertThat(kinds).containsExactly(DocumentKind.SPECIFICATION, DocumentKind.REPORT);
    assertThat(summary.total()).isEqualTo(2);
  }

  @Test
  void aLongStreamIsReadWithConstantMemory() {
    byte[] line = (json.write(ReferenceLots.boneMarrowEvIntravenous()) + "\n").getBytes(StandardCharsets.UTF_8);
    long lines = 20_000;
    InputStream endless = new InputStream() {
      private long pos;

      @Override
      public int read() {
        if (pos >= lines * line.length) {
          return -1;
        }
        return line[(int) (pos++ % line.length)] & 0xFF;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        int n = 0;
        while (n < len) {
          int c = read();
          if (c < 0) {
            return n == 0 ? -1 : n;
          }
          b[off + n++] = (byte) c;
        }
        return n;
      }
    };
    long[] count = {0};
    NdjsonSummary summary = NdjsonReader.of(json).read(endless, Lot.class, l -> count[0]++,
        e -> { throw new AssertionError(e.toString()); });
    assertThat(summary.read()).isEqualTo(lines);
    assertThat(count[0]).isEqualTo(lines);
  }
}
