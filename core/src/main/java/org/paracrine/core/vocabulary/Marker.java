package org.paracrine.core.vocabulary;

import java.util.Optional;

/**
 * Protein markers of EVs and MSCs, coded by HGNC approved symbol with the HGNC identifier.
 *
 * <p>Symbols and identifiers checked against an HGNC data export (HUGO Gene Nomenclature Committee, genenames.org;
 * see docs/sources.md). {@link #commonName()} is the name used on antibody panels (CD73 for NT5E, ALIX for PDCD6IP,
 * ...). {@link #misevCategory()} gives the protein category of MISEV2018 Table 3 (Théry C et al., J Extracell Vesicles
 * 2018;7:1535750) where the marker is assigned one. Category 1 is "transmembrane or GPI-anchored proteins associated
 * with plasma membrane and/or endosomes": the tetraspanins, and equally the producing cell's own transmembrane and
 * GPI-anchored proteins such as CD73 (NT5E, GPI-anchored), CD90 (THY1, GPI-anchored), CD105 (ENG), CD44 and the
 * integrins (CD29/ITGB1, CD11b/ITGAM). Histones are a gene family without a single HGNC id.
 *
 * <p>Generated from {@code tools/gen_vocabulary.py}; edit the table there.
 */
public enum Marker implements Vocabulary {
  /** CD9 tetraspanin ({@code HGNC:1709}). */
  CD9("CD9", "CD9 tetraspanin", "HGNC:1709", "CD9", MisevCategory.TRANSMEMBRANE_OR_GPI),
  /** CD63 tetraspanin ({@code HGNC:1692}). */
  CD63("CD63", "CD63 tetraspanin", "HGNC:1692", "CD63", MisevCategory.TRANSMEMBRANE_OR_GPI),
  /** CD81 tetraspanin ({@code HGNC:1701}). */
  CD81("CD81", "CD81 tetraspanin", "HGNC:1701", "CD81", MisevCategory.TRANSMEMBRANE_OR_GPI),
  /** tumour susceptibility 101 ({@code HGNC:15971}). */
  TSG101("TSG101", "tumour susceptibility 101", "HGNC:15971", "TSG101", MisevCategory.CYTOSOLIC),
  /** programmed cell death 6 interacting protein (ALIX) ({@code HGNC:8766}). */
  PDCD6IP("PDCD6IP", "programmed cell death 6 interacting protein (ALIX)", "HGNC:8766", "ALIX", MisevCategory.CYTOSOLIC),
  /** syndecan binding protein (syntenin-1) ({@code HGNC:10662}). */
  SDCBP("SDCBP", "syndecan binding protein (syntenin-1)", "HGNC:10662", "Syntenin-1", MisevCategory.CYTOSOLIC),
  /** flotillin 1 ({@code HGNC:3757}). */
  FLOT1("FLOT1", "flotillin 1", "HGNC:3757", "Flotillin-1", MisevCategory.CYTOSOLIC),
  /** calnexin (endoplasmic reticulum) ({@code HGNC:1473}). */
  CANX("CANX", "calnexin (endoplasmic reticulum)", "HGNC:1473", "Calnexin", MisevCategory.OTHER_INTRACELLULAR),
  /** golgin A2 (GM130, Golgi) ({@code HGNC:4425}). */
  GOLGA2("GOLGA2", "golgin A2 (GM130, Golgi)", "HGNC:4425", "GM130", MisevCategory.OTHER_INTRACELLULAR),
  /** histones (nucleus; gene family). */
  HISTONES("histones", "histones (nucleus; gene family)", null, "Histones", MisevCategory.OTHER_INTRACELLULAR),
  /** apolipoprotein A-I (lipoprotein) ({@code HGNC:600}). */
  APOA1("APOA1", "apolipoprotein A-I (lipoprotein)", "HGNC:600", "ApoA-I", MisevCategory.NON_EV_STRUCTURES),
  /** apolipoprotein B (lipoprotein) ({@code HGNC:603}). */
  APOB("APOB", "apolipoprotein B (lipoprotein)", "HGNC:603", "ApoB", MisevCategory.NON_EV_STRUCTURES),
  /** albumin ({@code HGNC:399}). */
  ALB("ALB", "albumin", "HGNC:399", "Albumin", MisevCategory.NON_EV_STRUCTURES),
  /** 5'-nucleotidase ecto (CD73) ({@code HGNC:8021}). */
  NT5E("NT5E", "5'-nucleotidase ecto (CD73)", "HGNC:8021", "CD73", MisevCategory.TRANSMEMBRANE_OR_GPI),
  /** Thy-1 cell surface antigen (CD90) ({@code HGNC:11801}). */
  THY1("THY1", "Thy-1 cell surface antigen (CD90)", "HGNC:11801", "CD90", MisevCategory.TRANSMEMBRANE_OR_GPI),
  /** endoglin (CD105) ({@code HGNC:3349}). */
  ENG("ENG", "endoglin (CD105)", "HGNC:3349", "CD105", MisevCategory.TRANSMEMBRANE_OR_GPI),
  /** CD44 molecule ({@code HGNC:1681}). */
  CD44("CD44", "CD44 molecule", "HGNC:1681", "CD44", MisevCategory.TRANSMEMBRANE_OR_GPI),
  /** integrin subunit beta 1 (CD29) ({@code HGNC:6153}). */
  ITGB1("ITGB1", "integrin subunit beta 1 (CD29)", "HGNC:6153", "CD29", MisevCategory.TRANSMEMBRANE_OR_GPI),
  /** CD34 molecule ({@code HGNC:1662}). */
  CD34("CD34", "CD34 molecule", "HGNC:1662", "CD34", null),
  /** protein tyrosine phosphatase receptor type C (CD45) ({@code HGNC:9666}). */
  PTPRC("PTPRC", "protein tyrosine phosphatase receptor type C (CD45)", "HGNC:9666", "CD45", null),
  /** CD14 molecule ({@code HGNC:1628}). */
  CD14("CD14", "CD14 molecule", "HGNC:1628", "CD14", null),
  /** integrin subunit alpha M (CD11b) ({@code HGNC:6149}). */
  ITGAM("ITGAM", "integrin subunit alpha M (CD11b)", "HGNC:6149", "CD11b", MisevCategory.TRANSMEMBRANE_OR_GPI),
  /** CD79a molecule (CD79α) ({@code HGNC:1698}). */
  CD79A("CD79A", "CD79a molecule (CD79α)", "HGNC:1698", "CD79a", null),
  /** CD19 molecule ({@code HGNC:1633}). */
  CD19("CD19", "CD19 molecule", "HGNC:1633", "CD19", null),
  /** HLA-DR alpha chain (antibody detects the HLA-DR heterodimer) ({@code HGNC:4947}). */
  HLA_DRA("HLA-DRA", "HLA-DR alpha chain (antibody detects the HLA-DR heterodimer)", "HGNC:4947", "HLA-DR", null),
  /** C-C motif chemokine receptor 7 (CD197) ({@code HGNC:1608}). */
  CCR7("CCR7", "C-C motif chemokine receptor 7 (CD197)", "HGNC:1608", "CD197", null);

