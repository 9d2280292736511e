package org.paracrine.core.lot;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.paracrine.core.assay.AnalyteResult;
import org.paracrine.core.assay.Measurement;
import org.paracrine.core.assay.TestResult;
import org.paracrine.core.constraints.Identifier;
import org.paracrine.core.internal.Check;
import org.paracrine.core.quantity.DoseCalculator;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.vocabulary.QualityAttribute;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One lot of a {@link ReferenceSeries}: its id, date of manufacture, composition profile and its own measured
 * total-protein concentration (needed to convert per mL ↔ per µg protein exactly).
 *
 * <p>Invariants: non-blank lot id; each analyte once per normalisation basis; total protein, when present, a
 * positive mass per volume (e.g. {@code 85 ug/mL}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReferenceEntry.class)
@JsonDeserialize(as = ImmutableReferenceEntry.class)
public abstract class ReferenceEntry {
  ReferenceEntry() {}

  /**
   * Returns the lot id.
   *
   * @return the lot id
   */
  @Identifier
  public abstract String lotId();

  /**
   * Returns the date of manufacture, which orders the series.
   *
   * @return the date
   */
  public abstract LocalDate manufactureDate();

  /**
   * Returns the lot's composition profile.
   *
   * @return analyte results, possibly empty
   */
  @Size(max = 1000)
  public abstract List<AnalyteResult> composition();

  /**
   * Returns the lot's own measured total-protein concentration.
   *
   * @return the concentration, or empty (then per-µg-protein conversions of this lot are not possible)
   */
  public abstract Optional<Quantity> totalProtein();

  /**
   * Returns a note (e.g. the lot's disposition).
   *
   * @return the note, or empty
   */
  public abstract Optional<@Size(max = 4000) String> note();

  /**
   * Creates the entry of a full lot: id, manufacture date, composition and {@link #totalProteinOf(Lot)}.
   *
   * @param lot the lot
   * @return the entry
   */
  public static ReferenceEntry of(Lot lot) {
    return builder().lotId(lot.id()).manufactureDate(lot.manufactureDate()).composition(lot.composition())
        .totalProtein(totalProteinOf(lot)).build();
  }

  /**
   * Returns a lot's own total-protein concentration: the first quantified {@code total-protein} test result in a
   * mass-per-volume unit, else the quantified protein concentration of its EV characterisation. Censored values
   * are not used (a bound is not a concentration to divide by).
   *
   * @param lot the lot
   * @return the concentration, or empty
   */
  public static Optional<Quantity> totalProteinOf(Lot lot) {
    for (TestResult r : lot.results(QualityAttribute.TOTAL_PROTEIN)) {
      if (r.value().isPresent() && r.censoring().isEmpty() && isMassPerVolume(r.value().get())
          && r.value().get().value().signum() > 0) {
        return r.value();
      }
    }
    return lot.evCharacterisation().flatMap(ev -> ev.proteinConcentration())
        .filter(m -> m.censoring().isEmpty())
        .map(Measurement::value)
        .filter(q -> isMassPerVolume(q) && q.value().signum() > 0);
  }

  private static boolean isMassPerVolume(Quantity q) {
    Optional<String[]> parts = DoseCalculator.splitUnit(q.unit());
    return parts.isPresent() && Quantity.of(1, parts.get()[0]).isConvertibleTo("ug")
        && Quantity.of(1, parts.get()[1]).isConvertibleTo("mL");
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableReferenceEntry.Builder builder() {
    return ImmutableReferenceEntry.builder();
  }

  @Value.Check
  void check() {
    Check.all(() -> {
      String t = "ReferenceEntry";
      Check.notBlank(lotId(), t, "lotId");
      Check.unique(composition(), a -> a.analyte().code() + " " + a.normalisation().code(), t, "composition");
      totalProtein().ifPresent(p -> {
        Check.require(isMassPerVolume(p), t, "totalProtein", p, "a mass per volume, e.g. 85 ug/mL");
        Check.positive(p, t, "totalProtein");
      });
    });
  }
}
