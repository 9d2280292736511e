package org.paracrine.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paracrine.validation.Fixtures.codes;
import static org.paracrine.validation.Fixtures.editEv;
import static org.paracrine.validation.Fixtures.run;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.paracrine.core.assay.Measurement;
import org.paracrine.core.assay.TestResult;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.report.Finding;
import org.paracrine.core.report.Outcome;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.core.report.Severity;
import org.paracrine.core.report.Verdict;
import org.paracrine.core.samples.ReferenceLots;
import org.paracrine.core.samples.ReferenceProducts;
import org.paracrine.core.spec.Confidence;
import org.paracrine.core.vocabulary.AnalyticalMethod;
import org.paracrine.core.vocabulary.QualityAttribute;
import org.paracrine.validation.profiles.EvPurityProfile;

class EvPurityProfileTest {
  private static final EvPurityProfile PROFILE = EvPurityProfile.withDefaults();

  /** A BM lot whose protein is chosen so that 3.1E+11 particles/mL divided by it gives the wanted ratio. */
  private static Lot ratio(String proteinUgPerMl) {
    return editEv(Fixtures.bmLot(), b -> b.proteinConcentration(Measurement.of(Quantity.of(proteinUgPerMl, "ug/mL"),
        AnalyticalMethod.MICRO_BCA)));
  }

  private static Finding single(Lot lot) {
    List<Finding> f = run(PROFILE, Fixtures.bmProduct(), lot);
    assertThat(f).hasSize(1);
    return f.get(0);
  }

  @Test
  void amnioticFluidLotWithThePublishedRatioOnlyWarnsAndStillReleases() {
    ReleaseReport r = Fixtures.report(PROFILE, ReferenceProducts.amnioticFluidEvIntravenous(),
        ReferenceLots.amnioticFluidEvIntravenous());
    Finding f = r.findings().get(0);
    assertThat(f.code()).isEqualTo("EV_PURITY.RATIO.OUT_OF_LIMIT");
    assertThat(f.criterionId()).contains("particle-protein-ratio:impure");
    assertThat(f.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.observedQuantity()).contains(Quantity.of("1.42857E+8", "{particles}/ug"));
    assertThat(f.source().orElseThrow().confidence()).isEqualTo(Confidence.UNCONFIRMED);
    assertThat(f.source().orElseThrow().doi()).contains("10.3402/jev.v2i0.19861");
    assertThat(f.path()).isEqualTo("/lot/evCharacterisation/particleConcentration/value");
    assertThat(r.verdict()).isEqualTo(Verdict.RELEASE);
  }

  private static Lot reported(String ratio) {
    return Lot.builder().from(Fixtures.bmLot()).addTestResult(TestResult.numeric(
        QualityAttribute.PARTICLE_TO_PROTEIN_RATIO, AnalyticalMethod.NTA, Quantity.of(ratio, "{particles}/ug")))
        .build();
  }

  private static String band(Lot lot) {
    Finding f = single(lot);
    return f.code() + " " + f.criterionId().orElseThrow();
  }

  @Test
  void bandsAndTheirExactBoundaries() {
    String high = "EV_PURITY.RATIO.PASS particle-protein-ratio:high-purity";
    String impure = "EV_PURITY.RATIO.OUT_OF_LIMIT particle-protein-ratio:impure";
    String low = "EV_PURITY.RATIO.OUT_OF_LIMIT particle-protein-ratio:low-purity";
    String gap = "EV_PURITY.RATIO.PASS particle-protein-ratio:unclassified";
    assertThat(band(Fixtures.bmLot())).isEqualTo(high);
    assertThat(band(ratio("210"))).isEqualTo(impure);
    assertThat(band(reported("1.49E+9"))).isEqualTo(impure);
    assertThat(band(reported("1.5E+9"))).isEqualTo(gap);
    assertThat(band(reported("2E+9"))).isEqualTo(low);
    assertThat(band(reported("2E+10"))).isEqualTo(low);
    assertThat(band(reported("2.5E+10"))).isEqualTo(gap);
    assertThat(band(reported("3E+10"))).isEqualTo(gap);
    assertThat(band(reported("3.01E+10"))).isEqualTo(high);
    assertThat(single(reported("1.49E+9")).severity()).isEqualTo(Severity.WARNING);
    assertThat(single(reported("2E+10")).expected().orElseThrow()).contains("low purity");
  }

  @Test
  void theBandsAreCitedParametersOfADataProfile() {
    var criterion = PROFILE.specification().orElseThrow().criteria().get(0);
    var limit = criterion.computedLimit().orElseThrow();
    assertThat(limit.function()).isEqualTo("particle-protein-purity-bands");
    assertThat(limit.parameters()).extracting(org.paracrine.core.spec.LimitParameter::name)
        .containsExactly("impure-below", "low-purity-from", "low-purity-to", "high-purity-above");
    assertThat(limit.parameters()).allSatisfy(p -> assertThat(p.source().orElseThrow().confidence())
        .isEqualTo(Confidence.UNCONFIRMED));
    assertThat(PROFILE.purpose()).isEqualTo(ProfilePurpose.CHARACTERISATION);
    assertThat(PROFILE.version()).isEqualTo("2.0.0");
    EvPurityProfile strict = EvPurityProfile.of(org.paracrine.validation.profiles.EvPurityParameters.builder()
        .impureBelow(Quantity.of("1E+10", "{particles}/ug")).lowPurityFrom(Quantity.of("1E+10", "{particles}/ug"))
        .lowPurityTo(Quantity.of("2E+10", "{particles}/ug")).build());
    assertThat(run(strict, Fixtures.bmProduct(), reported("5E+9")).get(0).criterionId())
        .contains("particle-protein-ratio:impure");
  }

  @Test
  void reportedRatioResultIsPreferredOverTheDerivedOne() {
    Lot lot = Lot.builder().from(Fixtures.bmLot()).addTestResult(TestResult.numeric(
        QualityAttribute.PARTICLE_TO_PROTEIN_RATIO, AnalyticalMethod.NTA, Quantity.of("5E+9", "{particles}/ug")))
        .build();
    Finding f = single(lot);
    assertThat(f.code()).isEqualTo("EV_PURITY.RATIO.OUT_OF_LIMIT");
    assertThat(f.criterionId()).contains("particle-protein-ratio:low-purity");
    assertThat(f.path()).isEqualTo("/lot/testResults/6/value");
  }

  @Test
  void missingProteinGivesAMissingWarningThatNeverBlocksRelease() {
    Lot lot = editEv(Fixtures.bmLot(), b -> b.proteinConcentration(Optional.empty()));
    ReleaseReport r = Fixtures.report(PROFILE, Fixtures.bmProduct(), lot);
    assertThat(codes(r.findings())).containsExactly("EV_PURITY.RATIO.MISSING");
    assertThat(r.findings().get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(r.verdict()).isEqualTo(Verdict.RELEASE);
  }

  @Test
  void notApplicableToConditionedMedium() {
    assertThat(codes(run(PROFILE, ReferenceProducts.umbilicalCordSecretomeGel(),
        ReferenceLots.umbilicalCordSecretomeGel()))).containsExactly("PROFILE.NOT_APPLICABLE");
  }
}
