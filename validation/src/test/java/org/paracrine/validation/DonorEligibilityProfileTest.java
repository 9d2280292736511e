package org.paracrine.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paracrine.validation.Fixtures.codes;
import static org.paracrine.validation.Fixtures.editSource;
import static org.paracrine.validation.Fixtures.notPassing;
import static org.paracrine.validation.Fixtures.only;
import static org.paracrine.validation.Fixtures.run;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
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
import org.paracrine.core.spec.Confidence;
import org.paracrine.core.vocabulary.DonorRelationship;
import org.paracrine.core.vocabulary.DonorTestType;
import org.paracrine.core.vocabulary.QualitativeOutcome;
import org.paracrine.core.vocabulary.SpecimenSource;
import org.paracrine.core.vocabulary.Term;
import org.paracrine.validation.profiles.DonorEligibilityProfile;

class DonorEligibilityProfileTest {
  private static final DonorEligibilityProfile PROFILE = DonorEligibilityProfile.withDefaults();
  private static final String DONOR = "/product/source/donor";
  private static final String TESTS = DONOR + "/eligibility/tests";

  /** The bone-marrow donor: recovered 2024-06-03, specimens 2024-05-20 (14 days before), nine tests. */
  private static SecretomeProduct bm(UnaryOperator<List<DonorTest>> editTests) {
    Donor d = Fixtures.bmProduct().source().donor().orElseThrow();
    DonorEligibility e = d.eligibility().orElseThrow();
    DonorEligibility edited = DonorEligibility.builder().from(e).tests(editTests.apply(new ArrayList<>(e.tests())))
        .build();
    return editSource(Fixtures.bmProduct(), s -> s.donor(Donor.builder().from(d).eligibility(edited).build()));
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
    List<Finding> f = check(Fixtures.bmProduct());
    assertThat(codes(f)).containsExactly("DONOR.DETERMINATION.PASS", "DONOR.TEST.PASS", "DONOR.TEST.PASS",
        "DONOR.TEST.PASS", "DONOR.TEST.PASS", "DONOR.TEST.PASS", "DONOR.TEST.PASS", "DONOR.TEST.PASS",
        "DONOR.TEST.PASS", "DONOR.TEST.PASS", "DONOR.TEST.PASS", "DONOR.SPECIMEN_WINDOW.PASS");
    assertThat(f.get(9).source().orElseThrow().confidence()).isEqualTo(Confidence.VERIFY);
    assertThat(f.get(1).source().orElseThrow().label()).isEqualTo("21 CFR 1271.85(a)");
  }

  @Test
  void boneMarrowSpecimenThirtyDaysBeforeRecoveryIsInsideAndThirtyOneIsOutside() {
    assertThat(notPassing(check(bm(t -> specimenDates(t, LocalDate.of(2024, 5, 4)))))).isEmpty();
    List<Finding> f = check(bm(t -> specimenDates(t, LocalDate.of(2024, 5, 3))));
    assertThat(f.stream().filter(x -> x.code().equals("DONOR.SPECIMEN_WINDOW.OUTSIDE"))).hasSize(9)
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
    assertThat(codes(notPassing(f))).hasSize(7).containsOnly("DONOR.SPECIMEN_WINDOW.OUTSIDE");
  }

  @Test
  void missingRecoveryDateMakesTimingUncheckable() {
    Donor d = Fixtures.bmProduct().source().donor().orElseThrow();
    SecretomeProduct p = editSource(Fixtures.bmProduct(), s -> s.donor(Donor.builder().from(d)
        .recoveryDate(Optional.empty()).build()));
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
    Donor d = Fixtures.bmProduct().source().donor().orElseThrow();
    DonorEligibility e = d.eligibility().orElseThrow();
    SecretomeProduct ineligible = editSource(Fixtures.bmProduct(), s -> s.donor(Donor.builder().from(d)
        .eligibility(DonorEligibility.builder().from(e).eligible(false).build()).build()));
    assertThat(codes(notPassing(check(ineligible)))).containsExactly("DONOR.DETERMINATION.FAIL");
    SecretomeProduct undetermined = editSource(Fixtures.bmProduct(), s -> s.donor(Donor.builder().from(d)
        .eligibility(DonorEligibility.builder().from(e).eligible(Optional.empty()).build()).build()));
    assertThat(only(check(undetermined), "DONOR.DETERMINATION.MISSING").path())
        .isEqualTo(DONOR + "/eligibility/eligible");
  }

  @Test
  void newbornDonorNeedsTheBirthMotherSpecimen() {
    List<Finding> ok = run(PROFILE, ReferenceProducts.umbilicalCordSecretomeGel(),
        ReferenceLots.umbilicalCordSecretomeGel());
    assertThat(notPassing(ok)).isEmpty();
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
    assertThat(codes(notPassing(f))).hasSize(8).containsOnly("DONOR.MATERNAL_SPECIMEN.MISSING");
    assertThat(notPassing(f).get(0).path()).isEqualTo(TESTS + "/0/specimenSource");
    assertThat(codes(f)).doesNotContain("DONOR.MATERNAL_SPECIMEN.PASS");
  }

  @Test
  void adultDonorOfAmnioticFluidIsNotTreatedAsANewborn() {
    List<Finding> f = run(PROFILE, ReferenceProducts.amnioticFluidEvIntravenous(),
        ReferenceLots.amnioticFluidEvIntravenous());
    assertThat(notPassing(f)).isEmpty();
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
    List<Finding> bmNoCmv = check(bm(t -> {
      t.removeIf(x -> x.test().is(DonorTestType.CMV));
      return t;
    }));
    assertThat(only(bmNoCmv, "DONOR.TEST.MISSING").criterionId()).contains("test:CMV");
  }
}
