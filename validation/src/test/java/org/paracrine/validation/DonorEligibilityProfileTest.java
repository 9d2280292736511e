package org.paracrine.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paracrine.validation.Fixtures.codes;
import static org.paracrine.validation.Fixtures.editSource;
import static org.paracrine.validation.Fixtures.notPassing;
import static org.paracrine.validation.Fixtures.only;
import static org.paracrine.validation.Fixtures.run;
import static org.paracrine.validation.Fixtures.withCode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.product.SecretomeProduct;
import org.paracrine.core.report.Finding;
import org.paracrine.core.report.Outcome;
import org.paracrine.core.report.Severity;
import org.paracrine.core.samples.ReferenceLots;
import org.paracrine.core.samples.ReferenceProducts;
import org.paracrine.core.source.Donor;
import org.paracrine.core.source.DonorEligibility;
import org.paracrine.core.source.DonorTest;
import org.paracrine.core.source.ImmutableDonor;
import org.paracrine.core.spec.Confidence;
import org.paracrine.core.vocabulary.DonorRelationship;
import org.paracrine.core.vocabulary.DonorTestType;
import org.paracrine.core.vocabulary.TissueSource;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.report.Verdict;
import org.paracrine.validation.profiles.DonorEligibilityParameters;
import java.time.MonthDay;
import org.paracrine.core.vocabulary.QualitativeOutcome;
import org.paracrine.core.vocabulary.SpecimenSource;
import org.paracrine.core.vocabulary.Term;
import org.paracrine.validation.profiles.DonorEligibilityProfile;

class DonorEligibilityProfileTest {
  private static final DonorEligibilityProfile PROFILE = DonorEligibilityProfile.withDefaults();
  private static final String DONOR = "/product/source/donor";
  private static final String TESTS = DONOR + "/eligibility/tests";

  private static final LocalDate SPECIMEN = LocalDate.of(2024, 5, 20);

  /**
   * The bone-marrow donor: recovered 2024-06-03 (inside the WNV season), specimens 2024-05-20 (14 days before), the
   * nine tests of the reference record plus HBV NAT (index 9) and WNV NAT (index 10) recommended by FDA guidance.
   */
  private static SecretomeProduct bm(UnaryOperator<List<DonorTest>> editTests) {
    Donor d = Fixtures.bmProduct().source().donor().orElseThrow();
    DonorEligibility e = d.eligibility().orElseThrow();
    List<DonorTest> tests = new ArrayList<>(e.tests());
    tests.add(DonorTest.of(DonorTestType.HBV_NAT, QualitativeOutcome.NEGATIVE, SPECIMEN));
    tests.add(DonorTest.of(DonorTestType.WNV_NAT, QualitativeOutcome.NEGATIVE, SPECIMEN));
    DonorEligibility edited = DonorEligibility.builder().from(e).tests(editTests.apply(tests)).build();
    return editSource(Fixtures.bmProduct(), s -> s.donor(Donor.builder().from(d).eligibility(edited).build()));
  }

  private static SecretomeProduct bmDonor(UnaryOperator<ImmutableDonor.Builder> edit) {
    SecretomeProduct p = bm(t -> t);
    Donor d = p.source().donor().orElseThrow();
    return editSource(p, s -> s.donor(edit.apply(Donor.builder().from(d)).build()));
  }

  private static SecretomeProduct complete() {
    return bm(t -> t);
  }

  /** The findings that are neither passing nor not applicable, leaving out the two guidance-recommended tests. */
  private static List<Finding> problems(List<Finding> findings) {
    return notPassing(findings).stream().filter(x -> !x.criterionId().orElse("").equals("test:HBV-NAT")
        && !x.criterionId().orElse("").equals("test:WNV-NAT")).collect(Collectors.toList());
  }

  private static Finding criterion(List<Finding> findings, String id) {
    List<Finding> m = findings.stream().filter(x -> x.criterionId().orElse("").equals(id))
        .collect(Collectors.toList());
    assertThat(m).as("findings of %s", id).hasSize(1);
    return m.get(0);
  }

