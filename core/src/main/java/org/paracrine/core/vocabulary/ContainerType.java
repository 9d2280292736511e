package org.paracrine.core.vocabulary;

import java.util.Optional;

/**
 * Primary container of a filled product.
 *
 * <p>Generated from {@code tools/gen_vocabulary.py}; edit the table there.
 */
public enum ContainerType implements Vocabulary {
  /** vial. */
  VIAL("vial", "vial", null),
  /** cryovial. */
  CRYOVIAL("cryovial", "cryovial", null),
  /** bag. */
  BAG("bag", "bag", null),
  /** syringe. */
  SYRINGE("syringe", "syringe", null),
  /** prefilled syringe. */
  PREFILLED_SYRINGE("prefilled-syringe", "prefilled syringe", null),
  /** ampoule. */
  AMPOULE("ampoule", "ampoule", null),
  /** tube. */
  TUBE("tube", "tube", null),
  /** dropper bottle. */
  DROPPER_BOTTLE("dropper-bottle", "dropper bottle", null);

  private final String code;
  private final String display;
  private final String ontologyId;

  ContainerType(String code, String display, String ontologyId) {
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
  public static Optional<ContainerType> fromCode(String code) {
    return Term.lookupCode(ContainerType.class, code);
  }

  /**
   * Wraps this constant in a {@link Term}.
   *
   * @return the term
   */
  public Term<ContainerType> term() {
    return Term.of(this);
  }
}
