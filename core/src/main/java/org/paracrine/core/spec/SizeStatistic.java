package org.paracrine.core.spec;

/** A statistic of an EV size distribution that a {@link Selector} of kind {@link SelectorKind#SIZE} selects. */
public enum SizeStatistic {
  /** 10th percentile diameter. */
  D10,
  /** Median diameter. */
  D50,
  /** 90th percentile diameter. */
  D90,
  /** Mean diameter. */
  MEAN,
  /** Modal diameter. */
  MODE,
  /**
   * Fraction (in %) of particles in the bins that lie entirely inside {@link Selector#sizeRange()}; needs the
   * distribution's bins.
   */
  FRACTION_WITHIN
}
