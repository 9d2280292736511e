package org.paracrine.validation.internal.engine;

import java.util.List;
import java.util.Optional;
import org.paracrine.core.assay.TestResult;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.report.FindingDraft;
import org.paracrine.core.source.Donor;
import org.paracrine.core.vocabulary.QualityAttribute;
import org.paracrine.core.vocabulary.Term;
import org.paracrine.validation.ReleaseContext;
import org.paracrine.validation.internal.Located;

/**
 * Per-check index of a lot: test-result positions by attribute code, built once on first use, so that matching
 * results to criteria costs one pass over the results instead of one per criterion; and what every criterion of the
 * check would otherwise work out again: the located donor, the newborn-donor decisions, and the one selection that
 * each resolution refills, and the draft findings are built in. Not thread-safe; one per check.
 */
public final class LotIndex {
  private final Lot lot;
  /**
   * The attribute codes of the lot's results, each with a group number (null until first asked), and the positions
   * of the results of each group, in record order.
   */
  private Groups codes;
  private int[][] byCode;
  /**
   * Per attribute group, made when a name selector first asks: the canonical name keys of its results with their
   * positions, and the key of each result of the attribute.
   */
  private Groups[] namesByCode;
  private int[][][] byCodeAndName;
  private String[][] keyOfPosition;

  /** No positions. */
  private static final int[] NONE = new int[0];

  /**
   * Creates an index.
   *
   * @param lot the lot
   */
  public LotIndex(Lot lot) {
    this.lot = lot;
    this.owner = Thread.currentThread();
  }

  /** The thread that made the index: a shared index serves only it. */
  private final Thread owner;

  /** The key of the index a check shares through its context. */
  private static final Object SHARED = new Object();

  /**
   * Returns the index of a check's lot, shared by every rule of the check that runs on the check's thread (the
   * profiles and specifications, then the reporting checklists), so that each value of the lot is selected once; a
   * rule run on another thread gets an index of its own.
   *
   * @param context the check
   * @return the index
   */
  public static LotIndex of(ReleaseContext context) {
    LotIndex shared = context.shared(SHARED, c -> new LotIndex(c.lot()));
    return shared.owner == Thread.currentThread() ? shared : new LotIndex(context.lot());
  }

  /** Where this check's donor is recorded, once located; null until asked. */
  private Optional<Located<Donor>> donor;

  /**
   * Returns the donor of this check with where it is recorded, locating it once: each of the dozen donor-test
   * criteria of a profile asks.
   *
   * @param context the product and lot of this check
   * @param locate finds the donor in the record (the resolver's knowledge of where values live)
   * @return the located donor, or empty
   */
  Optional<Located<Donor>> donor(ReleaseContext context,
      java.util.function.Function<ReleaseContext, Optional<Located<Donor>>> locate) {
    if (donor == null) {
      donor = locate.apply(context);
    }
    return donor;
  }

  /** The donor's tests, once read; null until asked. */
  private List<org.paracrine.core.source.DonorTest> donorTests;

  /**
   * Returns the tests of this check's donor, read once (each donor-test criterion asks).
   *
   * @param donor the donor {@link #donor} located
   * @return the tests, possibly empty
   */
  List<org.paracrine.core.source.DonorTest> donorTests(Donor donor) {
    if (donorTests == null) {
      donorTests = donor.eligibility().map(e -> e.tests()).orElse(List.of());
    }
    return donorTests;
  }

  /** The selection every resolution of this check refills. */
  private Selection selection;

  /**
   * Returns this check's selection, emptied: {@link SelectorResolver#resolve} fills it for one criterion at a time.
   *
   * @return the empty selection
   */
  Selection selection() {
    if (selection == null) {
      selection = new Selection();
    } else {
      selection.clear();
    }
    return selection;
  }

  /**
   * The values of this check's record lists, by list and position, built once: a test result, a marker result or a
   * donor test is selected by many criteria of one check (every category criterion of a checklist selects every EV
   * marker), and its value is the same each time. Keyed by the list instance and the kind of value taken from it.
   */
  private Object[] valueLists;
  private int[] valueKinds;
  private Selected[][] values;
  private int valueListCount;

  /** Kinds of values kept per list: a test result's value or outcome, a marker result, a donor test's outcome. */
  static final int TEST_RESULT = 0;
  static final int MARKER = 1;
  static final int DONOR_TEST = 2;

