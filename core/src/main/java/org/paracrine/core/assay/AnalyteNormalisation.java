package org.paracrine.core.assay;

import java.util.Objects;
import java.util.Optional;
import org.paracrine.core.quantity.DoseCalculator;
import org.paracrine.core.quantity.IncomparableUnitsException;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.vocabulary.NormalisationBasis;
import org.paracrine.core.vocabulary.Term;

/**
 * Exact, explicit conversions of an {@link AnalyteResult} between "per mL of product" and "per µg of total
 * protein", using the lot's <em>own</em> measured total-protein concentration — never a literature constant.
 * Detection limits are converted with the value, and censoring is kept.
 *
 * <pre>{@code
 * AnalyteResult perUg = AnalyteNormalisation.toPerMicrogramProtein(vegfPerMl, Quantity.of("85", "ug/mL"));
 * }</pre>
 */
public final class AnalyteNormalisation {
  private AnalyteNormalisation() {}

  /**
   * Converts a per-mL result to per µg of total protein: {@code value / totalProtein}.
   *
   * @param result a result normalised {@link NormalisationBasis#PER_ML_PRODUCT}, e.g. {@code 1250 pg/mL}
   * @param totalProtein the same lot's total-protein concentration, e.g. {@code 85 ug/mL}
   * @return the result per µg protein, e.g. {@code pg/ug}
   * @throws IllegalArgumentException if the result is not per mL, or the protein is not a positive mass
   *     concentration
   */
  public static AnalyteResult toPerMicrogramProtein(AnalyteResult result, Quantity totalProtein) {
    requireBasis(result, NormalisationBasis.PER_ML_PRODUCT);
    requireProtein(totalProtein);
    return AnalyteResult.builder().from(result)
        .normalisation(Term.of(NormalisationBasis.PER_UG_TOTAL_PROTEIN))
        .value(perProtein(result.value(), totalProtein))
        .lod(result.lod().map(l -> perProtein(l, totalProtein)))
        .loq(result.loq().map(l -> perProtein(l, totalProtein)))
        .build();
  }

  /**
   * Converts a per-µg-protein result back to per mL of product: {@code value × totalProtein}.
   *
   * @param result a result normalised {@link NormalisationBasis#PER_UG_TOTAL_PROTEIN}, e.g. {@code 14.7 pg/ug}
   * @param totalProtein the same lot's total-protein concentration, e.g. {@code 85 ug/mL}
   * @return the result per mL, e.g. {@code pg/mL}
   * @throws IllegalArgumentException if the result is not per µg protein, or the protein is not a positive mass
   *     concentration
   */
  public static AnalyteResult toPerMillilitre(AnalyteResult result, Quantity totalProtein) {
    requireBasis(result, NormalisationBasis.PER_UG_TOTAL_PROTEIN);
    requireProtein(totalProtein);
    return AnalyteResult.builder().from(result)
        .normalisation(Term.of(NormalisationBasis.PER_ML_PRODUCT))
        .value(perVolume(result.value(), totalProtein))
        .lod(result.lod().map(l -> perVolume(l, totalProtein)))
        .loq(result.loq().map(l -> perVolume(l, totalProtein)))
        .build();
  }

  private static Quantity perProtein(Quantity value, Quantity protein) {
    return DoseCalculator.concentrationRatio(value, protein);
  }

  private static Quantity perVolume(Quantity value, Quantity protein) {
    String[] v = DoseCalculator.splitUnit(value.unit()).orElseThrow();
    String[] p = DoseCalculator.splitUnit(protein.unit()).orElseThrow();
    // protein expressed as <value's mass unit> per <protein's volume unit>, then amount = value × protein.
    Quantity proteinInValueMass = protein.to(wrap(v[1]) + "/" + wrap(p[1]));
    return Quantity.of(value.value().multiply(proteinInValueMass.value()), wrap(v[0]) + "/" + wrap(p[1]));
  }

  private static String wrap(String unit) {
    return DoseCalculator.splitUnit(unit).isPresent() || unit.contains(".") ? "(" + unit + ")" : unit;
  }

  private static void requireBasis(AnalyteResult result, NormalisationBasis basis) {
    Objects.requireNonNull(result, "result");
    if (!result.normalisation().is(basis)) {
      throw new IllegalArgumentException("expected a result normalised " + basis.code() + ", was "
          + result.normalisation().code() + " for " + result.analyte().code());
    }
  }

  private static void requireProtein(Quantity totalProtein) {
    Objects.requireNonNull(totalProtein, "totalProtein");
    Optional<String[]> parts = DoseCalculator.splitUnit(totalProtein.unit());
    if (parts.isEmpty() || !Quantity.of(1, parts.get()[0]).isConvertibleTo("ug")
        || !Quantity.of(1, parts.get()[1]).isConvertibleTo("mL")) {
      throw new IncomparableUnitsException(totalProtein.unit(), "ug/mL",
          "total protein must be a mass per volume, e.g. 85 ug/mL");
    }
    if (totalProtein.value().signum() <= 0) {
      throw new IllegalArgumentException("total protein must be greater than zero, was " + totalProtein);
    }
  }
}
