package org.paracrine.core.report;

/** Where an observed value lies relative to a criterion's limit and warning band. */
public enum Band {
  /** Inside the limit and inside the warning band (or no band is set). */
  IN,
  /** Inside the limit but outside the warning band. */
  WARNING,
  /** Outside the limit. */
  OUT
}
