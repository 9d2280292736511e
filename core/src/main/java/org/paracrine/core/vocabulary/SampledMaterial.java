package org.paracrine.core.vocabulary;

import java.util.Optional;

/**
 * What a release test sample was taken from. Ph. Eur. 2.6.7 (mycoplasma) tests the cells and the culture supernatant
 * (for a secretome: the producing cells and the conditioned medium at the end of the final culture).
 *
 * <p>Generated from {@code tools/gen_vocabulary.py}; edit the table there.
 */
public enum SampledMaterial implements Vocabulary {
  /** producing cells. */
  CELLS("cells", "producing cells", null),
  /** culture supernatant (conditioned medium). */
  SUPERNATANT("supernatant", "culture supernatant (conditioned medium)", null),
  /** final product (filled lot). */
  FINAL_PRODUCT("final-product", "final product (filled lot)", null);

  private final String code;
  private final String display;
  private final String ontologyId;

  SampledMaterial(String code, String display, String ontologyId) {
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
  public static Optional<SampledMaterial> fromCode(String code) {
    return Term.lookupCode(SampledMaterial.class, code);
  }

  /**
   * Wraps this constant in a {@link Term}.
   *
   * @return the term
   */
  public Term<SampledMaterial> term() {
    return Term.of(this);
  }
}
