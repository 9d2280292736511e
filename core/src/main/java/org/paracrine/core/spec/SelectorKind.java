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
   * A ratio of two global quantities: the particle:protein ratio ({@code {particles}/ug}; a reported
   * {@code particle-protein-ratio} result first), else particles per nmol lipid (MISEV2018 item Q3).
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
   * {@code supplement-concentration}, {@code confluence-at-harvest}, {@code doubling-time}.
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
   * {@link Selector#names()} (any test when empty): the lot's donor when present, else the product source's.
   */
  DONOR_TEST,
  /**
   * A date span of the lot, in days ({@code d}), by {@link Selector#parameter()}: {@code days-to-expiry}, the days
   * from the check date (the UTC date of the checker's clock) to the expiry date ({@code /lot/expiryDate}; negative
   * once expired), and {@code dating-period}, the days from manufacture to expiry. Nothing is selected when the lot
   * has no expiry date or the check has no date.
   */
  LOT_DATE
}
