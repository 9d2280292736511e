package org.paracrine.core.spec;

import java.util.Optional;
import org.immutables.value.Value;
import org.paracrine.core.internal.Check;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The source of a limit or rule: a short label (e.g. {@code "USP <85>"}, {@code "Dominici 2006"}), the full
 * reference, DOI or URL, and the confidence in the number taken from it.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCitation.class)
@JsonDeserialize(as = ImmutableCitation.class)
public abstract class Citation {
  Citation() {}

  /**
   * Returns the short label shown in findings.
   *
   * @return e.g. {@code "ISCT 2006 (Dominici)"}
   */
  public abstract String label();

  /**
   * Returns the full reference.
   *
   * @return the reference, or empty
   */
  public abstract Optional<String> reference();

  /**
   * Returns the DOI.
   *
   * @return e.g. {@code "10.1080/14653240600855905"}, or empty
   */
  public abstract Optional<String> doi();

  /**
   * Returns a URL.
   *
   * @return the URL, or empty
   */
  public abstract Optional<String> url();

  /**
   * Returns the confidence in the cited number.
   *
   * @return the confidence; default {@link Confidence#CONFIRMED}
   */
  @Value.Default
  public Confidence confidence() {
    return Confidence.CONFIRMED;
  }

  /**
   * Creates a citation with a label only.
   *
   * @param label the label
   * @return the citation
   */
  public static Citation of(String label) {
    return ImmutableCitation.builder().label(label).build();
  }

  /**
   * Creates a citation with label, reference and DOI.
   *
   * @param label the label
   * @param reference the full reference
   * @param doi the DOI
   * @return the citation
   */
  public static Citation of(String label, String reference, String doi) {
    return ImmutableCitation.builder().label(label).reference(reference).doi(doi).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableCitation.Builder builder() {
    return ImmutableCitation.builder();
  }

  /**
   * Returns the label, with the DOI when present.
   *
   * @return e.g. {@code "Dominici 2006 (doi:10.1080/14653240600855905)"}
   */
  @Override
  public String toString() {
    return label() + doi().map(d -> " (doi:" + d + ")").orElse("");
  }

  @Value.Check
  void check() {
    Check.all(() -> {
      Check.notBlank(label(), "Citation", "label");
    });
  }
}
