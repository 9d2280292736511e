package org.paracrine.core.vocabulary;

import java.util.Optional;

/**
 * Kind of starting material of a secretome product.
 *
 * <p>Cultured MSCs condition a medium; a native biofluid (e.g. acellular amniotic fluid, as in the amniotic-fluid EV
 * product described by Bellio MA et al., Biomater Biosyst 2021;4:100031, DOI 10.1016/j.bbiosy.2021.100031) is
 * processed without culture.
 *
 * <p>Generated from {@code tools/gen_vocabulary.py}; edit the table there.
 */
public enum SourceMaterialType implements Vocabulary {
  /** cultured cells (conditioned medium). */
  CULTURED_CELLS("cultured-cells", "cultured cells (conditioned medium)", null),
  /** native biofluid (no cell culture). */
  NATIVE_BIOFLUID("native-biofluid", "native biofluid (no cell culture)", null);

  private final String code;
  private final String display;
  private final String ontologyId;

  SourceMaterialType(String code, String display, String ontologyId) {
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
  public static Optional<SourceMaterialType> fromCode(String code) {
    return Term.lookupCode(SourceMaterialType.class, code);
  }

  /**
   * Wraps this constant in a {@link Term}.
   *
   * @return the term
   */
  public Term<SourceMaterialType> term() {
    return Term.of(this);
  }
}
