package org.paracrine.core.vocabulary;

/** Which donors a communicable-disease test is required for under 21 CFR 1271.85. */
public enum DonorTestScope {
  /** Every donor, 21 CFR 1271.85(a). */
  ALL_DONORS,
  /** Donors of viable, leukocyte-rich cells or tissue, 21 CFR 1271.85(b). */
  LEUKOCYTE_RICH,
  /** Donors of reproductive cells or tissue, 21 CFR 1271.85(c). */
  REPRODUCTIVE
}
