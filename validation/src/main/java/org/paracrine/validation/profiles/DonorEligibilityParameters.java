package org.paracrine.validation.profiles;

import java.time.MonthDay;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.report.Severity;
import org.paracrine.core.vocabulary.DonorTestType;
import org.paracrine.core.vocabulary.TissueSource;

/**
 * Parameters of {@link DonorEligibilityProfile} (21 CFR 1271 subpart C).
 *
 * <p>Required tests: 21 CFR 1271.85(a) for all donors, HIV-1, HIV-2, HBV, HCV and Treponema pallidum (confirmed);
 * 1271.85(b) adds HTLV-I/II and CMV for viable, leukocyte-rich cells or tissue (list seen second-hand: verify).
 * Specimen timing: 21 CFR 1271.80(b), within 7 days before or after recovery, and up to 30 days before recovery
 * for peripheral blood stem/progenitor cells, bone marrow and oocytes only (confirmed). Donors 1 month of age or
 * younger: the birth mother's specimen is tested (21 CFR 1271.80(a); confirmed). Tests must be FDA-licensed, approved
 * or cleared donor screening tests (21 CFR 1271.80(c); confirmed). Two tests come from FDA guidance, not from the
 * regulation: HBV NAT for every donor, in addition to HBsAg and anti-HBc (Use of Nucleic Acid Tests to Reduce the
 * Risk of Transmission of Hepatitis B Virus from Donors of HCT/Ps, August 2016, docket FDA-2015-D-5073; confirmed),
 * and WNV NAT for living donors whose cells or tissue are recovered from June 1 through October 31 (Use of Nucleic
 * Acid Tests to Reduce the Risk of Transmission of West Nile Virus from Living Donors of HCT/Ps, September 2016,
 * docket FDA-2013-D-1143, section III.A.1; confirmed). A guidance contains non-binding recommendations, so a missing
 * guidance test is reported with {@link #guidanceSeverity()}, which the user can raise or lower.
 */
@Value.Immutable
public abstract class DonorEligibilityParameters {
  DonorEligibilityParameters() {}

  /**
   * Returns the test slots required for every donor; one test per slot suffices.
   *
   * @return default anti-HIV-1 or anti-HIV-1/2; HIV-1 NAT; anti-HIV-2 or anti-HIV-1/2; HBsAg; anti-HBc; anti-HCV;
   *     HCV NAT; T. pallidum
   */
  @Value.Default
  public List<List<DonorTestType>> requiredTests() {
    return List.of(List.of(DonorTestType.HIV1_ANTIBODY, DonorTestType.HIV1_2_ANTIBODY),
        List.of(DonorTestType.HIV1_NAT),
        List.of(DonorTestType.HIV2_ANTIBODY, DonorTestType.HIV1_2_ANTIBODY),
        List.of(DonorTestType.HBSAG), List.of(DonorTestType.ANTI_HBC), List.of(DonorTestType.HCV_ANTIBODY),
        List.of(DonorTestType.HCV_NAT), List.of(DonorTestType.TREPONEMA_PALLIDUM));
  }

  /**
   * Returns the additional test slots for donors of viable, leukocyte-rich cells or tissue.
   *
   * @return default anti-HTLV-I/II; CMV
   */
  @Value.Default
  public List<List<DonorTestType>> leukocyteRichTests() {
    return List.of(List.of(DonorTestType.HTLV_I_II), List.of(DonorTestType.CMV));
  }

  /**
   * Returns the tissues treated as viable and leukocyte-rich.
   *
   * @return default bone marrow and peripheral blood
   */
  @Value.Default
  public Set<TissueSource> leukocyteRichTissues() {
    return Set.of(TissueSource.BONE_MARROW, TissueSource.PERIPHERAL_BLOOD);
  }

  /**
   * Returns the tests whose reactive result fails with severity WARNING rather than ERROR (the slot criterion's
   * severity; a missing result stays an ERROR), because a reactive result does not by itself make the donor
   * ineligible (CMV: 21 CFR 1271.85(b) asks for a procedure for releasing such cells; verify).
   *
   * @return default CMV
   */
  @Value.Default
  public Set<DonorTestType> reactiveIsWarning() {
    return Set.of(DonorTestType.CMV);
  }

  /**
   * Returns the days a specimen may be collected before recovery.
   *
   * @return default 7
   */
  @Value.Default
  public int daysBeforeRecovery() {
    return 7;
  }

  /**
   * Returns the days a specimen may be collected after recovery.
   *
   * @return default 7
   */
  @Value.Default
  public int daysAfterRecovery() {
    return 7;
  }

  /**
   * Returns the days a specimen may be collected before recovery for {@link #extendedWindowTissues()}.
   *
   * @return default 30
   */
  @Value.Default
  public int extendedDaysBeforeRecovery() {
    return 30;
  }

