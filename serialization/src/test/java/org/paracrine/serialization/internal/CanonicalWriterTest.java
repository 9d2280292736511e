package org.paracrine.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.quantity.QuantityRange;
import org.paracrine.core.report.Band;
import org.paracrine.core.report.Finding;
import org.paracrine.core.report.FindingDraft;
import org.paracrine.core.report.MessageTemplate;
import org.paracrine.core.report.Outcome;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.core.report.Severity;
import org.paracrine.core.report.SpecificationRef;
import org.paracrine.core.spec.Citation;
import org.paracrine.core.spec.ForeignCitation;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.serialization.DocumentKind;
import org.paracrine.serialization.JsonRecord;
import org.paracrine.serialization.ParacrineJson;
import org.paracrine.serialization.RecordGenerator;
import tools.jackson.databind.ObjectMapper;

/**
 * The canonical writer writes, byte for byte, what the mapper writes into a {@link CanonicalGenerator}, and it
 * writes every document the library makes itself (no quiet fall-back to the mapper): generated documents of every
 * kind (also with hostile text and extreme numbers), every golden and legacy file, and reports whose findings were
 * drafted. A value of a class it does not know goes to the mapper.
 */
class CanonicalWriterTest {
  private static final ParacrineJson JSON = ParacrineJson.strict();
  private static final ObjectMapper MAPPER = JSON.mapper();

  /** Writes with the canonical writer alone, which must accept the document, and returns the text. */
  private static String direct(Object document) {
    CanonicalGenerator g = new CanonicalGenerator(null, 64);
    assertThat(CanonicalWriter.of(DocumentKind.of(document.getClass())).write(document, g))
        .as("written without the mapper: %s", document.getClass().getSimpleName()).isTrue();
    return g.written();
  }

  private static void assertSame(Object document, String label) {
    String expected = CanonicalGenerator.text(MAPPER, document);
    assertThat(direct(document)).as(label).isEqualTo(expected);
    assertThat(JSON.canonical(document)).as(label).isEqualTo(expected);
    assertThat(JSON.sha256(document)).as(label).isEqualTo(Canonicalizer.sha256(expected));
  }

  @Test
  void generatedDocumentsOfEveryKindAreWrittenAsTheMapperWritesThem() {
    for (boolean hostile : new boolean[] {false, true}) {
      RecordGenerator generator = new RecordGenerator(hostile ? 7_001 : 7_000, hostile);
      DocumentKind[] kinds = DocumentKind.values();
      for (int i = 0; i < 3_000; i++) {
        DocumentKind kind = kinds[i % kinds.length];
        assertSame(generator.document(kind.documentType()), (hostile ? "hostile " : "") + kind + " " + i);
      }
    }
  }

  @Test
  void everyGoldenAndLegacyFileIsWrittenAsTheMapperWritesIt() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String dir : new String[] {"src/test/resources/golden", "src/test/resources/legacy"}) {
      try (Stream<Path> walk = Files.walk(Path.of(dir))) {
        files.addAll(walk.filter(f -> f.toString().endsWith(".json")).sorted().collect(Collectors.toList()));
      }
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(20);
    for (Path file : files) {
      JsonRecord<?> record = JSON.readAny(Files.readString(file, StandardCharsets.UTF_8));
      assertSame(record.value(), file.toString());
    }
  }

  @Test
  void reportsWithDraftedFindingsAreWrittenAsTheMapperWritesThem() {
    MessageTemplate template = new MessageTemplate() {
      @Override
      public String format(Object... args) {
        return "Criterion " + args[0] + " gave " + args[1];
      }

      @Override
      public boolean neverBlank() {
        return true;
      }
    };
    SpecificationRef spec = SpecificationRef.of("spec", "1");
    SplittableRandom r = new SplittableRandom(11);
    FindingDraft d = new FindingDraft();
    for (int report = 0; report < 300; report++) {
      List<Finding> findings = new ArrayList<>();
      for (int i = r.nextInt(1, 10); i > 0; i--) {
        Quantity q = Quantity.of(r.nextInt(1, 10_000) + "." + r.nextInt(100), "%");
        QuantityRange limit = QuantityRange.atMost(Quantity.of(String.valueOf(r.nextInt(1, 90)), "%"));
        Outcome o = Outcome.values()[r.nextInt(Outcome.values().length)];
        d.start("SPEC.C" + i, o, Severity.values()[r.nextInt(Severity.values().length)],
            "/lot/testResults/" + r.nextInt(30) + "/value").specification(spec).message(template, "c" + i, q);
        if (r.nextBoolean()) {
          d.observed(q.toString()).observedQuantity(q).limit(limit).band(Band.IN).expected(limit.describe());
        }
        if (r.nextBoolean()) {
          d.source(Citation.of("Source \"" + i + "\" µ")).criterionId("c" + i);
        }
        Finding f = d.build();
        assertThat(f).isNotInstanceOf(org.paracrine.core.report.ImmutableFinding.class);
        findings.add(f);
      }
      assertSame(ReleaseReport.builder().lotId("L" + report).addSpecification(spec).findings(findings).build(),
          "report " + report);
    }
  }

  @Test
  void aValueOfAnUnknownClassIsLeftToTheMapper() {
    ReleaseSpecification spec = new RecordGenerator(7_002).document(ReleaseSpecification.class);
    ReleaseSpecification foreign = ReleaseSpecification.builder().from(spec)
        .sources(List.of(new ForeignCitation("made elsewhere"))).build();
    assertThat(CanonicalWriter.of(DocumentKind.SPECIFICATION).write(foreign, new CanonicalGenerator(null, 64)))
        .isFalse();
    assertThat(outcome(() -> JSON.canonical(foreign)))
        .isEqualTo(outcome(() -> CanonicalGenerator.text(MAPPER, foreign)));
    assertThat(CanonicalWriter.of(DocumentKind.SPECIFICATION).write(spec, new CanonicalGenerator(null, 64)))
        .isTrue();
  }

  /** The text, or the class of the exception thrown instead. */
  private static String outcome(java.util.function.Supplier<String> write) {
    try {
      return write.get();
    } catch (RuntimeException e) {
      return e.getClass().getName();
    }
  }
}
