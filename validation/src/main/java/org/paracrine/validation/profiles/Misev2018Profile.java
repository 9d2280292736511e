package org.paracrine.validation.profiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.quantity.QuantityRange;
import org.paracrine.core.report.Outcome;
import org.paracrine.core.report.Severity;
import org.paracrine.core.spec.AcceptanceCriterion;
import org.paracrine.core.spec.ImmutableScope;
import org.paracrine.core.spec.Quantifier;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.core.spec.Scope;
import org.paracrine.core.spec.Selector;
import org.paracrine.core.spec.SelectorKind;
import org.paracrine.core.vocabulary.AnalyticalMethod;
import org.paracrine.core.vocabulary.Marker;
import org.paracrine.core.vocabulary.MisevCategory;
import org.paracrine.core.vocabulary.OutcomeClass;
import org.paracrine.core.vocabulary.ProductType;
import org.paracrine.core.vocabulary.Term;
import org.paracrine.validation.ReleaseContext;
import org.paracrine.validation.internal.Sources;

/**
 * MISEV2018 minimal characterisation of an EV preparation (Théry C et al., J Extracell Vesicles 2018;7:1535750,
 * DOI 10.1080/20013078.2018.1535750): starting material reported (Q1); at least two global quantification methods
 * (Q2) and their ratio (Q3); at least one transmembrane/GPI-anchored marker (M1) and one cytosolic marker (M2)
 * shown; at least one contaminant assessed (M3); single-vesicle imaging, wide-field and close-up (S1); a non-imaging
 * single-particle method (S2). The guideline version the record follows (MISEV2018 or MISEV2023, Welsh JA et al.,
 * J Extracell Vesicles 2024;13:e12404) is recorded in an informational finding; MISEV2023 keeps this checklist
 * logic, so the same executable items are applied to both. A data profile: {@link #specification()} holds one
 * criterion per item.
 *
 * <p><b>Applies</b> to products whose type is an EV preparation ({@link ProductType#evPreparation()}; specification
 * scope {@code productTypes}). Data: {@code /lot/evCharacterisation}.
 *
 * <p><b>Criteria</b> (stem {@code MISEV2018.<item>}): {@code guideline-version} (INFO; selector
 * {@code GUIDELINE_VERSION}); {@code Q1} ({@code STARTING_MATERIAL}: fluid volume, producing cells or tissue mass);
 * {@code Q2} ({@code QUANTIFICATION}, {@code AT_LEAST} n of particles, protein, lipid: a quantity not measured
 * leaves the item missing, {@code COUNT_INCONCLUSIVE}); {@code Q3} ({@code QUANTIFICATION_RATIO});
 * {@code cat1} and {@code cat2} ({@code EV_MARKER} of the category, {@code ANY}: a positive outcome or a percentage
 * above 0 % passes; tested but not shown fails); {@code M3} (a category 3 or 4 marker assessed, {@code ANY});
 * {@code M3-absent} (severity WARNING: a contaminant detected is {@code OUTCOME_NOT_ACCEPTABLE} or
 * {@code OUT_OF_LIMIT} at WARNING and never blocks release; MISEV asks that contaminants be assessed, not that they
 * be absent); {@code S1} ({@code VESICLE_IMAGING} by a single-vesicle imaging method, wide-field and close-up);
 * {@code S2} ({@code PARTICLE_METHOD} by a non-imaging single-particle method: {@code METHOD_NOT_ALLOWED} otherwise).
 * Immutable and thread-safe.
 */
public final class Misev2018Profile extends AbstractDataProfile<Misev2018Parameters> {
  /** Profile id. */
  public static final String ID = "paracrine.misev2018-minimal-characterisation";
  /** Profile version. */
  public static final String VERSION = "2.0.0";

  private Misev2018Profile(Misev2018Parameters parameters) {
    super(specification(parameters), parameters);
  }

  /**
   * Creates the profile with the defaults.
   *
   * @return the profile
   */
  public static Misev2018Profile withDefaults() {
    return of(Misev2018Parameters.defaults());
  }

  /**
   * Creates the profile.
   *
   * @param parameters the parameters
   * @return the profile
   */
  public static Misev2018Profile of(Misev2018Parameters parameters) {
    return new Misev2018Profile(parameters);
  }

  static boolean evPreparation(ReleaseContext context) {
    return context.product().type().known().map(ProductType::evPreparation).orElse(false);
  }

