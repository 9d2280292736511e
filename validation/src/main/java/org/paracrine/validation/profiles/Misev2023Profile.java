package org.paracrine.validation.profiles;

import java.util.ArrayList;
import java.util.List;
import org.paracrine.core.quantity.Quantity;
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
import org.paracrine.core.vocabulary.GuidelineVersion;
import org.paracrine.core.vocabulary.MisevCategory;
import org.paracrine.core.vocabulary.OutcomeClass;
import org.paracrine.core.vocabulary.ProductType;
import org.paracrine.core.vocabulary.Term;
import org.paracrine.validation.ProfilePurpose;
import org.paracrine.validation.internal.Sources;

/**
 * MISEV2023 characterisation of an EV preparation (Welsh JA et al., Minimal information for studies of
 * extracellular vesicles (MISEV2023), J Extracell Vesicles 2024;13:e12404, DOI 10.1002/jev2.12404). MISEV2023 keeps
 * the quantification, marker and single-particle approach of MISEV2018 and adds: the nomenclature of its Table 2
 * (extracellular vesicles, non-vesicular extracellular particles (NVEPs), extracellular particles, EV mimetics;
 * confirmed), evidence that EVs are separated from NVEPs (emphasis confirmed in the abstract; which evidence counts
 * is Paracrine's reading, verify), and size terms tied to the measuring method ("small EVs", often &lt; 200 nm, and
 * "large EVs" are operational terms to use with caution because the measured diameter depends on the method;
 * confirmed in Table 2). Items whose MISEV2023 wording was not re-read carry confidence VERIFY.
 *
 * <p><b>Purpose</b>: {@link ProfilePurpose#CHARACTERISATION}: items warn by default
 * ({@link Misev2023Parameters#severity()}).
 *
 * <p><b>Applies</b> to EV preparations whose EV characterisation is tagged MISEV2023 (specification scope
 * {@code productTypes} and {@code guidelineVersions}); MISEV2018 records keep {@link Misev2018Profile}.
 *
 * <p><b>Criteria</b> (stem {@code MISEV2023.<item>}): {@code guideline-version} (INFO); {@code particle-class}
 * ({@code PARTICLE_CLASS} stated); {@code Q1}, {@code Q2}, {@code Q3}, {@code cat1}, {@code cat2}, {@code M3},
 * {@code M3-absent}, {@code S1}, {@code S2} as in {@link Misev2018Profile} (the same item definitions);
 * {@code nvep-separation} ({@code MEMBRANE_EVIDENCE}, {@code ANY}: a lipid bilayer seen by imaging, or a category 1
 * marker with a lipid quantification); {@code size-claim-method} ({@code SIZE_CLAIM}: a small-EV claim needs a size
 * distribution measured by a method that resolves single particles of that size, a single-particle or
 * single-vesicle imaging method; DLS or conventional flow cytometry gives {@code METHOD_NOT_ALLOWED}; not
 * applicable without a claim); {@code size-claim-cut-off} ({@code SIZE_CLAIM} {@code cut-off}: the claim states its
 * operational cut-off; not applicable without a claim). Immutable and thread-safe.
 */
public final class Misev2023Profile extends AbstractDataProfile<Misev2023Parameters> {
  /** Profile id. */
  public static final String ID = "paracrine.misev2023-characterisation";
  /** Profile version. */
  public static final String VERSION = "1.0.0";

  private Misev2023Profile(Misev2023Parameters parameters) {
    super(specification(parameters), parameters, ProfilePurpose.CHARACTERISATION);
  }

  /**
   * Creates the profile with the defaults.
   *
   * @return the profile
   */
  public static Misev2023Profile withDefaults() {
    return of(Misev2023Parameters.defaults());
  }

  /**
   * Creates the profile.
   *
   * @param parameters the parameters
   * @return the profile
   */
  public static Misev2023Profile of(Misev2023Parameters parameters) {
    return new Misev2023Profile(parameters);
  }

  /**
   * Returns the methods that resolve the size of single EVs: single-particle (non-imaging) and single-vesicle
   * imaging methods.
   *
   * @return the methods
   */
  static List<Term<AnalyticalMethod>> sizeResolvingMethods() {
    List<Term<AnalyticalMethod>> out = new ArrayList<>();
    for (AnalyticalMethod m : AnalyticalMethod.values()) {
      if (m.singleParticleNonImaging() || m.singleVesicleImaging()) {
        out.add(m.term());
      }
    }
    return out;
  }

