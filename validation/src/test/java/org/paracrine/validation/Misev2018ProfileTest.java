package org.paracrine.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paracrine.validation.Fixtures.codes;
import static org.paracrine.validation.Fixtures.editEv;
import static org.paracrine.validation.Fixtures.evMarkers;
import static org.paracrine.validation.Fixtures.notPassing;
import static org.paracrine.validation.Fixtures.only;
import static org.paracrine.validation.Fixtures.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.paracrine.core.assay.MarkerResult;
import org.paracrine.core.ev.VesicleImaging;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.report.Finding;
import org.paracrine.core.report.Outcome;
import org.paracrine.core.report.Severity;
import org.paracrine.core.samples.ReferenceLots;
import org.paracrine.core.samples.ReferenceProducts;
import org.paracrine.core.vocabulary.AnalyticalMethod;
import org.paracrine.core.vocabulary.GuidelineVersion;
import org.paracrine.core.vocabulary.Marker;
import org.paracrine.core.vocabulary.QualitativeOutcome;
import org.paracrine.core.vocabulary.Term;
import org.paracrine.validation.profiles.Misev2018Profile;

class Misev2018ProfileTest {
  private static final Misev2018Profile PROFILE = Misev2018Profile.withDefaults();
  private static final String EV = "/lot/evCharacterisation";

  private static List<Finding> check(Lot lot) {
    return run(PROFILE, Fixtures.bmProduct(), lot);
  }

  private static List<MarkerResult> replace(List<MarkerResult> markers, Marker marker, QualitativeOutcome o) {
    List<MarkerResult> out = new ArrayList<>();
    for (MarkerResult m : markers) {
      out.add(m.marker().is(marker) ? MarkerResult.qualitative(marker, AnalyticalMethod.WESTERN_BLOT, o) : m);
    }
    return out;
  }

  @Test
  void completeCharacterisationPassesAllNineItems() {
    List<Finding> f = check(Fixtures.bmLot());
    assertThat(codes(f)).containsExactly("MISEV2018.GUIDELINE_VERSION", "MISEV2018.STARTING_MATERIAL.PASS",
        "MISEV2018.QUANTIFICATION.PASS", "MISEV2018.RATIO.PASS", "MISEV2018.TRANSMEMBRANE_MARKER.PASS",
        "MISEV2018.CYTOSOLIC_MARKER.PASS", "MISEV2018.CONTAMINANT_MARKER.PASS",
        "MISEV2018.SINGLE_VESICLE_IMAGING.PASS", "MISEV2018.SINGLE_PARTICLE_METHOD.PASS");
    assertThat(f).allMatch(x -> x.outcome() == Outcome.PASS);
    assertThat(f.get(0).severity()).isEqualTo(Severity.INFO);
    assertThat(f).allSatisfy(x -> assertThat(x.source().orElseThrow().doi()).isPresent());
  }

  @Test
  void missingCytosolicMarkerIsMissing() {
    Lot lot = editEv(Fixtures.bmLot(), b -> b.markers(Fixtures.remove(evMarkers(Fixtures.bmLot()), Marker.TSG101,
        Marker.PDCD6IP)));
    List<Finding> f = check(lot);
    assertThat(notPassing(f)).hasSize(1);
    Finding x = only(f, "MISEV2018.CYTOSOLIC_MARKER.MISSING");
    assertThat(x.path()).isEqualTo(EV + "/markers");
    assertThat(x.outcome()).isEqualTo(Outcome.MISSING);
  }

  @Test
  void cytosolicMarkersTestedButAbsentFail() {
    Lot lot = editEv(Fixtures.bmLot(), b -> b.markers(replace(replace(evMarkers(Fixtures.bmLot()), Marker.TSG101,
        QualitativeOutcome.ABSENT), Marker.PDCD6IP, QualitativeOutcome.ABSENT)));
    Finding x = only(check(lot), "MISEV2018.CYTOSOLIC_MARKER.FAIL");
    assertThat(x.path()).isEqualTo(EV + "/markers/3");
    assertThat(x.outcome()).isEqualTo(Outcome.FAIL);
  }