  private static ReleaseSpecification specification(Misev2018Parameters p) {
    ImmutableScope.Builder ev = Scope.builder();
    for (ProductType t : ProductType.values()) {
      if (t.evPreparation()) {
        ev.addProductTypes(t.term());
      }
    }
    Severity sev = p.severity();
    var spec = ReleaseSpecification.builder().id(ID).version(VERSION)
        .title("MISEV2018 minimal EV characterisation (Thery 2018)")
        .addSources(Sources.MISEV2018, Sources.MISEV2023).scope(ev.build());
    spec.addCriterion(item("guideline-version", "MISEV2018.GUIDELINE_VERSION", SelectorKind.GUIDELINE_VERSION)
        .severity(Severity.INFO).source(Sources.MISEV2023)
        .description("the EV guideline the record follows (MISEV2023 keeps the MISEV2018 items)").build());
    spec.addCriterion(item("Q1", "MISEV2018.STARTING_MATERIAL", SelectorKind.STARTING_MATERIAL).severity(sev)
        .quantifier(Quantifier.ANY).description("volume of fluid, producing cell number or tissue mass").build());
    spec.addCriterion(item("Q2", "MISEV2018.QUANTIFICATION", SelectorKind.QUANTIFICATION).severity(sev)
        .quantifier(Quantifier.AT_LEAST).minimumCount(p.minimumQuantificationMethods())
        .description("at least " + p.minimumQuantificationMethods() + " of particles, protein, lipid").build());
    spec.addCriterion(item("Q3", "MISEV2018.RATIO", SelectorKind.QUANTIFICATION_RATIO).severity(sev)
        .description("a ratio of two quantification figures").build());
    QuantityRange shown = QuantityRange.greaterThan(Quantity.of(0, "%"));
    spec.addCriterion(marker(MisevCategory.TRANSMEMBRANE_OR_GPI, "MISEV2018.TRANSMEMBRANE_MARKER", shown, sev));
    spec.addCriterion(marker(MisevCategory.CYTOSOLIC, "MISEV2018.CYTOSOLIC_MARKER", shown, sev));
    List<String> contaminants = new ArrayList<>();
    for (Marker m : Marker.values()) {
      Optional<MisevCategory> c = m.misevCategory();
      if (c.isPresent() && (c.get() == MisevCategory.NON_EV_STRUCTURES
          || c.get() == MisevCategory.OTHER_INTRACELLULAR)) {
        contaminants.add(m.code());
      }
    }
    Selector contaminant = Selector.builder().kind(SelectorKind.EV_MARKER).names(contaminants).build();
    spec.addCriterion(AcceptanceCriterion.builder().id("M3").code("MISEV2018.CONTAMINANT_MARKER")
        .selector(contaminant).quantifier(Quantifier.ANY).severity(sev).source(Sources.MISEV2018)
        .description("at least one contaminant (MISEV2018 category 3 or 4) assessed").build());
    spec.addCriterion(AcceptanceCriterion.builder().id("M3-absent").code("MISEV2018.CONTAMINANT_ABSENT")
        .selector(contaminant).limit(QuantityRange.atMost(Quantity.of(0, "%")))
        .addAcceptableClasses(OutcomeClass.NEGATIVE).severity(Severity.WARNING).required(false)
        .ifNoneSelected(Outcome.NOT_APPLICABLE).source(Sources.MISEV2018)
        .description("contaminants assessed are absent (a warning otherwise)").build());
    List<Term<AnalyticalMethod>> imaging = new ArrayList<>();
    List<Term<AnalyticalMethod>> particle = new ArrayList<>();
    for (AnalyticalMethod m : AnalyticalMethod.values()) {
      if (m.singleVesicleImaging()) {
        imaging.add(m.term());
      }
      if (m.singleParticleNonImaging()) {
        particle.add(m.term());
      }
    }
    spec.addCriterion(AcceptanceCriterion.builder().id("S1").code("MISEV2018.SINGLE_VESICLE_IMAGING")
        .selector(Selector.builder().kind(SelectorKind.VESICLE_IMAGING).methods(imaging)
            .parameter(p.requireWideFieldAndCloseUp() ? "wide-field-and-close-up" : "shown").build())
        .quantifier(Quantifier.ANY).addAcceptableClasses(OutcomeClass.CONFORMS).severity(sev)
        .source(Sources.MISEV2018).description("single-vesicle imaging (EM, AFM, super-resolution)"
            + (p.requireWideFieldAndCloseUp() ? ", wide-field and close-up" : "")).build());
    spec.addCriterion(AcceptanceCriterion.builder().id("S2").code("MISEV2018.SINGLE_PARTICLE_METHOD")
        .selector(Selector.builder().kind(SelectorKind.PARTICLE_METHOD).methods(particle).build())
        .quantifier(Quantifier.ANY).severity(sev).source(Sources.MISEV2018)
        .description("a non-imaging single-particle method (NTA, TRPS, high-resolution or nano-flow cytometry)")
        .build());
    return spec.build();
  }

  private static org.paracrine.core.spec.ImmutableAcceptanceCriterion.Builder item(String id, String code,
      SelectorKind kind) {
    return AcceptanceCriterion.builder().id(id).code(code).selector(Selector.builder().kind(kind).build())
        .source(Sources.MISEV2018);
  }

  private static AcceptanceCriterion marker(MisevCategory category, String code, QuantityRange shown,
      Severity sev) {
    return AcceptanceCriterion.builder().id(category.code()).code(code)
        .selector(Selector.builder().kind(SelectorKind.EV_MARKER).category(category.term()).build())
        .quantifier(Quantifier.ANY).limit(shown).addAcceptableClasses(OutcomeClass.POSITIVE).severity(sev)
        .source(Sources.MISEV2018).description("at least one " + category.display() + " shown").build();
  }
}
