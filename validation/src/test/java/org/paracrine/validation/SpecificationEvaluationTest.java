package org.paracrine.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.paracrine.validation.Fixtures.replaceResults;
import static org.paracrine.validation.Fixtures.withoutResults;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paracrine.core.assay.Censoring;
import org.paracrine.core.assay.TestResult;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.quantity.QuantityRange;
import org.paracrine.core.report.Band;
import org.paracrine.core.report.Finding;
import org.paracrine.core.report.Outcome;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.core.report.Severity;
import org.paracrine.core.report.SpecificationRef;
import org.paracrine.core.report.Verdict;
import org.paracrine.core.spec.AcceptanceCriterion;
import org.paracrine.core.spec.Citation;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.core.vocabulary.AnalyticalMethod;
import org.paracrine.core.vocabulary.QualitativeOutcome;
import org.paracrine.core.vocabulary.QualityAttribute;
import org.paracrine.core.vocabulary.Term;

class SpecificationEvaluationTest {
  private static final Citation WJSC = Citation.of("WJSC 2025", "World J Stem Cells 2025;17(10):110445",
      "10.4252/wjsc.v17.i10.110445");

  private static org.paracrine.core.spec.ImmutableAcceptanceCriterion.Builder criterion(String id, QualityAttribute attribute) {
    return AcceptanceCriterion.builder().id(id).attribute(Term.of(attribute)).source(WJSC);
  }

  private static ReleaseReport check(Lot lot, AcceptanceCriterion... criteria) {
    ReleaseSpecification spec = ReleaseSpecification.builder().id("acme-msc-ev").version("3.1").title("ACME MSC-EV")
        .addCriteria(criteria).build();
    return ReleaseChecker.builder().structuralValidation(false).addSpecification(spec).build()
        .check(Fixtures.bmProduct(), lot);
  }

  private static Finding single(ReleaseReport r) {
    assertThat(r.findings()).hasSize(1);
    return r.findings().get(0);
  }

  private static final AcceptanceCriterion ENDOTOXIN = criterion("endotoxin", QualityAttribute.ENDOTOXIN)
      .limit(QuantityRange.lessThan(Quantity.of("0.5", "[IU]/mL")))
      .warningBand(QuantityRange.atMost(Quantity.of("0.4", "[IU]/mL"))).build();

  private static Lot endotoxin(String value) {
    return replaceResults(Fixtures.bmLot(), QualityAttribute.ENDOTOXIN, TestResult.numeric(QualityAttribute.ENDOTOXIN,
        AnalyticalMethod.LAL_KINETIC_CHROMOGENIC, Quantity.of(value, "[IU]/mL")));
  }

  @Test
  void passingCriterionRecordsValueLimitBandSourceAndSpecification() {
    ReleaseReport r = check(Fixtures.bmLot(), ENDOTOXIN);
    Finding f = single(r);
    assertThat(f.code()).isEqualTo("SPEC.CRITERION.PASS");
    assertThat(f.path()).isEqualTo("/lot/testResults/2/value");
    assertThat(f.outcome()).isEqualTo(Outcome.PASS);
    assertThat(f.band()).contains(Band.IN);
    assertThat(f.observedQuantity()).contains(Quantity.of("0.12", "[IU]/mL"));
    assertThat(f.convertedQuantity()).contains(Quantity.of("0.12", "[IU]/mL"));
    assertThat(f.limit().orElseThrow().describe()).isEqualTo("< 0.5 [IU]/mL");
    assertThat(f.criterionId()).contains("endotoxin");
    assertThat(f.source()).contains(WJSC);
    assertThat(f.specification()).contains(SpecificationRef.of("acme-msc-ev", "3.1"));
    assertThat(r.specifications()).containsExactly(SpecificationRef.of("acme-msc-ev", "3.1"));
    assertThat(r.verdict()).isEqualTo(Verdict.RELEASE);
  }

