package org.paracrine.validation.profiles;

import java.util.Set;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.quantity.QuantityRange;
import org.paracrine.core.spec.AcceptanceCriterion;
import org.paracrine.core.spec.ComputedLimit;
import org.paracrine.core.spec.ImmutableReleaseSpecification;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.core.spec.Scope;
import org.paracrine.core.spec.Selector;
import org.paracrine.core.spec.SelectorKind;
import org.paracrine.core.vocabulary.OutcomeClass;
import org.paracrine.core.vocabulary.ProductType;
import org.paracrine.core.vocabulary.QualityAttribute;
import org.paracrine.validation.internal.Sources;

/**
 * Lot release rules a QA reviewer expects beside the compendial tests: expiry and shelf life, and the process
 * residuals a specification switches on per product type. A data profile: {@link #specification()} holds the
 * criteria.
 *
 * <p><b>Expiry</b> ({@code LOT.EXPIRY}, criterion {@code expiry}): the days from the check date to the lot's expiry
 * date are at least 0, so a lot checked on its expiry date passes and one checked the day after fails. The check
 * date is the UTC date of the checker's clock ({@code ReleaseChecker.Builder.clock}, recorded as
 * {@code provenance.checkedAt}). A lot without an expiry date is MISSING. <b>Shelf life</b> ({@code LOT.SHELF_LIFE},
 * criterion {@code shelf-life}): the dating period from manufacture to expiry is within the product's stated shelf
 * life (computed limit {@code stated-shelf-life}); a product without one is MISSING ({@code SHELF_LIFE_UNKNOWN}).
 * Sources: 21 CFR 211.137; 21 CFR 610.53.
 *
 * <p><b>Residuals</b>, one criterion each when switched on for product types in {@link LotReleaseParameters}
 * (scope {@code productTypes}; other products NOT_APPLICABLE): residual host-cell DNA per dose
 * ({@code LOT.RESIDUAL_DNA}), adventitious viruses not detected ({@code LOT.ADVENTITIOUS_AGENTS}), a residual
 * antibiotic result reported ({@code LOT.RESIDUAL_ANTIBIOTIC}) and subvisible particles per container
 * ({@code LOT.SUBVISIBLE_PARTICLES_10UM}, {@code LOT.SUBVISIBLE_PARTICLES_25UM}; analytes {@code >=10um} and
 * {@code >=25um}).
 *
 * <p>Immutable and thread-safe.
 */
public final class LotReleaseProfile extends AbstractDataProfile<LotReleaseParameters> {
  /** Profile id. */
  public static final String ID = "paracrine.lot-release";
  /** Profile version. */
  public static final String VERSION = "1.0.0";

  private LotReleaseProfile(LotReleaseParameters parameters) {
    super(specification(parameters), parameters);
  }

  /**
   * Creates the profile with the defaults (dating on, residual requirements off).
   *
   * @return the profile
   */
  public static LotReleaseProfile withDefaults() {
    return of(LotReleaseParameters.defaults());
  }

  /**
   * Creates the profile.
   *
   * @param parameters the parameters
   * @return the profile
   */
  public static LotReleaseProfile of(LotReleaseParameters parameters) {
    return new LotReleaseProfile(parameters);
  }

  private static ReleaseSpecification specification(LotReleaseParameters p) {
    var spec = ReleaseSpecification.builder().id(ID).version(VERSION)
        .title("Lot release: expiry and shelf life; process residuals switched on per product type")
        .addSources(Sources.EXPIRY_DATING);
    if (p.requireDating()) {
      spec.addCriterion(AcceptanceCriterion.builder().id("expiry").code("LOT.EXPIRY")
          .selector(Selector.builder().kind(SelectorKind.LOT_DATE).parameter("days-to-expiry").build())
          .limit(QuantityRange.atLeast(Quantity.of(0, "d"))).source(Sources.EXPIRY_DATING)
          .description("the lot is not checked after its expiry date").build());
      spec.addCriterion(AcceptanceCriterion.builder().id("shelf-life").code("LOT.SHELF_LIFE")
          .selector(Selector.builder().kind(SelectorKind.LOT_DATE).parameter("dating-period").build())
          .computedLimit(ComputedLimit.builder().function("stated-shelf-life").build())
          .source(Sources.EXPIRY_DATING)
          .description("the expiry lies within the product's stated shelf life, counted from manufacture").build());
    }
    if (!p.residualDnaFor().isEmpty()) {
      spec.addSources(Sources.WHO_TRS_978_A3);
      spec.addCriterion(AcceptanceCriterion.builder().id("residual-dna").code("LOT.RESIDUAL_DNA")
          .selector(Selector.testResult(QualityAttribute.RESIDUAL_HOST_CELL_DNA))
          .limit(QuantityRange.atMost(p.residualDnaPerDose())).scope(types(p.residualDnaFor()))
          .source(Sources.WHO_TRS_978_A3).description("residual host-cell DNA per dose").build());
    }
    if (!p.adventitiousAgentsFor().isEmpty()) {
      spec.addSources(Sources.RESIDUALS_MFDS_Q5A);
      spec.addCriterion(AcceptanceCriterion.builder().id("adventitious-agents").code("LOT.ADVENTITIOUS_AGENTS")
          .selector(Selector.testResult(QualityAttribute.ADVENTITIOUS_VIRUS))
          .addAcceptableClasses(OutcomeClass.NEGATIVE).scope(types(p.adventitiousAgentsFor()))
          .source(Sources.RESIDUALS_MFDS_Q5A).description("adventitious viruses not detected").build());
    }
    if (!p.residualAntibioticsFor().isEmpty()) {
      spec.addSources(Sources.RESIDUALS_MFDS_Q5A);
      spec.addCriterion(AcceptanceCriterion.builder().id("residual-antibiotic").code("LOT.RESIDUAL_ANTIBIOTIC")
          .selector(Selector.testResult(QualityAttribute.RESIDUAL_ANTIBIOTIC))
          .scope(types(p.residualAntibioticsFor())).source(Sources.RESIDUALS_MFDS_Q5A)
          .description("a residual antibiotic result is reported (limit product-specific)").build());
    }
    if (!p.subvisibleParticlesFor().isEmpty()) {
      spec.addSources(Sources.USP_788);
      subvisible(spec, "subvisible-particles-10um", "LOT.SUBVISIBLE_PARTICLES_10UM", ">=10um",
          p.subvisibleParticles10um(), p.subvisibleParticlesFor());
      subvisible(spec, "subvisible-particles-25um", "LOT.SUBVISIBLE_PARTICLES_25UM", ">=25um",
          p.subvisibleParticles25um(), p.subvisibleParticlesFor());
    }
    return spec.build();
  }

  private static void subvisible(ImmutableReleaseSpecification.Builder spec, String id, String code, String analyte,
      Quantity max, Set<ProductType> types) {
    spec.addCriterion(AcceptanceCriterion.builder().id(id).code(code)
        .selector(Selector.builder().kind(SelectorKind.TEST_RESULT)
            .attribute(QualityAttribute.SUBVISIBLE_PARTICLES.term()).addNames(analyte).build())
        .limit(QuantityRange.atMost(max)).scope(types(types)).source(Sources.USP_788)
        .description("subvisible particles " + analyte + " per container").build());
  }

  private static Scope types(Set<ProductType> types) {
    var s = Scope.builder();
    for (ProductType t : ProductType.values()) {
      if (types.contains(t)) {
        s.addProductTypes(t.term());
      }
    }
    return s.build();
  }
}
