package org.paracrine.core.vocabulary;

import java.util.Optional;

/**
 * Tissue of origin of mesenchymal stromal cells or of a native biofluid.
 *
 * <p>The ISCT nomenclature statement (Viswanathan S et al., Cytotherapy 2019;21:1019, DOI
 * 10.1016/j.jcyt.2019.08.002) asks that the tissue of origin always be stated (BM-MSC, AT-MSC, UC-MSC, ...).
 * {@link #ontologyId()} is the UBERON anatomy term (github.com/obophenotype/uberon) and {@link #cellOntologyId()} the
 * Cell Ontology MSC term (github.com/obophenotype/cell-ontology, cl-edit.owl); see docs/sources.md for the files the
 * identifiers were checked in. Menstrual blood maps to endometrium (UBERON:0001295) and the endometrial
 * stromal cell (CL:0002255) as a modelling choice; no UBERON term for menstrual fluid and no CL term for iPSC-derived
 * MSC were found, so those stay empty. {@link #perinatal()} marks tissues recovered at birth, whose donors are 1 month
 * of age or younger (21 CFR 1271.80(a): the birth mother's specimen is tested).
 *
 * <p>Generated from {@code tools/gen_vocabulary.py}; edit the table there.
 */
public enum TissueSource implements Vocabulary {
  /** bone marrow ({@code UBERON:0002371}). */
  BONE_MARROW("BM", "bone marrow", "UBERON:0002371", "CL:0002540", false),
  /** adipose tissue ({@code UBERON:0001013}). */
  ADIPOSE_TISSUE("AT", "adipose tissue", "UBERON:0001013", "CL:0002570", false),
  /** umbilical cord ({@code UBERON:0002331}). */
  UMBILICAL_CORD("UC", "umbilical cord", "UBERON:0002331", "CL:0002569", true),
  /** Wharton's jelly (mesenchyme of umbilical cord) ({@code UBERON:0003422}). */
  WHARTONS_JELLY("WJ", "Wharton's jelly (mesenchyme of umbilical cord)", "UBERON:0003422", "CL:0002568", true),
  /** placenta ({@code UBERON:0001987}). */
  PLACENTA("PL", "placenta", "UBERON:0001987", null, true),
  /** amniotic fluid ({@code UBERON:0000173}). */
  AMNIOTIC_FLUID("AF", "amniotic fluid", "UBERON:0000173", null, true),
  /** amnion / amniotic membrane ({@code UBERON:0000305}). */
  AMNION("AM", "amnion / amniotic membrane", "UBERON:0000305", "CL:0002537", true),
  /** dental pulp ({@code UBERON:0001754}). */
  DENTAL_PULP("DP", "dental pulp", "UBERON:0001754", null, false),
  /** menstrual blood / endometrium ({@code UBERON:0001295}). */
  MENSTRUAL_BLOOD("MB", "menstrual blood / endometrium", "UBERON:0001295", "CL:0002255", false),
  /** peripheral blood ({@code UBERON:0000178}). */
  PERIPHERAL_BLOOD("PB", "peripheral blood", "UBERON:0000178", null, false),
  /** induced pluripotent stem cell-derived (not a tissue). */
  IPSC_DERIVED("IPSC", "induced pluripotent stem cell-derived (not a tissue)", null, null, false);

  private final String code;
  private final String display;
  private final String ontologyId;
  private final String cellOntologyId;
  private final boolean perinatal;

  TissueSource(String code, String display, String ontologyId, String cellOntologyId, boolean perinatal) {
    this.code = code;
    this.display = display;
    this.ontologyId = ontologyId;
    this.cellOntologyId = cellOntologyId;
    this.perinatal = perinatal;
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
   * Returns the Cell Ontology term for MSCs from this tissue, where one is confirmed.
   *
   * @return the value, or empty
   */
  public Optional<String> cellOntologyId() {
    return Optional.ofNullable(cellOntologyId);
  }

  /**
   * Tells whether the tissue is recovered at birth (cord, placenta, amnion, amniotic fluid), so the donor is 1 month of age or younger unless an age is recorded.
   *
   * @return the value
   */
  public boolean perinatal() {
    return perinatal;
  }

  /**
   * Looks a constant up by its {@link #code()}.
   *
   * @param code the code
   * @return the constant, or empty if unknown
   */
  public static Optional<TissueSource> fromCode(String code) {
    return Term.lookupCode(TissueSource.class, code);
  }

  /**
   * Wraps this constant in a {@link Term}.
   *
   * @return the term
   */
  public Term<TissueSource> term() {
    return Term.of(this);
  }
}
