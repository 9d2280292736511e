package org.paracrine.validation.internal;

import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.paracrine.core.assay.MarkerResult;
import org.paracrine.core.vocabulary.Marker;
import org.paracrine.core.vocabulary.MisevCategory;
import org.paracrine.core.vocabulary.QualitativeOutcome;

/** Helpers for marker result lists. */
public final class Markers {
  private Markers() {}

  /**
   * Returns the index of a marker's result.
   *
   * @param results the results
   * @param marker the marker
   * @return the index, or empty
   */
  public static OptionalInt indexOf(List<MarkerResult> results, Marker marker) {
    return IntStream.range(0, results.size()).filter(i -> results.get(i).marker().is(marker)).findFirst();
  }

  /**
   * Tells whether a marker result shows the marker: a positive outcome (present, detected, positive) or a
   * percentage of positive events above zero.
   *
   * @param r the result
   * @return true if shown
   */
  public static boolean positive(MarkerResult r) {
    if (r.outcome().isPresent()) {
      return r.outcome().get().known().map(QualitativeOutcome::positive).orElse(false);
    }
    return r.percentPositive().map(p -> p.value().signum() > 0).orElse(false);
  }

  /**
   * Tells whether a marker belongs to a MISEV2018 category.
   *
   * @param r the result
   * @param category the category
   * @return true if the marker is known and in the category
   */
  public static boolean inCategory(MarkerResult r, MisevCategory category) {
    return r.marker().known().flatMap(Marker::misevCategory).map(c -> c == category).orElse(false);
  }
}
