package org.paracrine.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paracrine.validation.Fixtures.codes;
import static org.paracrine.validation.Fixtures.editEv;
import static org.paracrine.validation.Fixtures.notPassing;
import static org.paracrine.validation.Fixtures.only;
import static org.paracrine.validation.Fixtures.run;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.paracrine.core.ev.SizeDistribution;
import org.paracrine.core.ev.VesicleImaging;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.report.Finding;
import org.paracrine.core.report.Outcome;
import org.paracrine.core.report.Severity;
import org.paracrine.core.spec.AcceptanceCriterion;
import org.paracrine.core.spec.Confidence;
import org.paracrine.core.vocabulary.AnalyticalMethod;
import org.paracrine.core.vocabulary.GuidelineVersion;
import org.paracrine.core.vocabulary.Term;
import org.paracrine.validation.profiles.Misev2018Profile;
import org.paracrine.validation.profiles.Misev2023Parameters;
import org.paracrine.validation.profiles.Misev2023Profile;

class Misev2023ProfileTest {
  private static final Misev2023Profile PROFILE = Misev2023Profile.withDefaults();
  private static final String EV = "/lot/evCharacterisation";

  private static Lot misev2023(Lot lot) {
    return editEv(lot, b -> b.guidelineVersion(Term.of(GuidelineVersion.MISEV2023)));
  }

  private static List<Finding> check(Lot lot) {
    return run(PROFILE, Fixtures.bmProduct(), lot);
  }

  private static Lot smallEvClaim(AnalyticalMethod sizing, Quantity cutOff) {
    SizeDistribution d = Fixtures.bmLot().evCharacterisation().orElseThrow().sizeDistribution().orElseThrow();
    return misev2023(editEv(Fixtures.bmLot(), b -> b.smallEvClaim(true).declaredSizeCutOff(Optional.ofNullable(cutOff))
        .sizeDistribution(SizeDistribution.builder().from(d).method(Term.of(sizing)).build())));
  }

  @Test
  void aCompleteMisev2023RecordPassesEveryItemWithOneFindingPerCriterion() {
    List<Finding> f = check(misev2023(Fixtures.bmLot()));
    assertThat(f).extracting(x -> x.criterionId().orElseThrow()).containsExactly("guideline-version",
        "particle-class", "Q1", "Q2", "Q3", "cat1", "cat2", "M3", "M3-absent", "S1", "S2", "nvep-separation",
        "size-claim-method", "size-claim-cut-off");
    assertThat(notPassing(f)).isEmpty();
    assertThat(codes(f.subList(12, 14))).containsExactly("MISEV2023.SIZE_CLAIM_METHOD.PASS",
        "MISEV2023.SIZE_CLAIM_CUT_OFF.PASS");
    List<Finding> noClaim = check(misev2023(editEv(Fixtures.bmLot(), b -> b.smallEvClaim(false))));
    assertThat(codes(noClaim.subList(12, 14))).containsExactly("MISEV2023.SIZE_CLAIM_METHOD.NOT_APPLICABLE",
        "MISEV2023.SIZE_CLAIM_CUT_OFF.NOT_APPLICABLE");
    assertThat(noClaim.get(12).severity()).isEqualTo(Severity.INFO);
    assertThat(f).allSatisfy(x -> assertThat(x.source().orElseThrow().doi()).isPresent());
    assertThat(PROFILE.purpose()).isEqualTo(ProfilePurpose.CHARACTERISATION);
  }

  @Test
  void theProfileAppliesOnlyToMisev2023RecordsAndMisev2018RecordsKeepTheirProfile() {
    assertThat(codes(check(Fixtures.bmLot()))).containsExactly("PROFILE.NOT_APPLICABLE");
    assertThat(check(Fixtures.bmLot()).get(0).message()).contains("follows MISEV2018");
    assertThat(codes(run(Misev2018Profile.withDefaults(), Fixtures.bmProduct(), Fixtures.bmLot())))
        .doesNotContain("PROFILE.NOT_APPLICABLE");
  }

  @Test
  void theSharedItemsAreDefinedOnceForBothGuidelineVersions() {
    List<AcceptanceCriterion> c2018 = Misev2018Profile.withDefaults().specification().orElseThrow().criteria();
    List<AcceptanceCriterion> c2023 = PROFILE.specification().orElseThrow().criteria();
    for (String id : List.of("Q1", "Q2", "Q3", "cat1", "cat2", "M3", "M3-absent", "S1", "S2")) {
      AcceptanceCriterion a = c2018.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
      AcceptanceCriterion b = c2023.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
      assertThat(b.effectiveSelector()).as(id).isEqualTo(a.effectiveSelector());
      assertThat(b.limit()).as(id).isEqualTo(a.limit());
      assertThat(b.acceptableClasses()).as(id).isEqualTo(a.acceptableClasses());
      assertThat(b.quantifier()).as(id).isEqualTo(a.quantifier());
      assertThat(b.code()).as(id).isEqualTo(a.code().replace("MISEV2018", "MISEV2023"));
    }
  }

