package org.paracrine.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.paracrine.core.InvariantViolationException;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.quantity.QuantityRange;
import org.paracrine.core.spec.Citation;

class FindingDraftTest {

  /** A template that joins its arguments after a fixed text and counts how often it formats. */
  private static final class CountingTemplate implements MessageTemplate {
    private final String text;
    private final boolean neverBlank;
    final AtomicInteger formatted = new AtomicInteger();

    CountingTemplate(String text, boolean neverBlank) {
      this.text = text;
      this.neverBlank = neverBlank;
    }

    @Override
    public String format(Object... args) {
      formatted.incrementAndGet();
      StringBuilder sb = new StringBuilder(text);
      for (Object a : args) {
        sb.append(a);
      }
      return sb.toString();
    }

    @Override
    public boolean neverBlank() {
      return neverBlank;
    }
  }

  private static final SpecificationRef SPEC = SpecificationRef.of("spec", "1");
  private static final Citation SOURCE = Citation.of("Source 2020");
  private static final Quantity Q = Quantity.of("12.5", "%");
  private static final Quantity Q2 = Quantity.of("0.125", "1");
  private static final QuantityRange RANGE = QuantityRange.atLeast(Quantity.of("10", "%"));
  private static final QuantityRange BAND = QuantityRange.atLeast(Quantity.of("12", "%"));

  /**
   * Sets a random subset of the optional values, in the draft and in a builder alike, from one seed; returns the
   * builder.
   */
  private static ImmutableFinding.Builder fill(SplittableRandom r, FindingDraft d) {
    String code = "C" + r.nextInt(5) + ".X";
    Outcome o = Outcome.values()[r.nextInt(Outcome.values().length)];
    Severity s = Severity.values()[r.nextInt(Severity.values().length)];
    String path = r.nextBoolean() ? "" : "/testResults/" + r.nextInt(3) + "/value";
    d.start(code, o, s, path);
    ImmutableFinding.Builder b = Finding.builder().code(code).outcome(o).severity(s).path(path);
    if (r.nextBoolean()) {
      CountingTemplate t = new CountingTemplate("value ", true);
      Object[] args = {r.nextInt(100), " of ", Q};
      d.message(t, args);
      b.message(t.format(args));
    } else {
      String m = "message " + r.nextInt(100);
      d.message(m);
      b.message(m);
    }
    if (r.nextBoolean()) {
      d.specification(SPEC);
      b.specification(SPEC);
    }
    if (r.nextBoolean()) {
      String id = "c" + r.nextInt(3);
      d.criterionId(id);
      b.criterionId(id);
    }
    if (r.nextBoolean()) {
      d.observed("12.5 %");
      b.observed("12.5 %");
    }
    if (r.nextBoolean()) {
      d.observedQuantity(Q);
      b.observedQuantity(Q);
    }
    if (r.nextBoolean()) {
      d.convertedQuantity(Q2);
      b.convertedQuantity(Q2);
    }
    if (r.nextBoolean()) {
      d.limit(RANGE);
      b.limit(RANGE);
    }
    if (r.nextBoolean()) {
      d.warningBand(BAND);
      b.warningBand(BAND);
    }
    if (r.nextBoolean()) {
      Band band = Band.values()[r.nextInt(Band.values().length)];
      d.band(band);
      b.band(band);
    }
    if (r.nextBoolean()) {
      d.expected("≥ 10 %");
      b.expected("≥ 10 %");
    }
    if (r.nextBoolean()) {
      d.source(SOURCE);
      b.source(SOURCE);
    }
    return b;
  }

  @Test
  void aDraftedFindingIsTheFindingTheBuilderMakesWithTheFormattedMessage() {
    SplittableRandom r = new SplittableRandom(20261128);
    FindingDraft d = new FindingDraft(); // one draft for all: each start clears the previous finding's values
    for (int i = 0; i < 2_000; i++) {
      Finding expected = fill(r, d).build();
      Finding drafted = d.build();
      assertThat(drafted).isEqualTo(expected);
      assertThat(expected).isEqualTo(drafted);
      assertThat(drafted.hashCode()).isEqualTo(expected.hashCode());
      assertThat(drafted.toString()).isEqualTo(expected.toString());
      assertThat(drafted.message()).isEqualTo(expected.message());
      assertThat(drafted.specificationOrNull()).isEqualTo(expected.specificationOrNull());
      assertThat(ImmutableFinding.copyOf(drafted)).isEqualTo(expected);
    }
  }

