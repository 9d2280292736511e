package org.paracrine.core.source;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.paracrine.core.constraints.Identifier;
import org.paracrine.core.constraints.QuantityBetween;
import org.paracrine.core.internal.Check;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.vocabulary.DonorRelationship;
import org.paracrine.core.vocabulary.DonorSex;
import org.paracrine.core.vocabulary.Term;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The donor of the starting cells or tissue.
 *
 * <p>Invariants: the age is a non-negative time ({@code a}, {@code mo}, {@code wk}, {@code d}). Donor age, sex and
 * health influence MSC phenotype and function (Bajc Česnik &amp; Švajger, Front Cell Dev Biol 2024).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDonor.class)
@JsonDeserialize(as = ImmutableDonor.class)
public abstract class Donor {
  Donor() {}

  /**
   * Returns the donor identifier (coded, not identifying a person).
   *
   * @return the identifier
   */
  @Identifier
  public abstract String id();

  /**
   * Returns autologous or allogeneic use.
   *
   * @return the relationship
   */
  public abstract Term<DonorRelationship> relationship();

  /**
   * Returns the donor's sex.
   *
   * @return the sex, or empty
   */
  public abstract Optional<Term<DonorSex>> sex();

  /**
   * Returns the donor's age at recovery.
   *
   * @return a time quantity such as {@code 34 a} or {@code 0 d}, or empty
   */
  public abstract Optional<@QuantityBetween(min = "0", max = "130", unit = "a") Quantity> ageAtRecovery();

  /**
   * Returns the date cells or tissue were recovered from the donor.
   *
   * @return the recovery date, or empty
   */
  public abstract Optional<LocalDate> recoveryDate();

  /**
   * Returns the donor-eligibility record.
   *
   * @return eligibility, or empty if none recorded
   */
  public abstract Optional<@Valid DonorEligibility> eligibility();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableDonor.Builder builder() {
    return ImmutableDonor.builder();
  }

  @Value.Check
  void check() {
    Check.all(() -> {
      Check.notBlank(id(), "Donor", "id");
      Check.dimension(ageAtRecovery(), "a", "a time", "Donor", "ageAtRecovery");
      Check.nonNegative(ageAtRecovery(), "Donor", "ageAtRecovery");
    });
  }
}
