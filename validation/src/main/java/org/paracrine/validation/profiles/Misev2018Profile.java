package org.paracrine.validation.profiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.paracrine.core.assay.MarkerResult;
import org.paracrine.core.assay.Measurement;
import org.paracrine.core.ev.EvCharacterisation;
import org.paracrine.core.ev.StartingMaterial;
import org.paracrine.core.ev.VesicleImaging;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.spec.Citation;
import org.paracrine.core.report.Finding;
import org.paracrine.core.report.JsonPointer;
import org.paracrine.core.report.Outcome;
import org.paracrine.core.report.Severity;
import org.paracrine.core.vocabulary.AnalyticalMethod;
import org.paracrine.core.vocabulary.GuidelineVersion;
import org.paracrine.core.vocabulary.Marker;
import org.paracrine.core.vocabulary.MisevCategory;
import org.paracrine.core.vocabulary.ProductType;
import org.paracrine.validation.FindingCode;
import org.paracrine.validation.ReleaseContext;
import org.paracrine.validation.ReleaseProfile;
import org.paracrine.validation.internal.FindingFactory;
import org.paracrine.validation.internal.Located;
import org.paracrine.validation.internal.Markers;
import org.paracrine.validation.internal.Ratios;
import org.paracrine.validation.internal.Sources;

/**
 * MISEV2018 minimal characterisation of an EV preparation (Théry C et al., J Extracell Vesicles 2018;7:1535750,
 * DOI 10.1080/20013078.2018.1535750): starting material reported (Q1); at least two global quantification methods
 * (Q2) and their ratio (Q3); at least one transmembrane/GPI-anchored marker (M1) and one cytosolic marker (M2)
 * shown; at least one contaminant assessed (M3); single-vesicle imaging, wide-field and close-up (S1); a non-imaging
 * single-particle method (S2). The guideline version the record follows (MISEV2018 or MISEV2023, Welsh JA et al.,
 * J Extracell Vesicles 2024;13:e12404) is recorded in an informational finding; MISEV2023 keeps this checklist
 * logic, so the same executable items are applied to both.
 *
 * <p><b>Applies</b> to products whose type is an EV preparation ({@link ProductType#evPreparation()}). Data:
 * {@code /lot/evCharacterisation}.
 *
 * <p><b>Outcomes.</b> Item not reported → MISSING; reported but not meeting the item (e.g. every cytosolic marker
 * absent) → FAIL; a contaminant marker detected → WARN (MISEV asks that contaminants be assessed, not that they be
 * absent). Immutable and thread-safe.
 */
public final class Misev2018Profile extends AbstractReleaseProfile<Misev2018Parameters> {
  /** Profile id. */
  public static final String ID = "paracrine.misev2018-minimal-characterisation";
  /** Profile version. */
  public static final String VERSION = "1.0.0";

