package org.paracrine.validation.profiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.quantity.QuantityRange;
import org.paracrine.core.report.Outcome;
import org.paracrine.core.report.Severity;
import org.paracrine.core.spec.AcceptanceCriterion;
import org.paracrine.core.spec.Citation;
import org.paracrine.core.spec.ImmutableAcceptanceCriterion;
import org.paracrine.core.spec.Quantifier;
import org.paracrine.core.spec.Selector;
import org.paracrine.core.spec.SelectorKind;
import org.paracrine.core.vocabulary.AnalyticalMethod;
import org.paracrine.core.vocabulary.Marker;
import org.paracrine.core.vocabulary.MisevCategory;
import org.paracrine.core.vocabulary.OutcomeClass;
import org.paracrine.core.vocabulary.Term;

/**
 * The one definition of each MISEV item (MISEV2018: Théry C et al., J Extracell Vesicles 2018;7:1535750; kept by
 * MISEV2023: Welsh JA et al., J Extracell Vesicles 2024;13:e12404), used by {@link Misev2018Profile},
 * {@link Misev2023Profile} and, through their specifications, by {@link EvReportingChecklist}. Each method returns
 * the criterion of one item under the caller's finding-code stem, severity and source.
 */
final class MisevItems {
  /** Criterion id of the starting-material item. */
  static final String STARTING_MATERIAL = "Q1";
  /** Criterion id of the quantification item. */
  static final String QUANTIFICATION = "Q2";
  /** Criterion id of the ratio item. */
  static final String RATIO = "Q3";
  /** Criterion id of the category 1 marker item. */
  static final String TRANSMEMBRANE = MisevCategory.TRANSMEMBRANE_OR_GPI.code();
  /** Criterion id of the category 2 marker item. */
  static final String CYTOSOLIC = MisevCategory.CYTOSOLIC.code();
  /** Criterion id of the contaminant-assessed item. */
  static final String CONTAMINANT = "M3";
  /** Criterion id of the contaminant-absent item. */
  static final String CONTAMINANT_ABSENT = "M3-absent";
  /** Criterion id of the single-vesicle imaging item. */
  static final String IMAGING = "S1";
  /** Criterion id of the single-particle item. */
  static final String SINGLE_PARTICLE = "S2";

  private MisevItems() {}

  private static ImmutableAcceptanceCriterion.Builder item(String id, String code, SelectorKind kind, Severity sev,
      Citation source) {
    return AcceptanceCriterion.builder().id(id).code(code).selector(Selector.builder().kind(kind).build())
        .severity(sev).source(source);
  }

  static AcceptanceCriterion startingMaterial(String stem, Severity sev, Citation source) {
    return item(STARTING_MATERIAL, stem + ".STARTING_MATERIAL", SelectorKind.STARTING_MATERIAL, sev, source)
        .quantifier(Quantifier.ANY).description("volume of fluid, producing cell number or tissue mass").build();
  }

  static AcceptanceCriterion quantification(String stem, int minimum, Severity sev, Citation source) {
    return item(QUANTIFICATION, stem + ".QUANTIFICATION", SelectorKind.QUANTIFICATION, sev, source)
        .quantifier(Quantifier.AT_LEAST).minimumCount(minimum)
        .description("at least " + minimum + " of particles, protein, lipid").build();
  }

  static AcceptanceCriterion ratio(String stem, Severity sev, Citation source) {
    return item(RATIO, stem + ".RATIO", SelectorKind.QUANTIFICATION_RATIO, sev, source).quantifier(Quantifier.ANY)
        .description("a ratio of two of the quantification figures (particles, protein, lipid)").build();
  }

  static AcceptanceCriterion marker(MisevCategory category, String code, Quantity detectedAbove, Severity sev,
      Citation source) {
    return AcceptanceCriterion.builder().id(category.code()).code(code)
        .selector(Selector.builder().kind(SelectorKind.EV_MARKER).category(category.term()).build())
        .quantifier(Quantifier.ANY).limit(QuantityRange.greaterThan(detectedAbove))
        .addAcceptableClasses(OutcomeClass.POSITIVE).severity(sev).source(source)
        .description("at least one " + category.display() + " detected (positive, or above " + detectedAbove
            + ")").build();
  }

  static Selector contaminants() {
    List<String> names = new ArrayList<>();
    for (Marker m : Marker.values()) {
      Optional<MisevCategory> c = m.misevCategory();
      if (c.isPresent() && (c.get() == MisevCategory.NON_EV_STRUCTURES
          || c.get() == MisevCategory.OTHER_INTRACELLULAR)) {
        names.add(m.code());
      }
    }
    return Selector.builder().kind(SelectorKind.EV_MARKER).names(names).build();
  }

  static AcceptanceCriterion contaminantAssessed(String stem, Severity sev, Citation source) {
    return AcceptanceCriterion.builder().id(CONTAMINANT).code(stem + ".CONTAMINANT_MARKER").selector(contaminants())
        .quantifier(Quantifier.ANY).severity(sev).source(source)
        .description("at least one contaminant (MISEV2018 category 3 or 4) assessed").build();
  }

  static AcceptanceCriterion contaminantAbsent(String stem, Quantity detectedAbove, Citation source) {
    return AcceptanceCriterion.builder().id(CONTAMINANT_ABSENT).code(stem + ".CONTAMINANT_ABSENT")
        .selector(contaminants()).limit(QuantityRange.atMost(detectedAbove))
        .addAcceptableClasses(OutcomeClass.NEGATIVE).severity(Severity.WARNING).required(false)
        .ifNoneSelected(Outcome.NOT_APPLICABLE).source(source)
        .description("contaminants assessed are not detected (at most " + detectedAbove + "; a warning otherwise)")
        .build();
  }

  static AcceptanceCriterion imaging(String stem, boolean wideFieldAndCloseUp, Severity sev, Citation source) {
    List<Term<AnalyticalMethod>> imaging = new ArrayList<>();
    for (AnalyticalMethod m : AnalyticalMethod.values()) {
      if (m.singleVesicleImaging()) {
        imaging.add(m.term());
      }
    }
    return AcceptanceCriterion.builder().id(IMAGING).code(stem + ".SINGLE_VESICLE_IMAGING")
        .selector(Selector.builder().kind(SelectorKind.VESICLE_IMAGING).methods(imaging)
            .parameter(wideFieldAndCloseUp ? "wide-field-and-close-up" : "shown").build())
        .quantifier(Quantifier.ANY).addAcceptableClasses(OutcomeClass.CONFORMS).severity(sev).source(source)
        .description("single-vesicle imaging (EM, AFM, super-resolution)"
            + (wideFieldAndCloseUp ? ", wide-field and close-up" : "")).build();
  }

  static List<Term<AnalyticalMethod>> singleParticleMethods() {
    List<Term<AnalyticalMethod>> particle = new ArrayList<>();
    for (AnalyticalMethod m : AnalyticalMethod.values()) {
      if (m.singleParticleNonImaging()) {
        particle.add(m.term());
      }
    }
    return particle;
  }

  static AcceptanceCriterion singleParticle(String stem, Severity sev, Citation source) {
    return AcceptanceCriterion.builder().id(SINGLE_PARTICLE).code(stem + ".SINGLE_PARTICLE_METHOD")
        .selector(Selector.builder().kind(SelectorKind.PARTICLE_METHOD).methods(singleParticleMethods()).build())
        .quantifier(Quantifier.ANY).severity(sev).source(source)
        .description("a non-imaging single-particle method (NTA, TRPS, high-resolution or nano-flow cytometry)")
        .build();
  }
}
