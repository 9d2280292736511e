package org.paracrine.validation.internal;

import java.util.Optional;
import org.paracrine.core.assay.Censoring;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.quantity.QuantityRange;
import org.paracrine.core.report.Band;

/**
 * Compares an observed quantity with a limit and an optional warning band, with UCUM conversion and censored
 * values. A value censored below a detection limit means "less than the reported value"; above the upper limit of
 * quantification it means "more than". A censored value passes only if every value it could stand for passes,
 * fails only if every such value fails, and is otherwise inconclusive.
 *
 * @param kind the result
 * @param band where the value lies, or null when no numeric comparison was possible
 * @param converted the observed value in the limit's unit, or null when incomparable
 */
public record Comparison(Kind kind, Band band, Quantity converted) {
  /** Result of a comparison. */
  public enum Kind {
    /** Inside the limit and the band. */
    PASS,
    /** Inside the limit, outside the warning band. */
    WARN,
    /** Outside the limit. */
    FAIL,
    /** The units cannot be compared. */
    INCOMPARABLE,
    /** A censored value that may or may not lie inside the limit. */
    INCONCLUSIVE
  }

  /**
   * Compares a value.
   *
   * @param observed the observed value
   * @param censoring the censoring of the value
   * @param limit the acceptance limit
   * @param warningBand the warning band inside the limit, or empty
   * @return the comparison
   */
  public static Comparison of(Quantity observed, Optional<Censoring> censoring, QuantityRange limit,
      Optional<QuantityRange> warningBand) {
    Quantity value = EndotoxinUnits.normalise(observed);
    QuantityRange range = EndotoxinUnits.normalise(limit);
    if (!range.isComparableTo(value)) {
      return new Comparison(Kind.INCOMPARABLE, null, null);
    }
    Quantity converted = value.to(range.unit());
    Kind kind = test(value, censoring, range);
    if (kind == Kind.FAIL) {
      return new Comparison(kind, Band.OUT, converted);
    }
    if (kind == Kind.INCONCLUSIVE) {
      return new Comparison(kind, null, converted);
    }
    if (warningBand.isPresent()) {
      QuantityRange band = EndotoxinUnits.normalise(warningBand.get());
      if (band.isComparableTo(value) && test(value, censoring, band) != Kind.PASS) {
        return new Comparison(Kind.WARN, Band.WARNING, converted);
      }
    }
    return new Comparison(Kind.PASS, Band.IN, converted);
  }

  private static Kind test(Quantity v, Optional<Censoring> censoring, QuantityRange r) {
    if (censoring.isEmpty()) {
      return r.contains(v) ? Kind.PASS : Kind.FAIL;
    }
    if (censoring.get() == Censoring.ABOVE_ULOQ) {
      if (r.upper().isPresent() && v.compareValue(r.upper().get()) >= 0) {
        return Kind.FAIL;
      }
      boolean lowerOk = r.lower().isEmpty() || v.compareValue(r.lower().get()) >= 0;
      return lowerOk && r.upper().isEmpty() ? Kind.PASS : Kind.INCONCLUSIVE;
    }
    if (r.lower().isPresent() && v.compareValue(r.lower().get()) <= 0) {
      return Kind.FAIL;
    }
    boolean upperOk = r.upper().isEmpty() || v.compareValue(r.upper().get()) <= 0;
    return upperOk && r.lower().isEmpty() ? Kind.PASS : Kind.INCONCLUSIVE;
  }
}
