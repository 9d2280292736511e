package org.paracrine.core.spec;

/**
 * What part of a product or lot a {@link Selector} addresses. Each kind names the values it yields, the record
 * member they come from (the JSON Pointer of every selected value is reported in findings) and the members of
 * {@link Selector} it uses.
 *
 * <p>Markers, analytes and donor tests are matched by any of their names (HGNC symbol, CD name, common alias),
 * ignoring case, through the vocabularies: a selector for {@code "CD105"} selects a result coded {@code ENG}.
 */
public enum SelectorKind {
  /**
   * Lot test results ({@code /lot/testResults/i}) of {@link Selector#attribute()}, optionally of one of the
   * {@link Selector#names()} as analyte and by one of {@link Selector#methods()}: value or qualitative outcome. With
   * a {@link Selector#parameter()} it selects a property of each result instead: {@code lod-cfu} the limit of
   * detection of results whose LOD is not stated in genome copies (selected without a value when no LOD is stated),
   * {@code lod-genome-copies} the LOD of results stating it in genome copies ({@code {copies}}, {@code {GC}} or
   * {@code {genome copies}} annotations), {@code incubation-duration} the incubation period, {@code method-validated}
   * conforms / does not conform as declared, and {@code sampled-cells-and-supernatant} conforms when the sampled
   * materials include both cells and supernatant, does not conform when they are recorded without one of them. For
   * such a property selector, {@link Selector#methods()} only filters the results (a result by another method is not
   * reported as a method that is not allowed).
   */
  TEST_RESULT,
  /**
   * Percent-positive (or qualitative outcome) of the producing cells' identity markers named in
   * {@link Selector#names()}: the lot's {@code cellIdentity} when present, else the product source's
   * {@code identity}.
   */
  CELL_MARKER,
  /** Viability of the producing cells (identity record as for {@link #CELL_MARKER}), in %. */
  CELL_VIABILITY,
  /** Plastic adherence of the producing cells, as a qualitative outcome: conforms (adherent) or does not conform. */
  PLASTIC_ADHERENCE,
  /** In-vitro differentiation outcome of the producing cells for {@link Selector#lineage()}. */
  DIFFERENTIATION,
  /** Viability of the cells at harvest of the conditioning step ({@code /product/process/conditioning}), in %. */
  HARVEST_VIABILITY,
  /**
   * EV marker results ({@code /lot/evCharacterisation/markers/i}) named in {@link Selector#names()} or of MISEV
   * category {@link Selector#category()}: qualitative outcome, else percent positive.
   */
  EV_MARKER,
  /**
   * Single-vesicle images of the EV characterisation ({@code /lot/evCharacterisation/imaging/i}), by
   * {@link Selector#methods()}. With {@link Selector#parameter()} {@code bilayer} (the default) the outcome is
   * conforms when a lipid bilayer was observed, does not conform when it was not, and none when the record does not
   * say; with {@code wide-field-and-close-up} it is conforms when the image set shows both views and none
   * otherwise (a view not shown is not reported); with {@code shown} every image conforms.
   */
  VESICLE_IMAGING,
  /**
   * The starting material of the EV characterisation ({@code /lot/evCharacterisation/startingMaterial}): each of
   * the fluid volume, producing cell number and tissue mass that is stated (MISEV2018 item Q1).
   */
  STARTING_MATERIAL,
  /**
   * The three global quantities of the EV characterisation: particle, protein and lipid concentration, one value
   * each (with its censoring and method); a quantity not measured is selected without a value, so "at least two
   * of three" ({@link Quantifier#AT_LEAST}) is missing, not failed, when a measurement was not reported (MISEV2018
   * item Q2).
   */
  QUANTIFICATION,
  /**
   * The ratios of two global quantities that can be given (MISEV2018 item Q3: any two of particles, protein and
   * lipid): the particle:protein ratio ({@code {particles}/ug}; a reported {@code particle-protein-ratio} result
   * first), particles per nmol lipid ({@code {particles}/nmol}) and protein per nmol lipid ({@code ug/nmol}), each
   * when both of its figures are measured.
   */
  QUANTIFICATION_RATIO,
  /**
   * The methods of the particle measurements: of the particle concentration and of the size distribution, each
   * reported as its method code ({@code .../method}); with {@link Selector#methods()} listing the non-imaging
   * single-particle methods this is MISEV2018 item S2.
   */
  PARTICLE_METHOD,
  /**
   * The evidence that the particles are lipid-membrane vesicles (Witwer 2019): each single-vesicle image that says
   * whether a bilayer was observed (conforms / does not conform, {@code .../imaging/i/bilayerObserved}), and, when a
   * transmembrane or GPI-anchored marker (MISEV2018 category 1) is shown and a lipid concentration is measured, a
   * conforming value at {@code /lot/evCharacterisation/lipidConcentration}.
   */
  MEMBRANE_EVIDENCE,
  /** The EV guideline the characterisation follows ({@code /lot/evCharacterisation/guidelineVersion}), as text. */
  GUIDELINE_VERSION,
  /** The membrane-integrity result of the EV characterisation (e.g. detergent lysis): its qualitative outcome. */
  INTEGRITY,
  /** Particle concentration of the EV characterisation, with its censoring. */
  PARTICLE_CONCENTRATION,
  /** Protein concentration of the EV characterisation, with its censoring. */
  PROTEIN_CONCENTRATION,
  /** Lipid concentration of the EV characterisation, with its censoring. */
  LIPID_CONCENTRATION,
  /** Particle concentration divided by protein concentration ({particles}/ug), when both are exact numbers. */
  PARTICLE_PROTEIN_RATIO,
  /** A statistic ({@link Selector#statistic()}) of the EV size distribution. */
  SIZE,
  /**
   * Composition analytes of the lot ({@code /lot/composition/i}) named in {@link Selector#names()}, optionally
   * only those with normalisation {@link Selector#normalisation()}, with their censoring.
   */
  COMPOSITION,
  /**
   * A parameter ({@link Selector#parameter()}) of the conditioning step ({@code /product/process/conditioning}):
   * {@code oxygen}, {@code carbon-dioxide}, {@code temperature}, {@code duration}, {@code passage},
   * {@code supplement-concentration}, {@code harvest-viability}, {@code cells-at-harvest},
   * {@code confluence-at-start}, {@code medium-volume}.
   */
  PROCESS_PARAMETER,
  /**
   * A culture parameter ({@link Selector#parameter()}) of every expansion step ({@code /product/process/expansion/i}):
   * {@code oxygen}, {@code carbon-dioxide}, {@code temperature}, {@code duration}, {@code passage},
   * {@code supplement-concentration}, {@code confluence-at-harvest}, {@code doubling-time}, and
   * {@code virus-safety-evidence} (a text; selected only for a step whose supplement is an animal serum or derived
   * from human blood, without a value when the step states none).
   */
  EXPANSION_PARAMETER,
  /**
   * A nominal value ({@link Selector#parameter()}) of the product's formulation: {@code ph}, {@code osmolality},
   * {@code fill-volume}, {@code secretome-content}.
   */
  FORMULATION,
  /** The dose amount of every dosing regimen ({@code /product/regimens/i/dose/amount}). */
  DOSE,
  /**
   * Donor screening test outcomes ({@code .../donor/eligibility/tests/i}) whose test type is one of
   * {@link Selector#names()} (any test when empty): the lot's donor when present, else the product source's. With
   * {@link Selector#maternalSpecimenAge()}, a donor of that age or younger (or, without a recorded age, from one of
   * {@link Selector#perinatalTissues()}) counts only tests on the birth mother's specimen (21 CFR 1271.80(a)); a test
   * on the newborn's own specimen is set aside and, when nothing else is selected, reported as
   * {@code MATERNAL_SPECIMEN_MISSING}.
   */
  DONOR_TEST,
  /**
   * The particle class the EV characterisation states ({@code /lot/evCharacterisation/particleClass}, MISEV2023
   * nomenclature: EV, NVEP, EP, EV mimetic ...), as text; nothing when the class is not stated.
   */
  PARTICLE_CLASS,
  /**
   * A size-class claim of the EV characterisation ({@code smallEvClaim}), one value when the record makes one and
   * nothing otherwise. With {@link Selector#parameter()} {@code method} (the default) the value is the method of the
   * size distribution ({@code /lot/evCharacterisation/sizeDistribution/method}; none when no distribution is
   * reported), so {@link Selector#methods()} can require a method that resolves the claimed size class (MISEV2023:
   * small and large EV are operational terms tied to the measuring method); with {@code cut-off} it is the declared
   * operational size cut-off ({@code /lot/evCharacterisation/declaredSizeCutOff}, in nm).
   */
  SIZE_CLAIM,
  /**
   * The donor-eligibility determination ({@code .../donor/eligibility/eligible}): conforms when the donor was
   * determined eligible, does not conform when ineligible; nothing is selected when no determination is recorded.
   */
  DONOR_DETERMINATION,
  /**
   * Whether each donor test whose type is one of {@link Selector#names()} (any test when empty) was an FDA-licensed,
   * approved or cleared donor screening test ({@code .../tests/i/licensedScreeningTest}, 21 CFR 1271.80(c)):
   * conforms, does not conform, or selected without a value when the record does not say.
   */
  DONOR_TEST_LICENSING,
  /**
   * The collection date of each donor test's specimen ({@code .../tests/i/specimenDate}) as days from the recovery
   * date, in {@code d} (negative before recovery); selected without a value when the recovery date is not recorded.
   * Judged against the {@code cfr1271-80-specimen-window} computed limit.
   */
  DONOR_SPECIMEN_TIMING,
  /**
   * A date span of the lot, in days ({@code d}), by {@link Selector#parameter()}: {@code days-to-expiry}, the days
   * from the check date (the UTC date of the checker's clock) to the expiry date ({@code /lot/expiryDate}; negative
   * once expired), and {@code dating-period}, the days from manufacture to expiry. Nothing is selected when the lot
   * has no expiry date or the check has no date.
   */
  LOT_DATE
}
