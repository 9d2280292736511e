package org.paracrine.core.vocabulary;

import java.util.Optional;

/**
 * Analytical methods for EV characterisation, cell identity, compendial safety tests and formulation tests.
 *
 * <p>Flags tie methods to MISEV2018 slots (Théry C et al., J Extracell Vesicles 2018;7:1535750, checklist):
 * {@link #singleVesicleImaging()} for item S1 (EM, AFM, super-resolution), {@link #singleParticleNonImaging()} for
 * item S2 (NTA, TRPS, high-resolution flow), {@link #measurand()} for item Q2. Compendial methods: sterility USP
 * &lt;71&gt;/Ph. Eur. 2.6.1 (and validated alternatives, 21 CFR 610.12), endotoxin USP &lt;85&gt;/Ph. Eur. 2.6.14,
 * mycoplasma Ph. Eur. 2.6.7.
 *
 * <p>Generated from {@code tools/gen_vocabulary.py}; edit the table there.
 */
public enum AnalyticalMethod implements Vocabulary {
  /** nanoparticle tracking analysis. */
  NTA("NTA", "nanoparticle tracking analysis", null, false, true, Measurand.PARTICLES),
  /** tunable resistive pulse sensing. */
  TRPS("TRPS", "tunable resistive pulse sensing", null, false, true, Measurand.PARTICLES),
  /** high-resolution flow cytometry. */
  HIGH_RESOLUTION_FLOW_CYTOMETRY("HRFC", "high-resolution flow cytometry", null, false, true, Measurand.PARTICLES),
  /** nano-flow cytometry. */
  NANO_FLOW_CYTOMETRY("nFCM", "nano-flow cytometry", null, false, true, Measurand.PARTICLES),
  /** multiplex bead-based EV flow cytometry. */
  MULTIPLEX_BEAD_FLOW_CYTOMETRY("MBFC", "multiplex bead-based EV flow cytometry", null, false, false, null),
  /** dynamic light scattering (bulk size, not single-particle). */
  DYNAMIC_LIGHT_SCATTERING("DLS", "dynamic light scattering (bulk size, not single-particle)", null, false, false, null),
  /** transmission electron microscopy. */
  TEM("TEM", "transmission electron microscopy", null, true, false, null),
  /** cryo-electron microscopy. */
  CRYO_EM("cryo-EM", "cryo-electron microscopy", null, true, false, null),
  /** atomic force microscopy. */
  AFM("AFM", "atomic force microscopy", null, true, false, null),
  /** super-resolution microscopy. */
  SUPER_RESOLUTION_MICROSCOPY("SRM", "super-resolution microscopy", null, true, false, null),
  /** western blot. */
  WESTERN_BLOT("WB", "western blot", null, false, false, null),
  /** enzyme-linked immunosorbent assay. */
  ELISA("ELISA", "enzyme-linked immunosorbent assay", null, false, false, null),
  /** multiplex bead immunoassay. */
  MULTIPLEX_IMMUNOASSAY("multiplex-immunoassay", "multiplex bead immunoassay", null, false, false, null),
  /** bicinchoninic acid protein assay. */
  BCA("BCA", "bicinchoninic acid protein assay", null, false, false, Measurand.PROTEIN),
  /** micro BCA protein assay. */
  MICRO_BCA("microBCA", "micro BCA protein assay", null, false, false, Measurand.PROTEIN),
  /** total lipid / phospholipid assay. */
  LIPID_ASSAY("LIPID", "total lipid / phospholipid assay", null, false, false, Measurand.LIPID),
  /** liquid chromatography-tandem mass spectrometry. */
  LC_MS_MS("LC-MS/MS", "liquid chromatography-tandem mass spectrometry", null, false, false, null),
  /** flow cytometry (cells). */
  FLOW_CYTOMETRY("FCM", "flow cytometry (cells)", null, false, false, null),
  /** trypan blue exclusion (viability). */
  TRYPAN_BLUE("trypan-blue", "trypan blue exclusion (viability)", null, false, false, null),
  /** detergent (e.g. Triton X-100) lysis sensitivity. */
  DETERGENT_LYSIS("detergent-lysis", "detergent (e.g. Triton X-100) lysis sensitivity", null, false, false, null),
  /** enzyme activity assay. */
  ENZYME_ACTIVITY("enzyme-activity", "enzyme activity assay", null, false, false, null),
  /** T-cell proliferation suppression assay. */
  T_CELL_PROLIFERATION("T-cell-proliferation", "T-cell proliferation suppression assay", null, false, false, null),
  /** mixed lymphocyte reaction. */
  MIXED_LYMPHOCYTE_REACTION("MLR", "mixed lymphocyte reaction", null, false, false, null),
  /** other cell-based potency assay. */
  CELL_BASED_POTENCY("cell-based-potency", "other cell-based potency assay", null, false, false, null),
  /** histological stain (Alizarin Red, Oil Red O, Alcian blue). */
  HISTOLOGICAL_STAIN("histological-stain", "histological stain (Alizarin Red, Oil Red O, Alcian blue)", null, false, false, null),
  /** adherence to plastic in standard culture. */
  PLASTIC_ADHERENCE("plastic-adherence", "adherence to plastic in standard culture", null, false, false, null),
  /** sterility test, membrane filtration (USP &lt;71&gt;). */
  STERILITY_MEMBRANE_FILTRATION("sterility-membrane-filtration", "sterility test, membrane filtration (USP <71>)", null, false, false, null),
  /** sterility test, direct inoculation (USP &lt;71&gt;). */
  STERILITY_DIRECT_INOCULATION("sterility-direct-inoculation", "sterility test, direct inoculation (USP <71>)", null, false, false, null),
  /** validated rapid sterility method (e.g. automated blood-culture system, 21 CFR 610.12). */
  STERILITY_RAPID("sterility-rapid", "validated rapid sterility method (e.g. automated blood-culture system, 21 CFR 610.12)", null, false, false, null),
  /** LAL gel-clot (USP &lt;85&gt;). */
  LAL_GEL_CLOT("LAL-gel-clot", "LAL gel-clot (USP <85>)", null, false, false, null),
  /** LAL kinetic turbidimetric (USP &lt;85&gt;). */
  LAL_KINETIC_TURBIDIMETRIC("LAL-turbidimetric", "LAL kinetic turbidimetric (USP <85>)", null, false, false, null),
  /** LAL kinetic chromogenic (USP &lt;85&gt;). */
  LAL_KINETIC_CHROMOGENIC("LAL-chromogenic", "LAL kinetic chromogenic (USP <85>)", null, false, false, null),
  /** recombinant factor C assay. */
  RECOMBINANT_FACTOR_C("rFC", "recombinant factor C assay", null, false, false, null),
  /** mycoplasma culture method (Ph. Eur. 2.6.7). */
  MYCOPLASMA_CULTURE("mycoplasma-culture", "mycoplasma culture method (Ph. Eur. 2.6.7)", null, false, false, null),
  /** mycoplasma indicator cell culture (Ph. Eur. 2.6.7). */
  MYCOPLASMA_INDICATOR_CELL("mycoplasma-indicator-cell", "mycoplasma indicator cell culture (Ph. Eur. 2.6.7)", null, false, false, null),
  /** mycoplasma nucleic-acid amplification (Ph. Eur. 2.6.7). */
  MYCOPLASMA_NAT("mycoplasma-NAT", "mycoplasma nucleic-acid amplification (Ph. Eur. 2.6.7)", null, false, false, null),
  /** quantitative PCR. */
  QPCR("qPCR", "quantitative PCR", null, false, false, null),
  /** double-stranded DNA fluorescence quantification. */
  DNA_QUANTIFICATION("dsDNA-fluorescence", "double-stranded DNA fluorescence quantification", null, false, false, null),
  /** potentiometric pH. */
  PH_POTENTIOMETRY("pH-potentiometry", "potentiometric pH", null, false, false, null),
  /** freezing-point osmometry. */
  OSMOMETRY("osmometry", "freezing-point osmometry", null, false, false, null),
  /** Karl Fischer residual moisture. */
  KARL_FISCHER("Karl-Fischer", "Karl Fischer residual moisture", null, false, false, null),
  /** visual inspection. */
  VISUAL_INSPECTION("visual-inspection", "visual inspection", null, false, false, null);

