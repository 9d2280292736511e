package org.paracrine.validation.consistency;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.spec.ReferenceStatistics;

/**
 * Reference statistics of one analyte: n, mean, sample standard deviation (n − 1), coefficient of variation, min
 * and max, all in one unit.
 *
 * <p>Arithmetic is {@link BigDecimal}: the sum, min and max are exact; the mean and the variance
 * ({@code (n·Σx² − (Σx)²) / (n·(n − 1))}, exact rational numerator) are exact when the quotient terminates, else
 * rounded half-even to 34 significant digits ({@link MathContext#DECIMAL128}); the standard deviation is
 * {@code variance.sqrt(DECIMAL128)} — exact when the root has at most 34 digits, else within half a unit in the
 * 34th digit (relative error below 5 × 10⁻³⁴); the CV ({@code SD / |mean| × 100 %}), z-scores and ratios are
 * quotients rounded the same way. Computed values have trailing zeros stripped.
 *
 * @param n number of values (at least 2)
 * @param mean the mean
 * @param standardDeviation the sample standard deviation
 * @param coefficientOfVariation the CV in {@code %}, empty when the mean is zero
 * @param min the smallest value, empty for stored statistics without one
 * @param max the largest value, empty for stored statistics without one
 */
public record SummaryStatistics(int n, Quantity mean, Quantity standardDeviation,
    Optional<Quantity> coefficientOfVariation, Optional<Quantity> min, Optional<Quantity> max) {

  /** Precision of quotients and roots that do not terminate: 34 significant digits, half-even. */
  public static final MathContext PRECISION = MathContext.DECIMAL128;

  /**
   * Validates the components.
   *
   * @param n number of values
   * @param mean the mean
   * @param standardDeviation the SD
   * @param coefficientOfVariation the CV
   * @param min the minimum
   * @param max the maximum
   */
  public SummaryStatistics {
    Objects.requireNonNull(mean, "mean");
    Objects.requireNonNull(standardDeviation, "standardDeviation");
    Objects.requireNonNull(coefficientOfVariation, "coefficientOfVariation");
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
    if (n < 2) {
      throw new IllegalArgumentException("n must be at least 2, was " + n);
    }
  }

  /**
   * Computes the statistics of at least two values.
   *
   * @param values the values, all in {@code unit}
   * @param unit the UCUM unit of the values
   * @return the statistics
   * @throws IllegalArgumentException if fewer than two values are given
   */
  public static SummaryStatistics of(List<BigDecimal> values, String unit) {
    int n = values.size();
    if (n < 2) {
      throw new IllegalArgumentException("at least 2 values are needed for a standard deviation, got " + n);
    }
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal sumSq = BigDecimal.ZERO;
    BigDecimal min = values.get(0);
    BigDecimal max = values.get(0);
    for (BigDecimal v : values) {
      sum = sum.add(v);
      sumSq = sumSq.add(v.multiply(v));
      min = min.min(v);
      max = max.max(v);
    }
    BigDecimal bn = BigDecimal.valueOf(n);
    BigDecimal mean = divide(sum, bn);
    BigDecimal numerator = bn.multiply(sumSq).subtract(sum.multiply(sum));
    BigDecimal variance = divide(numerator, bn.multiply(BigDecimal.valueOf(n - 1L)));
    BigDecimal sd = variance.signum() <= 0 ? BigDecimal.ZERO : variance.sqrt(PRECISION);
    return of(n, mean, sd, min, max, unit);
  }

  /**
   * Converts stored reference statistics to a unit.
   *
   * @param stored the stored statistics
   * @param unit the UCUM unit to express them in
   * @return the statistics
   * @throws org.paracrine.core.quantity.IncomparableUnitsException if a value cannot be converted
   */
  public static SummaryStatistics of(ReferenceStatistics stored, String unit) {
    BigDecimal mean = stored.mean().to(unit).value();
    BigDecimal sd = stored.standardDeviation().to(unit).value();
    return new SummaryStatistics(stored.n(), q(mean, unit), q(sd, unit), cv(sd, mean),
        stored.min().map(m -> q(m.to(unit).value(), unit)), stored.max().map(m -> q(m.to(unit).value(), unit)));
  }

  private static SummaryStatistics of(int n, BigDecimal mean, BigDecimal sd, BigDecimal min, BigDecimal max,
      String unit) {
    return new SummaryStatistics(n, q(mean, unit), q(sd, unit), cv(sd, mean), Optional.of(q(min, unit)),
        Optional.of(q(max, unit)));
  }

  private static Optional<Quantity> cv(BigDecimal sd, BigDecimal mean) {
    if (mean.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(q(divide(sd.multiply(BigDecimal.valueOf(100)), mean.abs()), "%"));
  }

  /**
   * Returns the z-score of a value: {@code (x − mean) / SD}.
   *
   * @param x the value in the statistics' unit
   * @return the z-score, or empty when the SD is zero
   */
  public Optional<BigDecimal> zScore(BigDecimal x) {
    BigDecimal sd = standardDeviation.value();
    if (sd.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(strip(divide(x.subtract(mean.value()), sd)));
  }

  /**
   * Returns the ratio of a value to the mean: {@code x / mean}.
   *
   * @param x the value in the statistics' unit
   * @return the ratio, or empty when the mean is zero
   */
  public Optional<BigDecimal> ratioToMean(BigDecimal x) {
    if (mean.value().signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(strip(divide(x, mean.value())));
  }

  /**
   * Divides exactly when the quotient terminates, else rounds to {@link #PRECISION}.
   *
   * @param a the dividend
   * @param b the divisor, not zero
   * @return the quotient
   */
  static BigDecimal divide(BigDecimal a, BigDecimal b) {
    return org.paracrine.core.internal.Decimals.divide(a, b, PRECISION);
  }

  private static Quantity q(BigDecimal v, String unit) {
    return Quantity.of(strip(v), unit);
  }

  static BigDecimal strip(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0, RoundingMode.UNNECESSARY) : s;
  }
}
