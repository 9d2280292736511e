package org.paracrine.examples.cli;

/** Exit codes of the {@code paracrine} command line. */
public final class ExitCodes {
  private ExitCodes() {}

  /** Every lot was released (or the command succeeded). */
  public static final int RELEASED = 0;
  /** At least one lot was rejected. */
  public static final int REJECTED = 1;
  /** At least one lot was incomplete and none was rejected. */
  public static final int INCOMPLETE = 2;
  /** Bad input (unreadable file, malformed document or NDJSON line, unknown product) or a usage error. */
  public static final int BAD_INPUT = 3;
  /** {@code verify} or {@code verify-report}: a signature, an input digest or the re-checked verdict did not match. */
  public static final int VERIFICATION_FAILED = 4;
}
