package org.paracrine.serialization;

/**
 * Bounds on what one input document may cost to read. Exceeding a bound is reported as a
 * {@link ProblemType#LIMIT} problem with its location; nothing is read past it.
 *
 * <p>The defaults ({@link #DEFAULTS}) are generous for real records (the largest reference document is about
 * 10 KiB and 8 levels deep) and small enough to stop hostile input quickly.
 *
 * @param maxDocumentLength longest document in bytes (or chars for text input); for NDJSON, the longest line
 * @param maxNestingDepth deepest nesting of objects and arrays
 * @param maxStringLength longest string value, in chars
 * @param maxNumberLength longest number, in chars (also bounds the exponent text)
 * @param maxNameLength longest member name, in chars
 * @param maxTokenCount most JSON tokens in one document
 */
public record ReadLimits(long maxDocumentLength, int maxNestingDepth, int maxStringLength, int maxNumberLength,
    int maxNameLength, long maxTokenCount) {
  /** Default limits: 16 MiB, depth 64, strings 1 MiB, numbers 200 chars, names 256 chars, 1,000,000 tokens. */
  public static final ReadLimits DEFAULTS = new ReadLimits(16L * 1024 * 1024, 64, 1024 * 1024, 200, 256,
      1_000_000L);

  /**
   * Validates the limits.
   *
   * @param maxDocumentLength longest document
   * @param maxNestingDepth deepest nesting
   * @param maxStringLength longest string
   * @param maxNumberLength longest number
   * @param maxNameLength longest name
   * @param maxTokenCount most tokens
   * @throws IllegalArgumentException if a limit is not positive
   */
  public ReadLimits {
    if (maxDocumentLength <= 0 || maxNestingDepth <= 0 || maxStringLength <= 0 || maxNumberLength <= 0
        || maxNameLength <= 0 || maxTokenCount <= 0) {
      throw new IllegalArgumentException("every read limit must be positive, got " + maxDocumentLength + ", "
          + maxNestingDepth + ", " + maxStringLength + ", " + maxNumberLength + ", " + maxNameLength + ", "
          + maxTokenCount);
    }
  }

  /**
   * Returns a copy with another document-size limit.
   *
   * @param bytes the new limit
   * @return the copy
   */
  public ReadLimits withMaxDocumentLength(long bytes) {
    return new ReadLimits(bytes, maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength, maxTokenCount);
  }

  /**
   * Returns a copy with another nesting limit.
   *
   * @param depth the new limit
   * @return the copy
   */
  public ReadLimits withMaxNestingDepth(int depth) {
    return new ReadLimits(maxDocumentLength, depth, maxStringLength, maxNumberLength, maxNameLength, maxTokenCount);
  }

  /**
   * Returns a copy with another string-length limit.
   *
   * @param chars the new limit
   * @return the copy
   */
  public ReadLimits withMaxStringLength(int chars) {
    return new ReadLimits(maxDocumentLength, maxNestingDepth, chars, maxNumberLength, maxNameLength, maxTokenCount);
  }

  /**
   * Returns a copy with another number-length limit.
   *
   * @param chars the new limit
   * @return the copy
   */
  public ReadLimits withMaxNumberLength(int chars) {
    return new ReadLimits(maxDocumentLength, maxNestingDepth, maxStringLength, chars, maxNameLength, maxTokenCount);
  }
}
