package org.paracrine.validation.profiles;

import java.util.List;
import org.immutables.value.Value;
import org.paracrine.core.report.Severity;
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
   * Returns the severity of a failed or missing item.
   *
   * @return default {@link Severity#ERROR}
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
