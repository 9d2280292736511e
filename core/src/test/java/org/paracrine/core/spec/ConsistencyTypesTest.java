package org.paracrine.core.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.paracrine.core.InvariantViolationException;
import org.paracrine.core.lot.ReferenceEntry;
import org.paracrine.core.lot.ReferenceSeries;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.quantity.QuantityRange;
import org.paracrine.core.samples.ReferenceCompositions;
import org.paracrine.core.vocabulary.NormalisationBasis;
import org.paracrine.core.vocabulary.QualityAttribute;

/** Invariants of the consistency types, each with its exact message. */
class ConsistencyTypesTest {
  private static Quantity q(String v, String u) {
    return Quantity.of(v, u);
  }

  private static ImmutableConsistencyCheck.Builder check() {
    return ConsistencyCheck.builder().normalisation(NormalisationBasis.PER_ML_PRODUCT.term()).unit("pg/mL");
  }

  private static ImmutableReferenceStatistics.Builder stats() {
    return ReferenceStatistics.builder().n(10).mean(q("1000", "pg/mL")).standardDeviation(q("50", "pg/mL"));
  }

  private static ImmutableAcceptanceCriterion.Builder criterion() {
    return AcceptanceCriterion.builder().id("C1").attribute(QualityAttribute.ANALYTE.term()).analyte("VEGFA");
  }

  static Stream<Arguments> violations() {
    return Stream.of(
        c("no rule, margin or range", () -> check().build(),
            "ConsistencyCheck.rules/equivalenceMargin/withinReferenceRange: was none, expected at least one"
                + " control-chart rule, an equivalence margin or the reference-range check"),
        c("margin of zero", () -> check().equivalenceMargin(q("0", "%")).build(),
            "ConsistencyCheck.equivalenceMargin: was 0 %, expected a margin greater than 0 %"),
        c("margin not a percentage", () -> check().equivalenceMargin(q("30", "pg/mL")).build(),
            "ConsistencyCheck.equivalenceMargin: was 30 pg/mL, expected a percentage in unit '%'"),
        c("unit not per volume for per-mL", () -> check().unit("pg/ug").withinReferenceRange(true).build(),
            "ConsistencyCheck.unit: was pg/ug, expected an amount per volume, e.g. pg/mL, for normalisation per-mL"),
        c("invalid UCUM unit", () -> check().unit("pg per mL").withinReferenceRange(true).build(),
            "ConsistencyCheck.unit: was \"pg per mL\", expected a valid UCUM unit such as pg/mL"),
        c("minimum size below two", () -> check().withinReferenceRange(true).minimumReferenceSize(1).build(),
            "ConsistencyCheck.minimumReferenceSize: was 1, expected at least 2 (a standard deviation needs two"
                + " values)"),
        c("duplicate rule", () -> check().addRule(ControlChartTest.of(ControlChartRule.NELSON_2))
            .addRule(ControlChartTest.builder().rule(ControlChartRule.NELSON_2).points(8).build()).build(),
            "ConsistencyCheck.rules: was NELSON_2, expected unique entries (this one occurs more than once)"),
        c("stored statistics in another dimension", () -> check().withinReferenceRange(false)
            .equivalenceMargin(q("10", "%")).referenceStatistics(ReferenceStatistics.builder().n(5)
                .mean(q("1", "mg")).standardDeviation(q("0.1", "mg")).build()).build(),
            "ConsistencyCheck.referenceStatistics.mean: was 1 mg, expected a unit comparable with pg/mL"),
        c("range without stored min and max", () -> check().withinReferenceRange(true)
            .referenceStatistics(stats().build()).build(),
            "ConsistencyCheck.referenceStatistics.min/max: was absent, expected stored min and max when"
                + " withinReferenceRange is true"),
        c("n of one", () -> stats().n(1).build(),
            "ReferenceStatistics.n: was 1, expected at least 2 reference lots (a standard deviation needs n ≥ 2)"),
        c("negative SD", () -> stats().standardDeviation(q("-1", "pg/mL")).build(),
            "ReferenceStatistics.standardDeviation: was -1 pg/mL, expected a value that is not negative"),
        c("SD in another unit kind", () -> stats().standardDeviation(q("1", "%")).build(),
            "ReferenceStatistics.standardDeviation: was 1 %, expected a unit comparable with the mean 1000 pg/mL"),
        c("min above mean", () -> stats().min(q("1.5", "ng/mL")).build(),
            "ReferenceStatistics.mean: was 1000 pg/mL, expected a value greater than or equal to min 1.5 ng/mL"),
        c("NELSON_1 with a run length", () -> ControlChartTest.builder().rule(ControlChartRule.NELSON_1).points(2)
            .build(), "ControlChartTest.points: was 2, expected no run length for NELSON_1 (a single point beyond"
                + " 3σ)"),
        c("window on a run rule", () -> ControlChartTest.builder().rule(ControlChartRule.NELSON_2).window(9).build(),
            "ControlChartTest.window: was 9, expected no window for NELSON_2 (only NELSON_5 and NELSON_6 count"
                + " points within a window)"),
        c("trend of two points", () -> ControlChartTest.builder().rule(ControlChartRule.NELSON_3).points(2).build(),
            "ControlChartTest.points: was 2, expected between 3 and 1000 for NELSON_3"),
        c("window smaller than points", () -> ControlChartTest.builder().rule(ControlChartRule.NELSON_5).points(3)
            .window(2).build(), "ControlChartTest.window: was 2, expected a window between points (3) and 1000 for"
                + " NELSON_5"),
        c("consistency on another attribute", () -> criterion().attribute(QualityAttribute.ENDOTOXIN.term())
            .consistency(check().withinReferenceRange(true).build()).build(),
            "AcceptanceCriterion.attribute: was endotoxin, expected attribute analyte for consistency criterion C1"),
        c("consistency without analyte", () -> AcceptanceCriterion.builder().id("C1")
            .attribute(QualityAttribute.ANALYTE.term()).consistency(check().withinReferenceRange(true).build())
            .build(), "AcceptanceCriterion.analyte: was null, expected an analyte code (e.g. VEGFA) for consistency"
                + " criterion C1"),
        c("consistency beside a limit", () -> criterion().consistency(check().withinReferenceRange(true).build())
            .limit(QuantityRange.atMost(q("2000", "pg/mL"))).build(),
            "AcceptanceCriterion.consistency: was C1, expected no limit, warning band or acceptable outcomes beside"
                + " a consistency check (use a separate criterion)"),
        c("series out of time order", () -> ReferenceSeries.builder().id("S").version("1").productId("P")
            .addEntry(ReferenceEntry.builder().lotId("A").manufactureDate(LocalDate.of(2025, 2, 1)).build())
            .addEntry(ReferenceEntry.builder().lotId("B").manufactureDate(LocalDate.of(2025, 1, 1)).build())
            .build(), "ReferenceSeries.entries[1].manufactureDate: was 2025-01-01, expected a date on or after the"
                + " previous entry's 2025-02-01 (lot A): entries are in time order"),
        c("duplicate lot in a series", () -> ReferenceSeries.builder().id("S").version("1").productId("P")
            .addEntry(ReferenceEntry.builder().lotId("A").manufactureDate(LocalDate.of(2025, 1, 1)).build())
            .addEntry(ReferenceEntry.builder().lotId("A").manufactureDate(LocalDate.of(2025, 1, 1)).build())
            .build(), "ReferenceSeries.entries.lotId: was A, expected unique entries (this one occurs more than"
                + " once)"),
        c("entry protein not a concentration", () -> ReferenceEntry.builder().lotId("A")
            .manufactureDate(LocalDate.of(2025, 1, 1)).totalProtein(q("85", "ug")).build(),
            "ReferenceEntry.totalProtein: was 85 ug, expected a mass per volume, e.g. 85 ug/mL"));
  }

