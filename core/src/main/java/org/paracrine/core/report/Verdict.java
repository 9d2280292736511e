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
    boolean missing = false;
    for (Finding f : findings) {
      Verdict v = of(f);
      if (v == REJECT) {
        return REJECT;
      }
      missing |= v == INCOMPLETE;
    }
    return missing ? INCOMPLETE : RELEASE;
  }

  /** What one finding alone implies: REJECT for a failed error, INCOMPLETE for missing required data. */
  private static Verdict of(Finding f) {
    if (f.severity() != Severity.ERROR) {
      return RELEASE;
    }
    return f.outcome() == Outcome.FAIL ? REJECT : f.outcome() == Outcome.MISSING ? INCOMPLETE : RELEASE;
  }
}