  @Test
  void findingsThatDifferInOneValueAreNotEqual() {
    FindingDraft d = new FindingDraft();
    Finding a = d.start("A.B", Outcome.PASS, Severity.ERROR, "/x").message("m").observedQuantity(Q).build();
    Finding b = d.start("A.B", Outcome.PASS, Severity.ERROR, "/x").message("m").observedQuantity(Q2).build();
    Finding c = d.start("A.B", Outcome.PASS, Severity.ERROR, "/x").message("n").observedQuantity(Q).build();
    assertThat(a).isNotEqualTo(b).isNotEqualTo(c).isNotEqualTo("A.B");
    assertThat(b).isNotEqualTo(c);
  }

  @Test
  void theMessageIsFormattedOnceAndOnlyWhenRead() {
    CountingTemplate t = new CountingTemplate("limit ", true);
    Finding f = new FindingDraft().start("A.B", Outcome.FAIL, Severity.ERROR, "/lot/id").message(t, "x", 2).build();
    assertThat(t.formatted).hasValue(0);
    assertThat(f.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(Verdict.of(List.of(f))).isEqualTo(Verdict.REJECT);
    assertThat(t.formatted).hasValue(0);
    assertThat(f.message()).isEqualTo("limit x2");
    assertThat(f.message()).isSameAs(f.message());
    assertThat(t.formatted).hasValue(1);
  }

  @Test
  void aTemplateThatCouldGiveABlankTextIsFormattedAndCheckedWhenBuilt() {
    CountingTemplate maybeBlank = new CountingTemplate("", false);
    Finding f = new FindingDraft().start("A.B", Outcome.PASS, Severity.INFO, "").message(maybeBlank, "ok").build();
    assertThat(maybeBlank.formatted).hasValue(1);
    assertThat(f.message()).isEqualTo("ok");
    assertThat(maybeBlank.formatted).hasValue(1);
    assertThatThrownBy(() -> new FindingDraft().start("A.B", Outcome.PASS, Severity.INFO, "")
        .message(maybeBlank, "  ").build())
        .isInstanceOf(InvariantViolationException.class).hasMessageContaining("message");
  }

  @Test
  void aDraftedFindingKeepsTheInvariantsOfEveryFinding() {
    FindingDraft d = new FindingDraft();
    assertThatThrownBy(() -> d.start("lower.case", Outcome.PASS, Severity.INFO, "").message("m").build())
        .isInstanceOf(InvariantViolationException.class).hasMessageContaining("code");
    assertThatThrownBy(() -> d.start("A.B", Outcome.PASS, Severity.INFO, "no-slash").message("m").build())
        .isInstanceOf(InvariantViolationException.class).hasMessageContaining("path");
    assertThatThrownBy(() -> d.start("A.B", Outcome.PASS, Severity.INFO, "").message(" ").build())
        .isInstanceOf(InvariantViolationException.class).hasMessageContaining("message");
    assertThatThrownBy(() -> d.start("A.B", null, Severity.INFO, "")).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("outcome");
    assertThatThrownBy(() -> d.start("A.B", Outcome.PASS, null, "")).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("severity");
    assertThatThrownBy(() -> d.start("A.B", Outcome.PASS, Severity.INFO, null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("path");
    assertThatThrownBy(() -> new FindingDraft().build()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("start");
    assertThatThrownBy(() -> d.start("A.B", Outcome.PASS, Severity.INFO, "").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no message for A.B");
  }

  @Test
  void aFindingIsUnchangedByLaterUseOfItsDraft() {
    FindingDraft d = new FindingDraft();
    Finding first = d.start("A.B", Outcome.FAIL, Severity.ERROR, "/a").message("first").observed("1").limit(RANGE)
        .build();
    Finding second = d.start("C.D", Outcome.PASS, Severity.INFO, "/b").message("second").build();
    assertThat(first.code()).isEqualTo("A.B");
    assertThat(first.observed()).contains("1");
    assertThat(first.limit()).contains(RANGE);
    assertThat(second.observed()).isEmpty();
    assertThat(second.limit()).isEmpty();
    assertThat(second.message()).isEqualTo("second");
  }

  @Test
  void threadsReadingOneMessageAtOnceAllGetTheSameText() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 200; round++) {
        CountingTemplate t = new CountingTemplate("round ", true);
        Finding f = new FindingDraft().start("A.B", Outcome.PASS, Severity.INFO, "").message(t, round).build();
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> reads = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
          reads.add(pool.submit(() -> {
            go.await();
            return f.message();
          }));
        }
        go.countDown();
        for (Future<String> read : reads) {
          assertThat(read.get()).isEqualTo("round " + round);
        }
        assertThat(t.formatted.get()).isBetween(1, 4);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
