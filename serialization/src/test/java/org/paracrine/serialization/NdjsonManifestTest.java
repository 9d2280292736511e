package org.paracrine.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.paracrine.core.ParacrineLibrary;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.samples.ReferenceLots;

/** NDJSON manifests: a stream cut short or changed is told from a complete one; a shared writer loses nothing. */
class NdjsonManifestTest {
  private final ParacrineJson json = ParacrineJson.strict();

  private byte[] written(List<Lot> lots) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonWriter w = NdjsonWriter.withManifest(json, out, DocumentKind.LOT)) {
      lots.forEach(w::write);
    }
    return out.toByteArray();
  }

  private record Result(NdjsonSummary summary, List<Lot> lots, List<NdjsonError> errors) {}

  private Result read(byte[] bytes) {
    List<Lot> lots = new ArrayList<>();
    List<NdjsonError> errors = new ArrayList<>();
    NdjsonSummary s = NdjsonReader.of(json).read(new ByteArrayInputStream(bytes), Lot.class, lots::add,
        errors::add);
    return new Result(s, lots, errors);
  }

  @Test
  void aCompleteStreamCarriesAHeaderAndAManifestThatTheReaderVerifies() {
    byte[] bytes = written(ReferenceLots.all());
    String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n");
    assertThat(lines).hasSize(7);
    assertThat(lines[0]).startsWith("{\"kind\":\"ndjson-header\",\"documentKind\":\"lot\"");
    assertThat(lines[6]).startsWith("{\"kind\":\"ndjson-manifest\",\"documentKind\":\"lot\"")
        .contains("\"records\":5").contains("\"libraryVersion\":\"" + ParacrineLibrary.version() + "\"");
    Result r = read(bytes);
    assertThat(r.errors()).isEmpty();
    assertThat(r.lots()).isEqualTo(ReferenceLots.all());
    NdjsonManifest m = r.summary().manifest().orElseThrow();
    assertThat(m.records()).isEqualTo(5);
    assertThat(m.documentKind()).isEqualTo(DocumentKind.LOT);
    int manifestStart = new String(bytes, StandardCharsets.UTF_8).lastIndexOf("{\"kind\":\"ndjson-manifest\"");
    assertThat(m.sha256()).isEqualTo(Digests.sha256Hex(new String(bytes, 0, manifestStart, StandardCharsets.UTF_8)));
  }

  @Test
  void aStreamTruncatedExactlyAtALineBoundaryIsReportedAsCutShort() {
    byte[] bytes = written(ReferenceLots.all());
    String text = new String(bytes, StandardCharsets.UTF_8);
    int cut = 0;
    for (int i = 0; i < 4; i++) {
      cut = text.indexOf('\n', cut) + 1; // header and three lots survive, each with its line break
    }
    Result r = read(text.substring(0, cut).getBytes(StandardCharsets.UTF_8));
    assertThat(r.lots()).hasSize(3);
    assertThat(r.summary().manifest()).isEmpty();
    assertThat(r.summary().failed()).isEqualTo(1);
    assertThat(r.errors()).singleElement().satisfies(e -> {
      assertThat(e.problems().get(0).type()).isEqualTo(ProblemType.INTEGRITY);
      assertThat(e.toString()).contains("cut short after 3 record lines");
    });
  }

  @Test
  void aRemovedRecordLineIsReportedByTheCount() {
    String text = new String(written(ReferenceLots.all()), StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>(List.of(text.split("\n")));
    lines.remove(2);
    Result r = read((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    assertThat(r.errors()).singleElement()
        .satisfies(e -> assertThat(e.toString()).contains("counts 5 records but the stream holds 4"));
  }

  @Test
  void oneChangedDigitIsReportedByTheDigest() {
    String text = new String(written(ReferenceLots.all()), StandardCharsets.UTF_8);
    int at = text.indexOf("\"value\":") + 8;
    char d = text.charAt(at);
    assertThat(Character.isDigit(d)).isTrue();
    String tampered = text.substring(0, at) + (char) (d == '9' ? '1' : d + 1) + text.substring(at + 1);
    Result r = read(tampered.getBytes(StandardCharsets.UTF_8));
    assertThat(r.summary().manifest()).isEmpty();
    assertThat(r.errors()).singleElement().satisfies(e -> {
      assertThat(e.problems().get(0).type()).isEqualTo(ProblemType.INTEGRITY);
      assertThat(e.toString()).contains("the stream was changed");
    });
  }

  @Test
  void linesAfterTheManifestAreReported() {
    byte[] bytes = written(ReferenceLots.all().subList(0, 1));
    String more = new String(bytes, StandardCharsets.UTF_8) + json.write(ReferenceLots.all().get(1)) + "\n";
    Result r = read(more.getBytes(StandardCharsets.UTF_8));
    assertThat(r.summary().manifest()).isEmpty();
    assertThat(r.errors()).singleElement()
        .satisfies(e -> assertThat(e.toString()).contains("content after the manifest on line 3"));
  }

  @Test
  void aStreamWithoutHeaderOrManifestStillReadsAsBefore() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonWriter w = NdjsonWriter.of(json, out)) {
      ReferenceLots.all().forEach(w::write);
    }
    Result r = read(out.toByteArray());
    assertThat(r.errors()).isEmpty();
    assertThat(r.summary()).isEqualTo(new NdjsonSummary(5, 0));
  }

  @Test
  void aManifestWriterRefusesADocumentOfAnotherKindAndWritesNothingAfterClose() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    NdjsonWriter w = NdjsonWriter.withManifest(json, out, DocumentKind.LOT);
    assertThatThrownBy(() -> w.write(org.paracrine.core.samples.ReferenceProducts.all().get(0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("this stream holds lot documents, not product");
    w.close();
    w.close();
    assertThatThrownBy(() -> w.write(ReferenceLots.all().get(0))).isInstanceOf(IllegalStateException.class);
    Result r = read(out.toByteArray());
    assertThat(r.errors()).isEmpty();
    assertThat(r.summary().manifest().orElseThrow().records()).isZero();
  }

  @Test
  void eightThreadsSharingOneWriterLoseNoneOf10000Records() throws Exception {
    Lot template = ReferenceLots.all().get(0);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    NdjsonWriter w = NdjsonWriter.withManifest(json, out, DocumentKind.LOT);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          start.await();
          for (int i = thread; i < 10_000; i += 8) {
            w.write(Lot.builder().from(template).id("LOT-" + i).build());
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    w.close();
    assertThat(w.written()).isEqualTo(10_000);
    Result r = read(out.toByteArray());
    assertThat(r.errors()).isEmpty();
    Set<String> ids = new HashSet<>();
    r.lots().forEach(l -> ids.add(l.id()));
    assertThat(ids).hasSize(10_000);
    assertThat(r.summary().manifest().orElseThrow().records()).isEqualTo(10_000);
  }

  @Test
  void binaryInputStopsReadingAtTheFirstNulByteInsteadOfReadingForever() {
    java.io.InputStream zeros = new java.io.InputStream() {
      @Override
      public int read() {
        return 0;
      }
    };
    List<NdjsonError> errors = new ArrayList<>();
    NdjsonSummary s = NdjsonReader.of(json).read(zeros, Lot.class, l -> { }, errors::add);
    assertThat(s.failed()).isEqualTo(1);
    assertThat(errors).singleElement()
        .satisfies(e -> assertThat(e.toString()).contains("binary content (a NUL byte) on line 1"));
  }

  @Test
  void readLinesTellsTheLineOfEachRecordCountingTheHeader() {
    List<Long> lines = new ArrayList<>();
    NdjsonReader.of(json).readLines(new ByteArrayInputStream(written(ReferenceLots.all())), Lot.class,
        (lot, line) -> lines.add(line), e -> { throw new AssertionError(e.toString()); });
    assertThat(lines).containsExactly(2L, 3L, 4L, 5L, 6L);
  }
}
