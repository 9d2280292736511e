package org.paracrine.core.vocabulary;

import java.util.Optional;

/**
 * What a global EV quantification measures (MISEV2018 item Q2: particle number, protein amount, lipid amount).
 *
 * <p>Generated from {@code tools/gen_vocabulary.py}; edit the table there.
 */
public enum Measurand implements Vocabulary {
  /** particle number. */
  PARTICLES("particles", "particle number", null),
  /** protein amount. */
  PROTEIN("protein", "protein amount", null),
  /** lipid amount. */
  LIPID("lipid", "lipid amount", null);

  private final String code;
  private final String display;
  private final String ontologyId;

  Measurand(String code, String display, String ontologyId) {
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
  public static Optional<Measurand> fromCode(String code) {
    return Term.lookupCode(Measurand.class, code);
  }

  /**
   * Wraps this constant in a {@link Term}.
   *
   * @return the term
   */
  public Term<Measurand> term() {
    return Term.of(this);
  }
}
