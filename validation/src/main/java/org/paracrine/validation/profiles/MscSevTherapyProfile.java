package org.paracrine.validation.profiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.paracrine.core.assay.MarkerResult;
import org.paracrine.core.assay.TestResult;
import org.paracrine.core.ev.EvCharacterisation;
import org.paracrine.core.ev.IntegrityResult;
import org.paracrine.core.ev.VesicleImaging;
import org.paracrine.core.spec.Citation;
import org.paracrine.core.report.Finding;
import org.paracrine.core.report.JsonPointer;
import org.paracrine.core.report.Outcome;
import org.paracrine.core.report.Severity;
import org.paracrine.core.vocabulary.Marker;
import org.paracrine.core.vocabulary.MisevCategory;
import org.paracrine.core.vocabulary.QualitativeOutcome;
import org.paracrine.core.vocabulary.QualityAttribute;
import org.paracrine.core.vocabulary.SourceMaterialType;
import org.paracrine.validation.FindingCode;
import org.paracrine.validation.ReleaseContext;
import org.paracrine.validation.ReleaseProfile;
import org.paracrine.validation.internal.FindingFactory;
import org.paracrine.validation.internal.Located;
import org.paracrine.validation.internal.Markers;
import org.paracrine.validation.internal.Sources;

/**
 * MSC-derived small EVs for therapy (Witwer KW et al., J Extracell Vesicles 2019;8:1609206, DOI
 * 10.1080/20013078.2019.1609206; ISEV, ISCT, ISBT, SOCRATES): MSC origin shown on the EVs, evidence of lipid-membrane
 * vesicles, vesicle integrity and a quantitative potency assay.
 *
 * <p><b>Applies</b> to EV preparations made from cultured cells (an EV product from a native biofluid, such as
 * acellular amniotic fluid, is not MSC-derived).
 *
 * <p><b>Rules.</b> Each origin marker (default CD73, CD105, CD44; Nguyen 2024, DOI 10.1002/jev2.12463) must be
 * shown on the EVs; at least one haematopoietic marker (default CD45, CD11b, CD197) must be assessed and none
 * detected. Membrane vesicles: a lipid bilayer seen by imaging, or a transmembrane (MISEV category 1) marker shown
 * together with a lipid quantification. Integrity: the {@code integrity} result conforms or is positive (e.g.
 * detergent lysis sensitivity). Potency: a {@code potency} test result with a numeric value (a qualitative-only
 * potency result fails, since the assay must be quantitative). The details of these pillars in the full text were
 * not re-read, so the citations for membrane vesicles and integrity are marked "verify". Immutable and
 * thread-safe.
 */
public final class MscSevTherapyProfile extends AbstractReleaseProfile<MscSevTherapyParameters> {
  /** Profile id. */
  public static final String ID = "paracrine.msc-sev-therapy-witwer-2019";
  /** Profile version. */
  public static final String VERSION = "1.0.0";

  private MscSevTherapyProfile(MscSevTherapyParameters parameters) {
    super(ID, VERSION, "MSC-derived small EVs for therapy (Witwer 2019, ISEV/ISCT)",
        List.of(Sources.NGUYEN_2024, Sources.WITWER_2019), parameters);
  }

  /**
   * Creates the profile with the defaults.
   *
   * @return the profile
   */
  public static MscSevTherapyProfile withDefaults() {
    return of(MscSevTherapyParameters.defaults());
  }

  /**
   * Creates the profile.
   *
   * @param parameters the parameters
   * @return the profile
   */
  public static MscSevTherapyProfile of(MscSevTherapyParameters parameters) {
    return new MscSevTherapyProfile(parameters);
  }

  @Override
  public Optional<String> notApplicable(ReleaseContext context) {
    if (!Misev2018Profile.evPreparation(context)) {
      return Optional.of("product type " + context.product().type() + " is not an EV preparation");
    }
    if (!context.product().source().type().is(SourceMaterialType.CULTURED_CELLS)) {
      return Optional.of("the source material is " + context.product().source().type()
          + ", so the EVs are not MSC-derived");
    }
    return Optional.empty();
  }

