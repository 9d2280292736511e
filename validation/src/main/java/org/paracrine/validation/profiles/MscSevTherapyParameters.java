package org.paracrine.validation.profiles;

import java.util.List;
import org.immutables.value.Value;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.report.Severity;
import org.paracrine.validation.ProfilePurpose;
import org.paracrine.core.vocabulary.Marker;

/**
 * Parameters of {@link MscSevTherapyProfile}. The marker defaults follow Nguyen VVT et al., J Extracell Vesicles
 * 2024;13(6):e12463 (DOI 10.1002/jev2.12463): across 11 MSC-EV products CD44, CD73 and CD105 were consistently
 * positive and CD11b, CD45 and CD197 consistently negative (confirmed). Witwer 2019 names MSC origin as a pillar;
 * its exact marker list was not re-read (verify).
 */
@Value.Immutable
public abstract class MscSevTherapyParameters {
  MscSevTherapyParameters() {}

  /**
   * Returns the MSC markers that must each be shown on the EVs.
   *
   * @return default CD73 (NT5E), CD105 (ENG), CD44
   */
  @Value.Default
  public List<Marker> originMarkers() {
    return List.of(Marker.NT5E, Marker.ENG, Marker.CD44);
  }

  /**
   * Returns the haematopoietic markers of which at least one must be assessed and none may be detected.
   *
   * @return default CD45 (PTPRC), CD11b (ITGAM), CD197 (CCR7)
   */
  @Value.Default
  public List<Marker> haematopoieticMarkers() {
    return List.of(Marker.PTPRC, Marker.ITGAM, Marker.CCR7);
  }

  /**
   * Returns the severity of a failed or missing item. Witwer 2019 defines MSC-sEV characterisation, not release
   * ({@link org.paracrine.validation.ProfilePurpose#CHARACTERISATION}): its items warn unless the user makes them binding.
   *
   * @return default {@link Severity#WARNING}
   */
  @Value.Default
  public Severity severity() {
    return ProfilePurpose.CHARACTERISATION.defaultSeverity();
  }

  /**
   * Returns the percentage of positive events above which an EV marker reported as a percentage counts as
   * detected (origin markers shown; haematopoietic markers absent at or below it). No primary source gives this
   * number; the default is Paracrine's, by analogy with the ≤ 2 % ceiling for negative markers of ISCT 2006
   * (Dominici M et al., Cytotherapy 2006;8:315), confidence VERIFY.
   *
   * @return default {@code 2 %}
   */
  @Value.Default
  public Quantity markerDetectedAbove() {
    return Quantity.of(2, "%");
  }

  @Value.Check
  void check() {
    if (!markerDetectedAbove().isConvertibleTo("%")) {
      throw new IllegalArgumentException("markerDetectedAbove must be a percentage, was " + markerDetectedAbove());
    }
  }

  /**
   * Returns the defaults.
   *
   * @return the defaults
   */
  public static MscSevTherapyParameters defaults() {
    return builder().build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableMscSevTherapyParameters.Builder builder() {
    return ImmutableMscSevTherapyParameters.builder();
  }
}
