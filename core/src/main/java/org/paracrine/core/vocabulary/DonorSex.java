package org.paracrine.core.vocabulary;

import java.util.Optional;

/**
 * Sex of a donor, as recorded.
 *
 * <p>Generated from {@code tools/gen_vocabulary.py}; edit the table there.
 */
public enum DonorSex implements Vocabulary {
  /** female. */
  FEMALE("female", "female", null),
  /** male. */
  MALE("male", "male", null),
  /** unknown. */
  UNKNOWN("unknown", "unknown", null);

  private final String code;
  private final String display;
  private final String ontologyId;

  DonorSex(String code, String display, String ontologyId) {
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
  public static Optional<DonorSex> fromCode(String code) {
    return Term.lookupCode(DonorSex.class, code);
  }

  /**
   * Wraps this constant in a {@link Term}.
   *
   * @return the term
   */
  public Term<DonorSex> term() {
    return Term.of(this);
  }
}