  private Misev2018Profile(Misev2018Parameters parameters) {
    super(ID, VERSION, "MISEV2018 minimal EV characterisation (Thery 2018)",
        List.of(Sources.MISEV2018, Sources.MISEV2023), parameters);
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

  @Override
  public Optional<String> notApplicable(ReleaseContext context) {
    return evPreparation(context) ? Optional.empty()
        : Optional.of("product type " + context.product().type() + " is not an EV preparation");
  }

  static boolean evPreparation(ReleaseContext context) {
    return context.product().type().known().map(ProductType::evPreparation).orElse(false);
  }

  @Override
  public List<Finding> evaluate(ReleaseContext context) {
    FindingFactory f = new FindingFactory(ref());
    Severity sev = parameters.severity();
    Located<EvCharacterisation> at;
    if (context.lot().evCharacterisation().isEmpty()) {
      return List.of(f.start(FindingCode.MISEV2018_CHARACTERISATION_MISSING, Outcome.MISSING, sev,
          JsonPointer.of("lot", "evCharacterisation"), Sources.MISEV2018).build());
    }
    at = new Located<>(context.lot().evCharacterisation().get(), JsonPointer.of("lot", "evCharacterisation"));
    EvCharacterisation ev = at.value();
    List<Finding> out = new ArrayList<>();
    boolean v2023 = ev.guidelineVersion().is(GuidelineVersion.MISEV2023);
    out.add(f.start(FindingCode.MISEV2018_GUIDELINE_VERSION, Outcome.PASS, Severity.INFO,
            at.at("guidelineVersion"), v2023 ? Sources.MISEV2023 : Sources.MISEV2018, ev.guidelineVersion())
        .criterionId("guideline-version").observed(ev.guidelineVersion().toString()).build());
    out.add(startingMaterial(f, at, sev));
    out.add(quantification(f, at, sev));
    out.add(ratio(f, context, at, sev));
    out.add(marker(f, at, MisevCategory.TRANSMEMBRANE_OR_GPI, sev, FindingCode.MISEV2018_TRANSMEMBRANE_MARKER_PASS,
        FindingCode.MISEV2018_TRANSMEMBRANE_MARKER_FAIL, FindingCode.MISEV2018_TRANSMEMBRANE_MARKER_MISSING));
    out.add(marker(f, at, MisevCategory.CYTOSOLIC, sev, FindingCode.MISEV2018_CYTOSOLIC_MARKER_PASS,
        FindingCode.MISEV2018_CYTOSOLIC_MARKER_FAIL, FindingCode.MISEV2018_CYTOSOLIC_MARKER_MISSING));
    out.add(contaminant(f, at, sev));
    out.add(imaging(f, at, sev));
    out.add(singleParticle(f, at, sev));
    return out;
  }

  private Finding startingMaterial(FindingFactory f, Located<EvCharacterisation> at, Severity sev) {
    Optional<StartingMaterial> sm = at.value().startingMaterial();
    boolean ok = sm.map(s -> s.fluidVolume().isPresent() || s.producingCells().isPresent()
        || s.tissueMass().isPresent()).orElse(false);
    return f.start(ok ? FindingCode.MISEV2018_STARTING_MATERIAL_PASS : FindingCode.MISEV2018_STARTING_MATERIAL_MISSING,
            ok ? Outcome.PASS : Outcome.MISSING, sev, at.at("startingMaterial"), Sources.MISEV2018)
        .criterionId("Q1").expected("volume of fluid, producing cell number or tissue mass").build();
  }

  private Finding quantification(FindingFactory f, Located<EvCharacterisation> at, Severity sev) {
    EvCharacterisation ev = at.value();
    List<String> methods = new ArrayList<>();
    ev.particleConcentration().ifPresent(m -> methods.add("particles"));
    ev.proteinConcentration().ifPresent(m -> methods.add("protein"));
    ev.lipidConcentration().ifPresent(m -> methods.add("lipid"));
    int min = parameters.minimumQuantificationMethods();
    boolean ok = methods.size() >= min;
    String path;
    if (ok) {
      path = at.at(ev.particleConcentration().isPresent() ? "particleConcentration" : "proteinConcentration");
    } else {
      path = at.at(ev.particleConcentration().isEmpty() ? "particleConcentration"
          : ev.proteinConcentration().isEmpty() ? "proteinConcentration" : "lipidConcentration");
    }
    return f.start(ok ? FindingCode.MISEV2018_QUANTIFICATION_PASS : FindingCode.MISEV2018_QUANTIFICATION_MISSING,
            ok ? Outcome.PASS : Outcome.MISSING, sev, path, Sources.MISEV2018, methods.size(), methods, min)
        .criterionId("Q2").observed(methods.toString()).expected("at least " + min + " of particles, protein, lipid")
        .build();
  }

  private Finding ratio(FindingFactory f, ReleaseContext context, Located<EvCharacterisation> at, Severity sev) {
    Optional<Located<Quantity>> r = Ratios.particlesPerMicrogram(context.lot())
        .or(() -> Ratios.particlesPerNanomole(at.value()));
    if (r.isEmpty()) {
      return f.start(FindingCode.MISEV2018_RATIO_MISSING, Outcome.MISSING, sev, at.at("proteinConcentration"),
          Sources.MISEV2018).criterionId("Q3").expected("a ratio of two quantification figures").build();
    }
    return f.start(FindingCode.MISEV2018_RATIO_PASS, Outcome.PASS, sev, r.get().path(), Sources.MISEV2018,
            r.get().value())
        .criterionId("Q3").observed(r.get().value().toString()).observedQuantity(r.get().value())
        .expected("a ratio of two quantification figures").build();
  }

  private Finding marker(FindingFactory f, Located<EvCharacterisation> at, MisevCategory category, Severity sev,
      FindingCode pass, FindingCode fail, FindingCode missing) {
    List<MarkerResult> markers = at.value().markers();
    int firstReported = -1;
    for (int i = 0; i < markers.size(); i++) {
      MarkerResult m = markers.get(i);
      if (!Markers.inCategory(m, category)) {
        continue;
      }
      if (Markers.positive(m)) {
        return f.start(pass, Outcome.PASS, sev, at.at("markers", i), Sources.MISEV2018, name(m))
            .criterionId(category.code()).observed(m.marker().code() + " " + describe(m))
            .expected("at least one " + category.display() + " shown").build();
      }
      if (firstReported < 0) {
        firstReported = i;
      }
    }
    if (firstReported >= 0) {
      MarkerResult m = markers.get(firstReported);
      return f.start(fail, Outcome.FAIL, sev, at.at("markers", firstReported), Sources.MISEV2018,
              name(m))
          .criterionId(category.code()).observed(m.marker().code() + " " + describe(m))
          .expected("at least one " + category.display() + " shown").build();
    }
    return f.start(missing, Outcome.MISSING, sev, at.at("markers"), Sources.MISEV2018)
        .criterionId(category.code()).expected("at least one " + category.display() + " shown").build();
  }

  private Finding contaminant(FindingFactory f, Located<EvCharacterisation> at, Severity sev) {
    List<MarkerResult> markers = at.value().markers();
    int firstAssessed = -1;
    for (int i = 0; i < markers.size(); i++) {
      MarkerResult m = markers.get(i);
      if (!Markers.inCategory(m, MisevCategory.NON_EV_STRUCTURES)
          && !Markers.inCategory(m, MisevCategory.OTHER_INTRACELLULAR)) {
        continue;
      }
      if (Markers.positive(m)) {
        return f.start(FindingCode.MISEV2018_CONTAMINANT_MARKER_DETECTED, Outcome.WARN, Severity.WARNING,
                at.at("markers", i), Sources.MISEV2018, name(m))
            .criterionId("M3").observed(m.marker().code() + " " + describe(m))
            .expected("contaminants assessed; absence expected").build();
      }
      if (firstAssessed < 0) {
        firstAssessed = i;
      }
    }
    if (firstAssessed >= 0) {
      MarkerResult m = markers.get(firstAssessed);
      return f.start(FindingCode.MISEV2018_CONTAMINANT_MARKER_PASS, Outcome.PASS, sev, at.at("markers", firstAssessed),
              Sources.MISEV2018, name(m))
          .criterionId("M3").observed(m.marker().code() + " " + describe(m))
          .expected("at least one contaminant (MISEV2018 category 3 or 4) assessed").build();
    }
    return f.start(FindingCode.MISEV2018_CONTAMINANT_MARKER_MISSING, Outcome.MISSING, sev, at.at("markers"),
        Sources.MISEV2018).criterionId("M3")
        .expected("at least one contaminant (MISEV2018 category 3 or 4) assessed").build();
  }

  private Finding imaging(FindingFactory f, Located<EvCharacterisation> at, Severity sev) {
    List<VesicleImaging> images = at.value().imaging();
    int firstSingle = -1;
    for (int i = 0; i < images.size(); i++) {
      VesicleImaging v = images.get(i);
      if (!v.method().known().map(AnalyticalMethod::singleVesicleImaging).orElse(false)) {
        continue;
      }
      if (!parameters.requireWideFieldAndCloseUp() || (v.wideField() && v.closeUp())) {
        return f.start(FindingCode.MISEV2018_SINGLE_VESICLE_IMAGING_PASS, Outcome.PASS, sev, at.at("imaging", i),
                Sources.MISEV2018, v.method())
            .criterionId("S1").observed(v.method().toString()).expected(imagingExpected()).build();
      }
      if (firstSingle < 0) {
        firstSingle = i;
      }
    }
    if (firstSingle >= 0) {
      VesicleImaging v = images.get(firstSingle);
      return f.start(FindingCode.MISEV2018_SINGLE_VESICLE_IMAGING_INCOMPLETE, Outcome.MISSING, sev,
              at.at("imaging", firstSingle), Sources.MISEV2018, v.method(), v.wideField(), v.closeUp())
          .criterionId("S1").observed(v.method() + " wideField=" + v.wideField() + " closeUp=" + v.closeUp())
          .expected(imagingExpected()).build();
    }
    return f.start(FindingCode.MISEV2018_SINGLE_VESICLE_IMAGING_MISSING, Outcome.MISSING, sev, at.at("imaging"),
        Sources.MISEV2018).criterionId("S1").expected(imagingExpected()).build();
  }

  private String imagingExpected() {
    return "single-vesicle imaging (EM, AFM, super-resolution)"
        + (parameters.requireWideFieldAndCloseUp() ? ", wide-field and close-up" : "");
  }

  private Finding singleParticle(FindingFactory f, Located<EvCharacterisation> at, Severity sev) {
    EvCharacterisation ev = at.value();
    Optional<Measurement> pc = ev.particleConcentration();
    String expected = "a non-imaging single-particle method (NTA, TRPS, high-resolution or nano-flow cytometry)";
    if (pc.flatMap(Measurement::method).flatMap(m -> m.known()).map(AnalyticalMethod::singleParticleNonImaging)
        .orElse(false)) {
      return f.start(FindingCode.MISEV2018_SINGLE_PARTICLE_METHOD_PASS, Outcome.PASS, sev,
              at.at("particleConcentration", "method"), Sources.MISEV2018, pc.get().method().get())
          .criterionId("S2").observed(pc.get().method().get().toString()).expected(expected).build();
    }
    if (ev.sizeDistribution().map(d -> d.method().known().map(AnalyticalMethod::singleParticleNonImaging)
        .orElse(false)).orElse(false)) {
      return f.start(FindingCode.MISEV2018_SINGLE_PARTICLE_METHOD_PASS, Outcome.PASS, sev,
              at.at("sizeDistribution", "method"), Sources.MISEV2018, ev.sizeDistribution().get().method())
          .criterionId("S2").observed(ev.sizeDistribution().get().method().toString()).expected(expected).build();
    }
    return f.start(FindingCode.MISEV2018_SINGLE_PARTICLE_METHOD_MISSING, Outcome.MISSING, sev,
        at.at("particleConcentration", "method"), Sources.MISEV2018).criterionId("S2").expected(expected).build();
  }

  static String name(MarkerResult m) {
    return m.marker().known().map(Marker::commonName).orElse(m.marker().code());
  }

  static String describe(MarkerResult m) {
    return m.outcome().map(Object::toString).orElseGet(() -> m.percentPositive().map(Object::toString).orElse(""));
  }
}
