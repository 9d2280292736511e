package org.paracrine.validation;

import org.paracrine.core.report.Severity;

/**
 * What a profile is for, which sets the default severity of its rules. A release specification decides whether a
 * lot may be released; a reporting or characterisation guideline (MISEV2018, MISEV2023, the MSC-sEV
 * characterisation criteria of Witwer 2019, the EV reporting checklist) says what a study should report and was
 * not written as a release specification. Its items therefore warn by default, so a missing cryo-EM image or an
 * unreported ratio never rejects a lot on its own; a user whose specification makes an item binding sets that
 * item's severity to {@link Severity#ERROR} (in the profile's parameters or in their own specification).
 */
public enum ProfilePurpose {
  /** A release specification: a failed rule rejects the lot, missing data leaves it incomplete. */
  RELEASE(Severity.ERROR),
  /** A characterisation or reporting guideline: a failed or missing item warns unless made binding. */
  CHARACTERISATION(Severity.WARNING);

  private final Severity defaultSeverity;

  ProfilePurpose(Severity defaultSeverity) {
    this.defaultSeverity = defaultSeverity;
  }

  /**
   * Returns the severity a failed or missing rule of a profile with this purpose has by default.
   *
   * @return {@link Severity#ERROR} for {@link #RELEASE}, {@link Severity#WARNING} for {@link #CHARACTERISATION}
   */
  public Severity defaultSeverity() {
    return defaultSeverity;
  }
}
