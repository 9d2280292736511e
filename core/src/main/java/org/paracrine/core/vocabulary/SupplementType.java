package org.paracrine.core.vocabulary;

import java.util.Optional;

/**
 * Serum or supplement in a culture medium. FBS introduces bovine EVs and proteins (Korea MFDS EV guideline 2024,
 * Guidance-0917-03; Cell Biosci 2022, s13578-022-00786-7, Table 2; see docs/sources.md), so {@link #animalSerum()}
 * marks supplements that call for an EV-depletion method, bovine-virus safety
 * evidence and a residual-serum test. Human platelet lysate contains platelet EVs ({@link #humanBloodDerived()}).
 *
 * <p>Generated from {@code tools/gen_vocabulary.py}; edit the table there.
 */
public enum SupplementType implements Vocabulary {
  /** fetal bovine serum. */
  FETAL_BOVINE_SERUM("FBS", "fetal bovine serum", null, true, false),
  /** EV-depleted fetal bovine serum. */
  EV_DEPLETED_FBS("EV-depleted-FBS", "EV-depleted fetal bovine serum", null, true, false),
  /** human platelet lysate. */
  HUMAN_PLATELET_LYSATE("hPL", "human platelet lysate", null, false, true),
  /** human serum. */
  HUMAN_SERUM("human-serum", "human serum", null, false, true),
  /** serum-free medium. */
  SERUM_FREE("serum-free", "serum-free medium", null, false, false),
  /** chemically defined, xeno-free supplement. */
  CHEMICALLY_DEFINED_XENO_FREE("xeno-free-defined", "chemically defined, xeno-free supplement", null, false, false);

  private final String code;
  private final String display;
  private final String ontologyId;
  private final boolean animalSerum;
  private final boolean humanBloodDerived;

  SupplementType(String code, String display, String ontologyId, boolean animalSerum, boolean humanBloodDerived) {
    this.code = code;
    this.display = display;
    this.ontologyId = ontologyId;
    this.animalSerum = animalSerum;
    this.humanBloodDerived = humanBloodDerived;
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
   * Tells whether the supplement is animal serum (FBS), with its bovine EV and virus risks.
   *
   * @return the value
   */
  public boolean animalSerum() {
    return animalSerum;
  }

  /**
   * Tells whether the supplement is derived from human blood (platelet EVs, donor testing).
   *
   * @return the value
   */
  public boolean humanBloodDerived() {
    return humanBloodDerived;
  }

  /**
   * Looks a constant up by its {@link #code()}.
   *
   * @param code the code
   * @return the constant, or empty if unknown
   */
  public static Optional<SupplementType> fromCode(String code) {
    return Term.lookupCode(SupplementType.class, code);
  }

  /**
   * Wraps this constant in a {@link Term}.
   *
   * @return the term
   */
  public Term<SupplementType> term() {
    return Term.of(this);
  }
}
