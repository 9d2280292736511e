package org.paracrine.validation.internal;

import java.util.List;
import org.paracrine.core.report.Finding;
import org.paracrine.core.report.Outcome;

/**
 * Picks the least favourable of several candidate findings for one criterion (FAIL before MISSING before WARN before
 * PASS; the first in record order among equals), so that a passing retest never hides a failing result.
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

  /**
   * Returns the worst finding.
   *
   * @param candidates at least one finding
   * @return the worst, earliest among equals
   */
  public static Finding of(List<Finding> candidates) {
    Finding worst = candidates.get(0);
    for (Finding f : candidates) {
      if (rank(f.outcome()) > rank(worst.outcome())) {
        worst = f;
      }
    }
    return worst;
  }
}