  @Test
  void aSmallEvClaimMeasuredByASingleParticleMethodWithACutOffPasses() {
    List<Finding> f = check(smallEvClaim(AnalyticalMethod.NTA, Quantity.of(200, "nm")));
    Finding method = only(f, "MISEV2023.SIZE_CLAIM_METHOD.PASS");
    assertThat(method.path()).isEqualTo(EV + "/sizeDistribution/method");
    assertThat(method.source().orElseThrow().confidence()).isEqualTo(Confidence.CONFIRMED);
    assertThat(only(f, "MISEV2023.SIZE_CLAIM_CUT_OFF.PASS").path()).isEqualTo(EV + "/declaredSizeCutOff");
    assertThat(codes(check(smallEvClaim(AnalyticalMethod.CRYO_EM, Quantity.of(200, "nm")))))
        .contains("MISEV2023.SIZE_CLAIM_METHOD.PASS");
  }

  @Test
  void aSmallEvClaimSizedByABulkMethodDoesNotRestOnAResolvingMethod() {
    List<Finding> f = check(smallEvClaim(AnalyticalMethod.DYNAMIC_LIGHT_SCATTERING, Quantity.of(200, "nm")));
    Finding x = only(f, "MISEV2023.SIZE_CLAIM_METHOD.METHOD_NOT_ALLOWED");
    assertThat(x.outcome()).isEqualTo(Outcome.MISSING);
    assertThat(x.severity()).isEqualTo(Severity.WARNING);
    assertThat(x.observed()).contains("DLS");
    assertThat(codes(notPassing(f))).containsExactly("MISEV2023.SIZE_CLAIM_METHOD.METHOD_NOT_ALLOWED");
  }

  @Test
  void aSmallEvClaimWithoutSizeDistributionOrCutOffIsMissing() {
    Lot lot = misev2023(editEv(Fixtures.bmLot(), b -> b.smallEvClaim(true).declaredSizeCutOff(Optional.empty())
        .sizeDistribution(Optional.empty())));
    List<Finding> f = check(lot);
    assertThat(codes(notPassing(f))).containsExactly("MISEV2023.SIZE_CLAIM_METHOD.METHOD_NOT_ALLOWED",
        "MISEV2023.SIZE_CLAIM_CUT_OFF.NO_COMPARABLE_RESULT");
    assertThat(only(f, "MISEV2023.SIZE_CLAIM_METHOD.METHOD_NOT_ALLOWED").observed()).contains("no method");
    assertThat(only(f, "MISEV2023.SIZE_CLAIM_CUT_OFF.NO_COMPARABLE_RESULT").path())
        .isEqualTo(EV + "/declaredSizeCutOff");
  }

  @Test
  void nvepSeparationNeedsMembraneEvidenceAndFailsWhenNoBilayerIsSeen() {
    Lot none = misev2023(editEv(Fixtures.bmLot(), b -> b.imaging(List.of()).lipidConcentration(Optional.empty())));
    assertThat(codes(notPassing(check(none)))).contains("MISEV2023.NVEP_SEPARATION.MISSING");
    Lot refuted = misev2023(editEv(Fixtures.bmLot(), b -> b.imaging(List.of(VesicleImaging.builder()
        .method(Term.of(AnalyticalMethod.CRYO_EM)).wideField(true).closeUp(true).bilayerObserved(false).build()))));
    Finding x = only(check(refuted), "MISEV2023.NVEP_SEPARATION.OUTCOME_NOT_ACCEPTABLE");
    assertThat(x.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(x.source().orElseThrow().confidence()).isEqualTo(Confidence.VERIFY);
  }

  @Test
  void theParticleClassMustBeStated() {
    Finding x = only(check(misev2023(editEv(Fixtures.bmLot(), b -> b.particleClass(Optional.empty())))),
        "MISEV2023.PARTICLE_CLASS.MISSING");
    assertThat(x.path()).isEqualTo(EV + "/particleClass");
    Misev2023Profile binding = Misev2023Profile.of(Misev2023Parameters.builder().severity(Severity.ERROR).build());
    assertThat(Fixtures.report(binding, Fixtures.bmProduct(),
        misev2023(editEv(Fixtures.bmLot(), b -> b.particleClass(Optional.empty())))).verdict())
        .isEqualTo(org.paracrine.core.report.Verdict.INCOMPLETE);
  }
}
