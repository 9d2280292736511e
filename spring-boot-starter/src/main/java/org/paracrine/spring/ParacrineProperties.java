package org.paracrine.spring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.paracrine.serialization.ReadLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the Paracrine starter, under the prefix {@code paracrine}. Every limit has a safe default; a
 * service lowers them to what its clients need.
 *
 * <pre>{@code
 * paracrine.http.max-body-size=2MB
 * paracrine.request.max-test-results=500
 * paracrine.checker.specifications=classpath*:specifications/*.json
 * }</pre>
 */
@ConfigurationProperties("paracrine")
public class ParacrineProperties {
  private final Read read = new Read();
  private final Http http = new Http();
  private final Request request = new Request();
  private final Checker checker = new Checker();

  /** Creates the properties with their defaults. */
  public ParacrineProperties() {
    // bound by Spring
  }

  /**
   * Returns the bounds on reading one JSON document.
   *
   * @return the read settings
   */
  public Read getRead() {
    return read;
  }

  /**
   * Returns the HTTP settings.
   *
   * @return the HTTP settings
   */
  public Http getHttp() {
    return http;
  }

  /**
   * Returns the bounds on the cost of one release-check request.
   *
   * @return the request settings
   */
  public Request getRequest() {
    return request;
  }

  /**
   * Returns the settings of the {@code ReleaseChecker} bean.
   *
   * @return the checker settings
   */
  public Checker getChecker() {
    return checker;
  }

  /** Bounds on reading one JSON document; defaults are those of {@link ReadLimits#DEFAULTS}. */
  public static class Read {
    /** Longest document, in bytes. */
    private DataSize maxDocumentLength = DataSize.ofBytes(ReadLimits.DEFAULTS.maxDocumentLength());
    /** Deepest nesting of objects and arrays. */
    private int maxNestingDepth = ReadLimits.DEFAULTS.maxNestingDepth();
    /** Longest string value, in characters. */
    private int maxStringLength = ReadLimits.DEFAULTS.maxStringLength();
    /** Longest number, in characters (also bounds the exponent). */
    private int maxNumberLength = ReadLimits.DEFAULTS.maxNumberLength();
    /** Longest member name, in characters. */
    private int maxNameLength = ReadLimits.DEFAULTS.maxNameLength();
    /** Most JSON tokens in one document. */
    private long maxTokenCount = ReadLimits.DEFAULTS.maxTokenCount();

    /** Creates the settings with their defaults. */
    public Read() {
      // bound by Spring
    }

    /**
     * Returns these settings as read limits.
     *
     * @return the limits
     * @throws IllegalArgumentException if a limit is not positive
     */
    public ReadLimits toReadLimits() {
      return new ReadLimits(maxDocumentLength.toBytes(), maxNestingDepth, maxStringLength, maxNumberLength,
          maxNameLength, maxTokenCount);
    }

    /**
     * Returns the longest document.
     *
     * @return the size
     */
    public DataSize getMaxDocumentLength() {
      return maxDocumentLength;
    }

    /**
     * Sets the longest document.
     *
     * @param maxDocumentLength the size
     */
    public void setMaxDocumentLength(DataSize maxDocumentLength) {
      this.maxDocumentLength = maxDocumentLength;
    }

    /**
     * Returns the deepest nesting.
     *
     * @return the depth
     */
    public int getMaxNestingDepth() {
      return maxNestingDepth;
    }

    /**
     * Sets the deepest nesting.
     *
     * @param maxNestingDepth the depth
     */
    public void setMaxNestingDepth(int maxNestingDepth) {
      this.maxNestingDepth = maxNestingDepth;
    }

    /**
     * Returns the longest string.
     *
     * @return characters
     */
    public int getMaxStringLength() {
      return maxStringLength;
    }

    /**
     * Sets the longest string.
     *
     * @param maxStringLength characters
     */
    public void setMaxStringLength(int maxStringLength) {
      this.maxStringLength = maxStringLength;
    }

    /**
     * Returns the longest number.
     *
     * @return characters
     */
    public int getMaxNumberLength() {
      return maxNumberLength;
    }

    /**
     * Sets the longest number.
     *
     * @param maxNumberLength characters
     */
    public void setMaxNumberLength(int maxNumberLength) {
      this.maxNumberLength = maxNumberLength;
    }

    /**
     * Returns the longest member name.
     *
     * @return characters
     */
    public int getMaxNameLength() {
      return maxNameLength;
    }

    /**
     * Sets the longest member name.
     *
     * @param maxNameLength characters
     */
    public void setMaxNameLength(int maxNameLength) {
      this.maxNameLength = maxNameLength;
    }

    /**
     * Returns the most tokens.
     *
     * @return tokens
     */
    public long getMaxTokenCount() {
      return maxTokenCount;
    }

    /**
     * Sets the most tokens.
     *
     * @param maxTokenCount tokens
     */
    public void setMaxTokenCount(long maxTokenCount) {
      this.maxTokenCount = maxTokenCount;
    }
  }

  /** HTTP settings. */
  public static class Http {
    /**
     * Largest request body accepted by any endpoint; larger bodies are answered 413 before they are read.
     * Defaults to {@code paracrine.read.max-document-length}.
     */
    private DataSize maxBodySize;
    /** Characters of an observed value that a problem response repeats; the rest is replaced by its length. */
    private int observedPrefixLength = 32;

    /** Creates the settings with their defaults. */
    public Http() {
      // bound by Spring
    }

    /**
     * Returns the largest request body, or null to use the read limit.
     *
     * @return the size or null
     */
    public DataSize getMaxBodySize() {
      return maxBodySize;
    }

    /**
     * Sets the largest request body.
     *
     * @param maxBodySize the size, or null for the read limit
     */
    public void setMaxBodySize(DataSize maxBodySize) {
      this.maxBodySize = maxBodySize;
    }

    /**
     * Returns how many characters of an observed value a problem repeats.
     *
     * @return characters
     */
    public int getObservedPrefixLength() {
      return observedPrefixLength;
    }

    /**
     * Sets how many characters of an observed value a problem repeats.
     *
     * @param observedPrefixLength characters
     */
    public void setObservedPrefixLength(int observedPrefixLength) {
      this.observedPrefixLength = observedPrefixLength;
    }
  }

  /**
   * Bounds on one release-check request. The engine's work grows with (criteria + profile rules) times test
   * results, so these three numbers bound the CPU time and memory one request can take.
   */
  public static class Request {
    /** Most specifications sent with one request. */
    private int maxSpecifications = 10;
    /** Most acceptance criteria over all specifications sent with one request. */
    private int maxCriteria = 200;
    /** Most test results in the lot of one request. */
    private int maxTestResults = 500;

    /** Creates the settings with their defaults. */
    public Request() {
      // bound by Spring
    }

    /**
     * Returns these settings as limits.
     *
     * @return the limits
     */
    public RequestLimits toRequestLimits() {
      return new RequestLimits(maxSpecifications, maxCriteria, maxTestResults);
    }

    /**
     * Returns the most specifications per request.
     *
     * @return the count
     */
    public int getMaxSpecifications() {
      return maxSpecifications;
    }

    /**
     * Sets the most specifications per request.
     *
     * @param maxSpecifications the count
     */
    public void setMaxSpecifications(int maxSpecifications) {
      this.maxSpecifications = maxSpecifications;
    }

    /**
     * Returns the most criteria per request.
     *
     * @return the count
     */
    public int getMaxCriteria() {
      return maxCriteria;
    }

    /**
     * Sets the most criteria per request.
     *
     * @param maxCriteria the count
     */
    public void setMaxCriteria(int maxCriteria) {
      this.maxCriteria = maxCriteria;
    }

    /**
     * Returns the most test results per request.
     *
     * @return the count
     */
    public int getMaxTestResults() {
      return maxTestResults;
    }

    /**
     * Sets the most test results per request.
     *
     * @param maxTestResults the count
     */
    public void setMaxTestResults(int maxTestResults) {
      this.maxTestResults = maxTestResults;
    }
  }

  /** Settings of the {@code ReleaseChecker} bean. */
  public static class Checker {
    /** Whether the built-in cited profiles are evaluated. */
    private boolean builtInProfiles = true;
    /** Whether the records' Bean Validation constraints become findings. */
    private boolean structuralValidation = true;
    /**
     * Release specifications (JSON documents of kind "specification") every check applies, as Spring resource
     * locations or patterns, e.g. {@code classpath*:specifications/*.json} or {@code file:/etc/paracrine/*.json}.
     */
    private List<String> specifications = new ArrayList<>();
    /** Reference series (kind "reference-series") for consistency criteria, as resource locations or patterns. */
    private List<String> referenceSeries = new ArrayList<>();
    /** Fixed check time recorded in every report's provenance, e.g. for reproducible tests; unset: the system clock. */
    private Instant fixedClock;

    /** Creates the settings with their defaults. */
    public Checker() {
      // bound by Spring
    }

    /**
     * Tells whether built-in profiles are on.
     *
     * @return true if on
     */
    public boolean isBuiltInProfiles() {
      return builtInProfiles;
    }

    /**
     * Switches the built-in profiles.
     *
     * @param builtInProfiles true to evaluate them
     */
    public void setBuiltInProfiles(boolean builtInProfiles) {
      this.builtInProfiles = builtInProfiles;
    }

    /**
     * Tells whether structural validation is on.
     *
     * @return true if on
     */
    public boolean isStructuralValidation() {
      return structuralValidation;
    }

    /**
     * Switches structural validation.
     *
     * @param structuralValidation true to validate
     */
    public void setStructuralValidation(boolean structuralValidation) {
      this.structuralValidation = structuralValidation;
    }

    /**
     * Returns the fixed check time, if set.
     *
     * @return the instant, or null for the system clock
     */
    public Instant getFixedClock() {
      return fixedClock;
    }

    /**
     * Fixes the check time.
     *
     * @param fixedClock the instant, or null for the system clock
     */
    public void setFixedClock(Instant fixedClock) {
      this.fixedClock = fixedClock;
    }

    /**
     * Returns the specification locations.
     *
     * @return the locations
     */
    public List<String> getSpecifications() {
      return specifications;
    }

    /**
     * Sets the specification locations.
     *
     * @param specifications the locations
     */
    public void setSpecifications(List<String> specifications) {
      this.specifications = specifications;
    }

    /**
     * Returns the reference-series locations.
     *
     * @return the locations
     */
    public List<String> getReferenceSeries() {
      return referenceSeries;
    }

    /**
     * Sets the reference-series locations.
     *
     * @param referenceSeries the locations
     */
    public void setReferenceSeries(List<String> referenceSeries) {
      this.referenceSeries = referenceSeries;
    }
  }
}
