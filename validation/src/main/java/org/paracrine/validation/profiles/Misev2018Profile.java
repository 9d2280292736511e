package org.paracrine.validation.profiles;

import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.report.Severity;
import org.paracrine.core.spec.AcceptanceCriterion;
import org.paracrine.core.spec.ImmutableScope;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.core.spec.Scope;
import org.paracrine.core.spec.Selector;
import org.paracrine.core.spec.SelectorKind;
import org.paracrine.core.vocabulary.GuidelineVersion;
import org.paracrine.core.vocabulary.MisevCategory;
import org.paracrine.core.vocabulary.ProductType;
import org.paracrine.validation.ProfilePurpose;
import org.paracrine.validation.ReleaseContext;
import org.paracrine.validation.internal.Sources;

/**
 * MISEV2018 minimal characterisation of an EV preparation (Théry C et al., J Extracell Vesicles 2018;7:1535750,
 * DOI 10.1080/20013078.2018.1535750): starting material reported (Q1); at least two global quantification methods
 * (Q2) and a ratio of two of them (Q3: any two of particles, protein and lipid); at least one transmembrane or
 * GPI-anchored protein (category 1: tetraspanins and equally the producing cell's own membrane proteins such as
 * CD73, CD90, CD105, CD44 and integrins) and one cytosolic protein (category 2) detected; at least one contaminant
 * assessed (M3); single-vesicle imaging, wide-field and close-up (S1); a non-imaging single-particle method (S2).
 * A data profile: {@link #specification()} holds one criterion per item, defined once in {@code MisevItems} and
 * shared with {@link Misev2023Profile} and {@link EvReportingChecklist}.
 *
 * <p><b>Purpose</b>: {@link ProfilePurpose#CHARACTERISATION}. MISEV2018 is a reporting guideline, not a release
 * specification, so its items warn by default ({@link Misev2018Parameters#severity()}); a user makes them binding
 * with severity ERROR.
 *
 * <p><b>Applies</b> to products whose type is an EV preparation ({@link ProductType#evPreparation()}) and lots whose
 * EV characterisation follows MISEV2018 (specification scope {@code productTypes} and {@code guidelineVersions}); a
 * lot tagged MISEV2023 is checked by {@link Misev2023Profile} instead. Data: {@code /lot/evCharacterisation}.
 *
 * <p><b>Criteria</b> (stem {@code MISEV2018.<item>}): {@code guideline-version} (INFO); {@code Q1}
 * ({@code STARTING_MATERIAL}); {@code Q2} ({@code QUANTIFICATION}, {@code AT_LEAST} n: a quantity not measured
 * leaves the item missing, {@code COUNT_INCONCLUSIVE}); {@code Q3} ({@code QUANTIFICATION_RATIO}, {@code ANY});
 * {@code cat1} and {@code cat2} ({@code EV_MARKER} of the category, {@code ANY}: a positive outcome or a
 * percentage above {@link Misev2018Parameters#markerDetectedAbove()} passes; the threshold is a cited parameter
 * with confidence VERIFY, as no primary source gives one); {@code M3} (a category 3 or 4 marker assessed);
 * {@code M3-absent} (WARNING: a contaminant detected above the threshold warns and never blocks release);
 * {@code S1} ({@code VESICLE_IMAGING}, wide-field and close-up); {@code S2} ({@code PARTICLE_METHOD}: a non-imaging
 * single-particle method, {@code METHOD_NOT_ALLOWED} otherwise). Immutable and thread-safe.
 */
public final class Misev2018Profile extends AbstractDataProfile<Misev2018Parameters> {
  /** Profile id. */
  public static final String ID = "paracrine.misev2018-minimal-characterisation";
  /** Profile version. */
  public static final String VERSION = "3.0.0";

  private Misev2018Profile(Misev2018Parameters parameters) {
    super(specification(parameters), parameters, ProfilePurpose.CHARACTERISATION);
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
    ImmutableScope.Builder ev = Scope.builder().addGuidelineVersions(GuidelineVersion.MISEV2018.term());
    for (ProductType t : ProductType.values()) {
      if (t.evPreparation()) {
        ev.addProductTypes(t.term());
      }
    }
    Severity sev = p.severity();
    Quantity detected = p.markerDetectedAbove();
    String stem = "MISEV2018";
    var spec = ReleaseSpecification.builder().id(ID).version(VERSION)
        .title("MISEV2018 minimal EV characterisation (Thery 2018)")
        .addSources(Sources.MISEV2018, Sources.MISEV2018_MARKER_THRESHOLD).scope(ev.build());
    spec.addCriterion(AcceptanceCriterion.builder().id("guideline-version").code("MISEV2018.GUIDELINE_VERSION")
        .selector(Selector.builder().kind(SelectorKind.GUIDELINE_VERSION).build()).severity(Severity.INFO)
        .source(Sources.MISEV2018).description("the EV guideline the record follows").build());
    spec.addCriterion(MisevItems.startingMaterial(stem, sev, Sources.MISEV2018));
    spec.addCriterion(MisevItems.quantification(stem, p.minimumQuantificationMethods(), sev, Sources.MISEV2018));
    spec.addCriterion(MisevItems.ratio(stem, sev, Sources.MISEV2018));
    spec.addCriterion(MisevItems.marker(MisevCategory.TRANSMEMBRANE_OR_GPI, "MISEV2018.TRANSMEMBRANE_MARKER", detected,
        sev, Sources.MISEV2018_MARKER_THRESHOLD));
    spec.addCriterion(MisevItems.marker(MisevCategory.CYTOSOLIC, "MISEV2018.CYTOSOLIC_MARKER", detected, sev,
        Sources.MISEV2018_MARKER_THRESHOLD));
    spec.addCriterion(MisevItems.contaminantAssessed(stem, sev, Sources.MISEV2018));
    spec.addCriterion(MisevItems.contaminantAbsent(stem, detected, Sources.MISEV2018_MARKER_THRESHOLD));
    spec.addCriterion(MisevItems.imaging(stem, p.requireWideFieldAndCloseUp(), sev, Sources.MISEV2018));
    spec.addCriterion(MisevItems.singleParticle(stem, sev, Sources.MISEV2018));
    return spec.build();
  }
}
