package org.paracrine.core.vocabulary;

/**
 * Which donors a communicable-disease test is required for under 21 CFR 1271.85, or recommended for by the FDA
 * guidance that names it.
 */
public enum DonorTestScope {
  /** Every donor, 21 CFR 1271.85(a). */
  ALL_DONORS,
  /** Donors of viable, leukocyte-rich cells or tissue, 21 CFR 1271.85(b). */
  LEUKOCYTE_RICH,
  /** Donors of reproductive cells or tissue, 21 CFR 1271.85(c). */
  REPRODUCTIVE,
  /**
   * Every donor, by FDA guidance rather than the regulation text: HBV NAT (Use of Nucleic Acid Tests to Reduce the
   * Risk of Transmission of Hepatitis B Virus from Donors of HCT/Ps, August 2016, docket FDA-2015-D-5073).
   */
  ALL_DONORS_BY_GUIDANCE,
  /**
   * Living donors whose cells or tissue are recovered in the seasonal window, by FDA guidance: WNV NAT (Use of
   * Nucleic Acid Tests to Reduce the Risk of Transmission of West Nile Virus from Living Donors of HCT/Ps, September
   * 2016, docket FDA-2013-D-1143, section III.A: June 1 through October 31 for establishments in the United States,
   * year-round for others).
   */
  LIVING_DONORS_SEASONAL
}
