package org.paracrine.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.quantity.QuantityRange;
import org.paracrine.core.report.Band;
import org.paracrine.core.report.Finding;
import org.paracrine.core.report.FindingDraft;
import org.paracrine.core.report.ImmutableFinding;
import org.paracrine.core.report.MessageTemplate;
import org.paracrine.core.report.Outcome;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.core.report.Severity;
import org.paracrine.core.report.SpecificationRef;
import org.paracrine.core.spec.Citation;

/**
 * A report whose findings were built by a {@link FindingDraft} (message formatted when read) is written, canonicalised
 * and hashed exactly as the same report with findings from {@link Finding#builder()}, and reads back equal.
 */
class DraftedFindingJsonTest {
  private static final ParacrineJson JSON = ParacrineJson.strict();
  private static final SpecificationRef SPEC = SpecificationRef.of("spec", "1");

  /** Joins a fixed text and the arguments. */
  private static final MessageTemplate TEMPLATE = new MessageTemplate() {
    @Override
    public String format(Object... args) {
      StringBuilder sb = new StringBuilder("Criterion ");
      for (Object a : args) {
        sb.append(a).append(' ');
      }
      return sb.toString().trim();
    }

    @Override
    public boolean neverBlank() {
      return true;
    }
  };

  @Test
  void reportsWithDraftedFindingsAreWrittenAndHashedAsWithBuiltOnes() {
    SplittableRandom r = new SplittableRandom(42);
    FindingDraft d = new FindingDraft();
    for (int report = 0; report < 200; report++) {
      List<Finding> drafted = new ArrayList<>();
      List<Finding> built = new ArrayList<>();
      for (int i = r.nextInt(1, 8); i > 0; i--) {
        Quantity q = Quantity.of(r.nextInt(1, 10_000) + "." + r.nextInt(100), "%");
        QuantityRange limit = QuantityRange.atLeast(Quantity.of(String.valueOf(r.nextInt(50)), "%"));
        Outcome o = Outcome.values()[r.nextInt(Outcome.values().length)];
        String path = "/lot/testResults/" + r.nextInt(20) + "/value";
        d.start("SPEC.C" + i + ".PASS", o, Severity.ERROR, path).specification(SPEC).message(TEMPLATE, "c" + i, q,
            limit.describe());
        ImmutableFinding.Builder b = Finding.builder().code("SPEC.C" + i + ".PASS").outcome(o).severity(Severity.ERROR)
            .path(path).specification(SPEC).message(TEMPLATE.format("c" + i, q, limit.describe()));
        if (r.nextBoolean()) {
          d.observed(q.toString()).observedQuantity(q).limit(limit).band(Band.IN).expected(limit.describe());
          b.observed(q.toString()).observedQuantity(q).limit(limit).band(Band.IN).expected(limit.describe());
        }
        if (r.nextBoolean()) {
          d.source(Citation.of("Source " + i)).criterionId("c" + i);
          b.source(Citation.of("Source " + i)).criterionId("c" + i);
        }
        drafted.add(d.build());
        built.add(b.build());
      }
      ReleaseReport a = ReleaseReport.builder().lotId("L" + report).addSpecification(SPEC).findings(drafted).build();
      ReleaseReport e = ReleaseReport.builder().lotId("L" + report).addSpecification(SPEC).findings(built).build();
      assertThat(a).isEqualTo(e);
      String written = JSON.write(a);
      assertThat(written).isEqualTo(JSON.write(e));
      assertThat(JSON.canonical(a)).isEqualTo(JSON.canonical(e));
      assertThat(JSON.sha256(a)).isEqualTo(JSON.sha256(e));
      assertThat(JSON.readReport(written)).isEqualTo(a);
    }
  }
}