  /**
   * Returns the kept values of a list of this check's record, one slot per element, empty until the resolver fills
   * it: the resolver reads a value from its slot, or builds it and puts it there.
   *
   * @param list the record's list (the model's own instance)
   * @param kind what is taken from each element ({@link #TEST_RESULT}, {@link #MARKER}, {@link #DONOR_TEST})
   * @return the slots, as many as the list has elements
   */
  Selected[] values(List<?> list, int kind) {
    for (int i = 0; i < valueListCount; i++) {
      if (valueLists[i] == list && valueKinds[i] == kind) {
        return values[i];
      }
    }
    if (valueLists == null) {
      valueLists = new Object[4];
      valueKinds = new int[4];
      values = new Selected[4][];
    } else if (valueListCount == valueLists.length) {
      valueLists = java.util.Arrays.copyOf(valueLists, 2 * valueListCount);
      valueKinds = java.util.Arrays.copyOf(valueKinds, 2 * valueListCount);
      values = java.util.Arrays.copyOf(values, 2 * valueListCount);
    }
    Selected[] slots = new Selected[list.size()];
    valueLists[valueListCount] = list;
    valueKinds[valueListCount] = kind;
    values[valueListCount] = slots;
    valueListCount++;
    return slots;
  }

  /** The outcomes of a multi-value selection, reused by every criterion of the check. */
  private org.paracrine.core.report.Outcome[] outcomes;

  /**
   * Returns this check's scratch array for the outcomes of a selection's values, at least {@code n} long; a
   * criterion uses its first {@code n} slots until the next criterion asks.
   *
   * @param n the number of values
   * @return the array
   */
  org.paracrine.core.report.Outcome[] outcomes(int n) {
    if (outcomes == null || outcomes.length < n) {
      outcomes = new org.paracrine.core.report.Outcome[Math.max(n, 16)];
    }
    return outcomes;
  }

  /** The draft every finding of this check's criteria is built in. */
  private FindingDraft draft;

  /**
   * Returns this check's finding draft: each criterion's finding is set in it and built from it, one at a time.
   *
   * @return the draft
   */
  FindingDraft draft() {
    if (draft == null) {
      draft = new FindingDraft();
    }
    return draft;
  }

  /**
   * Newborn-donor decisions of this check: the questions asked (the compiled selectors' shared instances, so found by
   * reference first) and the answers, in asking order.
   */
  private Object[] newbornQuestions;
  private boolean[] newbornAnswers;
  private int newbornCount;

  /**
   * Returns whether the donor counts as a newborn for a question (a maternal-specimen age and a list of perinatal
   * tissues, as {@link CompiledSelector#newbornQuestion()}; 21 CFR 1271.80(a)), deciding once per check: every
   * donor-test criterion of a profile asks the same question, and the answer compares ages in different units.
   *
   * @param question the question
   * @param decide decides when the question is new in this check
   * @return the decision
   */
  public boolean newborn(Object question, java.util.function.BooleanSupplier decide) {
    Boolean decided = newbornKnown(question);
    if (decided != null) {
      return decided;
    }
    boolean known = decide.getAsBoolean();
    if (newbornQuestions == null) {
      newbornQuestions = new Object[2];
      newbornAnswers = new boolean[2];
    } else if (newbornCount == newbornQuestions.length) {
      newbornQuestions = java.util.Arrays.copyOf(newbornQuestions, 2 * newbornCount);
      newbornAnswers = java.util.Arrays.copyOf(newbornAnswers, 2 * newbornCount);
    }
    newbornQuestions[newbornCount] = question;
    newbornAnswers[newbornCount] = known;
    newbornCount++;
    return known;
  }

  /**
   * Returns the newborn decision this check has made for a question, if it has: a shared question is found by
   * reference, an equal one by equality.
   *
   * @param question the question
   * @return the decision, or null when the question is new in this check
   */
  Boolean newbornKnown(Object question) {
    for (int i = 0; i < newbornCount; i++) {
      if (newbornQuestions[i] == question) {
        return newbornAnswers[i];
      }
    }
    for (int i = 0; i < newbornCount; i++) {
      if (newbornQuestions[i].equals(question)) {
        return newbornAnswers[i];
      }
    }
    return null;
  }

  /**
   * Returns the positions of the test results of an attribute, in record order. The index is made on first use:
   * one pass over the results, the codes in a small open-addressing table (no hash map nodes, no boxed positions).
   *
   * @param attribute the attribute
   * @return the positions, possibly empty; the index's own array, not to be changed
   */
  public int[] resultsOf(Term<QualityAttribute> attribute) {
    int g = group(attribute.code());
    return g < 0 ? NONE : byCode[g];
  }

  /** The group of an attribute code, or -1 when no result has it. */
  private int group(String code) {
    if (codes == null) {
      indexCodes();
    }
    return codes.find(code);
  }

  private void indexCodes() {
    List<TestResult> results = lot.testResults();
    int n = results.size();
    Groups table = new Groups(n);
    int[] group = new int[n];
    for (int i = 0; i < n; i++) {
      group[i] = table.add(results.get(i).attribute().code());
    }
    byCode = positions(group, n, table.size());
    codes = table;
  }

