package org.paracrine.core.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/** Exact decimal division without exceptions on the common path. Not part of the API. */
public final class Decimals {
  private static final BigInteger FIVE = BigInteger.valueOf(5);

  private Decimals() {}

  /**
   * Divides exactly when the quotient has a finite decimal expansion, else rounds. Equal to trying
   * {@code a.divide(b)} and falling back to {@code a.divide(b, rounding)} on its exception, without throwing one
   * (an exception per division cost more than the division in the checks that divide per value).
   *
   * @param a the dividend
   * @param b the divisor
   * @param rounding the rounding for a quotient that does not terminate
   * @return the quotient
   * @throws ArithmeticException when {@code b} is zero
   */
  public static BigDecimal divide(BigDecimal a, BigDecimal b, MathContext rounding) {
    return terminates(a, b) ? a.divide(b) : a.divide(b, rounding);
  }

  /**
   * Tells whether {@code a / b} has a finite decimal expansion: the denominator of the reduced fraction of the
   * unscaled values has no prime factor other than 2 and 5 (the scales only move the decimal point).
   *
   * @param a the dividend
   * @param b the divisor
   * @return true if the quotient terminates, or if {@code b} is zero (the division then reports that itself)
   */
  public static boolean terminates(BigDecimal a, BigDecimal b) {
    BigInteger den = b.unscaledValue().abs();
    if (den.signum() == 0) {
      return true;
    }
    BigInteger num = a.unscaledValue().abs();
    if (den.bitLength() < 63 && num.bitLength() < 63) {
      long d = den.longValue();
      d /= gcd(num.longValue(), d);
      d >>= Long.numberOfTrailingZeros(d);
      while (d % 5 == 0) {
        d /= 5;
      }
      return d == 1;
    }
    den = den.divide(num.gcd(den));
    den = den.shiftRight(den.getLowestSetBit());
    while (!den.equals(BigInteger.ONE)) {
      BigInteger[] qr = den.divideAndRemainder(FIVE);
      if (qr[1].signum() != 0) {
        return false;
      }
      den = qr[0];
    }
    return true;
  }

  private static long gcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a;
  }
}
