package org.paracrine.documents;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.paracrine.core.lot.ReferenceSeries;
import org.paracrine.core.spec.ReleaseSpecification;

/**
 * What a certificate of analysis is rendered with besides the report, product and lot: the format, the language of
 * the labels, the specifications the report names (so each line shows its limit as written), the reference series
 * for the control charts, the check time and digests of the inputs. Immutable and thread-safe.
 *
 * <pre>{@code
 * CertificateOptions options = CertificateOptions.builder()
 *     .format(CertificateFormat.PDF)
 *     .addSpecification(gelRelease).addSpecification(consistency)
 *     .referenceSeries(series)
 *     .checkedAt(Instant.parse("2025-09-01T10:15:00Z"))
 *     .build();
 * }</pre>
 */
public final class CertificateOptions {
  private final CertificateFormat format;
  private final Locale locale;
  private final ZoneId zone;
  private final List<ReleaseSpecification> specifications;
  private final Optional<ReferenceSeries> referenceSeries;
  private final Optional<Instant> checkedAt;
  private final Map<String, String> inputDigests;
  private final Optional<String> reportDigest;

  private CertificateOptions(Builder b) {
    this.format = b.format;
    this.locale = b.locale;
    this.zone = b.zone;
    this.specifications = List.copyOf(b.specifications);
    this.referenceSeries = Optional.ofNullable(b.referenceSeries);
    this.checkedAt = Optional.ofNullable(b.checkedAt);
    this.inputDigests = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.inputDigests));
    this.reportDigest = Optional.ofNullable(b.reportDigest);
  }

  /**
   * Returns a builder with the defaults: HTML, English, UTC, no specifications, no reference series.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding these options.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder().format(format).locale(locale).zone(zone).specifications(specifications)
        .inputDigests(inputDigests);
    referenceSeries.ifPresent(b::referenceSeries);
    checkedAt.ifPresent(b::checkedAt);
    reportDigest.ifPresent(b::reportDigest);
    return b;
  }

  /**
   * Returns the output format.
   *
   * @return the format
   */
  public CertificateFormat format() {
    return format;
  }

  /**
   * Returns the locale of the labels (data such as test names and units is never translated).
   *
   * @return the locale
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Returns the time zone in which times are printed.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Returns the specifications available for limits as written and for control charts.
   *
   * @return the specifications
   */
  public List<ReleaseSpecification> specifications() {
    return specifications;
  }

  /**
   * Returns the reference series the control charts are drawn against.
   *
   * @return the series, or empty (then no chart is drawn)
   */
  public Optional<ReferenceSeries> referenceSeries() {
    return referenceSeries;
  }

  /**
   * Returns when the lot was checked, for a report without {@link
   * org.paracrine.core.report.ReleaseReport#provenance() provenance} (a report's own check time wins).
   *
   * @return the time, or empty (then the report's check time, or "not recorded", is printed)
   */
  public Optional<Instant> checkedAt() {
    return checkedAt;
  }

  /**
   * Returns digests of further inputs to print under provenance (label → digest), in order. The product's and the
   * lot's digests are always printed.
   *
   * @return the digests
   */
  public Map<String, String> inputDigests() {
    return inputDigests;
  }

  /**
   * Returns the report digest to print and encode in the QR code, when the caller computed it.
   *
   * @return the digest, or empty (then the SHA-256 of the report's canonical form is computed)
   */
  public Optional<String> reportDigest() {
    return reportDigest;
  }

  /** Builds {@link CertificateOptions}. Not thread-safe. */
  public static final class Builder {
    private CertificateFormat format = CertificateFormat.HTML;
    private Locale locale = Locale.ENGLISH;
    private ZoneId zone = ZoneOffset.UTC;
    private final List<ReleaseSpecification> specifications = new ArrayList<>();
    private ReferenceSeries referenceSeries;
    private Instant checkedAt;
    private final Map<String, String> inputDigests = new LinkedHashMap<>();
    private String reportDigest;

    private Builder() {}

    /**
     * Sets the output format.
     *
     * @param format the format
     * @return this builder
     */
    public Builder format(CertificateFormat format) {
      this.format = Objects.requireNonNull(format, "format");
      return this;
    }

    /**
     * Sets the locale of the labels.
     *
     * @param locale the locale
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /**
     * Sets the time zone for printed times.
     *
     * @param zone the zone
     * @return this builder
     */
    public Builder zone(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    /**
     * Adds a specification.
     *
     * @param specification the specification
     * @return this builder
     */
    public Builder addSpecification(ReleaseSpecification specification) {
      specifications.add(Objects.requireNonNull(specification, "specification"));
      return this;
    }

    /**
     * Replaces the specifications.
     *
     * @param specifications the specifications
     * @return this builder
     */
    public Builder specifications(List<ReleaseSpecification> specifications) {
      this.specifications.clear();
      specifications.forEach(this::addSpecification);
      return this;
    }

    /**
     * Sets the reference series for the control charts.
     *
     * @param series the series
     * @return this builder
     */
    public Builder referenceSeries(ReferenceSeries series) {
      this.referenceSeries = Objects.requireNonNull(series, "series");
      return this;
    }

    /**
     * Sets the check time.
     *
     * @param at the time
     * @return this builder
     */
    public Builder checkedAt(Instant at) {
      this.checkedAt = Objects.requireNonNull(at, "at");
      return this;
    }

    /**
     * Adds the digest of an input.
     *
     * @param label what the input is, e.g. {@code specification gel-release@1}
     * @param digest the digest, e.g. 64 hexadecimal characters of SHA-256
     * @return this builder
     */
    public Builder inputDigest(String label, String digest) {
      inputDigests.put(Objects.requireNonNull(label, "label"), Objects.requireNonNull(digest, "digest"));
      return this;
    }

    /**
     * Replaces the input digests.
     *
     * @param digests label → digest
     * @return this builder
     */
    public Builder inputDigests(Map<String, String> digests) {
      inputDigests.clear();
      digests.forEach(this::inputDigest);
      return this;
    }

    /**
     * Sets the report digest instead of computing it.
     *
     * @param digest the digest
     * @return this builder
     */
    public Builder reportDigest(String digest) {
      this.reportDigest = Objects.requireNonNull(digest, "digest");
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public CertificateOptions build() {
      return new CertificateOptions(this);
    }
  }
}
