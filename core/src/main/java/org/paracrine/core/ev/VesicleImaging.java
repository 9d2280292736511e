package org.paracrine.core.ev;

import java.util.Optional;
import org.immutables.value.Value;
import org.paracrine.core.vocabulary.AnalyticalMethod;
import org.paracrine.core.vocabulary.Term;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Single-vesicle imaging (MISEV2018 item S1; MFDS 2024 asks for close-up and wide-field images by
 * high-resolution imaging such as cryo-EM).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVesicleImaging.class)
@JsonDeserialize(as = ImmutableVesicleImaging.class)
public abstract class VesicleImaging {
  VesicleImaging() {}

  /**
   * Returns the imaging method.
   *
   * @return e.g. TEM, cryo-EM, AFM
   */
  public abstract Term<AnalyticalMethod> method();

  /**
   * Tells whether a wide-field image (many vesicles) was recorded.
   *
   * @return true if recorded
   */
  public abstract boolean wideField();

  /**
   * Tells whether a close-up image of single vesicles was recorded.
   *
   * @return true if recorded
   */
  public abstract boolean closeUp();

  /**
   * Tells whether a lipid bilayer was seen.
   *
   * @return true/false, or empty if not assessed
   */
  public abstract Optional<Boolean> bilayerObserved();

  /**
   * Returns the morphology seen, e.g. "cup-shaped".
   *
   * @return the description, or empty
   */
  public abstract Optional<String> morphology();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableVesicleImaging.Builder builder() {
    return ImmutableVesicleImaging.builder();
  }
}