  @Test
  void valueAboveTheLimitFailsAndRejects() {
    ReleaseReport r = check(endotoxin("0.6"), ENDOTOXIN);
    Finding f = single(r);
    assertThat(f.code()).isEqualTo("SPEC.CRITERION.OUT_OF_LIMIT");
    assertThat(f.band()).contains(Band.OUT);
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(r.verdict()).isEqualTo(Verdict.REJECT);
  }

  @Test
  void exclusiveBoundaryFailsAtTheLimitAndInclusiveBandWarnsJustAboveIt() {
    assertThat(single(check(endotoxin("0.5"), ENDOTOXIN)).code()).isEqualTo("SPEC.CRITERION.OUT_OF_LIMIT");
    assertThat(single(check(endotoxin("0.4"), ENDOTOXIN)).code()).isEqualTo("SPEC.CRITERION.PASS");
    ReleaseReport warn = check(endotoxin("0.45"), ENDOTOXIN);
    Finding f = single(warn);
    assertThat(f.code()).isEqualTo("SPEC.CRITERION.WARNING_BAND");
    assertThat(f.outcome()).isEqualTo(Outcome.WARN);
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.band()).contains(Band.WARNING);
    assertThat(warn.verdict()).isEqualTo(Verdict.RELEASE);
  }

  @Test
  void missingRequiredResultMakesTheLotIncompleteAndAnOptionalOneIsInformational() {
    ReleaseReport r = check(withoutResults(Fixtures.bmLot(), QualityAttribute.ENDOTOXIN), ENDOTOXIN);
    Finding f = single(r);
    assertThat(f.code()).isEqualTo("SPEC.CRITERION.MISSING");
    assertThat(f.path()).isEqualTo("/lot/testResults");
    assertThat(r.verdict()).isEqualTo(Verdict.INCOMPLETE);
    ReleaseReport optional = check(withoutResults(Fixtures.bmLot(), QualityAttribute.ENDOTOXIN),
        AcceptanceCriterion.builder().from(ENDOTOXIN).required(false).build());
    assertThat(single(optional).severity()).isEqualTo(Severity.INFO);
    assertThat(optional.verdict()).isEqualTo(Verdict.RELEASE);
  }

  @Test
  void resultByAMethodThatIsNotAllowedDoesNotCount() {
    AcceptanceCriterion gelClotOnly = AcceptanceCriterion.builder().from(ENDOTOXIN)
        .addAllowedMethod(Term.of(AnalyticalMethod.LAL_GEL_CLOT)).build();
    Finding f = single(check(Fixtures.bmLot(), gelClotOnly));
    assertThat(f.code()).isEqualTo("SPEC.CRITERION.METHOD_NOT_ALLOWED");
    assertThat(f.outcome()).isEqualTo(Outcome.MISSING);
    assertThat(f.path()).isEqualTo("/lot/testResults/2/method");
  }

  @Test
  void limitInAnotherUnitIsComparedAfterUcumConversion() {
    Lot lot = replaceResults(Fixtures.bmLot(), QualityAttribute.TOTAL_PROTEIN, TestResult.numeric(
        QualityAttribute.TOTAL_PROTEIN, AnalyticalMethod.BCA, Quantity.of("1200", "ug/mL")));
    AcceptanceCriterion protein = criterion("protein", QualityAttribute.TOTAL_PROTEIN)
        .limit(QuantityRange.between(Quantity.of("1.0", "mg/mL"), Quantity.of("1.2", "mg/mL"))).build();
    Finding f = single(check(lot, protein));
    assertThat(f.code()).isEqualTo("SPEC.CRITERION.PASS");
    assertThat(f.observedQuantity()).contains(Quantity.of("1200", "ug/mL"));
    assertThat(f.convertedQuantity().orElseThrow().isEquivalentTo(Quantity.of("1.2", "mg/mL"))).isTrue();
    assertThat(f.convertedQuantity().orElseThrow().unit()).isEqualTo("mg/mL");
  }

  @Test
  void incomparableUnitsAreAFailureNotACrash() {
    Lot lot = replaceResults(Fixtures.bmLot(), QualityAttribute.TOTAL_PROTEIN, TestResult.numeric(
        QualityAttribute.TOTAL_PROTEIN, AnalyticalMethod.BCA, Quantity.of("3", "mL")));
    AcceptanceCriterion protein = criterion("protein", QualityAttribute.TOTAL_PROTEIN)
        .limit(QuantityRange.atMost(Quantity.of("2", "mg/mL"))).build();
    ReleaseReport r = check(lot, protein);
    assertThat(single(r).code()).isEqualTo("SPEC.CRITERION.UNITS_INCOMPARABLE");
    assertThat(single(r).outcome()).isEqualTo(Outcome.FAIL);
    assertThat(single(r).message()).contains("mL").contains("mg/mL");
    assertThat(r.verdict()).isEqualTo(Verdict.REJECT);
  }

  @Test
  void qualitativeCriterionAcceptsOnlyTheListedOutcomes() {
    AcceptanceCriterion sterile = criterion("sterility", QualityAttribute.STERILITY)
        .addAcceptableOutcome(Term.of(QualitativeOutcome.NO_GROWTH)).build();
    Finding pass = single(check(Fixtures.bmLot(), sterile));
    assertThat(pass.code()).isEqualTo("SPEC.CRITERION.PASS");
    assertThat(pass.path()).isEqualTo("/lot/testResults/0/outcome");
    Lot growth = replaceResults(Fixtures.bmLot(), QualityAttribute.STERILITY, TestResult.qualitative(
        QualityAttribute.STERILITY, AnalyticalMethod.STERILITY_RAPID, QualitativeOutcome.GROWTH));
    Finding fail = single(check(growth, sterile));
    assertThat(fail.code()).isEqualTo("SPEC.CRITERION.OUTCOME_NOT_ACCEPTABLE");
    assertThat(fail.observed()).contains("growth");
  }

  @Test
  void numericCriterionWithOnlyAQualitativeResultIsMissingAValue() {
    AcceptanceCriterion numeric = criterion("sterility-count", QualityAttribute.STERILITY)
        .limit(QuantityRange.atMost(Quantity.of(0, "1"))).build();
    Finding f = single(check(Fixtures.bmLot(), numeric));
    assertThat(f.code()).isEqualTo("SPEC.CRITERION.NO_COMPARABLE_RESULT");
    assertThat(f.path()).isEqualTo("/lot/testResults/0");
  }

  @Test
  void analyteMustMatchWhenTheCriterionNamesOne() {
    Lot lot = Lot.builder().from(Fixtures.bmLot()).addTestResult(TestResult.builder()
        .attribute(Term.of(QualityAttribute.MARKER)).analyte(" cd63 ").method(Term.of(AnalyticalMethod.WESTERN_BLOT))
        .outcome(Term.of(QualitativeOutcome.PRESENT)).build()).build();
    AcceptanceCriterion cd63 = criterion("cd63", QualityAttribute.MARKER).analyte("CD63")
        .addAcceptableOutcome(Term.of(QualitativeOutcome.PRESENT)).build();
    AcceptanceCriterion cd9 = criterion("cd9", QualityAttribute.MARKER).analyte("CD9")
        .addAcceptableOutcome(Term.of(QualitativeOutcome.PRESENT)).build();
    ReleaseReport r = check(lot, cd63, cd9);
    assertThat(r.findings()).extracting(Finding::code).containsExactly("SPEC.CRITERION.PASS",
        "SPEC.CRITERION.MISSING");
    assertThat(r.findings().get(0).path()).isEqualTo("/lot/testResults/6/outcome");
  }

  @Test
  void theLeastFavourableOfSeveralResultsIsReported() {
    Lot lot = replaceResults(Fixtures.bmLot(), QualityAttribute.ENDOTOXIN,
        TestResult.numeric(QualityAttribute.ENDOTOXIN, AnalyticalMethod.LAL_GEL_CLOT, Quantity.of("0.1", "[IU]/mL")),
        TestResult.numeric(QualityAttribute.ENDOTOXIN, AnalyticalMethod.LAL_GEL_CLOT, Quantity.of("0.7", "[IU]/mL")),
        TestResult.numeric(QualityAttribute.ENDOTOXIN, AnalyticalMethod.LAL_GEL_CLOT, Quantity.of("0.2", "[IU]/mL")));
    Finding f = single(check(lot, ENDOTOXIN));
    assertThat(f.code()).isEqualTo("SPEC.CRITERION.OUT_OF_LIMIT");
    assertThat(f.path()).isEqualTo("/lot/testResults/3/value");
  }

  @Test
  void censoredResultsPassOnlyWhenEveryPossibleValuePasses() {
    Lot belowLod = replaceResults(Fixtures.bmLot(), QualityAttribute.ENDOTOXIN, TestResult.builder()
        .attribute(Term.of(QualityAttribute.ENDOTOXIN)).value(Quantity.of("0.05", "[IU]/mL"))
        .censoring(Censoring.BELOW_LOD).build());
    assertThat(single(check(belowLod, ENDOTOXIN)).code()).isEqualTo("SPEC.CRITERION.PASS");
    Lot lodTooHigh = replaceResults(Fixtures.bmLot(), QualityAttribute.ENDOTOXIN, TestResult.builder()
        .attribute(Term.of(QualityAttribute.ENDOTOXIN)).value(Quantity.of("1", "[IU]/mL"))
        .censoring(Censoring.BELOW_LOD).build());
    Finding f = single(check(lodTooHigh, ENDOTOXIN));
    assertThat(f.code()).isEqualTo("SPEC.CRITERION.CENSORED_INCONCLUSIVE");
    assertThat(f.outcome()).isEqualTo(Outcome.MISSING);
    AcceptanceCriterion atLeast = criterion("potency", QualityAttribute.POTENCY)
        .limit(QuantityRange.atLeast(Quantity.of(30, "%"))).build();
    Lot belowLoq = replaceResults(Fixtures.bmLot(), QualityAttribute.POTENCY, TestResult.builder()
        .attribute(Term.of(QualityAttribute.POTENCY)).value(Quantity.of(20, "%")).censoring(Censoring.BELOW_LOQ)
        .build());
    assertThat(single(check(belowLoq, atLeast)).code()).isEqualTo("SPEC.CRITERION.OUT_OF_LIMIT");
  }

  @Test
  void duplicateSpecificationIdsAreRefused() {
    ReleaseSpecification spec = ReleaseSpecification.builder().id("s").version("1").title("t").build();
    assertThatThrownBy(() -> ReleaseChecker.builder().addSpecification(spec).addSpecification(spec).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"s\"");
  }

  @Test
  void everyCriterionGivesExactlyOneFindingInOrder() {
    AcceptanceCriterion ph = criterion("ph", QualityAttribute.PH)
        .limit(QuantityRange.between(Quantity.of("7.0", "[pH]"), Quantity.of("7.6", "[pH]"))).build();
    ReleaseReport r = check(Fixtures.bmLot(), ENDOTOXIN, ph,
        criterion("viability", QualityAttribute.VIABILITY).limit(QuantityRange.atLeast(Quantity.of(90, "%"))).build());
    assertThat(r.findings()).extracting(Finding::criterionId).containsExactly(java.util.Optional.of("endotoxin"),
        java.util.Optional.of("ph"), java.util.Optional.of("viability"));
    assertThat(r.findings()).extracting(Finding::code).containsExactly("SPEC.CRITERION.PASS", "SPEC.CRITERION.PASS",
        "SPEC.CRITERION.MISSING");
    assertThat(List.of(r.verdict())).containsExactly(Verdict.INCOMPLETE);
  }
}
