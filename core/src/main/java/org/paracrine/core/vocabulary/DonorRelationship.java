package org.paracrine.core.vocabulary;

import java.util.Optional;

/**
 * Relationship between donor and recipient. Donor eligibility under 21 CFR 1271 subpart C applies to allogeneic use
 * (21 CFR 1271.45, 1271.90 exceptions for autologous use).
 *
 * <p>Generated from {@code tools/gen_vocabulary.py}; edit the table there.
 */
public enum DonorRelationship implements Vocabulary {
  /** autologous. */
  AUTOLOGOUS("autologous", "autologous", null),
  /** allogeneic. */
  ALLOGENEIC("allogeneic", "allogeneic", null);

  private final String code;
  private final String display;
  private final String ontologyId;

  DonorRelationship(String code, String display, String ontologyId) {
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
  public static Optional<DonorRelationship> fromCode(String code) {
    return Term.lookupCode(DonorRelationship.class, code);
  }

  /**
   * Wraps this constant in a {@link Term}.
   *
   * @return the term
   */
  public Term<DonorRelationship> term() {
    return Term.of(this);
  }
}
