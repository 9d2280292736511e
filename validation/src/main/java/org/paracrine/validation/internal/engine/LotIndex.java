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
   * The attribute codes of the lot's results, distinct and sorted (null until first asked), and the positions of
   * the results of each, in record order.
   */
  private String[] codes;
  private int[][] byCode;
  /**
   * Per attribute (as in {@link #codes}), made when a name selector first asks: the canonical name keys of its
   * results, distinct and sorted, and the positions of each key; and the key of each result of the attribute.
   */
  private String[][] nameKeysByCode;
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
   * Newborn-donor decisions of this check: the maternal-specimen age and perinatal tissues asked about (the compiled
   * selectors' own instances, so found by identity first) and the answer, in asking order.
   */
  private Object[] newbornAges;
  private Object[] newbornTissues;
  private boolean[] newbornAnswers;
  private int newbornCount;

  /**
   * Returns whether the donor counts as a newborn for a maternal-specimen age and a list of perinatal tissues
   * (21 CFR 1271.80(a)), deciding once per check: every donor-test criterion of a profile asks the same question,
   * and the answer compares ages in different units.
   *
   * @param maternalSpecimenAge the age up to which a donor's own specimens are set aside
   * @param perinatalTissues the tissues that mark a newborn donor when no age is stated
   * @param decide decides when the question is new in this check
   * @return the decision
   */
  public boolean newborn(Object maternalSpecimenAge, List<?> perinatalTissues,
      java.util.function.BooleanSupplier decide) {
    Boolean decided = newbornKnown(maternalSpecimenAge, perinatalTissues);
    if (decided != null) {
      return decided;
    }
    boolean known = decide.getAsBoolean();
    if (newbornAges == null) {
      newbornAges = new Object[2];
      newbornTissues = new Object[2];
      newbornAnswers = new boolean[2];
    } else if (newbornCount == newbornAges.length) {
      newbornAges = java.util.Arrays.copyOf(newbornAges, 2 * newbornCount);
      newbornTissues = java.util.Arrays.copyOf(newbornTissues, 2 * newbornCount);
      newbornAnswers = java.util.Arrays.copyOf(newbornAnswers, 2 * newbornCount);
    }
    newbornAges[newbornCount] = maternalSpecimenAge;
    newbornTissues[newbornCount] = perinatalTissues;
    newbornAnswers[newbornCount] = known;
    newbornCount++;
    return known;
  }

  /**
   * Returns the newborn decision this check has made for a question, if it has: the instances of a compiled selector
   * are found by reference, equal questions of other selectors by equality.
   *
   * @param maternalSpecimenAge the age up to which a donor's own specimens are set aside
   * @param perinatalTissues the tissues that mark a newborn donor when no age is stated
   * @return the decision, or null when the question is new in this check
   */
  public Boolean newbornKnown(Object maternalSpecimenAge, List<?> perinatalTissues) {
    for (int i = 0; i < newbornCount; i++) {
      if (newbornAges[i] == maternalSpecimenAge && newbornTissues[i] == perinatalTissues) {
        return newbornAnswers[i];
      }
    }
    for (int i = 0; i < newbornCount; i++) {
      if (newbornAges[i].equals(maternalSpecimenAge) && newbornTissues[i].equals(perinatalTissues)) {
        return newbornAnswers[i];
      }
    }
    return null;
  }

  /**
   * Returns the positions of the test results of an attribute, in record order. The index is made on first use:
   * the codes are sorted once (no hash map, no boxed positions), and an attribute is found by binary search.
   *
   * @param attribute the attribute
   * @return the positions, possibly empty; the index's own array, not to be changed
   */
  public int[] resultsOf(Term<QualityAttribute> attribute) {
    int g = group(attribute.code());
    return g < 0 ? NONE : byCode[g];
  }

  /** The group of an attribute code in {@link #codes}, or a negative number when no result has it. */
  private int group(String code) {
    if (codes == null) {
      indexCodes();
    }
    return java.util.Arrays.binarySearch(codes, code);
  }

  private void indexCodes() {
    List<TestResult> results = lot.testResults();
    int n = results.size();
    String[] of = new String[n];
    for (int i = 0; i < n; i++) {
      of[i] = results.get(i).attribute().code();
    }
    String[] sorted = distinctSorted(of.clone(), n);
    int[] counts = new int[sorted.length];
    int[] group = new int[n];
    for (int i = 0; i < n; i++) {
      group[i] = java.util.Arrays.binarySearch(sorted, of[i]);
      counts[group[i]]++;
    }
    int[][] positions = new int[sorted.length][];
    for (int g = 0; g < sorted.length; g++) {
      positions[g] = new int[counts[g]];
      counts[g] = 0;
    }
    for (int i = 0; i < n; i++) {
      positions[group[i]][counts[group[i]]++] = i;
    }
    byCode = positions;
    codes = sorted;
  }

  /** Sorts the first {@code n} strings of an array and keeps each once; returns them in an array of that length. */
  private static String[] distinctSorted(String[] a, int n) {
    java.util.Arrays.sort(a, 0, n);
    int d = 0;
    for (int i = 0; i < n; i++) {
      if (d == 0 || !a[i].equals(a[d - 1])) {
        a[d++] = a[i];
      }
    }
    return d == a.length ? a : java.util.Arrays.copyOf(a, d);
  }

  /**
   * Returns the positions of the test results of an attribute whose analyte has one of the given canonical name
   * keys, in record order: a binary search per key instead of a scan of every result of the attribute (a lot with
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
    if (nameKeysByCode == null) {
      nameKeysByCode = new String[codes.length][];
      byCodeAndName = new int[codes.length][][];
      keyOfPosition = new String[codes.length][];
    }
    if (nameKeysByCode[g] == null) {
      indexNames(g);
    }
    if (nameKeys.size() == 1) {
      int k = java.util.Arrays.binarySearch(nameKeysByCode[g], nameKeys.get(0));
      return k < 0 ? NONE : byCodeAndName[g][k];
    }
    // several keys: the results of the attribute whose key is one of them, in record order
    int[] all = byCode[g];
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
    String[] named = new String[all.length];
    int n = 0;
    for (int j = 0; j < all.length; j++) {
      Optional<String> analyte = results.get(all[j]).analyte();
      if (analyte.isPresent()) {
        keys[j] = Names.key(analyte.get());
        named[n++] = keys[j];
      }
    }
    String[] sorted = distinctSorted(named, n);
    int[] counts = new int[sorted.length];
    for (int j = 0; j < all.length; j++) {
      if (keys[j] != null) {
        counts[java.util.Arrays.binarySearch(sorted, keys[j])]++;
      }
    }
    int[][] positions = new int[sorted.length][];
    for (int k = 0; k < sorted.length; k++) {
      positions[k] = new int[counts[k]];
      counts[k] = 0;
    }
    for (int j = 0; j < all.length; j++) {
      if (keys[j] != null) {
        int k = java.util.Arrays.binarySearch(sorted, keys[j]);
        positions[k][counts[k]++] = all[j];
      }
    }
    keyOfPosition[g] = keys;
    byCodeAndName[g] = positions;
    nameKeysByCode[g] = sorted;
  }
}
