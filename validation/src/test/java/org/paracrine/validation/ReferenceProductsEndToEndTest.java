package org.paracrine.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paracrine.validation.Fixtures.codes;
import static org.paracrine.validation.Fixtures.editEv;
import static org.paracrine.validation.Fixtures.editIdentity;
import static org.paracrine.validation.Fixtures.evMarkers;
import static org.paracrine.validation.Fixtures.markers;
import static org.paracrine.validation.Fixtures.setPercent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.paracrine.core.assay.TestResult;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.product.SecretomeProduct;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.quantity.QuantityRange;
import org.paracrine.core.report.Finding;
import org.paracrine.core.report.Outcome;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.core.report.Severity;
import org.paracrine.core.report.SpecificationRef;
import org.paracrine.core.report.Verdict;
import org.paracrine.core.samples.ReferenceLots;
import org.paracrine.core.samples.ReferenceProducts;
import org.paracrine.core.source.Donor;
import org.paracrine.core.source.DonorEligibility;
import org.paracrine.core.source.DonorTest;
import org.paracrine.core.spec.AcceptanceCriterion;
import org.paracrine.core.spec.Citation;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.core.vocabulary.AnalyticalMethod;
import org.paracrine.core.vocabulary.Marker;
import org.paracrine.core.vocabulary.QualityAttribute;
import org.paracrine.core.vocabulary.Term;
import org.paracrine.validation.profiles.BuiltInProfiles;
import org.paracrine.validation.profiles.EvReportingChecklist;

/** All five reference products end to end with every built-in profile, structural validation and the checklist. */
class ReferenceProductsEndToEndTest {
  // a fixed clock: the same inputs at the same check time give equal reports (provenance included)
  /** A fixed check date, so that the reports do not depend on the day the tests run. */
  private static final java.time.Clock CLOCK = java.time.Clock.fixed(java.time.Instant.parse("2026-01-01T00:00:00Z"),
      java.time.ZoneOffset.UTC);
  private static final ReleaseChecker CHECKER = ReleaseChecker.builder().addProfiles(BuiltInProfiles.all())
      .clock(CLOCK).build();

  /** A sponsor's product-specific endotoxin limit for a route without compendial K. */
  private static ReleaseSpecification endotoxinSpec(String id) {
    return ReleaseSpecification.builder().id(id).version("1").title("product-specific endotoxin limit")
        .addCriterion(AcceptanceCriterion.builder().id("endotoxin").attribute(Term.of(QualityAttribute.ENDOTOXIN))
            .limit(QuantityRange.lessThan(Quantity.of("0.5", "[IU]/mL")))
            .source(Citation.of("WJSC 2025", "World J Stem Cells 2025;17(10):110445",
                "10.4252/wjsc.v17.i10.110445")).build()).build();
  }

  private static List<Finding> blocking(ReleaseReport r) {
    return r.findings().stream().filter(f -> f.severity() == Severity.ERROR
        && (f.outcome() == Outcome.FAIL || f.outcome() == Outcome.MISSING)).collect(Collectors.toList());
  }

  private static List<Finding> warnings(ReleaseReport r) {
    return r.findings().stream().filter(f -> f.outcome() == Outcome.WARN || f.severity() == Severity.WARNING
        && f.outcome() != Outcome.PASS).collect(Collectors.toList());
  }

  @Test
  void everyFindingOfEveryReferenceReportNamesItsCriterionIncludingStructureScopeAndRecordLink() {
    List<SecretomeProduct> products = ReferenceProducts.all();
    for (SecretomeProduct product : products) {
      for (Lot lot : ReferenceLots.all()) {
        ReleaseReport r = CHECKER.check(product, lot); // mismatched pairs too: record-link findings
        assertThat(r.findings()).as("%s / %s", product.id(), lot.id())
            .allSatisfy(f -> assertThat(f.criterionId()).as(f.code()).isPresent());
      }
    }
    Lot broken = Lot.builder().from(ReferenceLots.boneMarrowEvIntravenous()).id("-not an identifier").build();
    ReleaseReport structural = ReleaseChecker.builder().build().check(
        ReferenceProducts.boneMarrowEvIntravenous(), broken);
    assertThat(structural.findings()).filteredOn(f -> f.code().startsWith("STRUCTURE.")).isNotEmpty()
        .allSatisfy(f -> assertThat(f.criterionId()).contains("structure"));
  }

