package org.paracrine.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.lot.ReferenceSeries;
import org.paracrine.core.product.SecretomeProduct;
import org.paracrine.core.report.Finding;
import org.paracrine.core.samples.ReferenceCompositions;
import org.paracrine.core.samples.ReferenceLots;
import org.paracrine.core.samples.ReferenceProducts;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.validation.StructuralValidator;
import org.paracrine.validation.internal.ConstraintPrecheck;
import org.paracrine.validation.profiles.BuiltInProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The quick constraint check of {@code paracrine-validation} says "clean" exactly when Hibernate Validator finds no
 * violation: over the sample records, over generated records of every kind, and over sample records edited at
 * random towards every constraint's bounds and read back strictly (seeded, reproducible). Kept here because this
 * module reads records and generates them.
 */
class ConstraintPrecheckAgreementTest {
  private static final long SEED = 20261128L;
  private static final ParacrineJson JSON = ParacrineJson.strict();
  private static final Path EXAMPLES = Path.of("..", "examples", "data");
  private static final int[] LENGTHS = {0, 1, 2, 63, 64, 65, 99, 100, 101, 199, 200, 201, 299, 300, 301, 999, 1000,
      1001, 3999, 4000, 4001};
  private static final int[] SIZES = {0, 1, 7, 8, 9, 49, 50, 51, 99, 100, 101, 499, 500, 501, 999, 1000, 1001};
  private static final String[] UNITS = {"nm", "um", "mm", "m", "{cells}/cm2", "{cells}/mL", "{cells}/m2", "g/mL",
      "ng/mL", "mg/L", "mol/L", "umol/L", "[IU]/mL", "U/mL", "%", "mL", "1", "Cel", "kg/m2", "a", "mo", "wk", "kg",
      "g"};
  private static final String[] VALUES = {"0", "0.5", "0.9999", "1", "1.0001", "200", "999.999", "1000", "1000.0001",
      "0.000001", "1E+3", "5000", "123456789", "130", "130.01", "1560", "1561", "0.35", "350"};
  /** Members that carry a constraint in the core types; half of the edits go to one of them. */
  private static final Set<String> CONSTRAINED = Set.of("declaredSizeCutOff", "seedingDensity", "concentration",
      "ageAtRecovery", "referenceBodyMass", "id", "productId", "productVersion", "version", "lotId", "function",
      "note", "description", "title", "name", "analyte", "names", "markers", "testResults");
  private static final String[] INSERTS = {" ", "-", "_", ".", ":", "/", "+", "é", "#", "A", "0", "\u00a0"};

