package org.paracrine.core.vocabulary;

import java.util.Optional;

/**
 * Tier of a cell bank.
 *
 * <p>Generated from {@code tools/gen_vocabulary.py}; edit the table there.
 */
public enum CellBankType implements Vocabulary {
  /** master cell bank. */
  MASTER("MCB", "master cell bank", null),
  /** working cell bank. */
  WORKING("WCB", "working cell bank", null),
  /** primary isolate (no bank). */
  PRIMARY_ISOLATE("primary-isolate", "primary isolate (no bank)", null);

  private final String code;
  private final String display;
  private final String ontologyId;

  CellBankType(String code, String display, String ontologyId) {
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
  public static Optional<CellBankType> fromCode(String code) {
    return Term.lookupCode(CellBankType.class, code);
  }

  /**
   * Wraps this constant in a {@link Term}.
   *
   * @return the term
   */
  public Term<CellBankType> term() {
    return Term.of(this);
  }
}
