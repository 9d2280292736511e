package org.paracrine.signature;

import java.util.Objects;
import org.paracrine.core.report.ReportSignature;

/**
 * The outcome of verifying one signature of a report.
 *
 * @param index the signature's position in {@code ReleaseReport.signatures()}, from 0
 * @param signature the signature as recorded
 * @param valid true when the JWS verifies over the report content it covers with a known key and its header
 *     agrees with the recorded signer, time, meaning, algorithm and key id
 * @param reason {@code "valid"}, or why verification failed
 */
public record SignatureCheck(int index, ReportSignature signature, boolean valid, String reason) {
  /**
   * Validates the components.
   *
   * @param index position
   * @param signature signature
   * @param valid outcome
   * @param reason explanation
   */
  public SignatureCheck {
    Objects.requireNonNull(signature, "signature");
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * Returns one line: {@code "signature 1 (APPROVED by Q. Assurance at 2026-11-28T09:15:00Z): valid"}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "signature " + (index + 1) + " (" + signature.meaning() + " by "
        + org.paracrine.serialization.Problem.escape(signature.signer()) + " at " + signature.signedAt() + "): "
        + (valid ? "valid" : "INVALID: " + org.paracrine.serialization.Problem.escape(reason));
  }
}