  private static Arguments c(String name, ThrowingCallable build, String message) {
    return Arguments.of(name, build, message);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("violations")
  void invariantViolationsNameTheFieldTheValueAndTheRule(String name, ThrowingCallable build, String message) {
    assertThatThrownBy(build).isInstanceOf(InvariantViolationException.class).hasMessage(message);
  }

  @Test
  void publishedRunLengthsAreTheDefaults() {
    assertThat(ControlChartRule.values()).extracting(ControlChartRule::defaultPoints)
        .containsExactly(1, 9, 6, 14, 2, 4, 15, 8);
    assertThat(ControlChartRule.values()).extracting(ControlChartRule::defaultWindow)
        .containsExactly(1, 9, 6, 14, 3, 5, 15, 8);
    assertThat(ControlChartTest.of(ControlChartRule.NELSON_6).describe())
        .isEqualTo("Nelson test 6: 4 out of 5 points in a row beyond 1σ on the same side");
    assertThat(ControlChartRule.NELSON_5.westernElectric()).isEqualTo("Western Electric rule 2 (same test)");
  }

  @Test
  void theExampleDataIsValidAndTimeOrdered() {
    ReferenceSeries s = ReferenceCompositions.referenceSeries();
    assertThat(s.entries()).hasSize(20);
    assertThat(s.entries().get(0).lotId()).isEqualTo("UCGEL-24-001");
    assertThat(s.entries().get(19).lotId()).isEqualTo("UCGEL-25-020");
    assertThat(ReferenceCompositions.consistencySpecification().criteria()).hasSize(5);
    assertThat(ReferenceEntry.totalProteinOf(ReferenceCompositions.driftingLot()))
        .contains(Quantity.of("861", "ug/mL"));
  }
}
