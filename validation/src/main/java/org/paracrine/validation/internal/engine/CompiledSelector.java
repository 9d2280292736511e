package org.paracrine.validation.internal.engine;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.quantity.QuantityRange;
import org.paracrine.core.spec.Selector;
import org.paracrine.core.spec.SelectorKind;
import org.paracrine.core.spec.SizeStatistic;
import org.paracrine.core.vocabulary.DifferentiationLineage;
import org.paracrine.core.vocabulary.MisevCategory;
import org.paracrine.core.vocabulary.NormalisationBasis;
import org.paracrine.core.vocabulary.OxygenCondition;
import org.paracrine.core.vocabulary.QualityAttribute;
import org.paracrine.core.vocabulary.Term;

/**
 * A selector prepared once, when the checker is built: the canonical keys of its names, and each optional attribute
 * read once. The generated getters of {@link Selector} wrap a present value in a new {@link Optional} on every call,
 * and the JIT of Java 17 cannot remove an {@code Optional.ofNullable} whose two outcomes merge; the resolver reads
 * these attributes for every criterion of every check, so it reads them here. Immutable; thread-safe.
 */
public final class CompiledSelector {
  private final Selector selector;
  private final List<String> keys;
  private final SelectorKind kind;
  private final Optional<Term<QualityAttribute>> attribute;
  private final Optional<Term<MisevCategory>> category;
  private final Optional<Term<DifferentiationLineage>> lineage;
  private final Optional<SizeStatistic> statistic;
  private final Optional<QuantityRange> sizeRange;
  private final Optional<Term<NormalisationBasis>> normalisation;
  private final Optional<String> parameter;
  private final Optional<Term<OxygenCondition>> oxygenCondition;
  private final Optional<Quantity> maternalSpecimenAge;
  /**
   * The newborn question of a donor-test selector with a maternal-specimen age (the age and the perinatal tissues),
   * one shared instance for equal questions: every donor-test criterion of a profile asks the same one, and a check
   * keeps the answer by the question's instance. Null without an age.
   */
  private final List<Object> newbornQuestion;
  /** Newborn questions seen, so that equal questions share an instance (bounded: selectors are compiled once). */
  private static final java.util.Map<List<Object>, List<Object>> QUESTIONS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private CompiledSelector(Selector selector) {
    this.selector = selector;
    this.keys = selector.names().stream().map(Names::key).collect(Collectors.toUnmodifiableList());
    this.kind = selector.kind();
    this.attribute = selector.attribute();
    this.category = selector.category();
    this.lineage = selector.lineage();
    this.statistic = selector.statistic();
    this.sizeRange = selector.sizeRange();
    this.normalisation = selector.normalisation();
    this.parameter = selector.parameter();
    this.oxygenCondition = selector.oxygenCondition();
    this.maternalSpecimenAge = selector.maternalSpecimenAge();
    this.newbornQuestion = maternalSpecimenAge.map(age -> question(age, selector.perinatalTissues())).orElse(null);
  }

  /**
   * Compiles a selector.
   *
   * @param selector the selector
   * @return the compiled selector
   */
  public static CompiledSelector of(Selector selector) {
    return new CompiledSelector(selector);
  }

  /**
   * Returns the selector.
   *
   * @return the selector
   */
  public Selector selector() {
    return selector;
  }

  /**
   * Returns the canonical keys of {@link Selector#names()} ({@link Names#key(String)}).
   *
   * @return the keys, in the order of the names
   */
  public List<String> keys() {
    return keys;
  }

  /**
   * Returns {@link Selector#kind()}.
   *
   * @return the kind
   */
  public SelectorKind kind() {
    return kind;
  }

  /**
   * Returns {@link Selector#attribute()}, read once.
   *
   * @return the quality attribute, or empty
   */
  public Optional<Term<QualityAttribute>> attribute() {
    return attribute;
  }

  /**
   * Returns {@link Selector#category()}, read once.
   *
   * @return the MISEV category, or empty
   */
  public Optional<Term<MisevCategory>> category() {
    return category;
  }

  /**
   * Returns {@link Selector#lineage()}, read once.
   *
   * @return the lineage, or empty
   */
  public Optional<Term<DifferentiationLineage>> lineage() {
    return lineage;
  }

  /**
   * Returns {@link Selector#statistic()}, read once.
   *
   * @return the size statistic, or empty
   */
  public Optional<SizeStatistic> statistic() {
    return statistic;
  }

  /**
   * Returns {@link Selector#sizeRange()}, read once.
   *
   * @return the size range, or empty
   */
  public Optional<QuantityRange> sizeRange() {
    return sizeRange;
  }

  /**
   * Returns {@link Selector#normalisation()}, read once.
   *
   * @return the normalisation basis, or empty
   */
  public Optional<Term<NormalisationBasis>> normalisation() {
    return normalisation;
  }

