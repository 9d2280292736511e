package org.paracrine.validation.profiles;

import java.util.List;
import org.immutables.value.Value;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.report.Severity;
import org.paracrine.core.vocabulary.DifferentiationLineage;
import org.paracrine.core.vocabulary.Marker;

/**
 * Parameters of {@link Isct2006Profile}. Every default is the published ISCT minimal criterion (Dominici M et al.,
 * Cytotherapy 2006;8(4):315-317, DOI 10.1080/14653240600855905), read in the position statement itself
 * (confidence CONFIRMED; see docs/sources.md).
 */
@Value.Immutable
public abstract class Isct2006Parameters {
  Isct2006Parameters() {}

  /**
   * Returns the positive markers.
   *
   * @return default CD73 (NT5E), CD90 (THY1), CD105 (ENG)
   */
  @Value.Default
  public List<Marker> positiveMarkers() {
    return List.of(Marker.NT5E, Marker.THY1, Marker.ENG);
  }

  /**
   * Returns the minimum percentage of positive events for each positive marker (inclusive).
   *
   * @return default {@code 95 %} (≥ 95 %)
   */
  @Value.Default
  public Quantity positiveMinimum() {
    return Quantity.of(95, "%");
  }

  /**
   * Returns the negative-marker slots: each slot lists alternatives of which one suffices (either-or slots).
   *
   * @return default CD45; CD34; CD14 or CD11b; CD79α or CD19; HLA-DR
   */
  @Value.Default
  public List<List<Marker>> negativeSlots() {
    return List.of(List.of(Marker.PTPRC), List.of(Marker.CD34), List.of(Marker.CD14, Marker.ITGAM),
        List.of(Marker.CD79A, Marker.CD19), List.of(Marker.HLA_DRA));
  }

  /**
   * Returns the maximum percentage of positive events for negative markers (inclusive).
   *
   * @return default {@code 2 %} (≤ 2 %)
   */
  @Value.Default
  public Quantity negativeMaximum() {
    return Quantity.of(2, "%");
  }

  /**
   * Tells whether plastic adherence must be shown.
   *
   * @return default true
   */
  @Value.Default
  public boolean requirePlasticAdherence() {
    return true;
  }

  /**
   * Returns the lineages whose in-vitro differentiation must be shown.
   *
   * @return default osteogenic, adipogenic, chondrogenic
   */
  @Value.Default
  public List<DifferentiationLineage> requiredLineages() {
    return List.of(DifferentiationLineage.OSTEOGENIC, DifferentiationLineage.ADIPOGENIC,
        DifferentiationLineage.CHONDROGENIC);
  }

  /**
   * Returns the severity of a failed or missing criterion.
   *
   * @return default {@link Severity#ERROR}
   */
  @Value.Default
  public Severity severity() {
    return Severity.ERROR;
  }

  /**
   * Returns the published defaults.
   *
   * @return the defaults
   */
  public static Isct2006Parameters defaults() {
    return builder().build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableIsct2006Parameters.Builder builder() {
    return ImmutableIsct2006Parameters.builder();
  }
}
