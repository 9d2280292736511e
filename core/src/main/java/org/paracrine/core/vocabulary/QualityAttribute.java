package org.paracrine.core.vocabulary;

import java.util.Optional;

/**
 * Quality attributes that a lot is tested for and that acceptance criteria refer to. Sources per attribute: sterility
 * USP &lt;71&gt;/Ph. Eur. 2.6.1; endotoxin USP &lt;85&gt;; mycoplasma Ph. Eur. 2.6.7; adventitious virus, residuals,
 * purity and potency MFDS 2024; EV quantities MISEV2018.
 *
 * <p>Generated from {@code tools/gen_vocabulary.py}; edit the table there.
 */
public enum QualityAttribute implements Vocabulary {
  /** sterility. */
  STERILITY("sterility", "sterility", null),
  /** mycoplasma. */
  MYCOPLASMA("mycoplasma", "mycoplasma", null),
  /** bacterial endotoxins. */
  ENDOTOXIN("endotoxin", "bacterial endotoxins", null),
  /** adventitious viruses. */
  ADVENTITIOUS_VIRUS("adventitious-virus", "adventitious viruses", null),
  /** particle concentration. */
  PARTICLE_CONCENTRATION("particle-concentration", "particle concentration", null),
  /** total protein. */
  TOTAL_PROTEIN("total-protein", "total protein", null),
  /** total lipid. */
  TOTAL_LIPID("total-lipid", "total lipid", null),
  /** particle to protein ratio. */
  PARTICLE_TO_PROTEIN_RATIO("particle-protein-ratio", "particle to protein ratio", null),
  /** particle size (median diameter). */
  PARTICLE_SIZE("particle-size", "particle size (median diameter)", null),
  /** marker presence or percentage. */
  MARKER("marker", "marker presence or percentage", null),
  /** identity. */
  IDENTITY("identity", "identity", null),
  /** potency. */
  POTENCY("potency", "potency", null),
  /** membrane integrity. */
  MEMBRANE_INTEGRITY("membrane-integrity", "membrane integrity", null),
  /** cell viability. */
  VIABILITY("viability", "cell viability", null),
  /** pH. */
  PH("pH", "pH", null),
  /** osmolality. */
  OSMOLALITY("osmolality", "osmolality", null),
  /** appearance. */
  APPEARANCE("appearance", "appearance", null),
  /** fill volume. */
  FILL_VOLUME("fill-volume", "fill volume", null),
  /** residual moisture. */
  RESIDUAL_MOISTURE("residual-moisture", "residual moisture", null),
  /** residual serum protein (e.g. BSA). */
  RESIDUAL_SERUM_PROTEIN("residual-serum-protein", "residual serum protein (e.g. BSA)", null),
  /** residual host-cell DNA. */
  RESIDUAL_HOST_CELL_DNA("residual-host-cell-DNA", "residual host-cell DNA", null),
  /** residual antibiotic. */
  RESIDUAL_ANTIBIOTIC("residual-antibiotic", "residual antibiotic", null),
  /** subvisible particles. */
  SUBVISIBLE_PARTICLES("subvisible-particles", "subvisible particles", null),
  /** secreted analyte concentration. */
  ANALYTE("analyte", "secreted analyte concentration", null);

  private final String code;
  private final String display;
  private final String ontologyId;

  QualityAttribute(String code, String display, String ontologyId) {
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
  public static Optional<QualityAttribute> fromCode(String code) {
    return Term.lookupCode(QualityAttribute.class, code);
  }

  /**
   * Wraps this constant in a {@link Term}.
   *
   * @return the term
   */
  public Term<QualityAttribute> term() {
    return Term.of(this);
  }
}
