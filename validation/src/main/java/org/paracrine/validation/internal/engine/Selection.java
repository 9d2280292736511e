package org.paracrine.validation.internal.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * What a selector found: the values (after the method filter), the values it set aside because their method is not
 * allowed or because they were tested on a newborn donor's own specimen where the birth mother's counts, and the
 * pointer to report when nothing was found.
 *
 * <p>One instance per check ({@link LotIndex#selection()}), refilled by every {@link SelectorResolver#resolve}: a
 * criterion reads its selection before the next criterion resolves, so the lists are reused instead of built anew
 * for each of the hundred criteria of a check. Not thread-safe, like the index that holds it.
 */
public final class Selection {
  private final ArrayList<Selected> values = new ArrayList<>();
  private final ArrayList<Selected> methodRejected = new ArrayList<>();
  private final ArrayList<Selected> maternalSetAside = new ArrayList<>();
  private String emptyPointer = "";

  Selection() {}

  /** Empties the selection for the next criterion. */
  void clear() {
    values.clear();
    methodRejected.clear();
    maternalSetAside.clear();
    emptyPointer = "";
  }

  /**
   * Returns the selected values, in record order.
   *
   * @return the values (valid until the next resolution with the same index)
   */
  public List<Selected> values() {
    return values;
  }

  /**
   * Returns the values whose method is not among the allowed methods.
   *
   * @return the values (valid until the next resolution with the same index)
   */
  public List<Selected> methodRejected() {
    return methodRejected;
  }

  /**
   * Returns where the values were looked for.
   *
   * @return the JSON Pointer to report when nothing was found
   */
  public String emptyPointer() {
    return emptyPointer;
  }

  /**
   * Returns the donor tests on a newborn's own specimen (21 CFR 1271.80(a)); empty for other kinds of selector.
   *
   * @return the values (valid until the next resolution with the same index)
   */
  public List<Selected> maternalSetAside() {
    return maternalSetAside;
  }

  /** The list the resolver fills with selected values. */
  ArrayList<Selected> valuesToFill() {
    return values;
  }

  /** The list the resolver fills with values whose method is not allowed. */
  ArrayList<Selected> methodRejectedToFill() {
    return methodRejected;
  }

  /** The list the resolver fills with donor tests set aside. */
  ArrayList<Selected> maternalSetAsideToFill() {
    return maternalSetAside;
  }

  /** Sets where the values were looked for. */
  void emptyPointer(String pointer) {
    this.emptyPointer = pointer;
  }
}
