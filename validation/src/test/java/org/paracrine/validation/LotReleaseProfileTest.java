package org.paracrine.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paracrine.validation.Fixtures.codes;
import static org.paracrine.validation.Fixtures.editLot;
import static org.paracrine.validation.Fixtures.editProduct;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.paracrine.core.assay.TestResult;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.process.Bioprocess;
import org.paracrine.core.process.Storage;
import org.paracrine.core.product.SecretomeProduct;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.report.Finding;
import org.paracrine.core.report.Outcome;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.core.report.Verdict;
import org.paracrine.core.spec.Confidence;
import org.paracrine.core.vocabulary.AnalyticalMethod;
import org.paracrine.core.vocabulary.ProductType;
import org.paracrine.core.vocabulary.QualitativeOutcome;
import org.paracrine.core.vocabulary.QualityAttribute;
import org.paracrine.core.vocabulary.Term;
import org.paracrine.validation.profiles.LotReleaseParameters;
import org.paracrine.validation.profiles.LotReleaseProfile;

/** Expiry, shelf life and switchable residual requirements of {@link LotReleaseProfile}. */
class LotReleaseProfileTest {
  private static final LotReleaseProfile PROFILE = LotReleaseProfile.withDefaults();

  private static ReleaseReport check(LotReleaseProfile profile, SecretomeProduct product, Lot lot, String date) {
    Clock clock = Clock.fixed(LocalDate.parse(date).atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    return ReleaseChecker.builder().addProfile(profile).clock(clock).build().check(product, lot);
  }

  private static Finding criterion(ReleaseReport r, String id) {
    return r.findings().stream().filter(f -> id.equals(f.criterionId().orElse(""))).findFirst().orElseThrow();
  }

  /** The reference bone-marrow lot: made 2025-09-01, expires 2026-09-01; the product states 12 months. */
  private static Lot lot() {
    return Fixtures.bmLot();
  }

  @Test
  void lotCheckedOnItsExpiryDatePassesAndTheDayAfterFails() {
    ReleaseReport onTheDay = check(PROFILE, Fixtures.bmProduct(), lot(), "2026-09-01");
    assertThat(criterion(onTheDay, "expiry").outcome()).isEqualTo(Outcome.PASS);
    assertThat(onTheDay.verdict()).isEqualTo(Verdict.RELEASE);
    ReleaseReport after = check(PROFILE, Fixtures.bmProduct(), lot(), "2026-09-02");
    Finding f = criterion(after, "expiry");
    assertThat(f.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(f.code()).isEqualTo("LOT.EXPIRY.OUT_OF_LIMIT");
    assertThat(f.path()).isEqualTo("/lot/expiryDate");
    assertThat(f.observedQuantity()).contains(Quantity.of(-1, "d"));
    assertThat(f.source().orElseThrow().confidence()).isEqualTo(Confidence.VERIFY);
    assertThat(after.verdict()).isEqualTo(Verdict.REJECT);
  }

  @Test
  void theCheckDateIsTheOneTheReportRecords() {
    ReleaseReport r = check(PROFILE, Fixtures.bmProduct(), lot(), "2026-01-15");
    assertThat(r.provenance().orElseThrow().checkedAt()).isEqualTo(LocalDate.parse("2026-01-15").atTime(12, 0)
        .toInstant(ZoneOffset.UTC));
    assertThat(criterion(r, "expiry").observedQuantity()).contains(Quantity.of(229, "d"));
  }

  @Test
  void lotWithoutExpiryDateIsMissing() {
    Lot noExpiry = editLot(lot(), b -> b.expiryDate(Optional.empty()));
    ReleaseReport r = check(PROFILE, Fixtures.bmProduct(), noExpiry, "2026-01-15");
    assertThat(criterion(r, "expiry").outcome()).isEqualTo(Outcome.MISSING);
    assertThat(criterion(r, "shelf-life").outcome()).isEqualTo(Outcome.MISSING);
    assertThat(r.verdict()).isEqualTo(Verdict.INCOMPLETE);
  }

  @Test
  void expiryExactlyTwelveCalendarMonthsAfterManufacturePassesAndOneDayMoreFails() {
    ReleaseReport ok = check(PROFILE, Fixtures.bmProduct(), lot(), "2026-01-15");
    Finding pass = criterion(ok, "shelf-life");
    assertThat(pass.outcome()).isEqualTo(Outcome.PASS);
    assertThat(pass.expected().orElseThrow()).contains("expiry on or before 2026-09-01");
    Lot late = editLot(lot(), b -> b.expiryDate(LocalDate.of(2026, 9, 2)));
    Finding fail = criterion(check(PROFILE, Fixtures.bmProduct(), late, "2026-01-15"), "shelf-life");
    assertThat(fail.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(fail.code()).isEqualTo("LOT.SHELF_LIFE.OUT_OF_LIMIT");
  }

  @Test
  void calendarMonthsSpanALeapDay() {
    Lot leap = editLot(lot(), b -> b.manufactureDate(LocalDate.of(2024, 1, 1)).expiryDate(LocalDate.of(2025, 1, 1)));
    assertThat(criterion(check(PROFILE, Fixtures.bmProduct(), leap, "2024-06-01"), "shelf-life").outcome())
        .isEqualTo(Outcome.PASS);
  }

  @Test
  void productWithoutAStatedShelfLifeIsMissing() {
    SecretomeProduct noShelfLife = editProduct(Fixtures.bmProduct(), b -> b.process(Bioprocess.builder()
        .from(Fixtures.bmProduct().process().orElseThrow())
        .storage(Storage.builder().temperature(Quantity.of(-80, "Cel")).build()).build()));
    Finding f = criterion(check(PROFILE, noShelfLife, lot(), "2026-01-15"), "shelf-life");
    assertThat(f.outcome()).isEqualTo(Outcome.MISSING);
    assertThat(f.code()).isEqualTo("LOT.SHELF_LIFE.SHELF_LIFE_UNKNOWN");
    assertThat(f.path()).isEqualTo("/product/process/storage/maxDuration");
  }

  @Test
  void defaultsGiveTwoFindingsAndResidualRulesAreOff() {
    assertThat(codes(check(PROFILE, Fixtures.bmProduct(), lot(), "2026-01-15").findings()))
        .containsExactly("LOT.EXPIRY.PASS", "LOT.SHELF_LIFE.PASS");
  }

  private static final LotReleaseProfile EV_RESIDUALS = LotReleaseProfile.of(LotReleaseParameters.builder()
      .addResidualDnaFor(ProductType.EV_FRACTION).addAdventitiousAgentsFor(ProductType.EV_FRACTION)
      .addResidualAntibioticsFor(ProductType.EV_FRACTION).addSubvisibleParticlesFor(ProductType.EV_FRACTION)
      .build());

  private static Lot withResults(TestResult... results) {
    return editLot(lot(), b -> b.addAllTestResults(List.of(results)));
  }

  private static TestResult dna(String ng) {
    return TestResult.numeric(QualityAttribute.RESIDUAL_HOST_CELL_DNA, AnalyticalMethod.QPCR, Quantity.of(ng, "ng"));
  }

  private static TestResult particles(String size, long count) {
    return TestResult.builder().attribute(Term.of(QualityAttribute.SUBVISIBLE_PARTICLES)).analyte(size)
        .value(Quantity.of(count, "{particles}")).build();
  }

  @Test
  void switchedOnResidualsAreJudgedAtTheirBoundaries() {
    Lot lot = withResults(dna("10"), TestResult.builder().attribute(Term.of(QualityAttribute.ADVENTITIOUS_VIRUS))
            .outcome(Term.of(QualitativeOutcome.NOT_DETECTED)).build(),
        TestResult.builder().attribute(Term.of(QualityAttribute.RESIDUAL_ANTIBIOTIC)).analyte("gentamicin")
            .value(Quantity.of("0.2", "ug/mL")).build(), particles(">=10um", 6000), particles(">=25um", 600));
    ReleaseReport r = check(EV_RESIDUALS, Fixtures.bmProduct(), lot, "2026-01-15");
    assertThat(codes(r.findings())).containsExactly("LOT.EXPIRY.PASS", "LOT.SHELF_LIFE.PASS",
        "LOT.RESIDUAL_DNA.PASS", "LOT.ADVENTITIOUS_AGENTS.PASS", "LOT.RESIDUAL_ANTIBIOTIC.PASS",
        "LOT.SUBVISIBLE_PARTICLES_10UM.PASS", "LOT.SUBVISIBLE_PARTICLES_25UM.PASS");
    assertThat(criterion(r, "residual-dna").source().orElseThrow().confidence()).isEqualTo(Confidence.VERIFY);
  }

  @Test
  void residualsAboveTheirLimitsFail() {
    Lot lot = withResults(dna("10.1"), TestResult.builder().attribute(Term.of(QualityAttribute.ADVENTITIOUS_VIRUS))
        .outcome(Term.of(QualitativeOutcome.DETECTED)).build(), particles(">=10um", 6001), particles(">=25um", 601));
    ReleaseReport r = check(EV_RESIDUALS, Fixtures.bmProduct(), lot, "2026-01-15");
    assertThat(criterion(r, "residual-dna").outcome()).isEqualTo(Outcome.FAIL);
    assertThat(criterion(r, "adventitious-agents").outcome()).isEqualTo(Outcome.FAIL);
    assertThat(criterion(r, "subvisible-particles-10um").outcome()).isEqualTo(Outcome.FAIL);
    assertThat(criterion(r, "subvisible-particles-25um").outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.verdict()).isEqualTo(Verdict.REJECT);
  }

  @Test
  void switchedOnResidualsWithoutResultsAreMissingAndOtherProductTypesAreNotApplicable() {
    ReleaseReport r = check(EV_RESIDUALS, Fixtures.bmProduct(), lot(), "2026-01-15");
    assertThat(criterion(r, "residual-dna").outcome()).isEqualTo(Outcome.MISSING);
    assertThat(criterion(r, "residual-antibiotic").outcome()).isEqualTo(Outcome.MISSING);
    assertThat(r.verdict()).isEqualTo(Verdict.INCOMPLETE);
    LotReleaseProfile conditionedMediumOnly = LotReleaseProfile.of(LotReleaseParameters.builder()
        .addResidualDnaFor(ProductType.CONDITIONED_MEDIUM).build());
    Finding na = criterion(check(conditionedMediumOnly, Fixtures.bmProduct(), lot(), "2026-01-15"), "residual-dna");
    assertThat(na.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(List.of(na.code())).containsExactly("LOT.RESIDUAL_DNA.NOT_APPLICABLE");
  }
}
