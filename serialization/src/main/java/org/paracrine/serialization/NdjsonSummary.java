package org.paracrine.serialization;

/**
 * Counts of one NDJSON read: records delivered and lines rejected. Blank lines are neither.
 *
 * @param read number of records read and delivered
 * @param failed number of non-blank lines rejected
 */
public record NdjsonSummary(long read, long failed) {
  /**
   * Returns the number of non-blank lines seen.
   *
   * @return {@code read + failed}
   */
  public long total() {
    return read + failed;
  }
}
