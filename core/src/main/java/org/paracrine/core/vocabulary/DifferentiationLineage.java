package org.paracrine.core.vocabulary;

import java.util.Optional;

/**
 * In-vitro differentiation lineages of the ISCT minimal criteria (Dominici M et al., Cytotherapy 2006;8:315, DOI
 * 10.1080/14653240600855905): osteoblasts, adipocytes, chondroblasts.
 *
 * <p>Generated from {@code tools/gen_vocabulary.py}; edit the table there.
 */
public enum DifferentiationLineage implements Vocabulary {
  /** osteoblasts. */
  OSTEOGENIC("osteogenic", "osteoblasts", null),
  /** adipocytes. */
  ADIPOGENIC("adipogenic", "adipocytes", null),
  /** chondroblasts. */
  CHONDROGENIC("chondrogenic", "chondroblasts", null);

  private final String code;
  private final String display;
  private final String ontologyId;

  DifferentiationLineage(String code, String display, String ontologyId) {
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
  public static Optional<DifferentiationLineage> fromCode(String code) {
    return Term.lookupCode(DifferentiationLineage.class, code);
  }

  /**
   * Wraps this constant in a {@link Term}.
   *
   * @return the term
   */
  public Term<DifferentiationLineage> term() {
    return Term.of(this);
  }
}
