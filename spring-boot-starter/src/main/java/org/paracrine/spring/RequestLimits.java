package org.paracrine.spring;

/**
 * Bounds on the work one release-check request may ask for. The release engine's cost grows with the number of
 * rules (built-in profile rules plus the criteria of the specifications) times the number of test results, so
 * bounding specifications, criteria and results bounds the CPU time and memory of one request. A request over a
 * bound is answered {@code 413} with a problem that names the bound and its property.
 *
 * @param maxSpecifications most specifications sent with one request ({@code paracrine.request.max-specifications})
 * @param maxCriteria most acceptance criteria over all specifications of one request
 *     ({@code paracrine.request.max-criteria})
 * @param maxTestResults most test results in the lot of one request ({@code paracrine.request.max-test-results})
 */
public record RequestLimits(int maxSpecifications, int maxCriteria, int maxTestResults) {
  /** The defaults: 10 specifications, 200 criteria, 500 test results. */
  public static final RequestLimits DEFAULTS = new RequestLimits(10, 200, 500);

  /**
   * Validates the limits.
   *
   * @param maxSpecifications most specifications, zero or more
   * @param maxCriteria most criteria, zero or more
   * @param maxTestResults most test results, one or more
   * @throws IllegalArgumentException if a limit is negative or no result is allowed
   */
  public RequestLimits {
    if (maxSpecifications < 0 || maxCriteria < 0 || maxTestResults < 1) {
      throw new IllegalArgumentException("request limits must be non-negative (and at least one test result), got "
          + maxSpecifications + " specifications, " + maxCriteria + " criteria, " + maxTestResults + " results");
    }
  }
}
