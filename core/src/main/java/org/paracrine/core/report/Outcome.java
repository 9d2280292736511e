package org.paracrine.core.report;

/** What a single check concluded. */
public enum Outcome {
  /** The check passed. */
  PASS,
  /** The check passed, but the value lies outside the warning band or a heuristic flags it. */
  WARN,
  /** The check failed. */
  FAIL,
  /** The data needed for the check is missing. */
  MISSING,
  /** The check does not apply to this lot or product. */
  NOT_APPLICABLE
}