  private final String code;
  private final String display;
  private final String ontologyId;
  private final boolean singleVesicleImaging;
  private final boolean singleParticleNonImaging;
  private final Measurand measurand;

  AnalyticalMethod(String code, String display, String ontologyId, boolean singleVesicleImaging, boolean singleParticleNonImaging, Measurand measurand) {
    this.code = code;
    this.display = display;
    this.ontologyId = ontologyId;
    this.singleVesicleImaging = singleVesicleImaging;
    this.singleParticleNonImaging = singleParticleNonImaging;
    this.measurand = measurand;
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
   * Tells whether the method images single vesicles (MISEV2018 item S1).
   *
   * @return the value
   */
  public boolean singleVesicleImaging() {
    return singleVesicleImaging;
  }

  /**
   * Tells whether the method analyses many single particles without imaging (MISEV2018 item S2).
   *
   * @return the value
   */
  public boolean singleParticleNonImaging() {
    return singleParticleNonImaging;
  }

  /**
   * Returns what the method quantifies globally (MISEV2018 item Q2), if it is a quantification method.
   *
   * @return the value, or empty
   */
  public Optional<Measurand> measurand() {
    return Optional.ofNullable(measurand);
  }

  /**
   * Looks a constant up by its {@link #code()}.
   *
   * @param code the code
   * @return the constant, or empty if unknown
   */
  public static Optional<AnalyticalMethod> fromCode(String code) {
    return Term.lookupCode(AnalyticalMethod.class, code);
  }

  /**
   * Wraps this constant in a {@link Term}.
   *
   * @return the term
   */
  public Term<AnalyticalMethod> term() {
    return Term.of(this);
  }
}
