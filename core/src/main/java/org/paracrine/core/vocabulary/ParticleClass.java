package org.paracrine.core.vocabulary;

import java.util.Optional;

/**
 * Particle classes of the MISEV2023 nomenclature (Welsh JA et al., J Extracell Vesicles 2024;13:e12404, DOI
 * 10.1002/jev2.12404, Table 2): EVs (lipid-bilayer-bounded, released from cells, non-replicating), non-vesicular
 * extracellular particles, the umbrella "extracellular particles", and EV mimetics with their two sub-types.
 *
 * <p>Generated from {@code tools/gen_vocabulary.py}; edit the table there.
 */
public enum ParticleClass implements Vocabulary {
  /** extracellular vesicles. */
  EXTRACELLULAR_VESICLE("EV", "extracellular vesicles", null),
  /** non-vesicular extracellular particles. */
  NON_VESICULAR_EXTRACELLULAR_PARTICLE("NVEP", "non-vesicular extracellular particles", null),
  /** extracellular particles (EVs and NVEPs). */
  EXTRACELLULAR_PARTICLE("EP", "extracellular particles (EVs and NVEPs)", null),
  /** EV mimetic. */
  EV_MIMETIC("EV-mimetic", "EV mimetic", null),
  /** artificial cell-derived vesicle. */
  ARTIFICIAL_CELL_DERIVED_VESICLE("artificial-cell-derived-vesicle", "artificial cell-derived vesicle", null),
  /** synthetic vesicle. */
  SYNTHETIC_VESICLE("synthetic-vesicle", "synthetic vesicle", null);

  private final String code;
  private final String display;
  private final String ontologyId;

  ParticleClass(String code, String display, String ontologyId) {
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
  public static Optional<ParticleClass> fromCode(String code) {
    return Term.lookupCode(ParticleClass.class, code);
  }

  /**
   * Wraps this constant in a {@link Term}.
   *
   * @return the term
   */
  public Term<ParticleClass> term() {
    return Term.of(this);
  }
}