  @Test
  void boneMarrowEvIntravenousReleasesWithoutWarnings() {
    ReleaseReport r = CHECKER.check(ReferenceProducts.boneMarrowEvIntravenous(), ReferenceLots.boneMarrowEvIntravenous());
    assertThat(r.verdict()).isEqualTo(Verdict.RELEASE);
    assertThat(warnings(r)).isEmpty();
    assertThat(r.specifications()).extracting(SpecificationRef::id).containsExactly(
        "paracrine.isct-2006-msc-identity", "paracrine.misev2018-minimal-characterisation",
        "paracrine.misev2023-characterisation", "paracrine.msc-sev-therapy-witwer-2019",
        "paracrine.potency-fda-2023", "paracrine.compendial-safety", "paracrine.donor-eligibility-21cfr1271",
        "paracrine.bioprocess-completeness", "paracrine.formulation-by-route", "paracrine.ev-purity-webber-clayton-2013");
    assertThat(r.specifications()).extracting(SpecificationRef::version).containsExactly("2.0.0", "3.0.0", "1.0.0",
        "3.0.0", "1.0.0", "2.1.0", "2.0.0", "2.1.0", "2.1.0", "2.0.0");
    assertThat(r.completeness()).singleElement().satisfies(c -> {
      assertThat(c.checklistId()).isEqualTo(EvReportingChecklist.ID);
      assertThat(c.score()).isEqualByComparingTo("1");
    });
  }

  @Test
  void amnioticFluidEvReleasesWithOnlyThePurityWarning() {
    ReleaseReport r = CHECKER.check(ReferenceProducts.amnioticFluidEvIntravenous(),
        ReferenceLots.amnioticFluidEvIntravenous());
    assertThat(r.verdict()).isEqualTo(Verdict.RELEASE);
    assertThat(warnings(r)).extracting(Finding::code, f -> f.criterionId().orElseThrow()).containsExactly(
        org.assertj.core.groups.Tuple.tuple("EV_PURITY.RATIO.OUT_OF_LIMIT", "particle-protein-ratio:impure"));
    assertThat(codes(r.findings(Outcome.NOT_APPLICABLE))).containsExactly("PROFILE.NOT_APPLICABLE",
        "PROFILE.NOT_APPLICABLE", "PROFILE.NOT_APPLICABLE", "PROFILE.NOT_APPLICABLE",
        "COMPENDIAL.STERILITY_RAPID_VALIDATED.NOT_APPLICABLE", "COMPENDIAL.MYCOPLASMA_NAT_LOD_COPIES.NOT_APPLICABLE",
        "DONOR.TEST.NOT_APPLICABLE", "DONOR.TEST.NOT_APPLICABLE", "DONOR.TEST.NOT_APPLICABLE", "PROFILE.NOT_APPLICABLE",
        "FORMULATION.PH.NOT_APPLICABLE",
        "FORMULATION.PH.NOT_APPLICABLE", "FORMULATION.OSMOLALITY.NOT_APPLICABLE",
        "FORMULATION.OSMOLALITY.NOT_APPLICABLE", "FORMULATION.OSMOLALITY.NOT_APPLICABLE");
  }

  @Test
  void topicalGelIsIncompleteUntilAProductSpecificEndotoxinLimitIsGiven() {
    SecretomeProduct p = ReferenceProducts.umbilicalCordSecretomeGel();
    Lot lot = ReferenceLots.umbilicalCordSecretomeGel();
    ReleaseReport without = CHECKER.check(p, lot);
    assertThat(without.verdict()).isEqualTo(Verdict.INCOMPLETE);
    assertThat(codes(blocking(without))).containsExactly("COMPENDIAL.ENDOTOXIN.LIMIT_REQUIRED");
    assertThat(without.completeness()).isEmpty();
    ReleaseReport with = ReleaseChecker.builder().addProfiles(BuiltInProfiles.all())
        .clock(CLOCK).addSpecification(endotoxinSpec("uc-gel-spec")).build().check(p, lot);
    assertThat(with.verdict()).isEqualTo(Verdict.RELEASE);
    assertThat(with.specifications()).contains(SpecificationRef.of("uc-gel-spec", "1"));
    assertThat(codes(with.findings())).contains("COMPENDIAL.ENDOTOXIN.PRODUCT_SPECIFIC_LIMIT", "SPEC.CRITERION.PASS");
  }

