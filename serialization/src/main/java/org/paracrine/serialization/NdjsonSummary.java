package org.paracrine.serialization;

import java.util.Objects;
import java.util.Optional;

/**
 * Counts of one NDJSON read: records delivered and lines rejected (blank lines are neither), and the stream's
 * manifest when it had one and it matched.
 *
 * @param read number of records read and delivered
 * @param failed number of non-blank lines rejected, plus one for a manifest that is missing or does not match
 * @param manifest the verified manifest, or empty when the stream had none or it did not match
 */
public record NdjsonSummary(long read, long failed, Optional<NdjsonManifest> manifest) {
  /**
   * Validates the components.
   *
   * @param read records delivered
   * @param failed lines rejected
   * @param manifest the verified manifest, or empty
   */
  public NdjsonSummary {
    Objects.requireNonNull(manifest, "manifest");
  }

  /**
   * Creates counts of a stream without a manifest.
   *
   * @param read records delivered
   * @param failed lines rejected
   */
  public NdjsonSummary(long read, long failed) {
    this(read, failed, Optional.empty());
  }

  /**
   * Returns the number of records read plus the number of rejections.
   *
   * @return {@code read + failed}
   */
  public long total() {
    return read + failed;
  }
}
