package org.paracrine.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paracrine.validation.Fixtures.codes;
import static org.paracrine.validation.Fixtures.editSource;
import static org.paracrine.validation.Fixtures.notPassing;
import static org.paracrine.validation.Fixtures.only;
import static org.paracrine.validation.Fixtures.run;
import static org.paracrine.validation.Fixtures.withCode;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.product.SecretomeProduct;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.report.Finding;
import org.paracrine.core.report.Outcome;
import org.paracrine.core.report.Severity;
import org.paracrine.core.report.Verdict;
import org.paracrine.core.samples.ReferenceLots;
import org.paracrine.core.samples.ReferenceProducts;
import org.paracrine.core.source.Donor;
import org.paracrine.core.source.DonorEligibility;
import org.paracrine.core.source.DonorTest;
import org.paracrine.core.source.ImmutableDonor;
import org.paracrine.core.spec.Confidence;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.core.vocabulary.DonorRelationship;
import org.paracrine.core.vocabulary.DonorTestType;
import org.paracrine.core.vocabulary.QualitativeOutcome;
import org.paracrine.core.vocabulary.SpecimenSource;
import org.paracrine.core.vocabulary.Term;
import org.paracrine.core.vocabulary.TissueSource;
import org.paracrine.validation.profiles.DonorEligibilityParameters;
import org.paracrine.validation.profiles.DonorEligibilityProfile;

class DonorEligibilityProfileTest {
  private static final DonorEligibilityProfile PROFILE = DonorEligibilityProfile.withDefaults();
  private static final String DONOR = "/product/source/donor";
  private static final String TESTS = DONOR + "/eligibility/tests";

  /**
   * The bone-marrow donor: recovered 2024-06-03 (inside the WNV season), specimens 2024-05-20 (14 days before), eleven
   * tests: the nine of 21 CFR 1271.85(a) and (b), then HBV NAT (index 9) and WNV NAT (index 10) recommended by FDA
   * guidance.
   */
  private static SecretomeProduct bm(UnaryOperator<List<DonorTest>> editTests) {
    Donor d = Fixtures.bmProduct().source().donor().orElseThrow();
    DonorEligibility e = d.eligibility().orElseThrow();
    List<DonorTest> tests = new ArrayList<>(e.tests());
    assertThat(tests).hasSize(11);
    assertThat(tests.get(9).test().is(DonorTestType.HBV_NAT) && tests.get(10).test().is(DonorTestType.WNV_NAT))
        .isTrue();
    DonorEligibility edited = DonorEligibility.builder().from(e).tests(editTests.apply(tests)).build();
    return editSource(Fixtures.bmProduct(), s -> s.donor(Donor.builder().from(d).eligibility(edited).build()));
  }

  private static SecretomeProduct bmDonor(UnaryOperator<ImmutableDonor.Builder> edit) {
    SecretomeProduct p = Fixtures.bmProduct();
    Donor d = p.source().donor().orElseThrow();
    return editSource(p, s -> s.donor(edit.apply(Donor.builder().from(d)).build()));
  }

  private static List<DonorTest> specimenDates(List<DonorTest> tests, LocalDate date) {
    List<DonorTest> out = new ArrayList<>();
    tests.forEach(t -> out.add(DonorTest.builder().from(t).specimenDate(date).build()));
    return out;
  }

  private static List<DonorTest> onSpecimenOf(List<DonorTest> tests, SpecimenSource source) {
    List<DonorTest> out = new ArrayList<>();
    tests.forEach(t -> out.add(DonorTest.builder().from(t).specimenSource(Term.of(source)).build()));
    return out;
  }

  private static List<Finding> check(SecretomeProduct p) {
    return run(PROFILE, p, Fixtures.bmLot());
  }

  private static Verdict verdict(DonorEligibilityProfile profile, SecretomeProduct p) {
    return Fixtures.report(profile, p, Fixtures.bmLot()).verdict();
  }

