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
    String base = context.lot().donor().isPresent() ? JsonPointer.of("lot", "donor")
        : JsonPointer.of("product", "source", "donor");
    if (donor.isEmpty()) {
      return List.of(ComputedRange.unavailable("", "MISSING", Outcome.MISSING, "No donor is recorded, so the"
          + " specimen timing cannot be checked (21 CFR 1271.80(b)).", base, null));
    }
    if (donor.get().eligibility().map(e -> e.tests().isEmpty()).orElse(true)) {
      return List.of(ComputedRange.unavailable("", "NOT_APPLICABLE", Outcome.NOT_APPLICABLE, "No donor test is"
          + " recorded, so there is no specimen whose timing could be checked; the test criteria report the missing"
          + " tests.", JsonPointer.append(base, "eligibility"), null));
    }
    boolean extended = context.product().source().tissue()
        .map(t -> limit.parameter(EXTENDED_TISSUES).flatMap(LimitParameter::text)
            .map(x -> java.util.Arrays.stream(x.split(",")).anyMatch(c -> c.trim().equalsIgnoreCase(t.code())))
            .orElse(false))
        .orElse(false);
    String beforeName = extended ? EXTENDED_DAYS_BEFORE : DAYS_BEFORE;
    Optional<Quantity> b = days(limit, beforeName);
    Optional<Quantity> a = days(limit, DAYS_AFTER);
    if (b.isEmpty() || a.isEmpty()) {
      return List.of(ComputedRange.unavailable("", "MISSING", Outcome.MISSING, "The computed limit " + NAME
          + " needs the parameters " + beforeName + " and " + DAYS_AFTER + " as times (e.g. 7 d).",
          JsonPointer.append(base, "recoveryDate"), null));
    }
    Quantity before = b.get();
    Quantity after = a.get();
    String window = "from " + before.value().stripTrailingZeros().toPlainString() + " days before"
        + (extended ? " (extended window for tissue " + context.product().source().tissue().get().code() + ")" : "")
        + " to " + after.value().stripTrailingZeros().toPlainString() + " days after recovery";
    Optional<LocalDate> recovery = donor.get().recoveryDate();
    if (recovery.isEmpty()) {
      return List.of(ComputedRange.unavailable("", "MISSING", Outcome.MISSING, "The recovery date is not recorded,"
          + " so the specimen timing (" + window + ", 21 CFR 1271.80(b)) cannot be checked.",
          JsonPointer.append(base, "recoveryDate"), null));
    }
    return List.of(ComputedRange.of("", QuantityRange.between(before.multiply(BigDecimal.ONE.negate()), after),
        "specimen " + window + " on " + recovery.get() + ", 21 CFR 1271.80(b)"));
  }

  private static Optional<Quantity> days(ComputedLimit limit, String name) {
    return limit.parameter(name).flatMap(LimitParameter::quantity).filter(q -> q.isConvertibleTo("d"))
        .map(q -> q.to("d"));
  }
}
