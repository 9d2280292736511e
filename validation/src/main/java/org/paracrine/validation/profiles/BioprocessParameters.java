package org.paracrine.validation.profiles;

import org.immutables.value.Value;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.quantity.QuantityRange;
import org.paracrine.core.report.Severity;

/**
 * Parameters of {@link BioprocessProfile}. The completeness items follow MFDS 2024 (culture parameters, FBS
 * control, harvest viability, passage) and the priming literature (concentration and duration must be stated; no
 * dose is assumed). The oxygen windows used for the consistency check are from Phelps J et al., Stem Cell Res Ther
 * 2023 (physioxia 2–9 % O₂, confirmed) and hypoxic conditioning studies at 5 % O₂ (confirmed for 5 %; the lower
 * bound of about 1 % is to be verified), so a mismatch is only a warning.
 */
@Value.Immutable
public abstract class BioprocessParameters {
  BioprocessParameters() {}

  /**
   * Returns the highest O₂ level consistent with a "hypoxia" claim.
   *
   * @return default {@code 5 %}
   */
  @Value.Default
  public Quantity hypoxiaMaximumOxygen() {
    return Quantity.of(5, "%");
  }

  /**
   * Returns the O₂ window consistent with a "physioxia" claim.
   *
   * @return default 2–9 %
   */
  @Value.Default
  public QuantityRange physioxiaOxygen() {
    return QuantityRange.between(Quantity.of(2, "%"), Quantity.of(9, "%"));
  }

  /**
   * Returns the severity of a missing item.
   *
   * @return default {@link Severity#ERROR} (the record is incomplete)
   */
  @Value.Default
  public Severity severity() {
    return Severity.ERROR;
  }

  /**
   * Returns the defaults.
   *
   * @return the defaults
   */
  public static BioprocessParameters defaults() {
    return builder().build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableBioprocessParameters.Builder builder() {
    return ImmutableBioprocessParameters.builder();
  }
}