  /** The findings that are neither passing nor not applicable, leaving out the two guidance-recommended tests. */
  private static List<Finding> problems(List<Finding> findings) {
    return notPassing(findings).stream().filter(x -> !x.criterionId().orElse("").equals("test:HBV-DNA-NAT")
        && !x.criterionId().orElse("").equals("test:WNV-NAT")).collect(Collectors.toList());
  }

  private static Finding criterion(List<Finding> findings, String id) {
    List<Finding> m = findings.stream().filter(x -> x.criterionId().orElse("").equals(id))
        .collect(Collectors.toList());
    assertThat(m).as("findings of %s in %s", id, codes(findings)).hasSize(1);
    return m.get(0);
  }

  // The profile is data.

  @Test
  void theProfileIsACitedSpecificationDocumentWithOneCriterionPerRule() {
    ReleaseSpecification spec = PROFILE.specification().orElseThrow();
    assertThat(spec.version()).isEqualTo("2.0.0");
    assertThat(spec.criteria()).extracting(c -> c.id()).containsExactly("determination", "test:anti-HIV-1_or_anti-HIV-1/2",
        "test:HIV-1-NAT", "test:anti-HIV-2_or_anti-HIV-1/2", "test:HBsAg", "test:anti-HBc", "test:anti-HCV",
        "test:HCV-NAT", "test:T-pallidum", "test:anti-HTLV-I/II", "test:CMV", "test:HBV-DNA-NAT", "test:WNV-NAT",
        "licensed-screening-tests", "specimen-window");
    assertThat(spec.criteria()).allMatch(c -> c.source().isPresent());
    var window = spec.criteria().get(14).computedLimit().orElseThrow();
    assertThat(window.function()).isEqualTo("cfr1271-80-specimen-window");
    assertThat(window.parameters()).extracting(x -> x.name() + "=" + x.quantity().map(Object::toString)
        .orElseGet(() -> x.text().orElseThrow())).containsExactly("days-before=7 d", "days-after=7 d",
            "extended-days-before=30 d", "extended-window-tissues=BM");
    assertThat(window.parameters()).allMatch(x -> x.source().orElseThrow().label().equals("21 CFR 1271.80"));
  }

  @Test
  void eligibleBoneMarrowDonorPassesIncludingLeukocyteRichAndGuidanceTests() {
    List<Finding> f = check(Fixtures.bmProduct());
    assertThat(codes(f)).containsExactly("DONOR.DETERMINATION.PASS", "DONOR.TEST.PASS", "DONOR.TEST.PASS",
        "DONOR.TEST.PASS", "DONOR.TEST.PASS", "DONOR.TEST.PASS", "DONOR.TEST.PASS", "DONOR.TEST.PASS",
        "DONOR.TEST.PASS", "DONOR.TEST.PASS", "DONOR.TEST.PASS", "DONOR.TEST.PASS", "DONOR.TEST.PASS",
        "DONOR.LICENSING.PASS", "DONOR.SPECIMEN_WINDOW.PASS");
    assertThat(f.get(9).source().orElseThrow().confidence()).isEqualTo(Confidence.VERIFY);
    assertThat(f.get(1).source().orElseThrow().label()).isEqualTo("21 CFR 1271.85(a)");
    assertThat(f.get(11).criterionId()).contains("test:HBV-DNA-NAT");
    assertThat(f.get(12).criterionId()).contains("test:WNV-NAT");
    assertThat(f.get(4).path()).isEqualTo(TESTS + "/2/outcome");
    assertThat(f).allMatch(x -> x.specification().orElseThrow().id().equals(DonorEligibilityProfile.ID));
  }

  // Specimen window, 21 CFR 1271.80(b), as the computed limit cfr1271-80-specimen-window.