  private final String code;
  private final String display;
  private final String ontologyId;
  private final String commonName;
  private final MisevCategory misevCategory;

  Marker(String code, String display, String ontologyId, String commonName, MisevCategory misevCategory) {
    this.code = code;
    this.display = display;
    this.ontologyId = ontologyId;
    this.commonName = commonName;
    this.misevCategory = misevCategory;
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
   * Returns the name used on antibody panels, e.g. CD73 for NT5E.
   *
   * @return the value
   */
  public String commonName() {
    return commonName;
  }

  /**
   * Returns the MISEV2018 Table 3 category, where the marker is assigned one.
   *
   * @return the value, or empty
   */
  public Optional<MisevCategory> misevCategory() {
    return Optional.ofNullable(misevCategory);
  }

  /**
   * Looks a constant up by its {@link #code()}.
   *
   * @param code the code
   * @return the constant, or empty if unknown
   */
  public static Optional<Marker> fromCode(String code) {
    return Term.lookupCode(Marker.class, code);
  }

  /**
   * Wraps this constant in a {@link Term}.
   *
   * @return the term
   */
  public Term<Marker> term() {
    return Term.of(this);
  }

  /**
   * Finds a marker by HGNC symbol or common name, ignoring case ({@code "CD73"} and {@code "NT5E"} both give
   * {@link #NT5E}).
   *
   * @param name symbol or common name
   * @return the marker, or empty
   */
  public static Optional<Marker> byName(String name) {
    return Term.lookupName(Marker.class, name, Marker::commonName);
  }
}
