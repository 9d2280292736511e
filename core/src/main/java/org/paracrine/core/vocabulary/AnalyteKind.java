package org.paracrine.core.vocabulary;

import java.util.Optional;

/**
 * Kind of secreted analyte in a composition profile.
 *
 * <p>Generated from {@code tools/gen_vocabulary.py}; edit the table there.
 */
public enum AnalyteKind implements Vocabulary {
  /** growth factor. */
  GROWTH_FACTOR("growth-factor", "growth factor", null),
  /** cytokine. */
  CYTOKINE("cytokine", "cytokine", null),
  /** chemokine. */
  CHEMOKINE("chemokine", "chemokine", null),
  /** enzyme or enzyme activity. */
  ENZYME("enzyme", "enzyme or enzyme activity", null),
  /** protease inhibitor. */
  PROTEASE_INHIBITOR("protease-inhibitor", "protease inhibitor", null),
  /** other protein. */
  OTHER_PROTEIN("other-protein", "other protein", null),
  /** small molecule or metabolite. */
  SMALL_MOLECULE("small-molecule", "small molecule or metabolite", null);

  private final String code;
  private final String display;
  private final String ontologyId;

  AnalyteKind(String code, String display, String ontologyId) {
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
  public static Optional<AnalyteKind> fromCode(String code) {
    return Term.lookupCode(AnalyteKind.class, code);
  }

  /**
   * Wraps this constant in a {@link Term}.
   *
   * @return the term
   */
  public Term<AnalyteKind> term() {
    return Term.of(this);
  }
}
