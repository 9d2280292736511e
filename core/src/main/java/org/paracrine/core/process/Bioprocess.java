package org.paracrine.core.process;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The whole manufacturing process of a secretome product: expansion steps, the conditioning step (absent for a
 * native biofluid), downstream steps in order, and storage.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBioprocess.class)
@JsonDeserialize(as = ImmutableBioprocess.class)
public abstract class Bioprocess {
  Bioprocess() {}

  /**
   * Returns the expansion steps, in order.
   *
   * @return the steps, possibly empty
   */
  public abstract List<@Valid ExpansionStep> expansion();

  /**
   * Returns the conditioning step.
   *
   * @return the step, or empty for a product made without culture
   */
  public abstract Optional<@Valid ConditioningStep> conditioning();

  /**
   * Returns the downstream steps, in order.
   *
   * @return the steps, possibly empty
   */
  public abstract List<@Valid DownstreamStep> downstream();

  /**
   * Returns the product storage condition.
   *
   * @return the storage, or empty
   */
  public abstract Optional<Storage> storage();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableBioprocess.Builder builder() {
    return ImmutableBioprocess.builder();
  }
}
