package org.paracrine.validation.internal.engine;

import java.util.List;

/**
 * What a selector found: the values (after the method filter), the values it set aside because their method is not
 * allowed or because they were tested on a newborn donor's own specimen where the birth mother's counts, and the
 * pointer to report when nothing was found.
 *
 * @param values the selected values, in record order
 * @param methodRejected values whose method is not among the allowed methods
 * @param emptyPointer where the values were looked for
 * @param maternalSetAside donor tests on a newborn's own specimen (21 CFR 1271.80(a)), empty for other kinds
 */
public record Selection(List<Selected> values, List<Selected> methodRejected, String emptyPointer,
    List<Selected> maternalSetAside) {

  /**
   * Creates a selection without maternal set-asides.
   *
   * @param values the selected values
   * @param methodRejected values whose method is not allowed
   * @param emptyPointer where the values were looked for
   */
  public Selection(List<Selected> values, List<Selected> methodRejected, String emptyPointer) {
    this(values, methodRejected, emptyPointer, List.of());
  }
}
