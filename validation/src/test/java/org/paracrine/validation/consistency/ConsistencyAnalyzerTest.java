package org.paracrine.validation.consistency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.paracrine.core.assay.AnalyteResult;
import org.paracrine.core.assay.Censoring;
import org.paracrine.core.assay.TestResult;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.lot.ReferenceEntry;
import org.paracrine.core.lot.ReferenceSeries;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.quantity.QuantityRange;
import org.paracrine.core.report.Band;
import org.paracrine.core.report.Finding;
import org.paracrine.core.report.Outcome;
import org.paracrine.core.report.Severity;
import org.paracrine.core.report.Verdict;
import org.paracrine.core.samples.ReferenceCompositions;
import org.paracrine.core.spec.AcceptanceCriterion;
import org.paracrine.core.spec.Confidence;
import org.paracrine.core.spec.ConsistencyCheck;
import org.paracrine.core.spec.ControlChartRule;
import org.paracrine.core.spec.ControlChartTest;
import org.paracrine.core.spec.ImmutableConsistencyCheck;
import org.paracrine.core.spec.ReferenceStatistics;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.core.vocabulary.Analyte;
import org.paracrine.core.vocabulary.AnalyticalMethod;
import org.paracrine.core.vocabulary.NormalisationBasis;
import org.paracrine.core.vocabulary.QualityAttribute;

class ConsistencyAnalyzerTest {
  private static final String PRODUCT = "p1";

  private static AnalyteResult vegf(String value) {
    return AnalyteResult.perMillilitre(Analyte.VEGFA, Quantity.of(value, "pg/mL"), AnalyticalMethod.ELISA);
  }

  private static AnalyteResult vegf(String value, String unit) {
    return AnalyteResult.perMillilitre(Analyte.VEGFA, Quantity.of(value, unit), AnalyticalMethod.ELISA);
  }

  private static AnalyteResult belowLoq(String loq) {
    return AnalyteResult.builder().from(vegf(loq)).loq(Quantity.of(loq, "pg/mL")).censoring(Censoring.BELOW_LOQ)
        .build();
  }

  private static ReferenceEntry entry(int i, AnalyteResult result) {
    return ReferenceEntry.builder().lotId("R" + i).manufactureDate(LocalDate.of(2024, 1, 1).plusDays(i))
        .addComposition(result).totalProtein(Quantity.of("100", "ug/mL")).build();
  }

  private static ReferenceSeries series(String... values) {
    var b = ReferenceSeries.builder().id("ref").version("1").productId(PRODUCT);
    for (int i = 0; i < values.length; i++) {
      b.addEntry(entry(i + 1, vegf(values[i])));
    }
    return b.build();
  }

  private static Lot lot(AnalyteResult... composition) {
    return Lot.builder().id("NEW").productId(PRODUCT).manufactureDate(LocalDate.of(2025, 1, 1))
        .addComposition(composition).build();
  }

  private static Lot lot(String vegf) {
    return lot(vegf(vegf));
  }

  private static ImmutableConsistencyCheck.Builder check() {
    return ConsistencyCheck.builder().normalisation(NormalisationBasis.PER_ML_PRODUCT.term()).unit("pg/mL");
  }

  private static ReleaseSpecification spec(ConsistencyCheck check) {
    return ReleaseSpecification.builder().id("s").version("1").title("consistency")
        .addCriterion(AcceptanceCriterion.builder().id("c1").attribute(QualityAttribute.ANALYTE.term())
            .analyte("VEGFA").consistency(check).build())
        .build();
  }

  private static ConsistencyReport compare(ReferenceSeries series, Lot lot, ConsistencyCheck check) {
    return ConsistencyAnalyzer.compare(series, lot, spec(check));
  }

  private static List<String> codes(ConsistencyReport r) {
    return r.findings().stream().map(Finding::code).collect(Collectors.toList());
  }

  private static Finding only(ConsistencyReport r, String code) {
    List<Finding> found = r.findings().stream().filter(f -> f.code().equals(code)).collect(Collectors.toList());
    assertThat(found).as("%s in %s", code, codes(r)).hasSize(1);
    return found.get(0);
  }

