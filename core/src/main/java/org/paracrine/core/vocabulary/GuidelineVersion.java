package org.paracrine.core.vocabulary;

import java.util.Optional;

/**
 * Version of the ISEV minimal-information guideline a characterisation follows: MISEV2018 (Théry C et al., J
 * Extracell Vesicles 2018;7:1535750, DOI 10.1080/20013078.2018.1535750) or MISEV2023 (Welsh JA et al., J Extracell
 * Vesicles 2024;13:e12404, DOI 10.1002/jev2.12404).
 *
 * <p>Generated from {@code tools/gen_vocabulary.py}; edit the table there.
 */
public enum GuidelineVersion implements Vocabulary {
  /** MISEV2018. */
  MISEV2018("MISEV2018", "MISEV2018", null),
  /** MISEV2023. */
  MISEV2023("MISEV2023", "MISEV2023", null);

  private final String code;
  private final String display;
  private final String ontologyId;

  GuidelineVersion(String code, String display, String ontologyId) {
    this.code = code;
    this.display = display;
    this.ontologyId = ontologyId;
  }

  /**
   * {@inheritDoc}
   *
   * @return the stable code
   */
  @Override
  public String code() {
    return code;
  }

  /**
   * {@inheritDoc}
   *
   * @return the label
   */
  @Override
  public String display() {
    return display;
  }

  /**
   * {@inheritDoc}
   *
   * @return the identifier, or empty
   */
  @Override
  public Optional<String> ontologyId() {
    return Optional.ofNullable(ontologyId);
  }

  /**
   * Looks a constant up by its {@link #code()}.
   *
   * @param code the code
   * @return the constant, or empty if unknown
   */
  public static Optional<GuidelineVersion> fromCode(String code) {
    return Term.lookupCode(GuidelineVersion.class, code);
  }

  /**
   * Wraps this constant in a {@link Term}.
   *
   * @return the term
   */
  public Term<GuidelineVersion> term() {
    return Term.of(this);
  }
}
