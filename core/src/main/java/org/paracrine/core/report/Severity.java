package org.paracrine.core.report;

/** How much a failed check matters. */
public enum Severity {
  /** A failure blocks release (REJECT), a missing required result makes the lot INCOMPLETE. */
  ERROR,
  /** A failure is reported but does not change the verdict. */
  WARNING,
  /** Information only. */
  INFO
}