  private static ReleaseSpecification specification(Misev2023Parameters p) {
    ImmutableScope.Builder ev = Scope.builder().addGuidelineVersions(GuidelineVersion.MISEV2023.term());
    for (ProductType t : ProductType.values()) {
      if (t.evPreparation()) {
        ev.addProductTypes(t.term());
      }
    }
    Severity sev = p.severity();
    Quantity detected = p.markerDetectedAbove();
    String stem = "MISEV2023";
    var detail = Sources.MISEV2023_DETAIL;
    var spec = ReleaseSpecification.builder().id(ID).version(VERSION)
        .title("MISEV2023 EV characterisation (Welsh 2024)")
        .addSources(Sources.MISEV2023, Sources.MISEV2023_DETAIL, Sources.MISEV2018_MARKER_THRESHOLD)
        .scope(ev.build());
    spec.addCriterion(AcceptanceCriterion.builder().id("guideline-version").code("MISEV2023.GUIDELINE_VERSION")
        .selector(Selector.builder().kind(SelectorKind.GUIDELINE_VERSION).build()).severity(Severity.INFO)
        .source(Sources.MISEV2023).description("the EV guideline the record follows").build());
    spec.addCriterion(AcceptanceCriterion.builder().id("particle-class").code("MISEV2023.PARTICLE_CLASS")
        .selector(Selector.builder().kind(SelectorKind.PARTICLE_CLASS).build()).severity(sev)
        .source(Sources.MISEV2023)
        .description("particle class stated in the MISEV2023 nomenclature (EV, NVEP, EP, EV mimetic)").build());
    spec.addCriterion(MisevItems.startingMaterial(stem, sev, detail));
    spec.addCriterion(MisevItems.quantification(stem, p.minimumQuantificationMethods(), sev, detail));
    spec.addCriterion(MisevItems.ratio(stem, sev, detail));
    spec.addCriterion(MisevItems.marker(MisevCategory.TRANSMEMBRANE_OR_GPI, "MISEV2023.TRANSMEMBRANE_MARKER", detected,
        sev, Sources.MISEV2018_MARKER_THRESHOLD));
    spec.addCriterion(MisevItems.marker(MisevCategory.CYTOSOLIC, "MISEV2023.CYTOSOLIC_MARKER", detected, sev,
        Sources.MISEV2018_MARKER_THRESHOLD));
    spec.addCriterion(MisevItems.contaminantAssessed(stem, sev, detail));
    spec.addCriterion(MisevItems.contaminantAbsent(stem, detected, Sources.MISEV2018_MARKER_THRESHOLD));
    spec.addCriterion(MisevItems.imaging(stem, p.requireWideFieldAndCloseUp(), sev, detail));
    spec.addCriterion(MisevItems.singleParticle(stem, sev, detail));
    spec.addCriterion(AcceptanceCriterion.builder().id("nvep-separation").code("MISEV2023.NVEP_SEPARATION")
        .selector(Selector.builder().kind(SelectorKind.MEMBRANE_EVIDENCE).build()).quantifier(Quantifier.ANY)
        .addAcceptableClasses(OutcomeClass.CONFORMS).severity(sev).source(detail)
        .description("evidence that the particles are lipid-bilayer vesicles separated from non-vesicular"
            + " extracellular particles: a bilayer seen by imaging, or a category 1 marker with a lipid"
            + " quantification").build());
    spec.addCriterion(AcceptanceCriterion.builder().id("size-claim-method").code("MISEV2023.SIZE_CLAIM_METHOD")
        .selector(Selector.builder().kind(SelectorKind.SIZE_CLAIM).methods(sizeResolvingMethods()).build())
        .ifNoneSelected(Outcome.NOT_APPLICABLE).severity(sev).source(Sources.MISEV2023)
        .description("a small-EV claim rests on a size distribution measured by a method that resolves single"
            + " particles of that size").build());
    spec.addCriterion(AcceptanceCriterion.builder().id("size-claim-cut-off").code("MISEV2023.SIZE_CLAIM_CUT_OFF")
        .selector(Selector.builder().kind(SelectorKind.SIZE_CLAIM).parameter("cut-off").build())
        .ifNoneSelected(Outcome.NOT_APPLICABLE).severity(sev).source(Sources.MISEV2023)
        .description("a small-EV claim states its operational size cut-off (often < 200 nm)").build());
    return spec.build();
  }
}