  @Test
  void nebulisedAdiposeEvIsIncompleteUntilAProductSpecificEndotoxinLimitIsGiven() {
    SecretomeProduct p = ReferenceProducts.adiposeEvNebulised();
    Lot lot = ReferenceLots.adiposeEvNebulised();
    ReleaseReport without = CHECKER.check(p, lot);
    assertThat(without.verdict()).isEqualTo(Verdict.INCOMPLETE);
    assertThat(codes(blocking(without))).containsExactly("COMPENDIAL.ENDOTOXIN.LIMIT_REQUIRED");
    ReleaseReport with = ReleaseChecker.builder().addProfiles(BuiltInProfiles.all())
        .clock(CLOCK).addSpecification(endotoxinSpec("at-ev-spec")).build().check(p, lot);
    assertThat(with.verdict()).isEqualTo(Verdict.RELEASE);
    assertThat(warnings(with)).isEmpty();
  }

  @Test
  void lyophilisedIntraArticularSecretomeReleases() {
    ReleaseReport r = CHECKER.check(ReferenceProducts.lyophilisedBoneMarrowSecretomeIntraArticular(),
        ReferenceLots.lyophilisedBoneMarrowSecretomeIntraArticular());
    assertThat(r.verdict()).isEqualTo(Verdict.RELEASE);
    assertThat(warnings(r)).isEmpty();
    Finding e = r.findings().stream().filter(f -> f.code().equals("COMPENDIAL.ENDOTOXIN.PASS")).findFirst()
        .orElseThrow();
    assertThat(e.limit()).contains(QuantityRange.atMost(Quantity.of(175, "[IU]/mL")));
  }

