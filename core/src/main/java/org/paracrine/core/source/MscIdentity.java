package org.paracrine.core.source;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.paracrine.core.assay.MarkerResult;
import org.paracrine.core.internal.Check;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.vocabulary.Marker;
import org.paracrine.core.vocabulary.Term;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Identity results of the producing MSCs, as needed for the ISCT minimal criteria (Dominici M et al.,
 * Cytotherapy 2006;8:315, DOI 10.1080/14653240600855905): surface markers by flow cytometry, plastic adherence
 * and trilineage differentiation, plus viability.
 *
 * <p>Invariants: each marker appears at most once; viability is a percentage 0–100.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMscIdentity.class)
@JsonDeserialize(as = ImmutableMscIdentity.class)
public abstract class MscIdentity {
  MscIdentity() {}

  /**
   * Returns the marker results.
   *
   * @return the results, possibly empty
   */
  public abstract List<MarkerResult> markers();

  /**
   * Tells whether the cells adhered to plastic in standard culture.
   *
   * @return true/false, or empty if not recorded
   */
  public abstract Optional<Boolean> plasticAdherence();

  /**
   * Returns in-vitro differentiation results.
   *
   * @return the results, possibly empty
   */
  public abstract List<DifferentiationResult> differentiation();

  /**
   * Returns the cell viability.
   *
   * @return viability in {@code %}, or empty
   */
  public abstract Optional<Quantity> viability();

  /**
   * Returns the passage at which identity was tested.
   *
   * @return the passage, or empty
   */
  public abstract Optional<Integer> passage();

  /**
   * Returns the test date.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> testDate();

  /**
   * Returns the result for a marker.
   *
   * @param marker the marker
   * @return the result, or empty
   */
  public Optional<MarkerResult> marker(Marker marker) {
    return markers().stream().filter(m -> m.marker().is(marker)).findFirst();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableMscIdentity.Builder builder() {
    return ImmutableMscIdentity.builder();
  }

  @Value.Check
  void check() {
    Check.all(() -> {
      Check.unique(markers(), m -> m.marker().code(), "MscIdentity", "markers");
      Check.unique(differentiation(), d -> d.lineage().code(), "MscIdentity", "differentiation");
      Check.percent(viability(), "MscIdentity", "viability");
      passage().ifPresent(p -> Check.require(p >= 0, "MscIdentity", "passage", p, "a passage number ≥ 0"));
    });
  }

}
