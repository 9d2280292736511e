package org.paracrine.validation.internal;

import org.paracrine.core.report.Outcome;

/**
 * Ranks outcomes by how unfavourable they are (FAIL before MISSING before WARN before PASS), so that a criterion over
 * several values keeps the least favourable one (the first in record order among equals) and a passing retest never
 * hides a failing result.
 */
public final class Worst {
  private Worst() {}

  /**
   * Returns the rank of an outcome: higher is worse.
   *
   * @param o the outcome
   * @return the rank
   */
  public static int rank(Outcome o) {
    switch (o) {
      case FAIL:
        return 4;
      case MISSING:
        return 3;
      case WARN:
        return 2;
      case PASS:
        return 1;
      default:
        return 0;
    }
  }
}