  @Test
  void endotoxinOverTheRouteLimitRejects() {
    Lot lot = Fixtures.replaceResults(ReferenceLots.lyophilisedBoneMarrowSecretomeIntraArticular(),
        QualityAttribute.ENDOTOXIN, TestResult.numeric(QualityAttribute.ENDOTOXIN,
            AnalyticalMethod.LAL_KINETIC_CHROMOGENIC, Quantity.of("180", "[IU]/mL")));
    ReleaseReport r = CHECKER.check(ReferenceProducts.lyophilisedBoneMarrowSecretomeIntraArticular(), lot);
    assertThat(r.verdict()).isEqualTo(Verdict.REJECT);
    assertThat(blocking(r)).extracting(Finding::code, Finding::path)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("COMPENDIAL.ENDOTOXIN.OUT_OF_LIMIT",
            "/lot/testResults/2/value"));
  }

  @Test
  void iscMarkerBelowNinetyFivePercentRejects() {
    SecretomeProduct p = editIdentity(Fixtures.bmProduct(), id -> id.markers(setPercent(markers(), Marker.THY1,
        "93.0")));
    ReleaseReport r = CHECKER.check(p, Fixtures.bmLot());
    assertThat(r.verdict()).isEqualTo(Verdict.REJECT);
    assertThat(blocking(r)).extracting(Finding::code).containsExactly("ISCT2006.POSITIVE_MARKER.OUT_OF_LIMIT");
    assertThat(blocking(r).get(0).path()).isEqualTo("/product/source/identity/markers/1/percentPositive");
  }

  @Test
  void aMissingCytosolicEvMarkerWarnsBecauseMisevIsACharacterisationGuidelineNotAReleaseSpecification() {
    Lot lot = editEv(Fixtures.bmLot(), b -> b.markers(Fixtures.remove(evMarkers(Fixtures.bmLot()), Marker.TSG101,
        Marker.PDCD6IP)));
    ReleaseReport r = CHECKER.check(Fixtures.bmProduct(), lot);
    assertThat(r.verdict()).isEqualTo(Verdict.RELEASE);
    assertThat(blocking(r)).isEmpty();
    assertThat(codes(warnings(r))).containsExactly("MISEV2018.CYTOSOLIC_MARKER.MISSING");
    assertThat(r.completeness().get(0).score()).isEqualByComparingTo("0.9091");
  }

  @Test
  void donorSpecimenOutsideItsWindowRejects() {
    SecretomeProduct p = ReferenceProducts.adiposeEvNebulised();
    Donor d = p.source().donor().orElseThrow();
    DonorEligibility e = d.eligibility().orElseThrow();
    List<DonorTest> tests = new ArrayList<>(e.tests());
    tests.set(0, DonorTest.builder().from(tests.get(0)).specimenDate(LocalDate.of(2024, 10, 20)).build());
    SecretomeProduct late = Fixtures.editSource(p, s -> s.donor(Donor.builder().from(d)
        .eligibility(DonorEligibility.builder().from(e).tests(tests).build()).build()));
    ReleaseReport r = ReleaseChecker.builder().addProfiles(BuiltInProfiles.all())
        .clock(CLOCK).addSpecification(endotoxinSpec("at-ev-spec")).build().check(late, ReferenceLots.adiposeEvNebulised());
    assertThat(r.verdict()).isEqualTo(Verdict.REJECT);
    assertThat(blocking(r)).extracting(Finding::code, Finding::path).containsExactly(org.assertj.core.groups.Tuple
        .tuple("DONOR.SPECIMEN_WINDOW.OUT_OF_LIMIT", "/product/source/donor/eligibility/tests/0/specimenDate"));
  }

  @Test
  void lotWithoutAnyTestResultIsIncomplete() {
    Lot bare = Lot.builder().from(Fixtures.bmLot()).testResults(List.of()).build();
    ReleaseReport r = CHECKER.check(Fixtures.bmProduct(), bare);
    assertThat(r.verdict()).isEqualTo(Verdict.INCOMPLETE);
    assertThat(blocking(r)).extracting(Finding::code).containsExactly("POTENCY.QUANTITATIVE.MISSING",
        "COMPENDIAL.STERILITY.MISSING", "COMPENDIAL.MYCOPLASMA.MISSING", "COMPENDIAL.ENDOTOXIN.MISSING");
    assertThat(blocking(r)).allMatch(f -> f.path().equals("/lot/testResults"));
  }

  @Test
  void lotOfAnotherProductIsRejectedAsInconsistent() {
    ReleaseReport r = CHECKER.check(Fixtures.bmProduct(), ReferenceLots.adiposeEvNebulised());
    assertThat(r.verdict()).isEqualTo(Verdict.REJECT);
    assertThat(r.findings().get(0).code()).isEqualTo("RECORD.PRODUCT_MISMATCH");
    assertThat(r.findings().get(0).path()).isEqualTo("/lot/productId");
    ReleaseReport v = CHECKER.check(Fixtures.editProduct(Fixtures.bmProduct(), b -> b.version("2")), Fixtures.bmLot());
    assertThat(v.findings().get(0).code()).isEqualTo("RECORD.PRODUCT_VERSION_MISMATCH");
  }

  @Test
  void everyFindingCarriesASourceAndEveryProfileFindingItsSpecification() {
    for (int i = 0; i < 5; i++) {
      ReleaseReport r = CHECKER.check(ReferenceProducts.all().get(i), ReferenceLots.all().get(i));
      assertThat(r.findings()).allSatisfy(f -> {
        assertThat(f.source()).isPresent();
        assertThat(f.specification()).isPresent();
        assertThat(Fixtures.knownCodes()).contains(f.code());
      });
    }
  }

  @Test
  void evaluationIsDeterministicAndThreadSafe() throws Exception {
    List<ReleaseReport> expected = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      expected.add(CHECKER.check(ReferenceProducts.all().get(i), ReferenceLots.all().get(i)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<ReleaseReport>> futures = new ArrayList<>();
      for (int n = 0; n < 40; n++) {
        int i = n % 5;
        futures.add(pool.submit(() -> CHECKER.check(ReferenceProducts.all().get(i), ReferenceLots.all().get(i))));
      }
      for (int n = 0; n < 40; n++) {
        assertThat(futures.get(n).get()).isEqualTo(expected.get(n % 5));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aProfileThatThrowsIsReportedNotPropagated() {
    ReleaseProfile broken = new ReleaseProfile() {
      @Override
      public String id() {
        return "broken";
      }

      @Override
      public String version() {
        return "0";
      }

      @Override
      public String title() {
        return "always throws";
      }

      @Override
      public java.util.Optional<String> notApplicable(ReleaseContext context) {
        return java.util.Optional.empty();
      }

      @Override
      public List<Finding> evaluate(ReleaseContext context) {
        throw new IllegalStateException("boom");
      }
    };
    ReleaseReport r = ReleaseChecker.builder().addProfile(broken).build().check(Fixtures.bmProduct(), Fixtures.bmLot());
    assertThat(r.verdict()).isEqualTo(Verdict.REJECT);
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("ENGINE.RULE_ERROR");
      assertThat(f.message()).contains("IllegalStateException: boom");
    });
  }
}