  /**
   * Returns the tissues with the extended pre-recovery window. 21 CFR 1271.80(b) allows it for donors of peripheral
   * blood stem/progenitor cells, bone marrow and oocytes only; mesenchymal stromal cells isolated from peripheral
   * blood are not stem/progenitor cells of that kind, so peripheral blood is not in the default (add it for a donor of
   * peripheral blood stem/progenitor cells). The tissue vocabulary has no oocyte entry.
   *
   * @return default bone marrow
   */
  @Value.Default
  public Set<TissueSource> extendedWindowTissues() {
    return Set.of(TissueSource.BONE_MARROW);
  }

  /**
   * Returns the donor age up to which the birth mother's specimen must be tested (21 CFR 1271.80(a): a donor "1 month
   * of age or younger"; the age is inclusive).
   *
   * @return default {@code 1 mo} (one month; a donor of that age or younger needs the maternal specimen)
   */
  @Value.Default
  public Quantity maternalSpecimenAge() {
    return Quantity.of(1, "mo");
  }

  /**
   * Returns the tissues whose donor is presumed to be 1 month of age or younger when the donor's age is not recorded.
   *
   * @return default every perinatal tissue ({@link TissueSource#perinatal()}): umbilical cord, Wharton's jelly,
   *     placenta, amniotic fluid, amnion
   */
  @Value.Default
  public Set<TissueSource> neonatalTissues() {
    return Arrays.stream(TissueSource.values()).filter(TissueSource::perinatal).collect(Collectors.toUnmodifiableSet());
  }

  /**
   * Returns what a test whose licensing is not recorded gives (21 CFR 1271.80(c): donor testing must use FDA-licensed,
   * approved or cleared donor screening tests). {@link Severity#ERROR} reports it as missing, so the lot is incomplete
   * until the record says the test was licensed; {@link Severity#WARNING} or {@link Severity#INFO} reports a warning of
   * that severity and does not block release.
   *
   * @return default {@link Severity#ERROR}
   */
  @Value.Default
  public Severity unrecordedLicensingSeverity() {
    return Severity.ERROR;
  }

  /**
   * Tells whether HBV NAT is required in addition to HBsAg and anti-HBc (FDA, Use of Nucleic Acid Tests to Reduce the
   * Risk of Transmission of Hepatitis B Virus from Donors of HCT/Ps, August 2016, docket FDA-2015-D-5073).
   *
   * @return default true
   */
  @Value.Default
  public boolean requireHbvNat() {
    return true;
  }

  /**
   * Tells whether WNV NAT is required for a donor whose cells or tissue were recovered in the seasonal window (FDA, Use
   * of Nucleic Acid Tests to Reduce the Risk of Transmission of West Nile Virus from Living Donors of HCT/Ps, September
   * 2016, docket FDA-2013-D-1143). The record does not say whether a donor was living; MSC starting material (marrow
   * aspirate, lipoaspirate, birth tissue) comes from living donors, so the rule applies to every donor.
   *
   * @return default true
   */
  @Value.Default
  public boolean requireWnvNat() {
    return true;
  }

  /**
   * Returns the first day of the WNV seasonal window, inclusive, applied to the recovery date (guidance section
   * III.A.1: June 1 for establishments in the United States; use January 1 to December 31 for
   * the year-round testing it recommends for others).
   *
   * @return default June 1
   */
  @Value.Default
  public MonthDay wnvSeasonStart() {
    return MonthDay.of(6, 1);
  }

  /**
   * Returns the last day of the WNV seasonal window, inclusive (guidance section III.A.1: October 31). A window whose
   * start is after its end wraps over the new year.
   *
   * @return default October 31
   */
  @Value.Default
  public MonthDay wnvSeasonEnd() {
    return MonthDay.of(10, 31);
  }

  /**
   * Returns the severity of a missing test that FDA guidance, not the regulation, recommends (HBV NAT, WNV NAT). A
   * guidance contains non-binding recommendations, so the default warns; {@link Severity#ERROR} makes the lot
   * incomplete without the test, {@link Severity#INFO} only notes it. A reactive result always fails: 21 CFR
   * 1271.80(d)(1) makes a donor whose specimen is reactive on a screening test ineligible.
   *
   * @return default {@link Severity#WARNING}
   */
  @Value.Default
  public Severity guidanceSeverity() {
    return Severity.WARNING;
  }

  /**
   * Returns the defaults.
   *
   * @return the defaults
   */
  public static DonorEligibilityParameters defaults() {
    return builder().build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableDonorEligibilityParameters.Builder builder() {
    return ImmutableDonorEligibilityParameters.builder();
  }

  @Value.Check
  void check() {
    if (daysBeforeRecovery() < 0 || daysAfterRecovery() < 0 || extendedDaysBeforeRecovery() < 0) {
      throw new IllegalArgumentException("specimen windows must not be negative");
    }
    if (!maternalSpecimenAge().isConvertibleTo("d")) {
      throw new IllegalArgumentException("maternalSpecimenAge must be a time, was " + maternalSpecimenAge());
    }
  }
}