  @Test
  void boneMarrowSpecimenThirtyDaysBeforeRecoveryIsInsideAndThirtyOneIsOutside() {
    assertThat(notPassing(check(bm(t -> specimenDates(t, LocalDate.of(2024, 5, 4)))))).isEmpty();
    List<Finding> f = check(bm(t -> specimenDates(t, LocalDate.of(2024, 5, 3))));
    Finding x = only(f, "DONOR.SPECIMEN_WINDOW.OUT_OF_LIMIT");
    assertThat(x.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(x.severity()).isEqualTo(Severity.ERROR);
    assertThat(x.path()).isEqualTo(TESTS + "/0/specimenDate");
    assertThat(x.observedQuantity().orElseThrow()).isEqualTo(Quantity.of(-31, "d"));
    assertThat(x.limit().orElseThrow().describe()).contains("-30").contains("7");
    assertThat(x.expected().orElseThrow()).contains("from 30 days before").contains("2024-06-03");
    assertThat(x.source().orElseThrow().label()).isEqualTo("21 CFR 1271.80");
    assertThat(notPassing(f)).hasSize(1);
  }

  @Test
  void specimenMoreThanSevenDaysAfterRecoveryIsOutside() {
    List<Finding> f = check(bm(t -> {
      t.set(4, DonorTest.builder().from(t.get(4)).specimenDate(LocalDate.of(2024, 6, 11)).build());
      return t;
    }));
    assertThat(codes(notPassing(f))).containsExactly("DONOR.SPECIMEN_WINDOW.OUT_OF_LIMIT");
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
    for (int days : new int[] {7, 8}) {
      SecretomeProduct early = editSource(at, s -> s.donor(Donor.builder().from(d).eligibility(DonorEligibility
          .builder().from(e).tests(specimenDates(e.tests(), d.recoveryDate().orElseThrow().minusDays(days))).build())
          .build()));
      List<Finding> f = run(PROFILE, early, ReferenceLots.adiposeEvNebulised());
      assertThat(codes(problems(f))).as("%d days before", days)
          .isEqualTo(days == 7 ? List.of() : List.of("DONOR.SPECIMEN_WINDOW.OUT_OF_LIMIT"));
    }
  }

  @Test
  void missingRecoveryDateMakesTimingUncheckable() {
    List<Finding> f = check(bmDonor(d -> d.recoveryDate(Optional.empty())));
    Finding x = only(f, "DONOR.SPECIMEN_WINDOW.MISSING");
    assertThat(x.path()).isEqualTo(DONOR + "/recoveryDate");
    assertThat(x.outcome()).isEqualTo(Outcome.MISSING);
    assertThat(x.message()).contains("recovery date is not recorded");
  }

  private static SecretomeProduct peripheralBlood(LocalDate specimen) {
    SecretomeProduct p = bm(t -> specimenDates(t, specimen));
    return editSource(p, s -> s.tissue(Term.of(TissueSource.PERIPHERAL_BLOOD)));
  }

  @Test
  void peripheralBloodMscDonorHasTheSevenDayWindowNotThirtyDays() {
    Finding x = only(check(peripheralBlood(LocalDate.of(2024, 5, 20))), "DONOR.SPECIMEN_WINDOW.OUT_OF_LIMIT");
    assertThat(x.expected().orElseThrow()).contains("from 7 days before");
    assertThat(x.observedQuantity().orElseThrow()).isEqualTo(Quantity.of(-14, "d"));
    assertThat(notPassing(check(peripheralBlood(LocalDate.of(2024, 5, 27))))).isEmpty();
    assertThat(codes(notPassing(check(peripheralBlood(LocalDate.of(2024, 5, 26))))))
        .containsExactly("DONOR.SPECIMEN_WINDOW.OUT_OF_LIMIT");
  }

  @Test
  void peripheralBloodStemCellDonorGetsThirtyDaysWhenTheUserSaysSo() {
    DonorEligibilityProfile pbsc = DonorEligibilityProfile.of(DonorEligibilityParameters.builder()
        .extendedWindowTissues(Set.of(TissueSource.BONE_MARROW, TissueSource.PERIPHERAL_BLOOD)).build());
    assertThat(notPassing(run(pbsc, peripheralBlood(LocalDate.of(2024, 5, 20)), Fixtures.bmLot()))).isEmpty();
    assertThat(DonorEligibilityParameters.defaults().extendedWindowTissues())
        .containsExactly(TissueSource.BONE_MARROW);
  }

  // Required tests, 21 CFR 1271.85: one criterion per slot.

  @Test
  void reactiveTestFailsButReactiveCmvFailsOnlyAsAWarning() {
    List<Finding> hcv = check(bm(t -> {
      t.set(5, DonorTest.builder().from(t.get(5)).outcome(Term.of(QualitativeOutcome.REACTIVE)).build());
      return t;
    }));
    Finding x = only(hcv, "DONOR.TEST.OUTCOME_NOT_ACCEPTABLE");
    assertThat(x.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(x.severity()).isEqualTo(Severity.ERROR);
    assertThat(x.path()).isEqualTo(TESTS + "/5/outcome");
    assertThat(x.criterionId()).contains("test:HCV-NAT");
    List<Finding> cmv = check(bm(t -> {
      t.set(8, DonorTest.builder().from(t.get(8)).outcome(Term.of(QualitativeOutcome.REACTIVE)).build());
      return t;
    }));
    Finding c = only(cmv, "DONOR.TEST.OUTCOME_NOT_ACCEPTABLE");
    assertThat(c.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(c.severity()).isEqualTo(Severity.WARNING);
    assertThat(verdict(PROFILE, bm(t -> {
      t.set(8, DonorTest.builder().from(t.get(8)).outcome(Term.of(QualitativeOutcome.REACTIVE)).build());
      return t;
    }))).isEqualTo(Verdict.RELEASE);
  }

  @Test
  void aSlotWithAlternativesPassesOnOneAndFailsWhenAnyAlternativeIsReactive() {
    SecretomeProduct both = bm(t -> {
      t.add(DonorTest.of(DonorTestType.HIV1_ANTIBODY, QualitativeOutcome.NON_REACTIVE, LocalDate.of(2024, 5, 20)));
      return t;
    });
    assertThat(criterion(check(both), "test:anti-HIV-1_or_anti-HIV-1/2").code()).isEqualTo("DONOR.TEST.PASS");
    SecretomeProduct oneReactive = bm(t -> {
      t.add(DonorTest.of(DonorTestType.HIV1_ANTIBODY, QualitativeOutcome.REACTIVE, LocalDate.of(2024, 5, 20)));
      return t;
    });
    Finding x = criterion(check(oneReactive), "test:anti-HIV-1_or_anti-HIV-1/2");
    assertThat(x.code()).isEqualTo("DONOR.TEST.OUTCOME_NOT_ACCEPTABLE");
    assertThat(x.path()).isEqualTo(TESTS + "/11/outcome");
  }

  @Test
  void missingAndIndeterminateRequiredTestsAreMissing() {
    List<Finding> noSyphilis = check(bm(t -> {
      t.remove(6);
      return t;
    }));
    Finding m = only(noSyphilis, "DONOR.TEST.MISSING");
    assertThat(m.path()).isEqualTo(TESTS);
    assertThat(m.criterionId()).contains("test:T-pallidum");
    assertThat(m.severity()).isEqualTo(Severity.ERROR);
    List<Finding> indeterminate = check(bm(t -> {
      t.set(6, DonorTest.builder().from(t.get(6)).outcome(Term.of(QualitativeOutcome.INDETERMINATE)).build());
      return t;
    }));
    Finding i = only(indeterminate, "DONOR.TEST.NO_COMPARABLE_RESULT");
    assertThat(i.outcome()).isEqualTo(Outcome.MISSING);
    assertThat(i.path()).isEqualTo(TESTS + "/6/outcome");
  }

  @Test
  void leukocyteRichTestsAreOnlyRequiredForLeukocyteRichTissues() {
    List<Finding> at = run(PROFILE, ReferenceProducts.adiposeEvNebulised(), ReferenceLots.adiposeEvNebulised());
    assertThat(at.stream().filter(x -> x.code().equals("DONOR.TEST.PASS"))).hasSize(9);
    assertThat(criterion(at, "test:CMV").code()).isEqualTo("DONOR.TEST.NOT_APPLICABLE");
    assertThat(criterion(at, "test:anti-HTLV-I/II").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    List<Finding> bmNoCmv = check(bm(t -> {
      t.removeIf(x -> x.test().is(DonorTestType.CMV));
      return t;
    }));
    assertThat(only(bmNoCmv, "DONOR.TEST.MISSING").criterionId()).contains("test:CMV");
    assertThat(only(bmNoCmv, "DONOR.TEST.MISSING").severity()).isEqualTo(Severity.ERROR);
  }

  // Licensed, approved or cleared donor screening tests, 21 CFR 1271.80(c).

  private static SecretomeProduct licensing(int index, Optional<Boolean> licensed) {
    return bm(t -> {
      t.set(index, DonorTest.builder().from(t.get(index)).licensedScreeningTest(licensed).build());
      return t;
    });
  }

  @Test
  void aTestRecordedAsUnlicensedFails() {
    Finding x = only(check(licensing(2, Optional.of(false))), "DONOR.LICENSING.OUTCOME_NOT_ACCEPTABLE");
    assertThat(x.path()).isEqualTo(TESTS + "/2/licensedScreeningTest");
    assertThat(x.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(x.criterionId()).contains("licensed-screening-tests");
    assertThat(x.source().orElseThrow().reference().orElseThrow()).contains("(c) FDA-licensed");
  }

  @Test
  void unrecordedLicensingIsMissingAndMakesTheLotIncompleteByDefault() {
    List<Finding> f = check(licensing(2, Optional.empty()));
    Finding x = only(f, "DONOR.LICENSING.NO_COMPARABLE_RESULT");
    assertThat(x.outcome()).isEqualTo(Outcome.MISSING);
    assertThat(x.severity()).isEqualTo(Severity.ERROR);
    assertThat(x.path()).isEqualTo(TESTS + "/2/licensedScreeningTest");
    assertThat(notPassing(f)).hasSize(1);
    assertThat(verdict(PROFILE, licensing(2, Optional.empty()))).isEqualTo(Verdict.INCOMPLETE);
  }

  @Test
  void unrecordedLicensingWarnsWhenTheUserLowersIt() {
    DonorEligibilityProfile lenient = DonorEligibilityProfile.of(DonorEligibilityParameters.builder()
        .unrecordedLicensingSeverity(Severity.WARNING).build());
    Finding x = only(run(lenient, licensing(2, Optional.empty()), Fixtures.bmLot()),
        "DONOR.LICENSING.NO_COMPARABLE_RESULT");
    assertThat(x.severity()).isEqualTo(Severity.WARNING);
    assertThat(verdict(lenient, licensing(2, Optional.empty()))).isEqualTo(Verdict.RELEASE);
    assertThat(only(run(lenient, licensing(2, Optional.of(false)), Fixtures.bmLot()),
        "DONOR.LICENSING.OUTCOME_NOT_ACCEPTABLE").severity()).isEqualTo(Severity.ERROR);
  }

  // Determination, 21 CFR 1271.45; donor record; autologous use, 21 CFR 1271.90(a)(1).

  @Test
  void determinationIneligibleFailsAndUndeterminedIsMissing() {
    DonorEligibility e = Fixtures.bmProduct().source().donor().orElseThrow().eligibility().orElseThrow();
    SecretomeProduct ineligible = bmDonor(d -> d.eligibility(DonorEligibility.builder().from(e).eligible(false)
        .build()));
    Finding x = only(check(ineligible), "DONOR.DETERMINATION.OUTCOME_NOT_ACCEPTABLE");
    assertThat(x.path()).isEqualTo(DONOR + "/eligibility/eligible");
    assertThat(codes(notPassing(check(ineligible)))).containsExactly("DONOR.DETERMINATION.OUTCOME_NOT_ACCEPTABLE");
    SecretomeProduct undetermined = bmDonor(d -> d.eligibility(DonorEligibility.builder().from(e)
        .eligible(Optional.empty()).build()));
    assertThat(only(check(undetermined), "DONOR.DETERMINATION.MISSING").path())
        .isEqualTo(DONOR + "/eligibility/eligible");
  }

  @Test
  void lotDonorTakesPrecedenceAndAutologousDonorsAreOutOfScope() {
    Donor d = Fixtures.bmProduct().source().donor().orElseThrow();
    Lot lot = Lot.builder().from(Fixtures.bmLot()).donor(Donor.builder().from(d).id("BM-D-0999")
        .eligibility(Optional.empty()).build()).build();
    List<Finding> f = run(PROFILE, Fixtures.bmProduct(), lot);
    assertThat(only(f, "DONOR.DETERMINATION.MISSING").path()).isEqualTo("/lot/donor/eligibility");
    assertThat(withCode(f, "DONOR.TEST.MISSING")).hasSize(12).allMatch(x -> x.path().equals(
        "/lot/donor/eligibility/tests"));
    assertThat(criterion(f, "licensed-screening-tests").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(criterion(f, "specimen-window").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(f).hasSize(15);
    Lot autologous = Lot.builder().from(Fixtures.bmLot()).donor(Donor.builder().from(d)
        .relationship(Term.of(DonorRelationship.AUTOLOGOUS)).build()).build();
    List<Finding> a = run(PROFILE, Fixtures.bmProduct(), autologous);
    assertThat(codes(a)).containsExactly("PROFILE.NOT_APPLICABLE");
    assertThat(a.get(0).message()).contains("autologous");
  }

  @Test
  void noDonorAtAllIsMissingInEveryCriterion() {
    SecretomeProduct p = editSource(Fixtures.bmProduct(), s -> s.donor(Optional.empty()));
    List<Finding> f = check(p);
    assertThat(f).hasSize(15);
    assertThat(notPassing(f)).hasSize(14).allMatch(x -> x.path().equals(DONOR));
    assertThat(criterion(f, "licensed-screening-tests").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(verdict(PROFILE, p)).isEqualTo(Verdict.INCOMPLETE);
  }

  // 21 CFR 1271.80(a): "a donor 1 month of age or younger" — the age is inclusive.

  @Test
  void newbornDonorNeedsTheBirthMotherSpecimen() {
    List<Finding> ok = run(PROFILE, ReferenceProducts.umbilicalCordSecretomeGel(),
        ReferenceLots.umbilicalCordSecretomeGel());
    assertThat(notPassing(ok)).isEmpty();
    SecretomeProduct uc = ReferenceProducts.umbilicalCordSecretomeGel();
    Donor d = uc.source().donor().orElseThrow();
    DonorEligibility e = d.eligibility().orElseThrow();
    SecretomeProduct wrong = editSource(uc, s -> s.donor(Donor.builder().from(d).eligibility(
        DonorEligibility.builder().from(e).tests(onSpecimenOf(e.tests(), SpecimenSource.DONOR)).build()).build()));
    List<Finding> f = run(PROFILE, wrong, ReferenceLots.umbilicalCordSecretomeGel());
    assertThat(codes(notPassing(f))).hasSize(9).containsOnly("DONOR.TEST.MATERNAL_SPECIMEN_MISSING");
    assertThat(notPassing(f).get(0).path()).isEqualTo(TESTS + "/0/specimenSource");
    assertThat(notPassing(f).get(0).message()).contains("1 month of age or younger");
    assertThat(criterion(f, "test:HBV-DNA-NAT").severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void donorAgedExactlyOneMonthNeedsTheBirthMotherSpecimen() {
    SecretomeProduct p = bmDonor(d -> d.ageAtRecovery(Quantity.of(1, "mo")));
    List<Finding> f = check(p);
    assertThat(withCode(f, "DONOR.TEST.MATERNAL_SPECIMEN_MISSING")).hasSize(12);
    assertThat(withCode(f, "DONOR.TEST.MATERNAL_SPECIMEN_MISSING")).filteredOn(x -> x.severity() == Severity.ERROR)
        .hasSize(10);
    assertThat(verdict(PROFILE, p)).isEqualTo(Verdict.INCOMPLETE);
  }

  @Test
  void donorAgedThirtyDaysIsANewbornAndThirtyOneDaysIsNot() {
    assertThat(withCode(check(bmDonor(d -> d.ageAtRecovery(Quantity.of(30, "d")))),
        "DONOR.TEST.MATERNAL_SPECIMEN_MISSING")).hasSize(12);
    assertThat(notPassing(check(bmDonor(d -> d.ageAtRecovery(Quantity.of(31, "d")))))).isEmpty();
  }

  @Test
  void donorAgedOneMonthTestedOnTheBirthMotherPasses() {
    SecretomeProduct p = bm(t -> onSpecimenOf(t, SpecimenSource.BIRTH_MOTHER));
    Donor d = p.source().donor().orElseThrow();
    SecretomeProduct month = editSource(p, s -> s.donor(Donor.builder().from(d).ageAtRecovery(Quantity.of(1, "mo"))
        .build()));
    List<Finding> f = check(month);
    assertThat(notPassing(f)).isEmpty();
    assertThat(f).hasSize(15);
  }

  @Test
  void adultDonorOfAmnioticFluidIsNotTreatedAsANewborn() {
    List<Finding> f = run(PROFILE, ReferenceProducts.amnioticFluidEvIntravenous(),
        ReferenceLots.amnioticFluidEvIntravenous());
    assertThat(notPassing(f)).isEmpty();
  }

  @Test
  void amnioticFluidDonorWithoutARecordedAgeIsTreatedAsANewborn() {
    SecretomeProduct af = ReferenceProducts.amnioticFluidEvIntravenous();
    Donor d = af.source().donor().orElseThrow();
    SecretomeProduct noAge = editSource(af, s -> s.donor(Donor.builder().from(d).ageAtRecovery(Optional.empty())
        .build()));
    List<Finding> f = run(PROFILE, noAge, ReferenceLots.amnioticFluidEvIntravenous());
    assertThat(codes(problems(f))).hasSize(8).containsOnly("DONOR.TEST.MATERNAL_SPECIMEN_MISSING");
    assertThat(DonorEligibilityParameters.defaults().neonatalTissues()).containsExactlyInAnyOrder(
        TissueSource.AMNIOTIC_FLUID, TissueSource.UMBILICAL_CORD, TissueSource.WHARTONS_JELLY, TissueSource.PLACENTA,
        TissueSource.AMNION);
  }

  // FDA guidance, August 2016 (FDA-2015-D-5073): HBV NAT in addition to HBsAg and anti-HBc.

  private static SecretomeProduct withoutHbvNat() {
    return bm(t -> {
      t.remove(9);
      return t;
    });
  }

  @Test
  void missingHbvNatWarnsCitingTheGuidanceNotTheRegulation() {
    List<Finding> f = check(withoutHbvNat());
    Finding x = criterion(f, "test:HBV-DNA-NAT");
    assertThat(x.code()).isEqualTo("DONOR.TEST.MISSING");
    assertThat(x.outcome()).isEqualTo(Outcome.MISSING);
    assertThat(x.severity()).isEqualTo(Severity.WARNING);
    assertThat(x.source().orElseThrow().reference().orElseThrow()).contains("FDA-2015-D-5073");
    assertThat(x.source().orElseThrow().confidence()).isEqualTo(Confidence.CONFIRMED);
    assertThat(notPassing(f)).hasSize(1);
    assertThat(verdict(PROFILE, withoutHbvNat())).isEqualTo(Verdict.RELEASE);
  }

  @Test
  void hbvNatSeverityCanBeRaisedAndAReactiveResultAlwaysFails() {
    DonorEligibilityProfile strict = DonorEligibilityProfile.of(DonorEligibilityParameters.builder()
        .guidanceSeverity(Severity.ERROR).build());
    assertThat(criterion(run(strict, withoutHbvNat(), Fixtures.bmLot()), "test:HBV-DNA-NAT").severity())
        .isEqualTo(Severity.ERROR);
    assertThat(verdict(strict, withoutHbvNat())).isEqualTo(Verdict.INCOMPLETE);
    DonorEligibilityProfile lenient = DonorEligibilityProfile.of(DonorEligibilityParameters.builder()
        .guidanceSeverity(Severity.INFO).build());
    assertThat(criterion(run(lenient, withoutHbvNat(), Fixtures.bmLot()), "test:HBV-DNA-NAT").severity())
        .isEqualTo(Severity.INFO);
    SecretomeProduct reactive = bm(t -> {
      t.set(9, DonorTest.builder().from(t.get(9)).outcome(Term.of(QualitativeOutcome.REACTIVE)).build());
      return t;
    });
    Finding x = criterion(run(lenient, reactive, Fixtures.bmLot()), "test:HBV-DNA-NAT");
    assertThat(x.code()).isEqualTo("DONOR.TEST.OUTCOME_NOT_ACCEPTABLE");
    assertThat(x.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(x.severity()).isEqualTo(Severity.ERROR);
    DonorEligibilityProfile off = DonorEligibilityProfile.of(DonorEligibilityParameters.builder()
        .requireHbvNat(false).build());
    assertThat(run(off, withoutHbvNat(), Fixtures.bmLot()))
        .noneMatch(y -> y.criterionId().orElse("").equals("test:HBV-DNA-NAT")).hasSize(14);
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
      assertThat(x.message()).contains("outside the window --06-01 to --10-31");
    }
    assertThat(criterion(check(Fixtures.bmProduct()), "test:WNV-NAT").code()).isEqualTo("DONOR.TEST.PASS");
  }

  @Test
  void wnvSeasonIsAParameterAndAMissingRecoveryDateLeavesItRequired() {
    DonorEligibilityProfile yearRound = DonorEligibilityProfile.of(DonorEligibilityParameters.builder()
        .wnvSeasonStart(MonthDay.of(1, 1)).wnvSeasonEnd(MonthDay.of(12, 31)).build());
    assertThat(criterion(run(yearRound, withoutWnv(LocalDate.of(2024, 11, 1)), Fixtures.bmLot()), "test:WNV-NAT")
        .code()).isEqualTo("DONOR.TEST.MISSING");
    DonorEligibilityProfile southern = DonorEligibilityProfile.of(DonorEligibilityParameters.builder()
        .wnvSeasonStart(MonthDay.of(11, 1)).wnvSeasonEnd(MonthDay.of(3, 31)).build());
    assertThat(criterion(run(southern, withoutWnv(LocalDate.of(2024, 1, 15)), Fixtures.bmLot()), "test:WNV-NAT")
        .code()).isEqualTo("DONOR.TEST.MISSING");
    assertThat(criterion(run(southern, withoutWnv(LocalDate.of(2024, 6, 3)), Fixtures.bmLot()), "test:WNV-NAT")
        .code()).isEqualTo("DONOR.TEST.NOT_APPLICABLE");
    SecretomeProduct noDate = bm(t -> {
      t.remove(10);
      return t;
    });
    Donor d = noDate.source().donor().orElseThrow();
    SecretomeProduct p = editSource(noDate, s -> s.donor(Donor.builder().from(d).recoveryDate(Optional.empty())
        .build()));
    Finding x = criterion(check(p), "test:WNV-NAT");
    assertThat(x.code()).isEqualTo("DONOR.TEST.MISSING");
    assertThat(x.severity()).isEqualTo(Severity.WARNING);
  }
}
