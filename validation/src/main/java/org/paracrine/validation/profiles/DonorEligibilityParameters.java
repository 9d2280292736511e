package org.paracrine.validation.profiles;

import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.vocabulary.DonorTestType;
import org.paracrine.core.vocabulary.TissueSource;

/**
 * Parameters of {@link DonorEligibilityProfile} (21 CFR 1271 subpart C).
 *
 * <p>Required tests: 21 CFR 1271.85(a) for all donors, HIV-1, HIV-2, HBV, HCV and Treponema pallidum (confirmed);
 * 1271.85(b) adds HTLV-I/II and CMV for viable, leukocyte-rich cells or tissue (list seen second-hand: verify).
 * Specimen timing: 21 CFR 1271.80(b), within 7 days before or after recovery, and up to 30 days before recovery
 * for peripheral blood stem cells, bone marrow and oocytes (confirmed). Donors one month of age or less: the birth
 * mother's specimen is tested (21 CFR 1271.80(a); confirmed).
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
   * Returns the tests whose reactive result is reported as a warning rather than a failure, because a reactive
   * result does not by itself make the donor ineligible (CMV: 21 CFR 1271.85(b) asks for a procedure for
   * releasing such cells; verify).
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
   * Returns the tissues with the extended pre-recovery window.
   *
   * @return default bone marrow and peripheral blood (peripheral blood stem cells)
   */
  @Value.Default
  public Set<TissueSource> extendedWindowTissues() {
    return Set.of(TissueSource.BONE_MARROW, TissueSource.PERIPHERAL_BLOOD);
  }

  /**
   * Returns the donor age up to which the birth mother's specimen must be tested.
   *
   * @return default {@code 1 mo} (one month; ages below it require the maternal specimen)
   */
  @Value.Default
  public Quantity maternalSpecimenAge() {
    return Quantity.of(1, "mo");
  }

  /**
   * Returns the tissues whose donor is presumed to be a newborn when the donor's age is not recorded.
   *
   * @return default umbilical cord, Wharton's jelly, placenta, amnion
   */
  @Value.Default
  public Set<TissueSource> neonatalTissues() {
    return Set.of(TissueSource.UMBILICAL_CORD, TissueSource.WHARTONS_JELLY, TissueSource.PLACENTA,
        TissueSource.AMNION);
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