  @Override
  public List<Finding> evaluate(ReleaseContext context) {
    FindingFactory f = new FindingFactory(ref());
    Severity sev = parameters.severity();
    List<Finding> out = new ArrayList<>();
    if (context.lot().evCharacterisation().isEmpty()) {
      out.add(f.start(FindingCode.WITWER2019_CHARACTERISATION_MISSING, Outcome.MISSING, sev,
          JsonPointer.of("lot", "evCharacterisation"), Sources.WITWER_2019).build());
    } else {
      Located<EvCharacterisation> at = new Located<>(context.lot().evCharacterisation().get(),
          JsonPointer.of("lot", "evCharacterisation"));
      for (Marker m : parameters.originMarkers()) {
        out.add(origin(f, at, m, sev));
      }
      out.add(haematopoietic(f, at, sev));
      out.add(membrane(f, at, sev));
      out.add(integrity(f, at, sev));
    }
    out.add(potency(f, context, sev));
    return out;
  }

  private Finding origin(FindingFactory f, Located<EvCharacterisation> at, Marker m, Severity sev) {
    List<MarkerResult> markers = at.value().markers();
    OptionalInt idx = Markers.indexOf(markers, m);
    String criterion = "origin-marker:" + m.commonName();
    if (idx.isEmpty()) {
      return f.start(FindingCode.WITWER2019_ORIGIN_MARKER_MISSING, Outcome.MISSING, sev, at.at("markers"),
          Sources.NGUYEN_2024, m.commonName()).criterionId(criterion).expected("shown on the EVs").build();
    }
    MarkerResult r = markers.get(idx.getAsInt());
    boolean shown = Markers.positive(r);
    return f.start(shown ? FindingCode.WITWER2019_ORIGIN_MARKER_PASS : FindingCode.WITWER2019_ORIGIN_MARKER_FAIL,
            shown ? Outcome.PASS : Outcome.FAIL, sev, at.at("markers", idx.getAsInt()), Sources.NGUYEN_2024,
            m.commonName(), Misev2018Profile.describe(r))
        .criterionId(criterion).observed(Misev2018Profile.describe(r)).expected("shown on the EVs").build();
  }

  private Finding haematopoietic(FindingFactory f, Located<EvCharacterisation> at, Severity sev) {
    List<MarkerResult> markers = at.value().markers();
    String names = parameters.haematopoieticMarkers().stream().map(Marker::commonName)
        .collect(Collectors.joining(", "));
    int firstAssessed = -1;
    for (Marker m : parameters.haematopoieticMarkers()) {
      OptionalInt idx = Markers.indexOf(markers, m);
      if (idx.isEmpty()) {
        continue;
      }
      MarkerResult r = markers.get(idx.getAsInt());
      if (Markers.positive(r)) {
        return f.start(FindingCode.WITWER2019_HAEMATOPOIETIC_MARKER_DETECTED, Outcome.FAIL, sev,
                at.at("markers", idx.getAsInt()), Sources.NGUYEN_2024, m.commonName())
            .criterionId("haematopoietic-markers").observed(m.commonName() + " " + Misev2018Profile.describe(r))
            .expected("absent: " + names).build();
      }
      if (firstAssessed < 0) {
        firstAssessed = idx.getAsInt();
      }
    }
    if (firstAssessed < 0) {
      return f.start(FindingCode.WITWER2019_HAEMATOPOIETIC_MARKER_MISSING, Outcome.MISSING, sev, at.at("markers"),
          Sources.NGUYEN_2024, names).criterionId("haematopoietic-markers").expected("absent: " + names).build();
    }
    return f.start(FindingCode.WITWER2019_HAEMATOPOIETIC_MARKER_PASS, Outcome.PASS, sev,
            at.at("markers", firstAssessed), Sources.NGUYEN_2024, names)
        .criterionId("haematopoietic-markers").expected("absent: " + names).build();
  }

