package org.paracrine.core.vocabulary;

import java.util.Optional;

/**
 * Whose specimen a donor test was run on. For donors 1 month of age or younger (umbilical cord, placenta, amnion,
 * amniotic fluid) the birth mother's specimen is tested (21 CFR 1271.80(a)).
 *
 * <p>Generated from {@code tools/gen_vocabulary.py}; edit the table there.
 */
public enum SpecimenSource implements Vocabulary {
  /** donor. */
  DONOR("donor", "donor", null),
  /** birth mother. */
  BIRTH_MOTHER("birth-mother", "birth mother", null);

  private final String code;
  private final String display;
  private final String ontologyId;

  SpecimenSource(String code, String display, String ontologyId) {
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
  public static Optional<SpecimenSource> fromCode(String code) {
    return Term.lookupCode(SpecimenSource.class, code);
  }

  /**
   * Wraps this constant in a {@link Term}.
   *
   * @return the term
   */
  public Term<SpecimenSource> term() {
    return Term.of(this);
  }
}
