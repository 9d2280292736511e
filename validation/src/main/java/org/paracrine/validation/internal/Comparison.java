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
    return of(observed, censoring.orElse(null), limit, warningBand.orElse(null));
  }

  /**
   * Compares a value, with absent censoring and band as null.
   *
   * @param observed the observed value
   * @param censoring the censoring of the value, or null
   * @param limit the acceptance limit
   * @param warningBand the warning band inside the limit, or null
   * @return the comparison
   */
  public static Comparison of(Quantity observed, Censoring censoring, QuantityRange limit,
      QuantityRange warningBand) {
    Quantity value = EndotoxinUnits.normalise(observed);
    QuantityRange range = EndotoxinUnits.normalise(limit);
    if (!range.isComparableTo(value)) {
      return new Comparison(Kind.INCOMPARABLE, null, null);
    }
    Kind kind = kind(value, censoring, range, warningBand);
    Quantity converted = value.to(range.unit());
    switch (kind) {
      case FAIL:
        return new Comparison(kind, Band.OUT, converted);
      case INCONCLUSIVE:
        return new Comparison(kind, null, converted);
      case WARN:
        return new Comparison(kind, Band.WARNING, converted);
      default:
        return new Comparison(Kind.PASS, Band.IN, converted);
    }
  }

  /**
   * Returns the kind of result {@link #of} gives, without building the comparison or the converted value: for a
   * caller that needs only the outcome (a criterion over several values judges each, then builds the finding of
   * one).
   *
   * @param observed the observed value
   * @param censoring the censoring of the value, or null
   * @param limit the acceptance limit
   * @param warningBand the warning band inside the limit, or null
   * @return the kind
   */
  public static Kind kindOf(Quantity observed, Censoring censoring, QuantityRange limit, QuantityRange warningBand) {
    Quantity value = EndotoxinUnits.normalise(observed);
    QuantityRange range = EndotoxinUnits.normalise(limit);
    if (!range.isComparableTo(value)) {
      return Kind.INCOMPARABLE;
    }
    return kind(value, censoring, range, warningBand);
  }

  /** The kind of a comparable value: limit first, then the warning band when one is set and comparable. */
  private static Kind kind(Quantity value, Censoring censoring, QuantityRange range, QuantityRange warningBand) {
    Kind kind = test(value, censoring, range);
    if (kind == Kind.FAIL || kind == Kind.INCONCLUSIVE) {
      return kind;
    }
    if (warningBand != null) {
      QuantityRange band = EndotoxinUnits.normalise(warningBand);
      if (band.isComparableTo(value) && test(value, censoring, band) != Kind.PASS) {
        return Kind.WARN;
      }
    }
    return Kind.PASS;
  }

  private static Kind test(Quantity v, Censoring censoring, QuantityRange r) {
    if (censoring == null) {
      return r.contains(v) ? Kind.PASS : Kind.FAIL;
    }
    if (censoring == Censoring.ABOVE_ULOQ) {
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
