package org.paracrine.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paracrine.validation.Fixtures.codes;
import static org.paracrine.validation.Fixtures.editEv;
import static org.paracrine.validation.Fixtures.evMarkers;
import static org.paracrine.validation.Fixtures.notPassing;
import static org.paracrine.validation.Fixtures.only;
import static org.paracrine.validation.Fixtures.replaceResults;
import static org.paracrine.validation.Fixtures.run;
import static org.paracrine.validation.Fixtures.withoutResults;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.paracrine.core.assay.MarkerResult;
import org.paracrine.core.assay.Measurement;
import org.paracrine.core.assay.TestResult;
import org.paracrine.core.ev.IntegrityResult;
import org.paracrine.core.ev.VesicleImaging;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.report.Finding;
import org.paracrine.core.report.Outcome;
import org.paracrine.core.samples.ReferenceLots;
import org.paracrine.core.samples.ReferenceProducts;
import org.paracrine.core.vocabulary.AnalyticalMethod;
import org.paracrine.core.vocabulary.Marker;
import org.paracrine.core.vocabulary.QualitativeOutcome;
import org.paracrine.core.vocabulary.QualityAttribute;
import org.paracrine.core.vocabulary.Term;
import org.paracrine.validation.profiles.MscSevTherapyProfile;

class MscSevTherapyProfileTest {
  private static final MscSevTherapyProfile PROFILE = MscSevTherapyProfile.withDefaults();
  private static final String EV = "/lot/evCharacterisation";

  private static List<Finding> check(Lot lot) {
    return run(PROFILE, Fixtures.bmProduct(), lot);
  }

  @Test
  void referenceLotShowsOriginMembraneAndIntegrityAndPotencyIsLeftToThePotencyProfile() {
    List<Finding> f = check(Fixtures.bmLot());
    assertThat(codes(f)).containsExactly("WITWER2019.ORIGIN_MARKER.PASS", "WITWER2019.ORIGIN_MARKER.PASS",
        "WITWER2019.ORIGIN_MARKER.PASS", "WITWER2019.HAEMATOPOIETIC_MARKER.PASS", "WITWER2019.MEMBRANE_VESICLES.PASS",
        "WITWER2019.INTEGRITY.PASS");
    assertThat(f).extracting(x -> x.criterionId().orElseThrow()).containsExactly("origin-marker:CD73",
        "origin-marker:CD105", "origin-marker:CD44", "haematopoietic-markers", "membrane-vesicles", "integrity");
    assertThat(PROFILE.version()).isEqualTo("3.0.0");
    assertThat(PROFILE.purpose()).isEqualTo(ProfilePurpose.CHARACTERISATION);
  }

  @Test
  void aMarkerPercentageCountsAsDetectedOnlyAboveTheCitedThreshold() {
    Lot atThreshold = editEv(Fixtures.bmLot(), b -> b.markers(Fixtures.setPercent(Fixtures.setPercent(
        evMarkers(Fixtures.bmLot()), Marker.PTPRC, "2"), Marker.NT5E, "2")));
    List<Finding> f = check(atThreshold);
    assertThat(only(f, "WITWER2019.HAEMATOPOIETIC_MARKER.PASS").expected().orElseThrow()).contains("2 %");
    Finding cd73 = only(f, "WITWER2019.ORIGIN_MARKER.OUT_OF_LIMIT");
    assertThat(cd73.severity()).isEqualTo(org.paracrine.core.report.Severity.WARNING);
    assertThat(cd73.source().orElseThrow().confidence()).isEqualTo(org.paracrine.core.spec.Confidence.VERIFY);
    Lot above = editEv(Fixtures.bmLot(), b -> b.markers(Fixtures.setPercent(Fixtures.setPercent(
        evMarkers(Fixtures.bmLot()), Marker.PTPRC, "2.1"), Marker.NT5E, "2.1")));
    List<Finding> g = check(above);
    assertThat(codes(notPassing(g))).containsExactly("WITWER2019.HAEMATOPOIETIC_MARKER.OUT_OF_LIMIT");
  }

  @Test
  void originMarkerMissingOrAbsentAndHaematopoieticMarkerDetected() {
    Lot missing = editEv(Fixtures.bmLot(), b -> b.markers(Fixtures.remove(evMarkers(Fixtures.bmLot()), Marker.CD44)));
    Finding m = only(check(missing), "WITWER2019.ORIGIN_MARKER.MISSING");
    assertThat(m.path()).isEqualTo(EV + "/markers");
    List<MarkerResult> edited = new ArrayList<>(evMarkers(Fixtures.bmLot()));
    edited.set(7, MarkerResult.qualitative(Marker.NT5E, AnalyticalMethod.MULTIPLEX_BEAD_FLOW_CYTOMETRY,
        QualitativeOutcome.ABSENT));
    edited.set(10, MarkerResult.qualitative(Marker.PTPRC, AnalyticalMethod.MULTIPLEX_BEAD_FLOW_CYTOMETRY,
        QualitativeOutcome.PRESENT));
    List<Finding> f = check(editEv(Fixtures.bmLot(), b -> b.markers(edited)));
    assertThat(codes(notPassing(f))).containsExactly("WITWER2019.ORIGIN_MARKER.OUTCOME_NOT_ACCEPTABLE",
        "WITWER2019.HAEMATOPOIETIC_MARKER.OUTCOME_NOT_ACCEPTABLE");
    assertThat(notPassing(f)).extracting(Finding::path).containsExactly(EV + "/markers/7/outcome",
        EV + "/markers/10/outcome");
    assertThat(notPassing(f)).extracting(Finding::outcome).containsOnly(Outcome.FAIL);
    Lot noNegatives = editEv(Fixtures.bmLot(), b -> b.markers(Fixtures.remove(evMarkers(Fixtures.bmLot()),
        Marker.PTPRC, Marker.ITGAM)));
    assertThat(codes(notPassing(check(noNegatives)))).containsExactly("WITWER2019.HAEMATOPOIETIC_MARKER.MISSING");
  }