  private static List<DonorTest> specimenDates(List<DonorTest> tests, LocalDate date) {
    List<DonorTest> out = new ArrayList<>();
    tests.forEach(t -> out.add(DonorTest.builder().from(t).specimenDate(date).build()));
    return out;
  }

  private static List<Finding> check(SecretomeProduct p) {
    return run(PROFILE, p, Fixtures.bmLot());
  }

  @Test
  void eligibleBoneMarrowDonorPassesIncludingLeukocyteRichTests() {
    List<Finding> f = check(complete());
    assertThat(codes(f)).containsExactly("DONOR.DETERMINATION.PASS", "DONOR.TEST.PASS", "DONOR.TEST.PASS",
        "DONOR.TEST.PASS", "DONOR.TEST.PASS", "DONOR.TEST.PASS", "DONOR.TEST.PASS", "DONOR.TEST.PASS",
        "DONOR.TEST.PASS", "DONOR.TEST.PASS", "DONOR.TEST.PASS", "DONOR.TEST.PASS", "DONOR.TEST.PASS",
        "DONOR.SPECIMEN_WINDOW.PASS");
    assertThat(f.get(11).criterionId()).contains("test:HBV-NAT");
    assertThat(f.get(12).criterionId()).contains("test:WNV-NAT");
    assertThat(f.get(9).source().orElseThrow().confidence()).isEqualTo(Confidence.VERIFY);
    assertThat(f.get(1).source().orElseThrow().label()).isEqualTo("21 CFR 1271.85(a)");
  }

  @Test
  void boneMarrowSpecimenThirtyDaysBeforeRecoveryIsInsideAndThirtyOneIsOutside() {
    assertThat(notPassing(check(bm(t -> specimenDates(t, LocalDate.of(2024, 5, 4)))))).isEmpty();
    List<Finding> f = check(bm(t -> specimenDates(t, LocalDate.of(2024, 5, 3))));
    assertThat(f.stream().filter(x -> x.code().equals("DONOR.SPECIMEN_WINDOW.OUTSIDE"))).hasSize(11)
        .allMatch(x -> x.outcome() == Outcome.FAIL);
    assertThat(only(List.of(f.stream().filter(x -> x.path().equals(TESTS + "/0/specimenDate")).findFirst()
        .orElseThrow()), "DONOR.SPECIMEN_WINDOW.OUTSIDE").observed().orElseThrow())
        .isEqualTo("2024-05-03 (-31 days from recovery)");
  }

  @Test
  void specimenMoreThanSevenDaysAfterRecoveryIsOutside() {
    List<Finding> f = check(bm(t -> {
      t.set(4, DonorTest.builder().from(t.get(4)).specimenDate(LocalDate.of(2024, 6, 11)).build());
      return t;
    }));
    assertThat(codes(notPassing(f))).containsExactly("DONOR.SPECIMEN_WINDOW.OUTSIDE");
    assertThat(notPassing(f).get(0).path()).isEqualTo(TESTS + "/4/specimenDate");
    assertThat(notPassing(check(bm(t -> {
      t.set(4, DonorTest.builder().from(t.get(4)).specimenDate(LocalDate.of(2024, 6, 10)).build());
      return t;
    })))).isEmpty();
  }

  @Test
  void adiposeDonorHasTheSevenDayWindowBeforeRecovery() {
    SecretomeProduct at = ReferenceProducts.adiposeEvNebulised();
    Donor d = at.source().donor().orElseThrow();
    DonorEligibility e = d.eligibility().orElseThrow();
    SecretomeProduct early = editSource(at, s -> s.donor(Donor.builder().from(d).eligibility(DonorEligibility
        .builder().from(e).tests(specimenDates(e.tests(), d.recoveryDate().orElseThrow().minusDays(8))).build())
        .build()));
    List<Finding> f = run(PROFILE, early, ReferenceLots.adiposeEvNebulised());
    assertThat(codes(problems(f))).hasSize(7).containsOnly("DONOR.SPECIMEN_WINDOW.OUTSIDE");
  }

