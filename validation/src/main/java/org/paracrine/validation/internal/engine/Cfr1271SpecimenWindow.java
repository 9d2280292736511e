package org.paracrine.validation.internal.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.quantity.QuantityRange;
import org.paracrine.core.report.JsonPointer;
import org.paracrine.core.report.Outcome;
import org.paracrine.core.source.Donor;
import org.paracrine.core.spec.ComputedLimit;
import org.paracrine.core.spec.LimitParameter;
import org.paracrine.validation.ComputedRange;
import org.paracrine.validation.LimitFunction;
import org.paracrine.validation.ReleaseContext;

/**
 * The window around the recovery date in which a donor's specimen must be collected ({@code
 * "cfr1271-80-specimen-window"}), 21 CFR 1271.80(b): at the time of recovery or up to 7 days before or after, and up
 * to 30 days before recovery for donors of peripheral blood stem/progenitor cells, bone marrow and oocytes. The limit
 * is on {@link org.paracrine.core.spec.SelectorKind#DONOR_SPECIMEN_TIMING} values (days from recovery, negative
 * before it), as the range from minus the days before to the days after.
 *
 * <p>Parameters, each with its source: {@code days-before}, {@code days-after} and {@code extended-days-before} (times,
 * e.g. {@code 7 d}, {@code 7 d}, {@code 30 d}) and {@code extended-window-tissues} (the codes of the tissues with the
 * extended window, comma-separated, e.g. {@code BM} or {@code BM,PB}). Cases without a limit: no donor or no recovery date
 * ({@code MISSING}, the timing cannot be checked), no donor test recorded ({@code NOT_APPLICABLE}: the test criteria
 * report the missing tests).
 */
final class Cfr1271SpecimenWindow implements LimitFunction {
  static final String NAME = "cfr1271-80-specimen-window";
  static final String DAYS_BEFORE = "days-before";
  static final String DAYS_AFTER = "days-after";
  static final String EXTENDED_DAYS_BEFORE = "extended-days-before";
  static final String EXTENDED_TISSUES = "extended-window-tissues";
  private static final String LOT_DONOR = JsonPointer.of("lot", "donor");
  private static final String PRODUCT_DONOR = JsonPointer.of("product", "source", "donor");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<String> parameterNames() {
    return new LinkedHashSet<>(List.of(DAYS_BEFORE, DAYS_AFTER, EXTENDED_DAYS_BEFORE, EXTENDED_TISSUES));
  }

  @Override
  public Set<String> codeSuffixes() {
    return new LinkedHashSet<>(List.of("MISSING", "NOT_APPLICABLE"));
  }

  @Override
  public List<ComputedRange> compute(ComputedLimit limit, ReleaseContext context) {
    Optional<Donor> donor = context.lot().donor().or(() -> context.product().source().donor());
    String base = context.lot().donor().isPresent() ? LOT_DONOR : PRODUCT_DONOR;
    if (donor.isEmpty()) {
      return List.of(ComputedRange.unavailable("", "MISSING", Outcome.MISSING, "No donor is recorded, so the"
          + " specimen timing cannot be checked (21 CFR 1271.80(b)).", base, null));
    }
    if (donor.get().eligibility().map(e -> e.tests().isEmpty()).orElse(true)) {
      return List.of(ComputedRange.unavailable("", "NOT_APPLICABLE", Outcome.NOT_APPLICABLE, "No donor test is"
          + " recorded, so there is no specimen whose timing could be checked; the test criteria report the missing"
          + " tests.", JsonPointer.append(base, "eligibility"), null));
    }
    String tissue = context.product().source().tissue().map(t -> t.code()).orElse(null);
    Window w = window(limit, tissue);
    if (w.range == null) {
      return List.of(ComputedRange.unavailable("", "MISSING", Outcome.MISSING, "The computed limit " + NAME
          + " needs the parameters " + w.beforeName + " and " + DAYS_AFTER + " as times (e.g. 7 d).",
          JsonPointer.append(base, "recoveryDate"), null));
    }
    Optional<LocalDate> recovery = donor.get().recoveryDate();
    if (recovery.isEmpty()) {
      return List.of(ComputedRange.unavailable("", "MISSING", Outcome.MISSING, "The recovery date is not recorded,"
          + " so the specimen timing (" + w.text + ", 21 CFR 1271.80(b)) cannot be checked.",
          JsonPointer.append(base, "recoveryDate"), null));
    }
    return List.of(ComputedRange.of("", w.range, "specimen " + w.text + " on " + recovery.get()
        + ", 21 CFR 1271.80(b)"));
  }

  /**
   * The window a limit's parameters give for a tissue: the same for every lot of a product, so the last one worked out
   * is kept (a batch checks many lots of one product; a checker usually has one such criterion).
   */
  private volatile Window last;

  private Window window(ComputedLimit limit, String tissue) {
    Window w = last;
    if (w != null && w.limit == limit && java.util.Objects.equals(w.tissue, tissue)) {
      return w;
    }
    boolean extended = tissue != null && limit.parameter(EXTENDED_TISSUES).flatMap(LimitParameter::text)
        .map(x -> java.util.Arrays.stream(x.split(",")).anyMatch(c -> c.trim().equalsIgnoreCase(tissue)))
        .orElse(false);
    String beforeName = extended ? EXTENDED_DAYS_BEFORE : DAYS_BEFORE;
    Optional<Quantity> b = days(limit, beforeName);
    Optional<Quantity> a = days(limit, DAYS_AFTER);
    if (b.isEmpty() || a.isEmpty()) {
      w = new Window(limit, tissue, beforeName, null, null);
    } else {
      Quantity before = b.get();
      Quantity after = a.get();
      String text = "from " + before.value().stripTrailingZeros().toPlainString() + " days before"
          + (extended ? " (extended window for tissue " + tissue + ")" : "")
          + " to " + after.value().stripTrailingZeros().toPlainString() + " days after recovery";
      QuantityRange range = QuantityRange.between(before.multiply(BigDecimal.ONE.negate()), after);
      w = new Window(limit, tissue, beforeName, range, text);
    }
    last = w;
    return w;
  }

  /** A limit's window for a tissue (immutable: replaced whole, so safe to share between threads). */
  private static final class Window {
    final ComputedLimit limit;
    final String tissue;
    final String beforeName;
    /** The range of days from recovery, or null when a parameter is missing or not a time. */
    final QuantityRange range;
    final String text;

    Window(ComputedLimit limit, String tissue, String beforeName, QuantityRange range, String text) {
      this.limit = limit;
      this.tissue = tissue;
      this.beforeName = beforeName;
      this.range = range;
      this.text = text;
    }
  }

  private static Optional<Quantity> days(ComputedLimit limit, String name) {
    return limit.parameter(name).flatMap(LimitParameter::quantity).filter(q -> q.isConvertibleTo("d"))
        .map(q -> q.to("d"));
  }
}
