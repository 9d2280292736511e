package org.paracrine.validation.internal.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.paracrine.core.process.Bioprocess;
import org.paracrine.core.process.Storage;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.quantity.QuantityRange;
import org.paracrine.core.report.JsonPointer;
import org.paracrine.core.report.Outcome;
import org.paracrine.core.spec.ComputedLimit;
import org.paracrine.validation.ComputedRange;
import org.paracrine.validation.LimitFunction;
import org.paracrine.validation.ReleaseContext;
import org.paracrine.validation.internal.Sources;

/**
 * The longest dating period the product's stated shelf life allows a lot ({@code "stated-shelf-life"}): the days from
 * the lot's manufacture date to that date plus the shelf life ({@code /product/process/storage/maxDuration}), counted
 * on the calendar for months ({@code mo}) and years ({@code a}) with whole numbers, else exactly in days. A product
 * that states no shelf life, or a shelf life in a unit that is not a time, leaves the lot MISSING
 * ({@code SHELF_LIFE_UNKNOWN}). Sources: 21 CFR 211.137 and 610.53 (dating period counted from manufacture). No
 * parameters.
 */
final class StatedShelfLifeLimit implements LimitFunction {
  static final String NAME = "stated-shelf-life";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<String> parameterNames() {
    return Set.of();
  }

  @Override
  public Set<String> codeSuffixes() {
    return Set.of("SHELF_LIFE_UNKNOWN");
  }

  @Override
  public List<ComputedRange> compute(ComputedLimit limit, ReleaseContext context) {
    String path = JsonPointer.of("product", "process", "storage", "maxDuration");
    Optional<Quantity> shelfLife = context.product().process().flatMap(Bioprocess::storage)
        .flatMap(Storage::maxDuration);
    if (shelfLife.isEmpty() || !shelfLife.get().isConvertibleTo("d")) {
      return List.of(ComputedRange.unavailable("", "SHELF_LIFE_UNKNOWN", Outcome.MISSING,
          "The product states no shelf life (storage maxDuration as a time), so the lot's expiry cannot be checked"
              + " against it.", path, Sources.EXPIRY_DATING));
    }
    Quantity q = shelfLife.get();
    LocalDate made = context.lot().manufactureDate();
    LocalDate latest = latestExpiry(made, q);
    long days = ChronoUnit.DAYS.between(made, latest);
    return List.of(ComputedRange.of("", QuantityRange.atMost(Quantity.of(days, "d")), "shelf life " + q
        + " from manufacture " + made + ": expiry on or before " + latest));
  }

  private static LocalDate latestExpiry(LocalDate made, Quantity shelfLife) {
    BigDecimal v = shelfLife.value().stripTrailingZeros();
    boolean whole = v.scale() <= 0;
    if (whole && shelfLife.unit().equals("mo")) {
      return made.plusMonths(v.longValueExact());
    }
    if (whole && shelfLife.unit().equals("a")) {
      return made.plusYears(v.longValueExact());
    }
    // other units: exact days, rounded down so that rounding never lengthens the shelf life
    long days = shelfLife.to("d").value().setScale(0, java.math.RoundingMode.DOWN).longValueExact();
    return made.plusDays(days);
  }
}
