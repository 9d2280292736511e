package org.paracrine.core.vocabulary;

import java.util.Optional;

/**
 * Protein categories of MISEV2018 Table 3 (Théry C et al., J Extracell Vesicles 2018;7:1535750) used to show that a
 * preparation contains EVs (categories 1 and 2) and to assess co-isolated contaminants (categories 3 and 4).
 *
 * <p>Generated from {@code tools/gen_vocabulary.py}; edit the table there.
 */
public enum MisevCategory implements Vocabulary {
  /** category 1: transmembrane or GPI-anchored protein. */
  TRANSMEMBRANE_OR_GPI("cat1", "category 1: transmembrane or GPI-anchored protein", null),
  /** category 2: cytosolic protein with membrane- or receptor-binding capacity. */
  CYTOSOLIC("cat2", "category 2: cytosolic protein with membrane- or receptor-binding capacity", null),
  /** category 3: major component of non-EV co-isolated structures. */
  NON_EV_STRUCTURES("cat3", "category 3: major component of non-EV co-isolated structures", null),
  /** category 4: protein of intracellular compartments other than plasma membrane/endosome. */
  OTHER_INTRACELLULAR("cat4", "category 4: protein of intracellular compartments other than plasma membrane/endosome", null),
  /** category 5: secreted protein recovered with EVs. */
  SECRETED("cat5", "category 5: secreted protein recovered with EVs", null);

  private final String code;
  private final String display;
  private final String ontologyId;

  MisevCategory(String code, String display, String ontologyId) {
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
  public static Optional<MisevCategory> fromCode(String code) {
    return Term.lookupCode(MisevCategory.class, code);
  }

  /**
   * Wraps this constant in a {@link Term}.
   *
   * @return the term
   */
  public Term<MisevCategory> term() {
    return Term.of(this);
  }
}
