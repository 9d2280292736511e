package org.paracrine.core.assay;

/**
 * How a reported value relates to the assay's limits. A censored value is never a number: "below LOQ" is kept
 * as such, with the limit as the reported value, and is never turned into zero.
 */
public enum Censoring {
  /** Below the limit of detection; the reported value is the LOD. */
  BELOW_LOD,
  /** Detected but below the limit of quantification; the reported value is the LOQ. */
  BELOW_LOQ,
  /** Above the upper limit of quantification; the reported value is that limit. */
  ABOVE_ULOQ
}
