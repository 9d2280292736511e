package org.paracrine.core.vocabulary;

import java.util.Optional;

/**
 * What an analyte amount is normalised to (issue "composition profiles"): per millilitre of product, per microgram
 * of the lot's total protein, or per million producing cells per 24 hours of conditioning. Conversions between per-mL
 * and per-µg-protein use the lot's own measured total protein, never a literature constant.
 *
 * <p>Generated from {@code tools/gen_vocabulary.py}; edit the table there.
 */
public enum NormalisationBasis implements Vocabulary {
  /** per millilitre of product. */
  PER_ML_PRODUCT("per-mL", "per millilitre of product", null),
  /** per microgram of total protein. */
  PER_UG_TOTAL_PROTEIN("per-ug-protein", "per microgram of total protein", null),
  /** per 10^6 producing cells per 24 h. */
  PER_MILLION_CELLS_PER_DAY("per-1E6-cells-per-24h", "per 10^6 producing cells per 24 h", null);

  private final String code;
  private final String display;
  private final String ontologyId;

  NormalisationBasis(String code, String display, String ontologyId) {
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
  public static Optional<NormalisationBasis> fromCode(String code) {
    return Term.lookupCode(NormalisationBasis.class, code);
  }

  /**
   * Wraps this constant in a {@link Term}.
   *
   * @return the term
   */
  public Term<NormalisationBasis> term() {
    return Term.of(this);
  }
}