  @Test
  void theDriftingExampleLotIsCaughtByNelsonTest2Only() {
    ConsistencyReport r = ConsistencyAnalyzer.compare(ReferenceCompositions.referenceSeries(),
        ReferenceCompositions.driftingLot(), ReferenceCompositions.consistencySpecification());
    assertThat(r.verdict()).isEqualTo(Verdict.REJECT);
    assertThat(r.findings(Outcome.FAIL)).extracting(Finding::code).containsExactly("CONSISTENCY.NELSON_2.FIRED");
    Finding fired = only(r, "CONSISTENCY.NELSON_2.FIRED");
    assertThat(fired.criterionId()).contains("vegfa-consistency");
    assertThat(fired.path()).isEqualTo("/lot/composition/0/value");
    assertThat(fired.severity()).isEqualTo(Severity.ERROR);
    assertThat(fired.source().orElseThrow().label()).isEqualTo("Nelson 1984 test 2");
    assertThat(fired.source().orElseThrow().confidence()).isEqualTo(Confidence.VERIFY);
    assertThat(fired.observed().orElseThrow()).startsWith("UCGEL-25-013=1046, UCGEL-25-014=1058")
        .endsWith("UCGEL-25-021=1071 pg/mL");
    assertThat(fired.expected().orElseThrow())
        .startsWith("no signal of Nelson test 2: 9 points in a row on the same side of the centre line");
    assertThat(fired.message()).contains("fired at this lot", "centre 1024 pg/mL");
    AnalyteComparison vegf = r.comparisons().get(0);
    assertThat(vegf.statistics().orElseThrow().mean().value()).isEqualByComparingTo("1024");
    assertThat(vegf.zScore().orElseThrow().setScale(4, java.math.RoundingMode.HALF_EVEN))
        .isEqualByComparingTo("1.4196");
    assertThat(vegf.ratioToMean().orElseThrow().setScale(6, java.math.RoundingMode.HALF_EVEN))
        .isEqualByComparingTo("1.045898");
    Finding nelson1 = r.comparisons().get(0).findings().stream()
        .filter(f -> f.code().equals("CONSISTENCY.CONTROL_CHART.PASS")).findFirst().orElseThrow();
    assertThat(nelson1.band()).contains(Band.IN);
    assertThat(only(r, "CONSISTENCY.REFERENCE.CENSORED_EXCLUDED").message()).contains("2 censored");
  }

  @Test
  void westernElectricRule4WouldHaveCaughtTheDriftOneLotEarlier() {
    ReferenceSeries full = ReferenceCompositions.referenceSeries();
    ReferenceSeries first19 = ReferenceSeries.builder().from(full).entries(full.entries().subList(0, 19)).build();
    ReferenceEntry last = full.entries().get(19);
    Lot lot20 = Lot.builder().id(last.lotId()).productId(full.productId()).manufactureDate(last.manufactureDate())
        .composition(last.composition()).build();
    ConsistencyCheck we4 = check().addRule(ControlChartTest.builder().rule(ControlChartRule.NELSON_2).points(8)
        .build()).build();
    assertThat(codes(compare(first19, lot20, we4))).contains("CONSISTENCY.NELSON_2.FIRED");
    ConsistencyCheck nelson2 = check().addRule(ControlChartTest.of(ControlChartRule.NELSON_2)).build();
    assertThat(codes(compare(first19, lot20, nelson2))).contains("CONSISTENCY.CONTROL_CHART.PASS")
        .doesNotContain("CONSISTENCY.NELSON_2.FIRED");
  }

