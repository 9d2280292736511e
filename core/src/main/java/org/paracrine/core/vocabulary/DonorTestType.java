package org.paracrine.core.vocabulary;

import java.util.Optional;

/**
 * Communicable-disease tests for donors of human cells and tissues, 21 CFR 1271.85.
 *
 * <p>{@link #scope()} says which donors need the test: all donors (1271.85(a)), donors of viable leukocyte-rich cells
 * or tissue (1271.85(b): HTLV-I/II and CMV; this list was taken from FDA and AATB summaries, not from the regulation
 * text, so its confidence is VERIFY, see docs/sources.md), or
 * reproductive tissue (1271.85(c)). Two tests are recommended by FDA guidance rather than named in the regulation:
 * HBV NAT for every donor, in addition to HBsAg and anti-HBc (FDA, Use of Nucleic Acid Tests to Reduce the Risk of
 * Transmission of Hepatitis B Virus from Donors of HCT/Ps, August 2016, docket FDA-2015-D-5073), and WNV NAT for
 * living donors whose cells or tissue are recovered in the seasonal window (FDA, Use of Nucleic Acid Tests to Reduce
 * the Risk of Transmission of West Nile Virus from Living Donors of HCT/Ps, September 2016, docket FDA-2013-D-1143).
 *
 * <p>Generated from {@code tools/gen_vocabulary.py}; edit the table there.
 */
public enum DonorTestType implements Vocabulary {
  /** anti-HIV-1 antibody. */
  HIV1_ANTIBODY("anti-HIV-1", "anti-HIV-1 antibody", null, DonorTestScope.ALL_DONORS),
  /** anti-HIV-1/2 combination antibody. */
  HIV1_2_ANTIBODY("anti-HIV-1/2", "anti-HIV-1/2 combination antibody", null, DonorTestScope.ALL_DONORS),
  /** HIV-1 nucleic acid test. */
  HIV1_NAT("HIV-1-NAT", "HIV-1 nucleic acid test", null, DonorTestScope.ALL_DONORS),
  /** anti-HIV-2 antibody. */
  HIV2_ANTIBODY("anti-HIV-2", "anti-HIV-2 antibody", null, DonorTestScope.ALL_DONORS),
  /** hepatitis B surface antigen. */
  HBSAG("HBsAg", "hepatitis B surface antigen", null, DonorTestScope.ALL_DONORS),
  /** total antibody to hepatitis B core antigen. */
  ANTI_HBC("anti-HBc", "total antibody to hepatitis B core antigen", null, DonorTestScope.ALL_DONORS),
  /** anti-HCV antibody. */
  HCV_ANTIBODY("anti-HCV", "anti-HCV antibody", null, DonorTestScope.ALL_DONORS),
  /** HCV nucleic acid test. */
  HCV_NAT("HCV-NAT", "HCV nucleic acid test", null, DonorTestScope.ALL_DONORS),
  /** Treponema pallidum (syphilis). */
  TREPONEMA_PALLIDUM("T-pallidum", "Treponema pallidum (syphilis)", null, DonorTestScope.ALL_DONORS),
  /** HBV DNA nucleic acid test. */
  HBV_NAT("HBV-DNA-NAT", "HBV DNA nucleic acid test", null, DonorTestScope.ALL_DONORS_BY_GUIDANCE),
  /** West Nile virus nucleic acid test. */
  WNV_NAT("WNV-NAT", "West Nile virus nucleic acid test", null, DonorTestScope.LIVING_DONORS_SEASONAL),
  /** anti-HTLV-I/II antibody. */
  HTLV_I_II("anti-HTLV-I/II", "anti-HTLV-I/II antibody", null, DonorTestScope.LEUKOCYTE_RICH),
  /** cytomegalovirus. */
  CMV("CMV", "cytomegalovirus", null, DonorTestScope.LEUKOCYTE_RICH),
  /** Chlamydia trachomatis. */
  CHLAMYDIA_TRACHOMATIS("C-trachomatis", "Chlamydia trachomatis", null, DonorTestScope.REPRODUCTIVE),
  /** Neisseria gonorrhoeae. */
  NEISSERIA_GONORRHOEAE("N-gonorrhoeae", "Neisseria gonorrhoeae", null, DonorTestScope.REPRODUCTIVE);

  private final String code;
  private final String display;
  private final String ontologyId;
  private final DonorTestScope scope;

  DonorTestType(String code, String display, String ontologyId, DonorTestScope scope) {
    this.code = code;
    this.display = display;
    this.ontologyId = ontologyId;
    this.scope = scope;
  }

  /**
   * {@inheritDoc}
   *
   * @return the stable code
   */
  @Override
  public String code() {
    return code;
  }

  /**
   * {@inheritDoc}
   *
   * @return the label
   */
  @Override
  public String display() {
    return display;
  }

  /**
   * {@inheritDoc}
   *
   * @return the identifier, or empty
   */
  @Override
  public Optional<String> ontologyId() {
    return Optional.ofNullable(ontologyId);
  }

  /**
   * Returns which donors need this test under 21 CFR 1271.85 or the FDA guidance that recommends it.
   *
   * @return the value
   */
  public DonorTestScope scope() {
    return scope;
  }

  /**
   * Looks a constant up by its {@link #code()}.
   *
   * @param code the code
   * @return the constant, or empty if unknown
   */
  public static Optional<DonorTestType> fromCode(String code) {
    return Term.lookupCode(DonorTestType.class, code);
  }

  /**
   * Wraps this constant in a {@link Term}.
   *
   * @return the term
   */
  public Term<DonorTestType> term() {
    return Term.of(this);
  }
}