  @Test
  void membraneEvidenceByLipidQuantificationOrMissingOrRefuted() {
    Lot noImaging = editEv(Fixtures.bmLot(), b -> b.imaging(List.of()));
    assertThat(codes(notPassing(check(noImaging)))).containsExactly("WITWER2019.MEMBRANE_VESICLES.MISSING");
    Lot lipid = editEv(Fixtures.bmLot(), b -> b.imaging(List.of()).lipidConcentration(
        Measurement.of(Quantity.of(40, "nmol/mL"), AnalyticalMethod.LIPID_ASSAY)));
    assertThat(only(check(lipid), "WITWER2019.MEMBRANE_VESICLES.PASS").path()).isEqualTo(EV + "/lipidConcentration");
    Lot refuted = editEv(Fixtures.bmLot(), b -> b.imaging(List.of(VesicleImaging.builder()
        .method(Term.of(AnalyticalMethod.CRYO_EM)).wideField(true).closeUp(true).bilayerObserved(false).build())));
    Finding f = only(check(refuted), "WITWER2019.MEMBRANE_VESICLES.OUTCOME_NOT_ACCEPTABLE");
    assertThat(f.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(f.path()).isEqualTo(EV + "/imaging/0/bilayerObserved");
  }

  @Test
  void aQuantitativeCriterionRefusesALimitOrOutcomesBesideIt() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> org.paracrine.core.spec.AcceptanceCriterion.builder()
        .id("p").selector(org.paracrine.core.spec.Selector.testResult(QualityAttribute.POTENCY)).quantitative(true)
        .limit(org.paracrine.core.quantity.QuantityRange.atLeast(Quantity.of(30, "%"))).build())
        .isInstanceOf(org.paracrine.core.InvariantViolationException.class).hasMessageContaining("quantitative");
  }

  @Test
  void integrityFailsOrIsMissing() {
    Lot fail = editEv(Fixtures.bmLot(), b -> b.integrity(IntegrityResult.of(AnalyticalMethod.DETERGENT_LYSIS,
        QualitativeOutcome.DOES_NOT_CONFORM)));
    assertThat(only(check(fail), "WITWER2019.INTEGRITY.OUTCOME_NOT_ACCEPTABLE").path())
        .isEqualTo(EV + "/integrity/outcome");
    Lot indeterminate = editEv(Fixtures.bmLot(), b -> b.integrity(IntegrityResult.of(AnalyticalMethod.DETERGENT_LYSIS,
        QualitativeOutcome.INDETERMINATE)));
    assertThat(only(check(indeterminate), "WITWER2019.INTEGRITY.NO_COMPARABLE_RESULT").outcome())
        .isEqualTo(Outcome.MISSING);
    Lot none = editEv(Fixtures.bmLot(), b -> b.integrity(Optional.empty()));
    assertThat(only(check(none), "WITWER2019.INTEGRITY.MISSING").path()).isEqualTo(EV + "/integrity");
  }

  @Test
  void withoutCharacterisationEveryEvCriterionIsMissing() {
    List<Finding> f = check(Lot.builder().from(Fixtures.bmLot()).evCharacterisation(Optional.empty()).build());
    assertThat(codes(f)).containsExactly("WITWER2019.ORIGIN_MARKER.MISSING", "WITWER2019.ORIGIN_MARKER.MISSING",
        "WITWER2019.ORIGIN_MARKER.MISSING", "WITWER2019.HAEMATOPOIETIC_MARKER.MISSING",
        "WITWER2019.MEMBRANE_VESICLES.MISSING", "WITWER2019.INTEGRITY.MISSING");
  }

  @Test
  void amnioticFluidEvsAreNotMscDerivedAndConditionedMediumIsNotAnEvProduct() {
    assertThat(run(PROFILE, ReferenceProducts.amnioticFluidEvIntravenous(), ReferenceLots.amnioticFluidEvIntravenous())
        .get(0).message()).contains("source material native-biofluid is not one of [cultured-cells]");
    assertThat(run(PROFILE, ReferenceProducts.umbilicalCordSecretomeGel(), ReferenceLots.umbilicalCordSecretomeGel())
        .get(0).message()).contains("product type conditioned-medium is not one of [ev-fraction, ev-enriched-secretome]");
  }
}
