package org.paracrine.serialization;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.vocabulary.Term;
import org.paracrine.serialization.internal.Property;
import org.paracrine.serialization.internal.Shape;
import org.paracrine.serialization.internal.TypeModel;

/**
 * Seeded, reproducible generator of valid documents: every object is built through its public builder
 * ({@code X.builder()}), so all invariants hold; a build that breaks an invariant is retried with fewer optional
 * members. The same seed always gives the same sequence of documents.
 */
public final class RecordGenerator {
  private static final String[] UNITS = {"mL", "uL", "L", "%", "[IU]/mL", "{EU}/mL", "{particles}/mL", "Cel", "h",
      "min", "d", "mg/mL", "ug/mL", "nm", "um", "g", "mg", "kg/mol", "{cells}", "{cells}/mL", "1", "[pH]",
      "mosm/kg", "kg", "{particles}/ug", "[IU]/kg"};
  private static final String[] WORDS = {"alpha", "MEM", "BM-MSC", "EV", "lot", "µL", "Zürich", "naïve",
      "quote\"d", "back\\slash", "tab\tbed", "line\nbreak", "emoji \uD83E\uDDEA", "日本語", "\u0001ctl", "a/b~c",
      "€", "\u2028sep"};

  /**
   * Extra words of the hostile mode: lone surrogates (high and low, at either end), the highest pair, DEL, NUL,
   * the last control character, two- and three-byte UTF-8 characters and the last BMP character.
   */
  private static final String[] HOSTILE_WORDS = {"\uD800", "x\uDC00y", "\uDBFF\uDFFF", "\uDC00\uD800",
      "end\uD83E", "\u007F", "\u0000", "\u001F", "\u00E9t\u00E9", "\u0800", "\uFFFF", "\b\f\r", "</script>"};

  private final Random random;
  private final boolean hostile;
  private final String[] words;
  private LocalDate nextEntryDate = LocalDate.of(1990, 1, 1);

  /**
   * Creates a generator of documents without hostile text.
   *
   * @param seed the seed
   */
  public RecordGenerator(long seed) {
    this(seed, false);
  }

  /**
   * Creates a generator.
   *
   * @param seed the seed
   * @param hostile true to add lone surrogates and other rare characters to the texts and, now and then, decimals
   *     with exponents up to 400 either way and runs of trailing zeros; such documents need not survive a strict
   *     read, they exercise writers of the canonical form
   */
  public RecordGenerator(long seed, boolean hostile) {
    this.random = new Random(seed);
    this.hostile = hostile;
    if (hostile) {
      this.words = java.util.Arrays.copyOf(WORDS, WORDS.length + HOSTILE_WORDS.length);
      System.arraycopy(HOSTILE_WORDS, 0, words, WORDS.length, HOSTILE_WORDS.length);
    } else {
      this.words = WORDS;
    }
  }

  /**
   * Generates the next document of a type.
   *
   * @param <T> the document type
   * @param type a document type, such as {@code Lot.class}
   * @return the document
   */
  public <T> T document(Class<T> type) {
    return type.cast(object(type, 0));
  }

  private Object object(Class<?> type, int depth) {
    TypeModel model = TypeModel.of(type);
    RuntimeException last = null;
    for (int attempt = 0; attempt < 40; attempt++) {
      int optionalPercent = attempt >= 30 ? 0 : Math.max(0, 60 - attempt * 3 - depth * 8);
      try {
        return build(model, depth, optionalPercent);
      } catch (IllegalArgumentException | IllegalStateException e) {
        last = e;
      }
    }
    throw new IllegalStateException("cannot generate a valid " + type.getSimpleName(), last);
  }

