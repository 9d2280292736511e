package org.paracrine.core.vocabulary;

import java.util.Optional;

/**
 * Kind of secretome product.
 *
 * <p>{@link #evPreparation()} marks products whose active fraction is declared to be extracellular vesicles, to which
 * the MISEV2018 characterisation checklist (Théry C et al., J Extracell Vesicles 2018;7:1535750) applies.
 *
 * <p>Generated from {@code tools/gen_vocabulary.py}; edit the table there.
 */
public enum ProductType implements Vocabulary {
  /** conditioned medium. */
  CONDITIONED_MEDIUM("conditioned-medium", "conditioned medium", null, false),
  /** concentrated secretome. */
  CONCENTRATED_SECRETOME("concentrated-secretome", "concentrated secretome", null, false),
  /** extracellular-vesicle fraction. */
  EV_FRACTION("ev-fraction", "extracellular-vesicle fraction", null, true),
  /** EV-enriched secretome (EVs with soluble fraction). */
  EV_ENRICHED_SECRETOME("ev-enriched-secretome", "EV-enriched secretome (EVs with soluble fraction)", null, true),
  /** lyophilised secretome. */
  LYOPHILISED_SECRETOME("lyophilised-secretome", "lyophilised secretome", null, false);

  private final String code;
  private final String display;
  private final String ontologyId;
  private final boolean evPreparation;

  ProductType(String code, String display, String ontologyId, boolean evPreparation) {
    this.code = code;
    this.display = display;
    this.ontologyId = ontologyId;
    this.evPreparation = evPreparation;
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
   * Tells whether the product is an EV preparation subject to MISEV characterisation.
   *
   * @return the value
   */
  public boolean evPreparation() {
    return evPreparation;
  }

  /**
   * Looks a constant up by its {@link #code()}.
   *
   * @param code the code
   * @return the constant, or empty if unknown
   */
  public static Optional<ProductType> fromCode(String code) {
    return Term.lookupCode(ProductType.class, code);
  }

  /**
   * Wraps this constant in a {@link Term}.
   *
   * @return the term
   */
  public Term<ProductType> term() {
    return Term.of(this);
  }
}
