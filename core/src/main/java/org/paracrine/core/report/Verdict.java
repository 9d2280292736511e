package org.paracrine.core.report;

import java.util.Collection;

/** The release decision for a lot. */
public enum Verdict {
  /** Every required check passed. */
  RELEASE,
  /** At least one ERROR-severity check failed. */
  REJECT,
  /** No ERROR-severity check failed, but required data is missing. */
  INCOMPLETE;

  /**
   * Derives the verdict from findings: {@link #REJECT} if any finding has outcome {@link Outcome#FAIL} and
   * severity {@link Severity#ERROR}; else {@link #INCOMPLETE} if any has outcome {@link Outcome#MISSING} and
   * severity {@link Severity#ERROR}; else {@link #RELEASE}.
   *
   * @param findings the findings
   * @return the verdict
   */
  public static Verdict of(Collection<Finding> findings) {
    if (findings instanceof java.util.List && findings instanceof java.util.RandomAccess) {
      return of((java.util.List<Finding>) findings); // every report's list: read by index, no iterator
    }
    boolean missing = false;
    for (Finding f : findings) {
      if (f.severity() == Severity.ERROR) {
        if (f.outcome() == Outcome.FAIL) {
          return REJECT;
        }
        if (f.outcome() == Outcome.MISSING) {
          missing = true;
        }
      }
    }
    return missing ? INCOMPLETE : RELEASE;
  }

  private static Verdict of(java.util.List<Finding> findings) {
    boolean missing = false;
    for (int i = 0, n = findings.size(); i < n; i++) {
      Finding f = findings.get(i);
      if (f.severity() == Severity.ERROR) {
        if (f.outcome() == Outcome.FAIL) {
          return REJECT;
        }
        if (f.outcome() == Outcome.MISSING) {
          missing = true;
        }
      }
    }
    return missing ? INCOMPLETE : RELEASE;
  }
}
