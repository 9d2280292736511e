package org.paracrine.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.vocabulary.QualityAttribute;
import org.paracrine.core.vocabulary.Term;
import org.paracrine.serialization.ReadLimits;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.util.RawValue;

/**
 * The streaming writer of the canonical form gives, for any value the record mapper can serialize, the text the
 * tree path gives ({@code Canonicalizer.canonicalize(mapper.valueToTree(value))}): maps with members in any
 * order, repeated names, every Java number type, every class of character, and values from Paracrine's own
 * serializers.
 */
class CanonicalGeneratorTest {
  private static final JsonMapper MAPPER = new RecordCodec(false, ReadLimits.DEFAULTS).mapper();

  private static String tree(Object value) {
    return Canonicalizer.canonicalize(MAPPER.valueToTree(value));
  }

  private static void assertAgrees(Object value, String label) {
    String reference = tree(value);
    assertThat(CanonicalGenerator.text(MAPPER, value)).as(label).isEqualTo(reference);
    assertThat(CanonicalGenerator.sha256(MAPPER, value)).as(label).isEqualTo(Canonicalizer.sha256(reference));
  }

  @Test
  void membersArrivingInAnyOrderLeaveSortedByUtf16CodeUnits() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("\uFB33", 1);
    map.put("\uD800\uDC00", 2);
    map.put("a", 3);
    map.put("B", 4);
    map.put("10", 5);
    map.put("\u00e9", Map.of());
    assertThat(CanonicalGenerator.text(MAPPER, map))
        .isEqualTo("{\"10\":\"5\",\"B\":\"4\",\"a\":\"3\",\"\u00e9\":{},\"\uD800\uDC00\":\"2\",\"\uFB33\":\"1\"}");
    assertAgrees(map, "RFC 8785 sorting example");
  }

  @Test
  void nestedObjectsAreSortedBeforeTheirParentMovesThem() {
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("z", List.of(Map.of("y", 1), new LinkedHashMap<>(Map.of("b", 2))));
    inner.put("m", "\uD83E\uDDEA");
    inner.put("a", Optional.empty());
    Map<String, Object> outer = new LinkedHashMap<>();
    outer.put("q", inner);
    outer.put("p", List.of());
    outer.put("o", inner);
    assertThat(CanonicalGenerator.text(MAPPER, outer)).isEqualTo("{\"o\":{\"a\":null,\"m\":\"\uD83E\uDDEA\","
        + "\"z\":[{\"y\":\"1\"},{\"b\":\"2\"}]},\"p\":[],\"q\":{\"a\":null,\"m\":\"\uD83E\uDDEA\","
        + "\"z\":[{\"y\":\"1\"},{\"b\":\"2\"}]}}");
    assertAgrees(outer, "nested maps");
  }

  @Test
  void aRepeatedMemberNameKeepsItsLastValueAsTheTreeDoes() {
    assertThat(CanonicalGenerator.text(MAPPER, new Repeated())).isEqualTo("{\"a\":\"1\",\"b\":\"last\"}");
    assertAgrees(new Repeated(), "repeated name");
  }

  @Test
  void objectsWithHundredsOfMembersInRandomOrderAreSorted() {
    Random random = new Random(85);
    for (int round = 0; round < 20; round++) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (int i = 0; i < 300; i++) {
        map.put(text(random, 6), random.nextInt(3) == 0 ? Map.of("k", i) : i);
      }
      assertAgrees(map, "round " + round);
    }
  }

  @Test
  void numbersOfEveryJavaTypeBecomeTheTreesDecimalText() {
    List<Object> numbers = Arrays.asList(0, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, Long.MIN_VALUE,
        Long.MAX_VALUE, (short) -7, (byte) 12, BigInteger.TEN.pow(40).negate(), new BigDecimal("-0.0"),
        new BigDecimal("1.50"), new BigDecimal("1E+400"), new BigDecimal("1.2300E-400"), new BigDecimal("0.00000012"),
        0.1, 1e-7, 1e21, -0.0, 5e-324, Double.MAX_VALUE, 0.1f, Float.MIN_VALUE, 3.0f, null);
    assertAgrees(numbers, "numbers");
    assertThat(CanonicalGenerator.text(MAPPER, numbers)).startsWith("[\"0\",\"-1\",\"-2147483648\",\"2147483647\","
        + "\"-9223372036854775808\",\"9223372036854775807\",\"-7\",\"12\",\"-1" + "0".repeat(40) + "\",\"0.0\","
        + "\"1.50\",\"1E+400\",\"1.2300E-400\",\"1.2E-7\",\"0.1\",\"1.0E-7\",\"1.0E+21\",\"0.0\",");
  }

  @Test
  void nonFiniteFloatingPointValuesAreRejected() {
    assertThatThrownBy(() -> CanonicalGenerator.text(MAPPER, List.of(Double.NaN)))
        .satisfies(e -> assertThat(rootCause(e)).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("the canonical form holds exact numbers only, got NaN"));
    assertThatThrownBy(() -> CanonicalGenerator.text(MAPPER, List.of(Float.NEGATIVE_INFINITY)))
        .satisfies(e -> assertThat(rootCause(e)).hasMessageContaining("got -Infinity"));
  }

  @Test
  void everyCharacterClassIsEscapedAsTheTreePathEscapesIt() {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < 0x800; c++) {
      all.append(c);
    }
    all.append("\uD800 \uDBFF\uDFFF \uDC00\uD800 \uFFFF \uE000 end\uD83E");
    String text = all.toString();
    assertAgrees(List.of(text), "all characters");
    assertAgrees(Map.of(text, text), "all characters as a name");
    String canonical = CanonicalGenerator.text(MAPPER, List.of("\u0000\u001f\u007f\b\f\n\r\t\"\\/\u2028\uD800"));
    assertThat(canonical).isEqualTo("[\"\\u0000\\u001f\u007f\\b\\f\\n\\r\\t\\\"\\\\/\u2028\\ud800\"]");
  }

  @Test
  void fiveThousandSeededRandomValuesGiveTheTreePathsTextAndDigest() {
    Random random = new Random(8785);
    for (int i = 0; i < 5_000; i++) {
      Object value = value(random, 0);
      assertAgrees(value, "value " + i + " of seed 8785");
    }
  }

  @Test
  void binaryDataAndRawJsonHaveNoCanonicalForm() {
    assertThatThrownBy(() -> CanonicalGenerator.text(MAPPER, Map.of("b", new byte[] {1, 2})))
        .satisfies(e -> assertThat(rootCause(e)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith("cannot write binary data in the canonical form"));
    assertThatThrownBy(() -> CanonicalGenerator.text(MAPPER, List.of(new RawValue("{\"a\":1}"))))
        .satisfies(e -> assertThat(rootCause(e)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith("cannot write raw JSON text in the canonical form"));
    assertThatThrownBy(() -> tree(Map.of("b", new byte[] {1, 2}))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aValueWithoutAMemberNameOrAnUnclosedObjectIsAnError() {
    CanonicalGenerator g = new CanonicalGenerator(MAPPER, 0);
    g.writeStartObject();
    assertThatThrownBy(() -> g.writeString("x")).isInstanceOf(IllegalStateException.class)
        .hasMessage("a value was written in an object without a member name");
    assertThatThrownBy(() -> g.writeEndArray()).isInstanceOf(IllegalStateException.class)
        .hasMessage("end of array outside an array");
    assertThatThrownBy(() -> CanonicalGenerator.text(MAPPER, new Unclosed()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageEndingWith("Unclosed left 1 unclosed container(s)");
  }

  @Test
  void aLongDocumentGrowsTheBufferWithoutLosingBytes() {
    Random random = new Random(3);
    List<Object> list = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      list.add(Map.of("t", text(random, 200), "q", Quantity.of(decimal(random), "mL")));
    }
    assertAgrees(list, "long list");
    assertThat(CanonicalGenerator.text(MAPPER, list).length()).isGreaterThan(200_000);
  }

  @Test
  void threadsDigestingAtOnceEachGetTheirOwnValuesDigest() throws Exception {
    Random random = new Random(2);
    List<Object> values = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      Object value = Map.of("i", i, "v", value(random, 1), "t", text(random, random.nextInt(3) == 0 ? 3000 : 20));
      values.add(value);
      expected.add(Canonicalizer.sha256(tree(value)));
    }
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<List<String>>> runs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int offset = t * 37;
        runs.add(pool.submit(() -> {
          List<String> wrong = new ArrayList<>();
          for (int k = 0; k < 5_000; k++) {
            int i = (offset + k) % values.size();
            if (!CanonicalGenerator.sha256(MAPPER, values.get(i)).equals(expected.get(i))) {
              wrong.add("value " + i + " at step " + k);
            }
          }
          return wrong;
        }));
      }
      for (java.util.concurrent.Future<List<String>> run : runs) {
        assertThat(run.get()).isEmpty();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aWriteThatFailedHalfwayLeavesNothingBehindForTheNextValue() {
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("z", 1);
    inner.put("a", List.of(Map.of("q", Double.NaN)));
    for (int i = 0; i < 20; i++) {
      assertThatThrownBy(() -> CanonicalGenerator.sha256(MAPPER, Map.of("x", inner)))
          .satisfies(e -> assertThat(rootCause(e)).isInstanceOf(IllegalArgumentException.class));
      Map<String, Object> next = Map.of("b", List.of(i), "a", "\uD800");
      assertThat(CanonicalGenerator.text(MAPPER, next)).isEqualTo("{\"a\":\"\\ud800\",\"b\":[\"" + i + "\"]}");
    }
  }

  // ------------------------------------------------------------------------------------------------ helpers

  private static Throwable rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }

  private static Object value(Random random, int depth) {
    int pick = random.nextInt(depth > 3 ? 14 : 17);
    switch (pick) {
      case 0:
        return text(random, 12);
      case 1:
        return decimal(random);
      case 2:
        return new BigInteger(1 + random.nextInt(200), random).subtract(BigInteger.TEN.pow(20));
      case 3:
        return random.nextInt();
      case 4:
        return random.nextLong();
      case 5:
        return (short) random.nextInt();
      case 6:
        double d = Double.longBitsToDouble(random.nextLong());
        return Double.isFinite(d) ? d : random.nextDouble();
      case 7:
        float f = Float.intBitsToFloat(random.nextInt());
        return Float.isFinite(f) ? f : random.nextFloat();
      case 8:
        return random.nextBoolean();
      case 9:
        return Optional.ofNullable(random.nextBoolean() ? null : text(random, 3));
      case 10:
        return Quantity.of(decimal(random).abs(), random.nextBoolean() ? "mL" : "{particles}/mL");
      case 11:
        return Term.of(QualityAttribute.values()[random.nextInt(QualityAttribute.values().length)]);
      case 12:
        return LocalDate.ofEpochDay(random.nextInt(40_000));
      case 13:
        return Instant.ofEpochSecond(random.nextInt(2_000_000_000), random.nextInt(1_000_000_000));
      case 14:
      case 15: {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = random.nextInt(8); i > 0; i--) {
          map.put(text(random, 4), random.nextInt(10) == 0 ? null : value(random, depth + 1));
        }
        return map;
      }
      default: {
        List<Object> list = new ArrayList<>();
        for (int i = random.nextInt(6); i > 0; i--) {
          list.add(random.nextInt(10) == 0 ? null : value(random, depth + 1));
        }
        return list;
      }
    }
  }

  /** Random text of up to {@code max} characters from every class: controls, ASCII, Latin, BMP, lone and paired surrogates. */
  private static String text(Random random, int max) {
    StringBuilder sb = new StringBuilder();
    for (int i = random.nextInt(max + 1); i > 0; i--) {
      switch (random.nextInt(8)) {
        case 0:
          sb.append((char) random.nextInt(0x20));
          break;
        case 1:
          sb.append("\"\\/\u007f\u2028\u2029".charAt(random.nextInt(6)));
          break;
        case 2:
          sb.append((char) (0x80 + random.nextInt(0x780)));
          break;
        case 3:
          sb.append((char) (0x800 + random.nextInt(0xD000)));
          break;
        case 4:
          sb.append((char) (0xD800 + random.nextInt(0x800))); // a surrogate, often lone
          break;
        case 5:
          sb.appendCodePoint(0x10000 + random.nextInt(0x100000));
          break;
        case 6:
          sb.append((char) (0xE000 + random.nextInt(0x2000)));
          break;
        default:
          sb.append((char) ('0' + random.nextInt(75)));
      }
    }
    return sb.toString();
  }

  private static BigDecimal decimal(Random random) {
    BigInteger unscaled = BigInteger.valueOf(random.nextLong() >> random.nextInt(64))
        .multiply(BigInteger.TEN.pow(random.nextInt(4) == 0 ? random.nextInt(12) : 0));
    return new BigDecimal(unscaled, random.nextInt(5) == 0 ? random.nextInt(801) - 400 : random.nextInt(8) - 2);
  }

  /** A value whose serializer writes the member {@code b} twice. */
  @JsonSerialize(using = RepeatedSerializer.class)
  static final class Repeated {}

  static final class RepeatedSerializer extends ValueSerializer<Repeated> {
    @Override
    public void serialize(Repeated value, JsonGenerator g, SerializationContext ctxt) throws JacksonException {
      g.writeStartObject(value);
      g.writeStringProperty("b", "first");
      g.writeNumberProperty("a", 1);
      g.writeStringProperty("b", "last");
      g.writeEndObject();
    }
  }

  @Test
  void textFromAReaderUtf8BytesOrANumberTextIsWrittenAsAString() {
    assertThat(CanonicalGenerator.text(MAPPER, new OtherStrings()))
        .isEqualTo("{\"42\":[\"r\\\"\u00e9\",\"u\\n\u20ac\",\"1.50\",\"2e3\"]}");
  }

  /** A value whose serializer uses the less common string and number calls. */
  @JsonSerialize(using = OtherStringsSerializer.class)
  static final class OtherStrings {}

  static final class OtherStringsSerializer extends ValueSerializer<OtherStrings> {
    @Override
    public void serialize(OtherStrings value, JsonGenerator g, SerializationContext ctxt) throws JacksonException {
      g.writeStartObject(value);
      g.writePropertyId(42);
      g.writeStartArray();
      g.writeString(new java.io.StringReader("r\"\u00e9 and more"), 3);
      byte[] utf8 = "u\n\u20ac".getBytes(java.nio.charset.StandardCharsets.UTF_8);
      g.writeUTF8String(utf8, 0, utf8.length);
      g.writeNumber("1.50");
      g.writeNumber("2e3".toCharArray(), 0, 3);
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  /** A value whose serializer forgets to close its object. */
  @JsonSerialize(using = UnclosedSerializer.class)
  static final class Unclosed {}

  static final class UnclosedSerializer extends ValueSerializer<Unclosed> {
    @Override
    public void serialize(Unclosed value, JsonGenerator g, SerializationContext ctxt) throws JacksonException {
      g.writeStartObject(value);
    }
  }
}
