package org.paracrine.core.source;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Donor-eligibility determination with the communicable-disease tests it rests on (21 CFR 1271.45, .75, .80,
 * .85).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDonorEligibility.class)
@JsonDeserialize(as = ImmutableDonorEligibility.class)
public abstract class DonorEligibility {
  DonorEligibility() {}

  /**
   * Returns the determination made by the responsible person.
   *
   * @return true eligible, false ineligible, empty if not yet determined
   */
  public abstract Optional<Boolean> eligible();

  /**
   * Returns the date of the determination.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> determinationDate();

  /**
   * Tells whether donor screening (medical history review, 21 CFR 1271.75) was completed.
   *
   * @return true/false, or empty if not recorded
   */
  public abstract Optional<Boolean> screeningCompleted();

  /**
   * Returns the donor tests.
   *
   * @return the tests, possibly empty
   */
  @Size(max = 200)
  public abstract List<@Valid DonorTest> tests();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableDonorEligibility.Builder builder() {
    return ImmutableDonorEligibility.builder();
  }
}