  @Test
  void missingRecoveryDateMakesTimingUncheckable() {
    SecretomeProduct p = bmDonor(d -> d.recoveryDate(Optional.empty()));
    Finding f = only(check(p), "DONOR.SPECIMEN_WINDOW.MISSING");
    assertThat(f.path()).isEqualTo(DONOR + "/recoveryDate");
  }

  @Test
  void reactiveTestFailsButReactiveCmvOnlyWarns() {
    List<Finding> hcv = check(bm(t -> {
      t.set(5, DonorTest.builder().from(t.get(5)).outcome(Term.of(QualitativeOutcome.REACTIVE)).build());
      return t;
    }));
    Finding x = only(hcv, "DONOR.TEST.REACTIVE");
    assertThat(x.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(x.path()).isEqualTo(TESTS + "/5/outcome");
    List<Finding> cmv = check(bm(t -> {
      t.set(8, DonorTest.builder().from(t.get(8)).outcome(Term.of(QualitativeOutcome.REACTIVE)).build());
      return t;
    }));
    Finding c = only(cmv, "DONOR.TEST.REACTIVE");
    assertThat(c.outcome()).isEqualTo(Outcome.WARN);
    assertThat(c.severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void missingRequiredTestAndUnlicensedTest() {
    List<Finding> noSyphilis = check(bm(t -> {
      t.remove(6);
      return t;
    }));
    Finding m = only(noSyphilis, "DONOR.TEST.MISSING");
    assertThat(m.path()).isEqualTo(TESTS);
    assertThat(m.criterionId()).contains("test:T-pallidum");
    List<Finding> unlicensed = check(bm(t -> {
      t.set(2, DonorTest.builder().from(t.get(2)).licensedScreeningTest(false).build());
      return t;
    }));
    assertThat(only(unlicensed, "DONOR.TEST.UNLICENSED").path()).isEqualTo(TESTS + "/2/licensedScreeningTest");
  }

  @Test
  void determinationIneligibleFailsAndUndeterminedIsMissing() {
    DonorEligibility e = complete().source().donor().orElseThrow().eligibility().orElseThrow();
    SecretomeProduct ineligible = bmDonor(d -> d.eligibility(DonorEligibility.builder().from(e).eligible(false)
        .build()));
    assertThat(codes(notPassing(check(ineligible)))).containsExactly("DONOR.DETERMINATION.FAIL");
    SecretomeProduct undetermined = bmDonor(d -> d.eligibility(DonorEligibility.builder().from(e)
        .eligible(Optional.empty()).build()));
    assertThat(only(check(undetermined), "DONOR.DETERMINATION.MISSING").path())
        .isEqualTo(DONOR + "/eligibility/eligible");
  }

  @Test
  void newbornDonorNeedsTheBirthMotherSpecimen() {
    List<Finding> ok = run(PROFILE, ReferenceProducts.umbilicalCordSecretomeGel(),
        ReferenceLots.umbilicalCordSecretomeGel());
    assertThat(problems(ok)).isEmpty();
    assertThat(codes(ok)).contains("DONOR.MATERNAL_SPECIMEN.PASS");
    SecretomeProduct uc = ReferenceProducts.umbilicalCordSecretomeGel();
    Donor d = uc.source().donor().orElseThrow();
    DonorEligibility e = d.eligibility().orElseThrow();
    List<DonorTest> onNewborn = new ArrayList<>();
    e.tests().forEach(t -> onNewborn.add(DonorTest.builder().from(t).specimenSource(Term.of(SpecimenSource.DONOR))
        .build()));
    SecretomeProduct wrong = editSource(uc, s -> s.donor(Donor.builder().from(d).eligibility(
        DonorEligibility.builder().from(e).tests(onNewborn).build()).build()));
    List<Finding> f = run(PROFILE, wrong, ReferenceLots.umbilicalCordSecretomeGel());
    assertThat(codes(problems(f))).hasSize(8).containsOnly("DONOR.MATERNAL_SPECIMEN.MISSING");
    assertThat(problems(f).get(0).path()).isEqualTo(TESTS + "/0/specimenSource");
    assertThat(codes(f)).doesNotContain("DONOR.MATERNAL_SPECIMEN.PASS");
  }

  @Test
  void adultDonorOfAmnioticFluidIsNotTreatedAsANewborn() {
    List<Finding> f = run(PROFILE, ReferenceProducts.amnioticFluidEvIntravenous(),
        ReferenceLots.amnioticFluidEvIntravenous());
    assertThat(problems(f)).isEmpty();
    assertThat(codes(f)).doesNotContain("DONOR.MATERNAL_SPECIMEN.PASS");
  }

  @Test
  void lotDonorTakesPrecedenceAndAutologousDonorsAreExempt() {
    Donor d = Fixtures.bmProduct().source().donor().orElseThrow();
    Lot lot = Lot.builder().from(Fixtures.bmLot()).donor(Donor.builder().from(d).id("BM-D-0999")
        .eligibility(Optional.empty()).build()).build();
    List<Finding> f = run(PROFILE, Fixtures.bmProduct(), lot);
    assertThat(codes(f)).containsExactly("DONOR.ELIGIBILITY.MISSING");
    assertThat(f.get(0).path()).isEqualTo("/lot/donor/eligibility");
    Lot autologous = Lot.builder().from(Fixtures.bmLot()).donor(Donor.builder().from(d)
        .relationship(Term.of(DonorRelationship.AUTOLOGOUS)).build()).build();
    List<Finding> a = run(PROFILE, Fixtures.bmProduct(), autologous);
    assertThat(codes(a)).containsExactly("DONOR.AUTOLOGOUS");
    assertThat(a.get(0).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
  }

  @Test
  void noDonorAtAllIsMissing() {
    SecretomeProduct p = editSource(Fixtures.bmProduct(), s -> s.donor(Optional.empty()));
    assertThat(codes(check(p))).containsExactly("DONOR.RECORD.MISSING");
  }

  @Test
  void leukocyteRichTestsAreOnlyRequiredForLeukocyteRichTissues() {
    List<Finding> at = run(PROFILE, ReferenceProducts.adiposeEvNebulised(), ReferenceLots.adiposeEvNebulised());
    assertThat(at.stream().filter(x -> x.code().equals("DONOR.TEST.PASS"))).hasSize(8);
    assertThat(at.stream().filter(x -> x.criterionId().orElse("").startsWith("test:"))).hasSize(10);
    List<Finding> bmNoCmv = check(bm(t -> {
      t.removeIf(x -> x.test().is(DonorTestType.CMV));
      return t;
    }));
    assertThat(only(bmNoCmv, "DONOR.TEST.MISSING").criterionId()).contains("test:CMV");
  }

  // 21 CFR 1271.80(a): "a donor 1 month of age or younger" — the age is inclusive.

  private static List<DonorTest> onOwnSpecimen(List<DonorTest> tests) {
    List<DonorTest> out = new ArrayList<>();
    tests.forEach(t -> out.add(DonorTest.builder().from(t).specimenSource(Term.of(SpecimenSource.DONOR)).build()));
    return out;
  }

  @Test
  void donorAgedExactlyOneMonthNeedsTheBirthMotherSpecimen() {
    List<Finding> f = check(bmDonor(d -> d.ageAtRecovery(Quantity.of(1, "mo"))));
    assertThat(withCode(f, "DONOR.MATERNAL_SPECIMEN.MISSING")).hasSize(12)
        .allMatch(x -> x.source().orElseThrow().label().equals("21 CFR 1271.80"));
    assertThat(withCode(f, "DONOR.MATERNAL_SPECIMEN.MISSING").get(0).message()).contains("1 month of age or younger");
    assertThat(Fixtures.report(PROFILE, bmDonor(d -> d.ageAtRecovery(Quantity.of(1, "mo"))), Fixtures.bmLot())
        .verdict()).isEqualTo(Verdict.INCOMPLETE);
  }

  @Test
  void donorAgedThirtyDaysIsANewbornAndThirtyOneDaysIsNot() {
    assertThat(withCode(check(bmDonor(d -> d.ageAtRecovery(Quantity.of(30, "d")))),
        "DONOR.MATERNAL_SPECIMEN.MISSING")).hasSize(12);
    List<Finding> older = check(bmDonor(d -> d.ageAtRecovery(Quantity.of(31, "d"))));
    assertThat(codes(older)).doesNotContain("DONOR.MATERNAL_SPECIMEN.MISSING", "DONOR.MATERNAL_SPECIMEN.PASS");
    assertThat(notPassing(older)).isEmpty();
  }

  @Test
  void donorAgedOneMonthTestedOnTheBirthMotherPasses() {
    DonorEligibility e = complete().source().donor().orElseThrow().eligibility().orElseThrow();
    List<DonorTest> maternal = new ArrayList<>();
    e.tests().forEach(t -> maternal.add(DonorTest.builder().from(t)
        .specimenSource(Term.of(SpecimenSource.BIRTH_MOTHER)).build()));
    List<Finding> f = check(bmDonor(d -> d.ageAtRecovery(Quantity.of(1, "mo"))
        .eligibility(DonorEligibility.builder().from(e).tests(maternal).build())));
    assertThat(notPassing(f)).isEmpty();
    assertThat(codes(f)).containsOnlyOnce("DONOR.MATERNAL_SPECIMEN.PASS");
    assertThat(f).hasSize(15);
  }

  // Issue 11 correction 10: amniotic fluid is perinatal in the donor rules too.

  @Test
  void amnioticFluidDonorWithoutARecordedAgeIsTreatedAsANewborn() {
    SecretomeProduct af = ReferenceProducts.amnioticFluidEvIntravenous();
    Donor d = af.source().donor().orElseThrow();
    SecretomeProduct noAge = editSource(af, s -> s.donor(Donor.builder().from(d).ageAtRecovery(Optional.empty())
        .eligibility(DonorEligibility.builder().from(d.eligibility().orElseThrow())
            .tests(onOwnSpecimen(d.eligibility().orElseThrow().tests())).build()).build()));
    List<Finding> f = run(PROFILE, noAge, ReferenceLots.amnioticFluidEvIntravenous());
    assertThat(codes(problems(f))).hasSize(8).containsOnly("DONOR.MATERNAL_SPECIMEN.MISSING");
    assertThat(DonorEligibilityParameters.defaults().neonatalTissues()).contains(TissueSource.AMNIOTIC_FLUID,
        TissueSource.UMBILICAL_CORD, TissueSource.WHARTONS_JELLY, TissueSource.PLACENTA, TissueSource.AMNION)
        .hasSize(5);
  }

  // 21 CFR 1271.80(b)(1): 30 days before recovery only for PBSC, bone marrow and oocytes.

  private static SecretomeProduct peripheralBlood(LocalDate specimen) {
    SecretomeProduct p = bm(t -> specimenDates(t, specimen));
    return editSource(p, s -> s.tissue(Term.of(TissueSource.PERIPHERAL_BLOOD)));
  }

  @Test
  void peripheralBloodMscDonorHasTheSevenDayWindowNotThirtyDays() {
    List<Finding> f = check(peripheralBlood(SPECIMEN));
    assertThat(withCode(f, "DONOR.SPECIMEN_WINDOW.OUTSIDE")).hasSize(11).allMatch(x -> x.outcome() == Outcome.FAIL
        && x.expected().orElseThrow().contains("from 7 days before"));
    assertThat(notPassing(check(peripheralBlood(LocalDate.of(2024, 5, 27))))).isEmpty();
    assertThat(withCode(check(peripheralBlood(LocalDate.of(2024, 5, 26))), "DONOR.SPECIMEN_WINDOW.OUTSIDE"))
        .hasSize(11);
  }

  @Test
  void peripheralBloodStemCellDonorGetsThirtyDaysWhenTheUserSaysSo() {
    DonorEligibilityProfile pbsc = DonorEligibilityProfile.of(DonorEligibilityParameters.builder()
        .extendedWindowTissues(java.util.Set.of(TissueSource.BONE_MARROW, TissueSource.PERIPHERAL_BLOOD)).build());
    assertThat(notPassing(run(pbsc, peripheralBlood(SPECIMEN), Fixtures.bmLot()))).isEmpty();
    assertThat(DonorEligibilityParameters.defaults().extendedWindowTissues()).containsExactly(TissueSource.BONE_MARROW);
  }

  // 21 CFR 1271.80(c): licensing that is not recorded is never a silent pass.

  private static SecretomeProduct licensingNotRecorded(int index) {
    return bm(t -> {
      t.set(index, DonorTest.builder().from(t.get(index)).licensedScreeningTest(Optional.empty()).build());
      return t;
    });
  }

  @Test
  void unrecordedLicensingIsMissingAndMakesTheLotIncompleteByDefault() {
    List<Finding> f = check(licensingNotRecorded(2));
    Finding x = only(f, "DONOR.TEST.LICENSING_NOT_RECORDED");
    assertThat(x.outcome()).isEqualTo(Outcome.MISSING);
    assertThat(x.severity()).isEqualTo(Severity.ERROR);
    assertThat(x.path()).isEqualTo(TESTS + "/2/licensedScreeningTest");
    assertThat(x.criterionId()).contains("test:HBsAg");
    assertThat(x.source().orElseThrow().label()).isEqualTo("21 CFR 1271.80");
    assertThat(notPassing(f)).hasSize(1);
    assertThat(Fixtures.report(PROFILE, licensingNotRecorded(2), Fixtures.bmLot()).verdict())
        .isEqualTo(Verdict.INCOMPLETE);
  }

  @Test
  void unrecordedLicensingWarnsWhenTheUserLowersIt() {
    DonorEligibilityProfile lenient = DonorEligibilityProfile.of(DonorEligibilityParameters.builder()
        .unrecordedLicensingSeverity(Severity.WARNING).build());
    List<Finding> f = run(lenient, licensingNotRecorded(2), Fixtures.bmLot());
    Finding x = only(f, "DONOR.TEST.LICENSING_NOT_RECORDED");
    assertThat(x.outcome()).isEqualTo(Outcome.WARN);
    assertThat(x.severity()).isEqualTo(Severity.WARNING);
    assertThat(Fixtures.report(lenient, licensingNotRecorded(2), Fixtures.bmLot()).verdict())
        .isEqualTo(Verdict.RELEASE);
  }

  // FDA guidance, August 2016 (FDA-2015-D-5073): HBV NAT in addition to HBsAg and anti-HBc.

  @Test
  void missingHbvNatWarnsCitingTheGuidanceNotTheRegulation() {
    List<Finding> f = check(bm(t -> {
      t.remove(9);
      return t;
    }));
    Finding x = criterion(f, "test:HBV-NAT");
    assertThat(x.code()).isEqualTo("DONOR.TEST.MISSING");
    assertThat(x.outcome()).isEqualTo(Outcome.MISSING);
    assertThat(x.severity()).isEqualTo(Severity.WARNING);
    assertThat(x.source().orElseThrow().reference().orElseThrow()).contains("FDA-2015-D-5073");
    assertThat(x.source().orElseThrow().confidence()).isEqualTo(Confidence.CONFIRMED);
    assertThat(notPassing(f)).hasSize(1);
  }

  @Test
  void hbvNatSeverityCanBeRaisedAndAReactiveResultAlwaysFails() {
    DonorEligibilityProfile strict = DonorEligibilityProfile.of(DonorEligibilityParameters.builder()
        .guidanceSeverity(Severity.ERROR).build());
    SecretomeProduct without = bm(t -> {
      t.remove(9);
      return t;
    });
    assertThat(criterion(run(strict, without, Fixtures.bmLot()), "test:HBV-NAT").severity())
        .isEqualTo(Severity.ERROR);
    assertThat(Fixtures.report(strict, without, Fixtures.bmLot()).verdict()).isEqualTo(Verdict.INCOMPLETE);
    SecretomeProduct reactive = bm(t -> {
      t.set(9, DonorTest.builder().from(t.get(9)).outcome(Term.of(QualitativeOutcome.REACTIVE)).build());
      return t;
    });
    Finding x = criterion(check(reactive), "test:HBV-NAT");
    assertThat(x.code()).isEqualTo("DONOR.TEST.REACTIVE");
    assertThat(x.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(x.severity()).isEqualTo(Severity.ERROR);
    assertThat(criterion(check(complete()), "test:HBV-NAT").code()).isEqualTo("DONOR.TEST.PASS");
    DonorEligibilityProfile off = DonorEligibilityProfile.of(DonorEligibilityParameters.builder()
        .requireHbvNat(false).build());
    assertThat(run(off, without, Fixtures.bmLot())).noneMatch(y -> y.criterionId().orElse("").equals("test:HBV-NAT"));
  }

  // FDA guidance, September 2016 (FDA-2013-D-1143), III.A.1: WNV NAT for recovery June 1 through October 31.

  private static SecretomeProduct withoutWnv(LocalDate recovery) {
    SecretomeProduct p = bm(t -> {
      t.remove(10);
      return specimenDates(t, recovery);
    });
    Donor d = p.source().donor().orElseThrow();
    return editSource(p, s -> s.donor(Donor.builder().from(d).recoveryDate(recovery).build()));
  }

  @Test
  void wnvNatIsRequiredFromJuneFirstThroughOctoberThirtyFirst() {
    for (LocalDate in : List.of(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 10, 31))) {
      Finding x = criterion(check(withoutWnv(in)), "test:WNV-NAT");
      assertThat(x.code()).as("recovery %s", in).isEqualTo("DONOR.TEST.MISSING");
      assertThat(x.severity()).isEqualTo(Severity.WARNING);
      assertThat(x.source().orElseThrow().reference().orElseThrow()).contains("FDA-2013-D-1143");
    }
    for (LocalDate out : List.of(LocalDate.of(2024, 5, 31), LocalDate.of(2024, 11, 1))) {
      Finding x = criterion(check(withoutWnv(out)), "test:WNV-NAT");
      assertThat(x.code()).as("recovery %s", out).isEqualTo("DONOR.TEST.NOT_APPLICABLE");
      assertThat(x.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
      assertThat(x.path()).isEqualTo(DONOR + "/recoveryDate");
    }
    assertThat(criterion(check(complete()), "test:WNV-NAT").code()).isEqualTo("DONOR.TEST.PASS");
  }

  @Test
  void wnvSeasonIsAParameterAndAMissingRecoveryDateLeavesItOpen() {
    DonorEligibilityProfile yearRound = DonorEligibilityProfile.of(DonorEligibilityParameters.builder()
        .wnvSeasonStart(MonthDay.of(1, 1)).wnvSeasonEnd(MonthDay.of(12, 31)).build());
    assertThat(criterion(run(yearRound, withoutWnv(LocalDate.of(2024, 11, 1)), Fixtures.bmLot()), "test:WNV-NAT")
        .code()).isEqualTo("DONOR.TEST.MISSING");
    SecretomeProduct noDate = bm(t -> {
      t.remove(10);
      return t;
    });
    Donor d = noDate.source().donor().orElseThrow();
    SecretomeProduct p = editSource(noDate, s -> s.donor(Donor.builder().from(d).recoveryDate(Optional.empty())
        .build()));
    Finding x = criterion(check(p), "test:WNV-NAT");
    assertThat(x.code()).isEqualTo("DONOR.TEST.MISSING");
    assertThat(x.path()).isEqualTo(DONOR + "/recoveryDate");
    assertThat(x.severity()).isEqualTo(Severity.WARNING);
  }
}