  @Test
  void exactlyTwoQuantificationMethodsIsEnoughAndOneIsNot() {
    assertThat(only(check(Fixtures.bmLot()), "MISEV2018.QUANTIFICATION.PASS").observed()).contains(
        "[particles, protein]");
    Lot one = editEv(Fixtures.bmLot(), b -> b.proteinConcentration(Optional.empty()));
    List<Finding> f = check(one);
    assertThat(codes(notPassing(f))).containsExactly("MISEV2018.QUANTIFICATION.MISSING", "MISEV2018.RATIO.MISSING");
    assertThat(notPassing(f)).extracting(Finding::path).containsExactly(EV + "/proteinConcentration",
        EV + "/proteinConcentration");
  }

  @Test
  void imagingWithoutCloseUpIsIncompleteAndNoImagingIsMissing() {
    Lot wideOnly = editEv(Fixtures.bmLot(), b -> b.imaging(List.of(VesicleImaging.builder()
        .method(Term.of(AnalyticalMethod.TEM)).wideField(true).closeUp(false).build())));
    Finding x = only(check(wideOnly), "MISEV2018.SINGLE_VESICLE_IMAGING.INCOMPLETE");
    assertThat(x.path()).isEqualTo(EV + "/imaging/0");
    Lot none = editEv(Fixtures.bmLot(), b -> b.imaging(List.of()));
    assertThat(codes(notPassing(check(none)))).containsExactly("MISEV2018.SINGLE_VESICLE_IMAGING.MISSING");
  }

  @Test
  void contaminantDetectedIsAWarningAndNoContaminantAssessedIsMissing() {
    Lot detected = editEv(Fixtures.bmLot(), b -> b.markers(replace(evMarkers(Fixtures.bmLot()), Marker.GOLGA2,
        QualitativeOutcome.PRESENT)));
    Finding x = only(check(detected), "MISEV2018.CONTAMINANT_MARKER.DETECTED");
    assertThat(x.outcome()).isEqualTo(Outcome.WARN);
    assertThat(x.severity()).isEqualTo(Severity.WARNING);
    assertThat(x.path()).isEqualTo(EV + "/markers/5");
    Lot none = editEv(Fixtures.bmLot(), b -> b.markers(Fixtures.remove(evMarkers(Fixtures.bmLot()), Marker.GOLGA2,
        Marker.CANX)));
    assertThat(codes(notPassing(check(none)))).containsExactly("MISEV2018.CONTAMINANT_MARKER.MISSING");
  }

  @Test
  void missingStartingMaterialAndSingleParticleMethod() {
    Lot lot = editEv(Fixtures.bmLot(), b -> b.startingMaterial(Optional.empty())
        .particleConcentration(org.paracrine.core.assay.Measurement.builder()
            .from(Fixtures.bmLot().evCharacterisation().orElseThrow().particleConcentration().orElseThrow())
            .method(Term.of(AnalyticalMethod.DYNAMIC_LIGHT_SCATTERING)).build())
        .sizeDistribution(Optional.empty()));
    assertThat(codes(notPassing(check(lot)))).containsExactly("MISEV2018.STARTING_MATERIAL.MISSING",
        "MISEV2018.SINGLE_PARTICLE_METHOD.MISSING");
  }

  @Test
  void misev2023RecordIsRecordedAndCheckedWithTheSameItems() {
    Lot lot = editEv(Fixtures.bmLot(), b -> b.guidelineVersion(Term.of(GuidelineVersion.MISEV2023)));
    List<Finding> f = check(lot);
    Finding v = only(f, "MISEV2018.GUIDELINE_VERSION");
    assertThat(v.observed()).contains("MISEV2023");
    assertThat(v.source().orElseThrow().doi()).contains("10.1002/jev2.12404");
    assertThat(notPassing(f)).isEmpty();
  }

  @Test
  void lotWithoutCharacterisationGivesOneMissingFinding() {
    List<Finding> f = check(Lot.builder().from(Fixtures.bmLot()).evCharacterisation(Optional.empty()).build());
    assertThat(codes(f)).containsExactly("MISEV2018.CHARACTERISATION.MISSING");
    assertThat(f.get(0).path()).isEqualTo(EV);
  }

  @Test
  void conditionedMediumIsNotAnEvPreparation() {
    assertThat(codes(run(PROFILE, ReferenceProducts.umbilicalCordSecretomeGel(),
        ReferenceLots.umbilicalCordSecretomeGel()))).containsExactly("PROFILE.NOT_APPLICABLE");
  }
}