  @Test
  void fewerThanThreeReferenceValuesAreIncompleteWithoutNumbers() {
    ConsistencyCheck c = check().addRule(ControlChartTest.of(ControlChartRule.NELSON_1)).build();
    ConsistencyReport r = compare(series("100", "110"), lot("105"), c);
    assertThat(codes(r)).containsExactly("CONSISTENCY.REFERENCE.TOO_SMALL");
    Finding f = r.findings().get(0);
    assertThat(f.outcome()).isEqualTo(Outcome.MISSING);
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.message()).isEqualTo("Criterion c1 (analyte VEGFA, per-mL, pg/mL): only 2 quantified reference"
        + " value(s) (series ref@1: 0 censored excluded, 0 without a value); at least 3 are needed, so no mean,"
        + " SD or z-score is given.");
    assertThat(r.verdict()).isEqualTo(Verdict.INCOMPLETE);
    assertThat(r.comparisons().get(0).statistics()).isEmpty();
    assertThat(r.comparisons().get(0).zScore()).isEmpty();
    assertThat(compare(series("100", "110", "120"), lot("105"), c).verdict()).isEqualTo(Verdict.RELEASE);
  }

  @Test
  void censoredReferenceValuesDoNotCountTowardsTheMinimum() {
    ReferenceSeries s = ReferenceSeries.builder().id("ref").version("1").productId(PRODUCT)
        .addEntry(entry(1, vegf("100"))).addEntry(entry(2, belowLoq("50"))).addEntry(entry(3, vegf("110"))).build();
    ConsistencyReport r = compare(s, lot("105"), check().equivalenceMargin(Quantity.of("20", "%")).build());
    assertThat(codes(r)).containsExactly("CONSISTENCY.REFERENCE.TOO_SMALL");
    assertThat(r.findings().get(0).message()).contains("only 2 quantified", "1 censored excluded");
  }

  @Test
  void aMinimumOfTwoCanBeChosen() {
    ConsistencyCheck c = check().minimumReferenceSize(2).equivalenceMargin(Quantity.of("10", "%")).build();
    assertThat(compare(series("100", "110"), lot("105"), c).verdict()).isEqualTo(Verdict.RELEASE);
  }

  @Test
  void equivalenceMarginsAreInclusiveAtTheirBoundary() {
    // reference 90, 100, 110: mean 100; ±10 % → [90, 110]
    ConsistencyCheck c = check().equivalenceMargin(Quantity.of("10", "%")).build();
    ReferenceSeries s = series("90", "100", "110");
    assertThat(codes(compare(s, lot("110"), c))).contains("CONSISTENCY.EQUIVALENCE.WITHIN_MARGIN");
    assertThat(codes(compare(s, lot("90"), c))).contains("CONSISTENCY.EQUIVALENCE.WITHIN_MARGIN");
    assertThat(codes(compare(s, lot("110.0001"), c))).contains("CONSISTENCY.EQUIVALENCE.OUTSIDE_MARGIN");
    assertThat(codes(compare(s, lot("89.9999"), c))).contains("CONSISTENCY.EQUIVALENCE.OUTSIDE_MARGIN");
    Finding out = only(compare(s, lot("120"), c), "CONSISTENCY.EQUIVALENCE.OUTSIDE_MARGIN");
    assertThat(out.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(out.limit()).contains(QuantityRange.between(Quantity.of("90", "pg/mL"), Quantity.of("110", "pg/mL")));
    assertThat(out.band()).contains(Band.OUT);
    assertThat(out.convertedQuantity()).contains(Quantity.of("120", "pg/mL"));
    assertThat(out.observed().orElseThrow()).isEqualTo("120 pg/mL (z = 2, ratio to mean 1.2)");
    assertThat(out.expected().orElseThrow()).isEqualTo("within ±10 % of the reference mean 100 pg/mL: "
        + out.limit().orElseThrow().describe() + " (inclusive)");
  }

  @Test
  void theReferenceRangeIsInclusive() {
    ConsistencyCheck c = check().withinReferenceRange(true).build();
    ReferenceSeries s = series("90", "100", "110");
    assertThat(codes(compare(s, lot("110"), c))).contains("CONSISTENCY.RANGE.INSIDE");
    assertThat(codes(compare(s, lot("90.0"), c))).contains("CONSISTENCY.RANGE.INSIDE");
    assertThat(codes(compare(s, lot("110.01"), c))).contains("CONSISTENCY.RANGE.OUTSIDE");
    assertThat(codes(compare(s, lot("89.99"), c))).contains("CONSISTENCY.RANGE.OUTSIDE");
  }

  @Test
  void shewhartLimitsFromStoredStatisticsAreExclusiveAtThreeSigma() {
    ConsistencyCheck c = check().addRule(ControlChartTest.of(ControlChartRule.NELSON_1))
        .addRule(ControlChartTest.of(ControlChartRule.NELSON_2))
        .referenceStatistics(ReferenceStatistics.builder().n(20).mean(Quantity.of("1000", "pg/mL"))
            .standardDeviation(Quantity.of("50", "pg/mL")).build()).build();
    ReleaseSpecification spec = spec(c);
    ConsistencyReport atLimit = ConsistencyAnalyzer.compare(lot("1150"), spec);
    assertThat(codes(atLimit)).containsExactly("CONSISTENCY.SUMMARY", "CONSISTENCY.CONTROL_CHART.PASS",
        "CONSISTENCY.CONTROL_CHART.TOO_FEW_POINTS");
    assertThat(atLimit.comparisons().get(0).zScore()).contains(new BigDecimal("3"));
    assertThat(atLimit.verdict()).as("too few points for a run rule is information only").isEqualTo(Verdict.RELEASE);
    ConsistencyReport beyond = ConsistencyAnalyzer.compare(lot("1150.1"), spec);
    Finding f = only(beyond, "CONSISTENCY.NELSON_1.FIRED");
    assertThat(f.limit()).contains(QuantityRange.between(Quantity.of("850", "pg/mL"), Quantity.of("1150", "pg/mL")));
    assertThat(f.band()).contains(Band.OUT);
    assertThat(beyond.verdict()).isEqualTo(Verdict.REJECT);
    assertThat(codes(ConsistencyAnalyzer.compare(lot("849.9"), spec))).contains("CONSISTENCY.NELSON_1.FIRED");
  }

  @Test
  void storedStatisticsBelowTheMinimumAreIncomplete() {
    ConsistencyCheck c = check().addRule(ControlChartTest.of(ControlChartRule.NELSON_1)).minimumReferenceSize(5)
        .referenceStatistics(ReferenceStatistics.builder().n(4).mean(Quantity.of("1000", "pg/mL"))
            .standardDeviation(Quantity.of("50", "pg/mL")).build()).build();
    ConsistencyReport r = ConsistencyAnalyzer.compare(lot("1000"), spec(c));
    assertThat(codes(r)).containsExactly("CONSISTENCY.REFERENCE.TOO_SMALL");
    assertThat(r.verdict()).isEqualTo(Verdict.INCOMPLETE);
  }

  @Test
  void withoutSeriesOrStoredStatisticsTheReferenceIsMissing() {
    ConsistencyReport r = ConsistencyAnalyzer.compare(lot("1000"),
        spec(check().addRule(ControlChartTest.of(ControlChartRule.NELSON_1)).build()));
    assertThat(codes(r)).containsExactly("CONSISTENCY.REFERENCE.MISSING");
    assertThat(r.verdict()).isEqualTo(Verdict.INCOMPLETE);
  }

  @Test
  void aNewLotBelowLoqIsJudgedByItsBoundOnlyWhereTheBoundDecides() {
    ReferenceSeries s = series("90", "100", "110");
    // ±30 % → [70, 130]; below LOQ 50 means a value in [0, 50]: certainly outside.
    ConsistencyReport outside = compare(s, lot(belowLoq("50")), check().equivalenceMargin(Quantity.of("30", "%"))
        .addRule(ControlChartTest.of(ControlChartRule.NELSON_1)).build());
    assertThat(codes(outside)).contains("CONSISTENCY.EQUIVALENCE.OUTSIDE_MARGIN", "CONSISTENCY.NELSON_1.FIRED");
    AnalyteComparison cmp = outside.comparisons().get(0);
    assertThat(cmp.censoring()).contains(Censoring.BELOW_LOQ);
    assertThat(cmp.zScore()).as("never a number for a censored value").isEmpty();
    assertThat(cmp.ratioToMean()).isEmpty();
    assertThat(only(outside, "CONSISTENCY.SUMMARY").observed()).contains("BELOW_LOQ 50 pg/mL");
    // ±60 % → [40, 160]: [0, 50] straddles 40, so inconclusive; 3σ limit 70 > 50, so test 1 still fires.
    ConsistencyReport unsure = compare(s, lot(belowLoq("50")), check().equivalenceMargin(Quantity.of("60", "%"))
        .build());
    Finding f = only(unsure, "CONSISTENCY.EQUIVALENCE.INCONCLUSIVE");
    assertThat(f.outcome()).isEqualTo(Outcome.MISSING);
    assertThat(unsure.verdict()).isEqualTo(Verdict.INCOMPLETE);
  }

  @Test
  void theChartSeriesListsTheReferenceLotsInTimeOrderWithCensoredValuesAsIntervalsThenTheNewLot() {
    ReferenceSeries s = ReferenceSeries.builder().id("ref").version("1").productId(PRODUCT)
        .addEntry(entry(1, vegf("90"))).addEntry(entry(2, belowLoq("20"))).addEntry(entry(3, vegf("0.1", "ng/mL")))
        .addEntry(entry(4, vegf("110"))).build();
    AnalyteComparison c = compare(s, lot("105"), check().equivalenceMargin(Quantity.of("10", "%")).build())
        .comparisons().get(0);
    assertThat(c.series()).extracting(ChartPoint::lotId).containsExactly("R1", "R2", "R3", "R4", "NEW");
    assertThat(c.series()).extracting(p -> p.value().toString()).containsExactly("90", "[0, 20]", "100", "110",
        "105");
    assertThat(c.series()).extracting(ChartPoint::newLot).containsExactly(false, false, false, false, true);
    assertThat(c.series().get(0).manufactureDate()).isEqualTo(LocalDate.of(2024, 1, 2));
  }

  @Test
  void chartPointsWithEqualBoundsAreEqual() {
    assertThat(ControlChart.Point.of(new java.math.BigDecimal("1.0"))).isEqualTo(ControlChart.Point.of(
        java.math.BigDecimal.ONE)).hasSameHashCodeAs(ControlChart.Point.of(java.math.BigDecimal.ONE));
    assertThat(ControlChart.Point.atLeast(java.math.BigDecimal.TEN)).isNotEqualTo(ControlChart.Point.of(
        java.math.BigDecimal.TEN));
  }

  @Test
  void withoutStatisticsThereIsNoChartSeries() {
    assertThat(compare(series("100", "110"), lot("105"), check().equivalenceMargin(Quantity.of("10", "%")).build())
        .comparisons().get(0).series()).isEmpty();
  }

  @Test
  void censoredReferenceValuesAreExcludedFromTheStatisticsAndCounted() {
    ReferenceSeries s = ReferenceSeries.builder().id("ref").version("1").productId(PRODUCT)
        .addEntry(entry(1, vegf("90"))).addEntry(entry(2, belowLoq("20"))).addEntry(entry(3, vegf("100")))
        .addEntry(entry(4, vegf("110"))).build();
    ConsistencyReport r = compare(s, lot("100"), check().equivalenceMargin(Quantity.of("10", "%")).build());
    AnalyteComparison c = r.comparisons().get(0);
    assertThat(c.referenceSize()).isEqualTo(3);
    assertThat(c.censoredExcluded()).isEqualTo(1);
    assertThat(c.statistics().orElseThrow().mean().value()).isEqualByComparingTo("100");
    Finding w = only(r, "CONSISTENCY.REFERENCE.CENSORED_EXCLUDED");
    assertThat(w.outcome()).isEqualTo(Outcome.WARN);
    assertThat(w.message()).contains("R2 BELOW_LOQ 20 pg/mL");
    assertThat(r.verdict()).isEqualTo(Verdict.RELEASE);
  }

  @Test
  void perMicrogramProteinUsesEachLotsOwnTotalProtein() {
    ConsistencyCheck c = ConsistencyCheck.builder().normalisation(NormalisationBasis.PER_UG_TOTAL_PROTEIN.term())
        .unit("pg/ug").equivalenceMargin(Quantity.of("10", "%")).build();
    // reference per mL 900, 1000, 1100 with 100 ug/mL protein → 9, 10, 11 pg/ug
    Lot withProtein = Lot.builder().from(lot("1700")).addTestResult(TestResult.numeric(QualityAttribute.TOTAL_PROTEIN,
        AnalyticalMethod.BCA, Quantity.of("0.17", "mg/mL"))).build();
    ConsistencyReport r = compare(series("900", "1000", "1100"), withProtein, c);
    AnalyteComparison cmp = r.comparisons().get(0);
    assertThat(cmp.statistics().orElseThrow().mean()).isEqualTo(Quantity.of("10", "pg/ug"));
    assertThat(cmp.observed().orElseThrow().value()).isEqualByComparingTo("10");
    assertThat(codes(r)).contains("CONSISTENCY.EQUIVALENCE.WITHIN_MARGIN");
    Finding within = only(r, "CONSISTENCY.EQUIVALENCE.WITHIN_MARGIN");
    assertThat(within.observedQuantity()).contains(Quantity.of("1700", "pg/mL"));
    ConsistencyReport noProtein = compare(series("900", "1000", "1100"), lot("1700"), c);
    Finding missing = only(noProtein, "CONSISTENCY.LOT.MISSING");
    assertThat(missing.message()).contains("needs the lot's own total protein");
    assertThat(noProtein.verdict()).isEqualTo(Verdict.INCOMPLETE);
  }

  @Test
  void referenceLotsWithoutAUsableValueAreListed() {
    ReferenceSeries s = ReferenceSeries.builder().from(series("90", "100", "110"))
        .addEntry(ReferenceEntry.builder().lotId("R9").manufactureDate(LocalDate.of(2024, 6, 1)).build()).build();
    ConsistencyReport r = compare(s, lot("100"), check().equivalenceMargin(Quantity.of("10", "%")).build());
    Finding f = only(r, "CONSISTENCY.REFERENCE.VALUES_UNAVAILABLE");
    assertThat(f.message()).contains("R9 (no VEGFA result)");
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(r.verdict()).isEqualTo(Verdict.RELEASE);
  }

  @Test
  void theNewLotIsNeverPartOfItsOwnReference() {
    ReferenceSeries s = ReferenceSeries.builder().from(series("90", "100", "110"))
        .addEntry(ReferenceEntry.builder().lotId("NEW").manufactureDate(LocalDate.of(2025, 1, 1))
            .addComposition(vegf("500")).build()).build();
    AnalyteComparison c = compare(s, lot("500"), check().equivalenceMargin(Quantity.of("10", "%")).build())
        .comparisons().get(0);
    assertThat(c.referenceSize()).isEqualTo(3);
    assertThat(c.statistics().orElseThrow().mean().value()).isEqualByComparingTo("100");
  }

  @Test
  void aZeroReferenceSpreadMakesControlChartRulesIncomplete() {
    ConsistencyReport r = compare(series("100", "100", "100"), lot("100"),
        check().addRule(ControlChartTest.of(ControlChartRule.NELSON_1)).equivalenceMargin(Quantity.of("5", "%"))
            .build());
    assertThat(codes(r)).containsExactly("CONSISTENCY.SUMMARY", "CONSISTENCY.REFERENCE.ZERO_SPREAD",
        "CONSISTENCY.EQUIVALENCE.WITHIN_MARGIN");
    assertThat(r.verdict()).isEqualTo(Verdict.INCOMPLETE);
  }

  @Test
  void aRuleCanCarryItsOwnSeverity() {
    ConsistencyCheck c = check().addRule(ControlChartTest.builder().rule(ControlChartRule.NELSON_1)
        .severity(Severity.WARNING).build()).build();
    ConsistencyReport r = compare(series("90", "100", "110"), lot("200"), c);
    assertThat(only(r, "CONSISTENCY.NELSON_1.FIRED").severity()).isEqualTo(Severity.WARNING);
    assertThat(r.verdict()).isEqualTo(Verdict.RELEASE);
  }

  @Test
  void unitsAreConvertedWithUcum() {
    ReferenceSeries s = ReferenceSeries.builder().id("ref").version("1").productId(PRODUCT)
        .addEntry(entry(1, vegf("0.9", "ng/mL")))
        .addEntry(entry(2, vegf("1000"))).addEntry(entry(3, vegf("1.1", "ng/mL")))
        .build();
    AnalyteComparison c = compare(s, lot("1000"), check().withinReferenceRange(true).build()).comparisons().get(0);
    assertThat(c.statistics().orElseThrow().min().orElseThrow()).isEqualTo(Quantity.of("900", "pg/mL"));
    assertThat(c.statistics().orElseThrow().standardDeviation().value()).isEqualByComparingTo("100");
  }

  @Test
  void theSeriesMustBeOfTheLotsProduct() {
    Lot other = Lot.builder().from(lot("100")).productId("p2").build();
    assertThatThrownBy(() -> compare(series("90", "100", "110"), other, check().withinReferenceRange(true).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reference series ref@1 is of product p1, but lot NEW is of product p2");
  }

  @Test
  void theComparisonIsDeterministic() {
    ConsistencyReport a = ConsistencyAnalyzer.compare(ReferenceCompositions.referenceSeries(),
        ReferenceCompositions.driftingLot(), ReferenceCompositions.consistencySpecification());
    ConsistencyReport b = ConsistencyAnalyzer.compare(ReferenceCompositions.referenceSeries(),
        ReferenceCompositions.driftingLot(), ReferenceCompositions.consistencySpecification());
    assertThat(a).isEqualTo(b);
  }
}
