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
import org.paracrine.core.quantity.Quantity;
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
import org.paracrine.validation.profiles.Misev2018Parameters;
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
  void completeCharacterisationPassesEveryItemWithOneFindingPerCriterion() {
    List<Finding> f = check(Fixtures.bmLot());
    assertThat(codes(f)).containsExactly("MISEV2018.GUIDELINE_VERSION.PASS", "MISEV2018.STARTING_MATERIAL.PASS",
        "MISEV2018.QUANTIFICATION.PASS", "MISEV2018.RATIO.PASS", "MISEV2018.TRANSMEMBRANE_MARKER.PASS",
        "MISEV2018.CYTOSOLIC_MARKER.PASS", "MISEV2018.CONTAMINANT_MARKER.PASS", "MISEV2018.CONTAMINANT_ABSENT.PASS",
        "MISEV2018.SINGLE_VESICLE_IMAGING.PASS", "MISEV2018.SINGLE_PARTICLE_METHOD.PASS");
    assertThat(f).extracting(x -> x.criterionId().orElseThrow()).containsExactly("guideline-version", "Q1", "Q2",
        "Q3", "cat1", "cat2", "M3", "M3-absent", "S1", "S2");
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
  void cytosolicMarkersTestedButAbsentFailWithAWarningUnlessTheUserMakesTheItemBinding() {
    Lot lot = editEv(Fixtures.bmLot(), b -> b.markers(replace(replace(evMarkers(Fixtures.bmLot()), Marker.TSG101,
        QualitativeOutcome.ABSENT), Marker.PDCD6IP, QualitativeOutcome.ABSENT)));
    Finding x = only(check(lot), "MISEV2018.CYTOSOLIC_MARKER.OUTCOME_NOT_ACCEPTABLE");
    assertThat(x.path()).isEqualTo(EV + "/markers/3/outcome");
    assertThat(x.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(x.severity()).isEqualTo(Severity.WARNING);
    assertThat(PROFILE.purpose()).isEqualTo(ProfilePurpose.CHARACTERISATION);
    assertThat(Fixtures.report(PROFILE, Fixtures.bmProduct(), lot).verdict())
        .isEqualTo(org.paracrine.core.report.Verdict.RELEASE);
    Misev2018Profile binding = Misev2018Profile.of(Misev2018Parameters.builder().severity(Severity.ERROR).build());
    assertThat(only(run(binding, Fixtures.bmProduct(), lot), "MISEV2018.CYTOSOLIC_MARKER.OUTCOME_NOT_ACCEPTABLE")
        .severity()).isEqualTo(Severity.ERROR);
    assertThat(Fixtures.report(binding, Fixtures.bmProduct(), lot).verdict())
        .isEqualTo(org.paracrine.core.report.Verdict.REJECT);
  }

  @Test
  void oneCytosolicMarkerShownIsEnoughAndAPercentageShowsItOnlyAboveTheCitedThreshold() {
    Lot one = editEv(Fixtures.bmLot(), b -> b.markers(replace(evMarkers(Fixtures.bmLot()), Marker.TSG101,
        QualitativeOutcome.ABSENT)));
    assertThat(only(check(one), "MISEV2018.CYTOSOLIC_MARKER.PASS").path()).isEqualTo(EV + "/markers/4/outcome");
    Lot above = editEv(Fixtures.bmLot(), b -> b.markers(percent(percent(evMarkers(Fixtures.bmLot()), Marker.TSG101,
        "0"), Marker.PDCD6IP, "2.01")));
    Finding pass = only(check(above), "MISEV2018.CYTOSOLIC_MARKER.PASS");
    assertThat(pass.path()).isEqualTo(EV + "/markers/4/percentPositive");
    assertThat(pass.source().orElseThrow().confidence()).isEqualTo(org.paracrine.core.spec.Confidence.VERIFY);
    Lot atThreshold = editEv(Fixtures.bmLot(), b -> b.markers(percent(percent(evMarkers(Fixtures.bmLot()),
        Marker.TSG101, "0"), Marker.PDCD6IP, "2")));
    assertThat(only(check(atThreshold), "MISEV2018.CYTOSOLIC_MARKER.OUT_OF_LIMIT").expected().orElseThrow())
        .contains("2 %");
    Lot small = editEv(Fixtures.bmLot(), b -> b.markers(percent(percent(evMarkers(Fixtures.bmLot()), Marker.TSG101,
        "0"), Marker.PDCD6IP, "0.1")));
    assertThat(only(check(small), "MISEV2018.CYTOSOLIC_MARKER.OUT_OF_LIMIT").outcome()).isEqualTo(Outcome.FAIL);
    Misev2018Profile low = Misev2018Profile.of(Misev2018Parameters.builder()
        .markerDetectedAbove(Quantity.of("0.05", "%")).build());
    assertThat(codes(run(low, Fixtures.bmProduct(), small))).contains("MISEV2018.CYTOSOLIC_MARKER.PASS");
  }

  @Test
  void aCategoryOneMarkerOfTheProducingCellSuchAsCd73ShowsTheTransmembraneItem() {
    Lot lot = editEv(Fixtures.bmLot(), b -> b.markers(List.of(
        MarkerResult.qualitative(Marker.NT5E, AnalyticalMethod.WESTERN_BLOT, QualitativeOutcome.PRESENT),
        MarkerResult.qualitative(Marker.TSG101, AnalyticalMethod.WESTERN_BLOT, QualitativeOutcome.PRESENT),
        MarkerResult.qualitative(Marker.CANX, AnalyticalMethod.WESTERN_BLOT, QualitativeOutcome.ABSENT))));
    Finding x = only(check(lot), "MISEV2018.TRANSMEMBRANE_MARKER.PASS");
    assertThat(x.path()).isEqualTo(EV + "/markers/0/outcome");
    assertThat(notPassing(check(lot))).isEmpty();
  }

  @Test
  void theRatioItemAcceptsAnyTwoOfParticlesProteinAndLipid() {
    Lot proteinLipid = editEv(Fixtures.bmLot(), b -> b.particleConcentration(Optional.empty())
        .lipidConcentration(org.paracrine.core.assay.Measurement.of(Quantity.of("40", "nmol/mL"),
            AnalyticalMethod.LIPID_ASSAY)));
    Finding x = only(check(proteinLipid), "MISEV2018.RATIO.PASS");
    assertThat(x.observed().orElseThrow()).endsWith("ug/nmol");
    Lot particleLipid = editEv(Fixtures.bmLot(), b -> b.proteinConcentration(Optional.empty())
        .lipidConcentration(org.paracrine.core.assay.Measurement.of(Quantity.of("40", "nmol/mL"),
            AnalyticalMethod.LIPID_ASSAY)));
    assertThat(only(check(particleLipid), "MISEV2018.RATIO.PASS").observed().orElseThrow())
        .endsWith("{particles}/nmol");
    Lot particleOnly = editEv(Fixtures.bmLot(), b -> b.proteinConcentration(Optional.empty()));
    assertThat(only(check(particleOnly), "MISEV2018.RATIO.MISSING").outcome()).isEqualTo(Outcome.MISSING);
  }

  @Test
  void exactlyTwoQuantificationMethodsIsEnoughAndOneLeavesTheItemMissing() {
    assertThat(only(check(Fixtures.bmLot()), "MISEV2018.QUANTIFICATION.PASS").observed().orElseThrow())
        .startsWith("2 of 3").contains("particles", "protein");
    Lot one = editEv(Fixtures.bmLot(), b -> b.proteinConcentration(Optional.empty()));
    List<Finding> f = check(one);
    assertThat(codes(notPassing(f))).containsExactly("MISEV2018.QUANTIFICATION.COUNT_INCONCLUSIVE",
        "MISEV2018.RATIO.MISSING");
    assertThat(notPassing(f)).extracting(Finding::outcome).containsOnly(Outcome.MISSING);
    assertThat(notPassing(f).get(1).path()).isEqualTo(EV + "/proteinConcentration");
    Misev2018Profile three = Misev2018Profile.of(Misev2018Parameters.builder().minimumQuantificationMethods(3)
        .build());
    assertThat(codes(notPassing(run(three, Fixtures.bmProduct(), Fixtures.bmLot()))))
        .containsExactly("MISEV2018.QUANTIFICATION.COUNT_INCONCLUSIVE");
  }

  @Test
  void imagingWithoutCloseUpIsMissingAndNoImagingIsMissing() {
    Lot wideOnly = editEv(Fixtures.bmLot(), b -> b.imaging(List.of(VesicleImaging.builder()
        .method(Term.of(AnalyticalMethod.TEM)).wideField(true).closeUp(false).build())));
    Finding x = only(check(wideOnly), "MISEV2018.SINGLE_VESICLE_IMAGING.NO_COMPARABLE_RESULT");
    assertThat(x.path()).isEqualTo(EV + "/imaging/0");
    assertThat(x.outcome()).isEqualTo(Outcome.MISSING);
    Misev2018Profile lenient = Misev2018Profile.of(Misev2018Parameters.builder().requireWideFieldAndCloseUp(false)
        .build());
    assertThat(notPassing(run(lenient, Fixtures.bmProduct(), wideOnly))).isEmpty();
    Lot none = editEv(Fixtures.bmLot(), b -> b.imaging(List.of()));
    assertThat(codes(notPassing(check(none)))).containsExactly("MISEV2018.SINGLE_VESICLE_IMAGING.MISSING");
  }

  @Test
  void contaminantDetectedIsAWarningAndNoContaminantAssessedIsMissing() {
    Lot detected = editEv(Fixtures.bmLot(), b -> b.markers(replace(evMarkers(Fixtures.bmLot()), Marker.GOLGA2,
        QualitativeOutcome.PRESENT)));
    List<Finding> f = check(detected);
    Finding x = only(f, "MISEV2018.CONTAMINANT_ABSENT.OUTCOME_NOT_ACCEPTABLE");
    assertThat(x.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(x.severity()).isEqualTo(Severity.WARNING);
    assertThat(x.path()).isEqualTo(EV + "/markers/5/outcome");
    assertThat(only(f, "MISEV2018.CONTAMINANT_MARKER.PASS").outcome()).isEqualTo(Outcome.PASS);
    assertThat(Fixtures.report(PROFILE, Fixtures.bmProduct(), detected).verdict())
        .isEqualTo(org.paracrine.core.report.Verdict.RELEASE);
    Lot none = editEv(Fixtures.bmLot(), b -> b.markers(Fixtures.remove(evMarkers(Fixtures.bmLot()), Marker.GOLGA2,
        Marker.CANX)));
    List<Finding> g = check(none);
    assertThat(codes(notPassing(g))).containsExactly("MISEV2018.CONTAMINANT_MARKER.MISSING");
    assertThat(only(g, "MISEV2018.CONTAMINANT_ABSENT.NOT_APPLICABLE").severity()).isEqualTo(Severity.INFO);
  }

  @Test
  void missingStartingMaterialAndSingleParticleMethod() {
    Lot lot = editEv(Fixtures.bmLot(), b -> b.startingMaterial(Optional.empty())
        .particleConcentration(org.paracrine.core.assay.Measurement.builder()
            .from(Fixtures.bmLot().evCharacterisation().orElseThrow().particleConcentration().orElseThrow())
            .method(Term.of(AnalyticalMethod.DYNAMIC_LIGHT_SCATTERING)).build())
        .sizeDistribution(Optional.empty()));
    List<Finding> f = check(lot);
    assertThat(codes(notPassing(f))).containsExactly("MISEV2018.STARTING_MATERIAL.MISSING",
        "MISEV2018.SINGLE_PARTICLE_METHOD.METHOD_NOT_ALLOWED");
    assertThat(notPassing(f)).extracting(Finding::path).containsExactly(EV + "/startingMaterial",
        EV + "/particleConcentration/method");
  }

  @Test
  void aSizeDistributionByASingleParticleMethodMeetsS2() {
    Lot lot = editEv(Fixtures.bmLot(), b -> b.particleConcentration(org.paracrine.core.assay.Measurement.builder()
        .from(Fixtures.bmLot().evCharacterisation().orElseThrow().particleConcentration().orElseThrow())
        .method(Term.of(AnalyticalMethod.DYNAMIC_LIGHT_SCATTERING)).build()));
    assertThat(only(check(lot), "MISEV2018.SINGLE_PARTICLE_METHOD.PASS").path())
        .isEqualTo(EV + "/sizeDistribution/method");
  }

  @Test
  void aMisev2023RecordIsLeftToTheMisev2023Profile() {
    Lot lot = editEv(Fixtures.bmLot(), b -> b.guidelineVersion(Term.of(GuidelineVersion.MISEV2023)));
    Finding x = only(check(lot), "PROFILE.NOT_APPLICABLE");
    assertThat(x.message()).contains("MISEV2023");
  }

  @Test
  void aLotWithoutCharacterisationIsOutsideTheGuidelineScopeAndSaysSo() {
    Finding x = only(check(Lot.builder().from(Fixtures.bmLot()).evCharacterisation(Optional.empty()).build()),
        "PROFILE.NOT_APPLICABLE");
    assertThat(x.message()).contains("no EV characterisation");
  }

  @Test
  void theProfileIsASpecificationScopedToEvPreparations() {
    assertThat(PROFILE.version()).isEqualTo("3.0.0");
    assertThat(PROFILE.specification().orElseThrow().scope().orElseThrow().guidelineVersions())
        .extracting(Term::code).containsExactly("MISEV2018");
    assertThat(PROFILE.specification().orElseThrow().scope().orElseThrow().productTypes())
        .extracting(Term::code).containsExactlyInAnyOrder("ev-fraction", "ev-enriched-secretome");
  }

  @Test
  void conditionedMediumIsNotAnEvPreparation() {
    assertThat(codes(run(PROFILE, ReferenceProducts.umbilicalCordSecretomeGel(),
        ReferenceLots.umbilicalCordSecretomeGel()))).containsExactly("PROFILE.NOT_APPLICABLE");
  }

  private static List<MarkerResult> percent(List<MarkerResult> markers, Marker marker, String value) {
    List<MarkerResult> out = new ArrayList<>();
    for (MarkerResult m : markers) {
      out.add(m.marker().is(marker) ? MarkerResult.builder().marker(Term.of(marker))
          .method(Term.of(AnalyticalMethod.WESTERN_BLOT)).percentPositive(Quantity.of(value, "%")).build() : m);
    }
    return out;
  }
}
