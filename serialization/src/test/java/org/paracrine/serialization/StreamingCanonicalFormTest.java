package org.paracrine.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.paracrine.serialization.internal.Canonicalizer;
import org.paracrine.serialization.internal.RecordCodec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The canonical form and digest written straight from a record ({@link ParacrineJson#canonical(Object)},
 * {@link ParacrineJson#sha256(Object)}) are byte for byte those of the tree path they replace: the record as a
 * Jackson tree ({@link RecordCodec#toTree(Object)}) canonicalized by {@link Canonicalizer#canonicalize(JsonNode)}.
 * Checked over every golden and legacy file, every sample record with its published digest, the reference
 * documents, and seeded generated documents, some with hostile text and numbers, some with unknown members.
 */
class StreamingCanonicalFormTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final RecordCodec STRICT_TREE = new RecordCodec(false, ReadLimits.DEFAULTS);
  private static final RecordCodec LENIENT_TREE = new RecordCodec(true, ReadLimits.DEFAULTS);
  private final ParacrineJson strict = ParacrineJson.strict();
  private final ParacrineJson lenient = ParacrineJson.lenient();

  /** Asserts agreement with the tree path and returns the digest. */
  private static String assertAgrees(ParacrineJson json, RecordCodec tree, Object document, String label) {
    String reference = Canonicalizer.canonicalize(tree.toTree(document));
    assertThat(json.canonical(document)).as("canonical text of %s", label).isEqualTo(reference);
    String digest = json.sha256(document);
    assertThat(digest).as("SHA-256 of %s", label).isEqualTo(Canonicalizer.sha256(reference))
        .isEqualTo(Digests.sha256Hex(reference));
    return digest;
  }

  private static List<Path> files(Path dir, String suffix) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(suffix)).sorted()
          .collect(Collectors.toList());
    }
  }

  @Test
  void everyGoldenAndLegacyFileGivesTheTreePathsTextAndDigest() throws IOException {
    List<Path> files = new ArrayList<>(files(Path.of("src/test/resources/golden"), ".json"));
    files.addAll(files(Path.of("src/test/resources/legacy"), ".json"));
    assertThat(files).hasSizeGreaterThanOrEqualTo(20);
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      JsonRecord<?> record = strict.readAny(text);
      assertAgrees(strict, STRICT_TREE, record, file.toString());
      assertAgrees(strict, STRICT_TREE, record.value(), file + " (value)");
    }
  }

  @Test
  void everySampleRecordGivesTheTreePathsDigestAndTheOnePublishedForIt() throws IOException {
    Map<String, String> published = new LinkedHashMap<>();
    for (String line : Files.readAllLines(ROOT.resolve("interop/sample-digests.txt"), StandardCharsets.UTF_8)) {
      if (!line.startsWith("#")) {
        String[] parts = line.split("  ");
        published.put(parts[2], parts[0]);
      }
    }
    Map<String, String> computed = new LinkedHashMap<>();
    for (Path file : files(ROOT.resolve("examples/data"), "json")) {
      String label = ROOT.relativize(file).toString().replace('\\', '/');
      List<String> records = label.endsWith(".ndjson") ? Files.readAllLines(file, StandardCharsets.UTF_8)
          : List.of(Files.readString(file, StandardCharsets.UTF_8));
      for (int i = 0; i < records.size(); i++) {
        String where = label.endsWith(".ndjson") ? label + ":" + (i + 1) : label;
        JsonRecord<?> record;
        try {
          record = strict.readAny(records.get(i));
        } catch (RecordFormatException deliberatelyMalformed) {
          continue; // the sample stream holds one malformed line on purpose
        }
        computed.put(where, assertAgrees(strict, STRICT_TREE, record, where));
      }
    }
    assertThat(computed).hasSizeGreaterThan(300).isEqualTo(published);
  }

  @Test
  void everyReferenceDocumentGivesTheTreePathsTextAndDigest() {
    for (Fixtures.Named example : Fixtures.all()) {
      assertAgrees(strict, STRICT_TREE, example.document(), example.name());
    }
  }

  @Test
  void fourThousandGeneratedDocumentsGiveTheTreePathsTextAndDigest() {
    RecordGenerator generator = new RecordGenerator(GeneratedRecordsTest.SEED + 7);
    DocumentKind[] kinds = DocumentKind.values();
    for (int i = 0; i < 4_000; i++) {
      DocumentKind kind = kinds[i % kinds.length];
      assertAgrees(strict, STRICT_TREE, generator.document(kind.documentType()), "generated " + kind + " " + i);
    }
  }

  @Test
  void generatedDocumentsWithLoneSurrogatesControlCharactersAndExtremeExponentsGiveTheTreePathsText() {
    RecordGenerator generator = new RecordGenerator(GeneratedRecordsTest.SEED + 8, true);
    DocumentKind[] kinds = DocumentKind.values();
    int loneSurrogates = 0;
    int extremeExponents = 0;
    for (int i = 0; i < 2_000; i++) {
      DocumentKind kind = kinds[i % kinds.length];
      Object document = generator.document(kind.documentType());
      assertAgrees(strict, STRICT_TREE, document, "hostile " + kind + " " + i);
      String canonical = strict.canonical(document);
      loneSurrogates += canonical.matches("(?s).*\\\\ud[89a-f][0-9a-f]{2}.*") ? 1 : 0;
      extremeExponents += canonical.matches("(?s).*E[-+][1-9][0-9]{2}\".*") ? 1 : 0;
    }
    assertThat(loneSurrogates).as("documents with an escaped lone surrogate").isGreaterThan(100);
    assertThat(extremeExponents).as("documents with a three-digit exponent").isGreaterThan(100);
  }

  @Test
  void lenientRecordsWithUnknownMembersAnywhereGiveTheTreePathsTextAndDigest() {
    String[] names = {"", "0", "A", "_", "a", "kind0", "schemaVersion1", "zz", "\u00e9", "\uD83D\uDE00", "\uFB33",
        "\uD800", "id", "value0"};
    RecordGenerator generator = new RecordGenerator(GeneratedRecordsTest.SEED + 9);
    Random random = new Random(GeneratedRecordsTest.SEED + 9);
    DocumentKind[] kinds = DocumentKind.values();
    int withUnknownMembers = 0;
    for (int i = 0; i < 1_000; i++) {
      DocumentKind kind = kinds[i % kinds.length];
      ObjectNode tree = (ObjectNode) lenient.mapper().readTree(lenient.write(generator.document(kind.documentType())));
      List<ObjectNode> objects = new ArrayList<>();
      collectObjects(tree, objects);
      for (int k = 1 + random.nextInt(4); k > 0; k--) {
        ObjectNode target = objects.get(random.nextInt(objects.size()));
        String name = names[random.nextInt(names.length)] + (random.nextBoolean() ? "" : "x" + random.nextInt(9));
        if (!target.has(name)) {
          target.putObject(name).put("b", new java.math.BigDecimal("1.50")).put("a", "\uDC00 \u2028")
              .putArray("c").add(7).addNull();
        }
      }
      JsonRecord<?> record = lenient.readRecord(tree.toString(), kind.documentType());
      withUnknownMembers += record.unknownMembers().isEmpty() ? 0 : 1;
      assertAgrees(lenient, LENIENT_TREE, record, "lenient " + kind + " " + i + ": " + record.unknownMembers());
      assertThat(lenient.canonical(record)).isEqualTo(lenient.canonicalizeJson(lenient.write(record)));
    }
    assertThat(withUnknownMembers).isGreaterThan(900);
  }

  private static void collectObjects(JsonNode node, List<ObjectNode> out) {
    if (node.isObject()) {
      out.add((ObjectNode) node);
      for (Iterator<JsonNode> it = node.values().iterator(); it.hasNext(); ) {
        collectObjects(it.next(), out);
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        collectObjects(element, out);
      }
    }
  }

  @Test
  void theEnvelopeIsSortedAmongTheDocumentsMembers() {
    String canonical = strict.canonical(Fixtures.all().get(5).document());
    int kind = canonical.indexOf("\"kind\":");
    int schemaVersion = canonical.indexOf("\"schemaVersion\":");
    assertThat(canonical).startsWith("{\"").contains("\"id\":");
    assertThat(canonical.indexOf("\"id\":")).isLessThan(kind);
    assertThat(kind).isPositive().isLessThan(schemaVersion);
  }
}
