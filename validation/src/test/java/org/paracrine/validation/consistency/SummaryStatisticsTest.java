package org.paracrine.validation.consistency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.spec.ReferenceStatistics;

/** Statistics against hand-computed values: exact where the arithmetic terminates, else to 34 digits. */
class SummaryStatisticsTest {
  /** Documented tolerance for non-terminating results: well inside half a unit in the 34th digit. */
  private static final BigDecimal TOLERANCE = new BigDecimal("1E-30");

  private static List<BigDecimal> values(String... v) {
    return Arrays.stream(v).map(BigDecimal::new).collect(Collectors.toList());
  }

  @Test
  void meanSdCvMinMaxAreExactWhenTheArithmeticTerminates() {
    // 90, 100, 110: mean 100; squared deviations 100 + 0 + 100 = 200; variance 200 / 2 = 100; SD 10; CV 10 %.
    SummaryStatistics s = SummaryStatistics.of(values("90", "100", "110"), "pg/mL");
    assertThat(s.n()).isEqualTo(3);
    assertThat(s.mean()).isEqualTo(Quantity.of("100", "pg/mL"));
    assertThat(s.standardDeviation()).isEqualTo(Quantity.of("10", "pg/mL"));
    assertThat(s.coefficientOfVariation()).contains(Quantity.of("10", "%"));
    assertThat(s.min()).contains(Quantity.of("90", "pg/mL"));
    assertThat(s.max()).contains(Quantity.of("110", "pg/mL"));
    assertThat(s.zScore(new BigDecimal("130"))).contains(new BigDecimal("3"));
    assertThat(s.zScore(new BigDecimal("85"))).contains(new BigDecimal("-1.5"));
    assertThat(s.ratioToMean(new BigDecimal("130"))).contains(new BigDecimal("1.3"));
  }

  @Test
  void decimalsKeepTheirExactValue() {
    // 0.1, 0.2, 0.3: mean 0.2, variance (0.01 + 0 + 0.01) / 2 = 0.01, SD 0.1 — exact, no binary rounding.
    SummaryStatistics s = SummaryStatistics.of(values("0.1", "0.2", "0.3"), "ng/mL");
    assertThat(s.mean().value()).isEqualByComparingTo("0.2");
    assertThat(s.standardDeviation().value()).isEqualByComparingTo("0.1");
    assertThat(s.coefficientOfVariation().orElseThrow().value()).isEqualByComparingTo("50");
  }

  @Test
  void aNonTerminatingSdIsCorrectTo34SignificantDigits() {
    // 1, 2, 3, 4: mean 2.5; variance (2.25 + 0.25 + 0.25 + 2.25) / 3 = 5/3; SD = sqrt(5/3)
    // = 1.29099444873580562839308846659413320361... (40 digits).
    SummaryStatistics s = SummaryStatistics.of(values("1", "2", "3", "4"), "pg/mL");
    assertThat(s.mean().value()).isEqualByComparingTo("2.5");
    BigDecimal expected = new BigDecimal("1.290994448735805628393088466594133203611");
    assertThat(s.standardDeviation().value().subtract(expected).abs()).isLessThan(TOLERANCE);
    assertThat(s.standardDeviation().value().precision()).isLessThanOrEqualTo(34);
  }

  @Test
  void theVegfReferenceSeriesHasMean1024AndTheHandComputedSd() {
    List<BigDecimal> vegf = values("1012", "968", "1041", "995", "1027", "979", "1003", "1034", "958", "1016", "989",
        "1022", "1046", "1058", "1039", "1064", "1051", "1069", "1047", "1062");
    SummaryStatistics s = SummaryStatistics.of(vegf, "pg/mL");
    // Σx = 20480 → mean 1024 exactly; Σ(x − 1024)² = 20826 → variance 20826 / 19 = 1096.105263157894736842...
    assertThat(s.mean().value()).isEqualByComparingTo("1024");
    BigDecimal variance = new BigDecimal("20826").divide(new BigDecimal("19"), SummaryStatistics.PRECISION);
    assertThat(s.standardDeviation().value().pow(2).subtract(variance).abs()).isLessThan(new BigDecimal("1E-28"));
    assertThat(s.standardDeviation().value().setScale(6, java.math.RoundingMode.HALF_EVEN))
        .isEqualByComparingTo("33.107480");
    assertThat(s.zScore(new BigDecimal("1071")).orElseThrow().setScale(4, java.math.RoundingMode.HALF_EVEN))
        .isEqualByComparingTo("1.4196");
    assertThat(s.min().orElseThrow().value()).isEqualByComparingTo("958");
    assertThat(s.max().orElseThrow().value()).isEqualByComparingTo("1069");
  }

  @Test
  void identicalValuesHaveZeroSdAndNoZScore() {
    SummaryStatistics s = SummaryStatistics.of(values("5.0", "5.00", "5"), "pg/mL");
    assertThat(s.standardDeviation().value()).isEqualByComparingTo("0");
    assertThat(s.zScore(BigDecimal.TEN)).isEmpty();
    assertThat(s.ratioToMean(BigDecimal.TEN)).contains(new BigDecimal("2"));
  }

  @Test
  void aZeroMeanHasNoCvOrRatio() {
    SummaryStatistics s = SummaryStatistics.of(values("-1", "1"), "1");
    assertThat(s.coefficientOfVariation()).isEmpty();
    assertThat(s.ratioToMean(BigDecimal.ONE)).isEmpty();
  }

  @Test
  void fewerThanTwoValuesHaveNoStandardDeviation() {
    assertThatThrownBy(() -> SummaryStatistics.of(values("1"), "pg/mL"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("at least 2 values are needed for a standard deviation, got 1");
  }

  @Test
  void storedStatisticsAreConvertedToTheCriterionUnit() {
    ReferenceStatistics stored = ReferenceStatistics.builder().n(12).mean(Quantity.of("1.5", "ng/mL"))
        .standardDeviation(Quantity.of("0.15", "ng/mL")).min(Quantity.of("1.2", "ng/mL"))
        .max(Quantity.of("1.8", "ng/mL")).build();
    SummaryStatistics s = SummaryStatistics.of(stored, "pg/mL");
    assertThat(s.mean().value()).isEqualByComparingTo("1500");
    assertThat(s.standardDeviation().value()).isEqualByComparingTo("150");
    assertThat(s.coefficientOfVariation().orElseThrow().value()).isEqualByComparingTo("10");
    assertThat(s.min().orElseThrow().value()).isEqualByComparingTo("1200");
    assertThat(s.n()).isEqualTo(12);
  }

  @Test
  void theResultIsDeterministic() {
    List<BigDecimal> v = values("12.5", "13.1", "11.9", "12.2", "13.7");
    assertThat(SummaryStatistics.of(v, "pg/mL")).isEqualTo(SummaryStatistics.of(v, "pg/mL"));
  }
}