  private Object build(TypeModel model, int depth, int optionalPercent) {
    try {
      Object builder = model.implementation().getMethod("builder").invoke(null);
      for (Property p : model.properties().values()) {
        boolean list = p.shape() instanceof Shape.ListShape;
        if (!p.required() && random.nextInt(100) >= optionalPercent) {
          continue;
        }
        Object value = special(model.type().getSimpleName() + "." + p.name());
        if (value == null && p.shape() instanceof Shape.QuantityShape) {
          value = quantity(p.name());
        }
        if (value == null) {
          value = value(p.shape(), depth + 1);
        }
        if (IDENTIFIERS.contains(p.name())) {
          value = safe(value);
        }
        set(builder, p, list ? value : value, !p.required() && !list && !isDefaulted(model, p));
      }
      return builder.getClass().getMethod("build").invoke(builder);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static boolean isDefaulted(TypeModel model, Property p) {
    try {
      return model.type().getMethod(p.accessor()).getReturnType() != Optional.class;
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
  }

  private static void set(Object builder, Property p, Object value, boolean optional)
      throws ReflectiveOperationException {
    for (Method m : builder.getClass().getMethods()) {
      if (!m.getName().equals(p.accessor()) || m.getParameterCount() != 1) {
        continue;
      }
      Class<?> param = m.getParameterTypes()[0];
      if (value instanceof List ? param == Iterable.class : !optional || param != Optional.class) {
        if (param == Optional.class || param == java.util.OptionalInt.class) {
          continue;
        }
        if (param.isPrimitive() || param.isInstance(value)) {
          m.invoke(builder, value);
          return;
        }
      }
    }
    throw new AssertionError("no builder setter for " + p);
  }

  /** Picks a unit that suits the member most of the time, so few builds are retried; any unit otherwise. */
  private Quantity quantity(String name) {
    if (random.nextInt(8) == 0) {
      return Quantity.of(decimal(), UNITS[random.nextInt(UNITS.length)]);
    }
    String n = name.toLowerCase(java.util.Locale.ROOT);
    if (n.contains("percent") || n.contains("viability") || n.contains("oxygen") || n.contains("dioxide")
        || n.contains("fraction")) {
      return Quantity.of(new BigDecimal(BigInteger.valueOf(random.nextInt(10_001)), 2), "%");
    } else if (n.equals("lower") || n.equals("upper") || n.startsWith("d") && n.length() == 3 || n.equals("mean")
        || n.equals("mode") || n.contains("size")) {
      return Quantity.of(decimal(), "nm");
    } else if (n.contains("volume")) {
      return Quantity.of(decimal(), "mL");
    } else if (n.contains("temperature")) {
      return Quantity.of(decimal(), "Cel");
    } else if (n.contains("mass")) {
      return Quantity.of(decimal(), "kg");
    } else if (n.contains("duration") || n.contains("time")) {
      return Quantity.of(decimal(), "h");
    }
    return Quantity.of(decimal(), UNITS[random.nextInt(UNITS.length)]);
  }

  /** Members the strict reader treats as identifiers: no control or formatting characters. */
  private static final java.util.Set<String> IDENTIFIERS = java.util.Set.of("id", "version", "productId", "lotId",
      "productVersion", "parentLots", "products", "criterionId", "code", "checklistId", "checklistVersion", "keyId",
      "signer", "checkedBy", "libraryName", "libraryVersion", "algorithm", "doi", "sha256", "jws", "kind");

  private static Object safe(Object value) {
    if (value instanceof String) {
      StringBuilder b = new StringBuilder();
      for (char c : ((String) value).toCharArray()) {
        b.append(Problem.isUnsafe(c) ? 'x' : c);
      }
      return b.toString();
    } else if (value instanceof List) {
      List<Object> out = new ArrayList<>();
      ((List<?>) value).forEach(v -> out.add(safe(v)));
      return out;
    }
    return value;
  }

  private String hex(int digits) {
    StringBuilder b = new StringBuilder(digits);
    for (int i = 0; i < digits; i++) {
      b.append(Character.forDigit(random.nextInt(16), 16));
    }
    return b.toString();
  }

  private Object special(String name) {
    switch (name) {
      case "Finding.code":
        return "RULE." + (char) ('A' + random.nextInt(26)) + "_" + random.nextInt(100);
      case "Finding.path":
      case "ChecklistItemResult.path":
        return random.nextBoolean() ? "" : "/testResults/" + random.nextInt(5) + "/a~1b";
      case "ReferenceEntry.manufactureDate":
        // Entries of a series are in time order: dates never decrease within a generator's sequence.
        nextEntryDate = nextEntryDate.plusDays(random.nextInt(3));
        return nextEntryDate;
      case "ReferenceEntry.totalProtein":
        return Quantity.of(BigDecimal.valueOf(1 + random.nextInt(5000)), random.nextBoolean() ? "ug/mL" : "mg/L");
      case "AcceptanceCriterion.attribute":
        return random.nextInt(3) == 0 ? Term.of(org.paracrine.core.vocabulary.QualityAttribute.ANALYTE) : null;
      case "ConsistencyCheck.unit":
        return random.nextBoolean() ? "pg/mL" : "ng/mL";
      case "ConsistencyCheck.normalisation":
        return Term.of(org.paracrine.core.vocabulary.NormalisationBasis.PER_ML_PRODUCT);
      case "ConsistencyCheck.equivalenceMargin":
        return Quantity.of(new BigDecimal(BigInteger.valueOf(1 + random.nextInt(10_000)), random.nextInt(3)), "%");
      case "ConsistencyCheck.minimumReferenceSize":
        return 2 + random.nextInt(30);
      case "ReferenceStatistics.n":
        return 2 + random.nextInt(100);
      case "ReferenceStatistics.mean":
        return Quantity.of(BigDecimal.valueOf(1000 + random.nextInt(1000)), "pg/mL");
      case "ReferenceStatistics.standardDeviation":
        return Quantity.of(new BigDecimal(BigInteger.valueOf(random.nextInt(100_000)), 2), "pg/mL");
      case "ReferenceStatistics.min":
        return Quantity.of(BigDecimal.valueOf(random.nextInt(1000)), "pg/mL");
      case "ReferenceStatistics.max":
        return Quantity.of(new BigDecimal(BigInteger.valueOf(2000 + random.nextInt(1000)), 3).movePointRight(3),
            "ng/L");
      case "InputDigest.sha256":
        return hex(64);
      case "ReportSignature.jws":
        return hex(20) + ".." + hex(40);
      case "ControlChartTest.points":
      case "ControlChartTest.window":
        return 1 + random.nextInt(20);
      default:
        return null;
    }
  }

  private Object value(Shape shape, int depth) {
    if (shape instanceof Shape.Text) {
      return text();
    } else if (shape instanceof Shape.Bool) {
      return random.nextBoolean();
    } else if (shape instanceof Shape.Int) {
      return random.nextInt(10) == 0 ? random.nextInt() : random.nextInt(200);
    } else if (shape instanceof Shape.Decimal) {
      return decimal();
    } else if (shape instanceof Shape.Date) {
      return LocalDate.of(1990 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28));
    } else if (shape instanceof Shape.Timestamp) {
      return java.time.Instant.ofEpochSecond(random.nextInt(2_000_000_000),
          random.nextBoolean() ? 0 : random.nextInt(1_000_000_000));
    } else if (shape instanceof Shape.QuantityShape) {
      return Quantity.of(decimal(), UNITS[random.nextInt(UNITS.length)]);
    } else if (shape instanceof Shape.TermShape) {
      return term(((Shape.TermShape) shape).vocabulary());
    } else if (shape instanceof Shape.EnumShape) {
      Object[] constants = ((Shape.EnumShape) shape).type().getEnumConstants();
      return constants[random.nextInt(constants.length)];
    } else if (shape instanceof Shape.ObjectShape) {
      return object(((Shape.ObjectShape) shape).type(), depth);
    }
    int size = depth > 4 ? 0 : random.nextInt(depth > 2 ? 2 : 4);
    List<Object> list = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      list.add(value(((Shape.ListShape) shape).element(), depth + 1));
    }
    return list;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Term<?> term(Class<?> vocabulary) {
    if (random.nextInt(10) == 0) {
      return Term.parse((Class) vocabulary, "x-" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36));
    }
    Object[] constants = vocabulary.getEnumConstants();
    return Term.parse((Class) vocabulary,
        ((org.paracrine.core.vocabulary.Vocabulary) constants[random.nextInt(constants.length)]).code());
  }

  private String text() {
    int n = 1 + random.nextInt(3);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(random.nextInt(4) == 0 ? words[random.nextInt(words.length)] : "w" + random.nextInt(1000));
    }
    return sb.toString();
  }

  private BigDecimal decimal() {
    if (hostile && random.nextInt(6) == 0) {
      BigInteger unscaled = BigInteger.valueOf(random.nextInt(1000)).multiply(BigInteger.TEN.pow(random.nextInt(30)));
      return new BigDecimal(random.nextBoolean() ? unscaled : unscaled.negate(), random.nextInt(801) - 400);
    }
    BigInteger unscaled = BigInteger.valueOf(random.nextInt(5) == 0 ? random.nextLong() >>> random.nextInt(64)
        : random.nextInt(100_000));
    int scale = random.nextInt(10) == 0 ? -random.nextInt(15) : random.nextInt(6);
    return new BigDecimal(unscaled, scale);
  }
}