  /**
   * The positions of each group, in order, from the group of each position ({@code -1} for none).
   *
   * @param group the group of each position
   * @param n the number of positions
   * @param groups the number of groups
   * @return the positions of each group
   */
  private static int[][] positions(int[] group, int n, int groups) {
    int[] counts = new int[groups];
    for (int i = 0; i < n; i++) {
      if (group[i] >= 0) {
        counts[group[i]]++;
      }
    }
    int[][] positions = new int[groups][];
    for (int g = 0; g < groups; g++) {
      positions[g] = new int[counts[g]];
      counts[g] = 0;
    }
    for (int i = 0; i < n; i++) {
      if (group[i] >= 0) {
        positions[group[i]][counts[group[i]]++] = i;
      }
    }
    return positions;
  }

  /**
   * Returns the positions of the test results of an attribute whose analyte has one of the given canonical name
   * keys, in record order: a table lookup per key instead of a scan of every result of the attribute (a lot with
   * 1,000 analyte results checked against 1,000 analyte criteria made a million name comparisons).
   *
   * @param attribute the attribute
   * @param nameKeys canonical keys ({@link Names#key(String)}); empty for every result of the attribute
   * @return the positions, possibly empty; the index's own array when one key or none is asked for, not to be changed
   */
  public int[] resultsOf(Term<QualityAttribute> attribute, List<String> nameKeys) {
    int g = group(attribute.code());
    if (g < 0) {
      return NONE;
    }
    if (nameKeys.isEmpty()) {
      return byCode[g];
    }
    if (namesByCode == null) {
      namesByCode = new Groups[codes.size()];
      byCodeAndName = new int[codes.size()][][];
      keyOfPosition = new String[codes.size()][];
    }
    if (namesByCode[g] == null) {
      indexNames(g);
    }
    int[] all = byCode[g];
    if (nameKeys.size() == 1) {
      int k = namesByCode[g].find(nameKeys.get(0));
      return k < 0 ? NONE : byCodeAndName[g][k];
    }
    // several keys: the results of the attribute whose key is one of them, in record order
    String[] keys = keyOfPosition[g];
    int[] out = new int[all.length];
    int m = 0;
    for (int j = 0; j < all.length; j++) {
      if (keys[j] != null && nameKeys.contains(keys[j])) {
        out[m++] = all[j];
      }
    }
    return m == out.length ? out : java.util.Arrays.copyOf(out, m);
  }

  private void indexNames(int g) {
    List<TestResult> results = lot.testResults();
    int[] all = byCode[g];
    String[] keys = new String[all.length];
    int[] group = new int[all.length];
    Groups table = new Groups(all.length);
    for (int j = 0; j < all.length; j++) {
      Optional<String> analyte = results.get(all[j]).analyte();
      if (analyte.isPresent()) {
        keys[j] = Names.key(analyte.get());
        group[j] = table.add(keys[j]);
      } else {
        group[j] = -1;
      }
    }
    int[][] byName = positions(group, all.length, table.size());
    for (int[] p : byName) { // positions among the attribute's results, made positions in the record
      for (int x = 0; x < p.length; x++) {
        p[x] = all[p[x]];
      }
    }
    keyOfPosition[g] = keys;
    byCodeAndName[g] = byName;
    namesByCode[g] = table;
  }

  /**
   * Strings and their group numbers, in order of first addition, by open addressing on the string's kept hash
   * code: equal strings share a group, and a lookup is a few reference comparisons. Not thread-safe.
   */
  private static final class Groups {
    private final String[] table;
    private final int[] groups;
    private final int mask;
    private int size;

    /** A table for up to {@code n} distinct strings, at most three quarters full. */
    Groups(int n) {
      int capacity = Integer.highestOneBit(Math.max(2, n + n / 3)) << 1;
      table = new String[capacity];
      groups = new int[capacity];
      mask = capacity - 1;
    }

    /** The group of a string, added as the next group when new. */
    int add(String s) {
      int slot = slot(s);
      if (table[slot] == null) {
        table[slot] = s;
        groups[slot] = size++;
      }
      return groups[slot];
    }

    /** The group of a string, or -1. */
    int find(String s) {
      int slot = slot(s);
      return table[slot] == null ? -1 : groups[slot];
    }

    /** The slot that holds the string, or the empty slot where it would go. */
    private int slot(String s) {
      int slot = s.hashCode() & mask;
      String t;
      while ((t = table[slot]) != null && t != s && !t.equals(s)) {
        slot = (slot + 1) & mask;
      }
      return slot;
    }

    /** The number of groups. */
    int size() {
      return size;
    }
  }
}