  /**
   * Returns {@link Selector#parameter()}, read once.
   *
   * @return the parameter, or empty
   */
  public Optional<String> parameter() {
    return parameter;
  }

  /**
   * Returns {@link Selector#oxygenCondition()}, read once.
   *
   * @return the oxygen condition, or empty
   */
  public Optional<Term<OxygenCondition>> oxygenCondition() {
    return oxygenCondition;
  }

  /**
   * Tells whether a donor test's code is one of the selector's names, ignoring case and spaces around a name; with no
   * names every test is. The answers for the first {@value #TEST_CODES_KEPT} code instances asked about are kept
   * (a check asks each donor-test criterion about every test of the donor, and the codes of known tests are shared
   * instances), in a table replaced whole, so threads read a complete one.
   *
   * @param code the test's code
   * @return true if the selector names it
   */
  public boolean namesTest(String code) {
    List<String> names = selector.names();
    if (names.isEmpty()) {
      return true;
    }
    TestCodes kept = testCodes;
    int known = kept.find(code);
    if (known >= 0) {
      return known == 1;
    }
    boolean answer = false;
    for (int i = 0; i < names.size() && !answer; i++) {
      String n = names.get(i);
      answer = n.equalsIgnoreCase(code) || n.trim().equalsIgnoreCase(code);
    }
    if (kept.size < TEST_CODES_KEPT) {
      testCodes = kept.with(code, answer);
    }
    return answer;
  }

  /** Test code instances whose answer {@link #namesTest} keeps. */
  static final int TEST_CODES_KEPT = 32;
  private volatile TestCodes testCodes = TestCodes.NONE;

  /**
   * Test code instances and the answers for them, by open addressing on the code's kept hash code, found by
   * reference (immutable: a new table is made for each code added).
   */
  private static final class TestCodes {
    static final int SLOTS = 64;
    static final TestCodes NONE = new TestCodes(new String[SLOTS], new boolean[SLOTS], 0);
    final String[] codes;
    final boolean[] answers;
    final int size;

    TestCodes(String[] codes, boolean[] answers, int size) {
      this.codes = codes;
      this.answers = answers;
      this.size = size;
    }

    /** 1 or 0 for the answer kept for this very instance, -1 when there is none. */
    int find(String code) {
      int slot = code.hashCode() & (SLOTS - 1);
      String c;
      while ((c = codes[slot]) != null) {
        if (c == code) {
          return answers[slot] ? 1 : 0;
        }
        slot = (slot + 1) & (SLOTS - 1);
      }
      return -1;
    }

    TestCodes with(String code, boolean answer) {
      String[] c = codes.clone();
      boolean[] a = answers.clone();
      int slot = code.hashCode() & (SLOTS - 1);
      while (c[slot] != null) {
        if (c[slot] == code) {
          return this;
        }
        slot = (slot + 1) & (SLOTS - 1);
      }
      c[slot] = code;
      a[slot] = answer;
      return new TestCodes(c, a, size + 1);
    }
  }

  private static List<Object> question(Quantity age, List<?> tissues) {
    List<Object> q = List.of(age, tissues);
    if (QUESTIONS.size() >= 1024) {
      return q; // an equal question is then found by equality
    }
    return QUESTIONS.computeIfAbsent(q, k -> k);
  }

  /**
   * Returns the newborn question of the selector: its maternal-specimen age and perinatal tissues, one instance for
   * equal questions.
   *
   * @return the question, or null when the selector has no maternal-specimen age
   */
  public List<Object> newbornQuestion() {
    return newbornQuestion;
  }

  /**
   * Returns {@link Selector#maternalSpecimenAge()}, read once.
   *
   * @return the age limit for a maternal specimen, or empty
   */
  public Optional<Quantity> maternalSpecimenAge() {
    return maternalSpecimenAge;
  }

  /**
   * Tells whether a recorded name matches one of the selector's names; with no names every value matches.
   *
   * @param name the recorded name (analyte, marker code), or null when the record has none
   * @return true if it matches
   */
  public boolean matchesAny(String name) {
    if (keys.isEmpty()) {
      return true;
    }
    return name != null && keys.contains(Names.key(name));
  }

  /**
   * Tells whether a canonical name key ({@link Names#key(String)}) is one of the selector's; with no names every key
   * matches. For a caller that has the key already.
   *
   * @param key the canonical key
   * @return true if it matches
   */
  public boolean matchesKey(String key) {
    return keys.isEmpty() || keys.contains(key);
  }

  /**
   * Returns the selector's description.
   *
   * @return {@link Selector#describe()}
   */
  @Override
  public String toString() {
    return selector.describe();
  }
}