  private static List<JsonRecord<?>> samples() throws IOException {
    List<Object> values = new ArrayList<>();
    values.addAll(ReferenceLots.all());
    values.addAll(ReferenceProducts.all());
    values.add(ReferenceCompositions.referenceSeries());
    values.add(ReferenceCompositions.driftingLot());
    values.add(ReferenceCompositions.consistencySpecification());
    List<JsonRecord<?>> out = new ArrayList<>();
    for (Object v : values) {
      out.add(JSON.readAny(JSON.write(v)));
    }
    assertThat(Files.isDirectory(EXAMPLES)).as("example data at %s", EXAMPLES.toAbsolutePath()).isTrue();
    try (Stream<Path> files = Files.walk(EXAMPLES)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        out.add(JSON.readAny(Files.readAllBytes(f)));
      }
    }
    for (var profile : BuiltInProfiles.known()) {
      BuiltInProfiles.document(profile.id()).ifPresent(d -> out.add(JSON.readAny(d)));
    }
    return out;
  }

  private static boolean validatorFindsNothing(Object value) {
    return StructuralValidator.jakartaValidator().validate(value).isEmpty();
  }

  @Test
  void everySampleRecordIsCleanAndTakesTheQuickPath() throws IOException {
    List<JsonRecord<?>> samples = samples();
    assertThat(samples).hasSizeGreaterThan(40);
    for (JsonRecord<?> r : samples) {
      assertThat(validatorFindsNothing(r.value())).as("%s", r.value()).isTrue();
      assertThat(ConstraintPrecheck.unsupportedBecause(r.value().getClass())).isEmpty();
      assertThat(ConstraintPrecheck.clean(r.value())).as("%s", r.value()).isTrue();
    }
  }

  @Test
  void agreesWithTheValidatorOnRecordsEditedTowardsTheConstraintBounds() throws IOException {
    List<JsonRecord<?>> samples = samples();
    List<JsonNode> trees = new ArrayList<>();
    for (JsonRecord<?> r : samples) {
      trees.add(JSON.mapper().readTree(JSON.write(r.value())));
    }
    Random random = new Random(SEED);
    Map<String, Integer> codes = new TreeMap<>();
    int read = 0;
    int clean = 0;
    for (int i = 0; i < 4000; i++) {
      JsonNode tree = trees.get(random.nextInt(trees.size())).deepCopy();
      int edits = 1 + random.nextInt(3);
      for (int e = 0; e < edits; e++) {
        edit(tree, random);
      }
      Object value;
      try {
        value = JSON.readAny(JSON.mapper().writeValueAsBytes(tree)).value();
      } catch (RuntimeException notARecord) {
        continue; // the edit broke the record format or a construction invariant: nothing to validate
      }
      read++;
      Set<ConstraintViolation<Object>> violations = StructuralValidator.jakartaValidator().validate(value);
      boolean quick = ConstraintPrecheck.clean(value);
      assertThat(quick).as("edit %d: quick check %s, validator %s", i, quick, violations)
          .isEqualTo(violations.isEmpty());
      if (quick) {
        clean++;
      }
      for (Finding f : StructuralValidator.shared().validate(value, "")) {
        codes.merge(f.code(), 1, Integer::sum);
      }
    }
    // the edits reach every kind of constraint on both sides of its bounds
    assertThat(read).isGreaterThan(1500);
    assertThat(clean).isBetween(read / 5, read * 4 / 5);
    assertThat(codes).containsKeys("STRUCTURE.IDENTIFIER", "STRUCTURE.SIZE", "STRUCTURE.QUANTITY_RANGE",
        "STRUCTURE.UCUM_UNIT");
    assertThat(codes.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(5));
  }

  /** Makes one edit at a random place: a text at a length bound or with an odd character, a list at a size bound,
   * or a quantity with another unit and value. */
  private static void edit(JsonNode tree, Random random) {
    List<Slot> slots = new ArrayList<>();
    collect(tree, null, null, -1, slots);
    if (slots.isEmpty()) {
      return;
    }
    List<Slot> focus = slots.stream().filter(x -> x.name != null && CONSTRAINED.contains(x.name)).toList();
    Slot s = !focus.isEmpty() && random.nextBoolean() ? focus.get(random.nextInt(focus.size()))
        : slots.get(random.nextInt(slots.size()));
    JsonNodeFactory nodes = JSON.mapper().getNodeFactory();
    JsonNode replacement;
    if (s.node.isString()) {
      String text = s.node.asString();
      if (random.nextBoolean()) {
        replacement = nodes.stringNode("A".repeat(LENGTHS[random.nextInt(LENGTHS.length)]));
      } else {
        int at = random.nextInt(text.length() + 1);
        replacement = nodes.stringNode(text.substring(0, at) + INSERTS[random.nextInt(INSERTS.length)]
            + text.substring(at));
      }
    } else if (s.node.isArray()) {
      ArrayNode grown = nodes.arrayNode();
      int size = SIZES[random.nextInt(SIZES.length)];
      for (int k = 0; k < size && !s.node.isEmpty(); k++) {
        grown.add(s.node.get(k % s.node.size()).deepCopy());
      }
      replacement = grown;
    } else {
      ObjectNode q = ((ObjectNode) s.node).deepCopy();
      if (random.nextBoolean()) {
        q.put("unit", UNITS[random.nextInt(UNITS.length)]);
      }
      q.put("value", new BigDecimal(VALUES[random.nextInt(VALUES.length)]));
      replacement = q;
    }
    if (s.parent instanceof ObjectNode) {
      ((ObjectNode) s.parent).set(s.name, replacement);
    } else {
      ((ArrayNode) s.parent).set(s.index, replacement);
    }
  }

  private record Slot(JsonNode parent, String name, int index, JsonNode node) {}

  private static void collect(JsonNode node, JsonNode parent, String name, int index, List<Slot> out) {
    if (parent != null && !"kind".equals(name) && !"schemaVersion".equals(name)
        && (node.isString() || node.isArray() || (node.isObject() && node.has("unit") && node.has("value")))) {
      out.add(new Slot(parent, name, index, node));
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> m : node.properties()) {
        collect(m.getValue(), node, m.getKey(), -1, out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), node, null, i, out);
      }
    }
  }

  @Test
  void agreesWithTheValidatorOnGeneratedRecordsOfEveryKind() {
    int dirty = 0;
    for (boolean hostile : new boolean[] {false, true}) {
      RecordGenerator generator = new RecordGenerator(SEED + (hostile ? 1 : 0), hostile);
      for (int i = 0; i < 300; i++) {
        for (Class<?> kind : List.of(Lot.class, SecretomeProduct.class, ReleaseSpecification.class,
            ReferenceSeries.class)) {
          Object value = generator.document(kind);
          Set<ConstraintViolation<Object>> violations = StructuralValidator.jakartaValidator().validate(value);
          assertThat(ConstraintPrecheck.clean(value)).as("%s %d: validator %s", kind.getSimpleName(), i, violations)
              .isEqualTo(violations.isEmpty());
          dirty += violations.isEmpty() ? 0 : 1;
        }
      }
    }
    assertThat(dirty).isGreaterThan(100);
  }

}