  private Finding membrane(FindingFactory f, Located<EvCharacterisation> at, Severity sev) {
    EvCharacterisation ev = at.value();
    String expected = "a lipid bilayer seen by imaging, or a transmembrane marker with a lipid quantification";
    boolean bilayerRefuted = false;
    int refutedAt = -1;
    for (int i = 0; i < ev.imaging().size(); i++) {
      VesicleImaging v = ev.imaging().get(i);
      if (v.bilayerObserved().orElse(false)) {
        return f.start(FindingCode.WITWER2019_MEMBRANE_VESICLES_PASS, Outcome.PASS, sev,
                at.at("imaging", i, "bilayerObserved"), Sources.WITWER_2019_DETAIL, "bilayer seen by " + v.method())
            .criterionId("membrane-vesicles").observed("bilayerObserved=true").expected(expected).build();
      }
      if (v.bilayerObserved().isPresent() && refutedAt < 0) {
        bilayerRefuted = true;
        refutedAt = i;
      }
    }
    boolean tetraspanin = ev.markers().stream()
        .anyMatch(m -> Markers.inCategory(m, MisevCategory.TRANSMEMBRANE_OR_GPI) && Markers.positive(m));
    if (tetraspanin && ev.lipidConcentration().isPresent()) {
      return f.start(FindingCode.WITWER2019_MEMBRANE_VESICLES_PASS, Outcome.PASS, sev, at.at("lipidConcentration"),
              Sources.WITWER_2019_DETAIL, "transmembrane marker with lipid quantification")
          .criterionId("membrane-vesicles").expected(expected).build();
    }
    if (bilayerRefuted) {
      return f.start(FindingCode.WITWER2019_MEMBRANE_VESICLES_FAIL, Outcome.FAIL, sev,
              at.at("imaging", refutedAt, "bilayerObserved"), Sources.WITWER_2019_DETAIL)
          .criterionId("membrane-vesicles").observed("bilayerObserved=false").expected(expected).build();
    }
    return f.start(FindingCode.WITWER2019_MEMBRANE_VESICLES_MISSING, Outcome.MISSING, sev, at.at("imaging"),
        Sources.WITWER_2019_DETAIL).criterionId("membrane-vesicles").expected(expected).build();
  }

  private Finding integrity(FindingFactory f, Located<EvCharacterisation> at, Severity sev) {
    String expected = "an integrity result that conforms (e.g. detergent lysis sensitivity)";
    Optional<IntegrityResult> r = at.value().integrity();
    if (r.isEmpty()) {
      return f.start(FindingCode.WITWER2019_INTEGRITY_MISSING, Outcome.MISSING, sev, at.at("integrity"),
          Sources.WITWER_2019_DETAIL, "none", "not recorded").criterionId("integrity").expected(expected).build();
    }
    Optional<QualitativeOutcome> o = r.get().outcome().known();
    boolean pass = o.map(x -> x == QualitativeOutcome.CONFORMS || x.positive()).orElse(false);
    boolean fail = o.map(x -> x == QualitativeOutcome.DOES_NOT_CONFORM || x.negative()).orElse(false);
    FindingCode code = pass ? FindingCode.WITWER2019_INTEGRITY_PASS
        : fail ? FindingCode.WITWER2019_INTEGRITY_FAIL : FindingCode.WITWER2019_INTEGRITY_MISSING;
    return f.start(code, pass ? Outcome.PASS : fail ? Outcome.FAIL : Outcome.MISSING, sev,
            at.at("integrity", "outcome"), Sources.WITWER_2019_DETAIL, r.get().method(), r.get().outcome())
        .criterionId("integrity").observed(r.get().outcome().toString()).expected(expected).build();
  }

  private Finding potency(FindingFactory f, ReleaseContext context, Severity sev) {
    List<TestResult> results = context.lot().testResults();
    String expected = "a quantitative, mechanism-of-action potency result";
    int qualitativeAt = -1;
    for (int i = 0; i < results.size(); i++) {
      TestResult r = results.get(i);
      if (!r.attribute().is(QualityAttribute.POTENCY)) {
        continue;
      }
      if (r.value().isPresent()) {
        return f.start(FindingCode.WITWER2019_POTENCY_PASS, Outcome.PASS, sev,
                JsonPointer.of("lot", "testResults", i, "value"), Sources.WITWER_2019, r.value().get())
            .criterionId("potency").observed(r.value().get().toString()).observedQuantity(r.value().get())
            .expected(expected).build();
      }
      if (qualitativeAt < 0) {
        qualitativeAt = i;
      }
    }
    if (qualitativeAt >= 0) {
      return f.start(FindingCode.WITWER2019_POTENCY_NOT_QUANTITATIVE, Outcome.FAIL, sev,
              JsonPointer.of("lot", "testResults", qualitativeAt, "outcome"), Sources.WITWER_2019)
          .criterionId("potency").observed(results.get(qualitativeAt).outcome().map(Object::toString).orElse(""))
          .expected(expected).build();
    }
    return f.start(FindingCode.WITWER2019_POTENCY_MISSING, Outcome.MISSING, sev,
        JsonPointer.of("lot", "testResults"), Sources.WITWER_2019).criterionId("potency").expected(expected).build();
  }
}
