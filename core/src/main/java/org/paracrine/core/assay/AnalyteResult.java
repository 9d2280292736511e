package org.paracrine.core.assay;

import java.util.Optional;
import org.immutables.value.Value;
import org.paracrine.core.internal.Check;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.vocabulary.Analyte;
import org.paracrine.core.vocabulary.AnalyticalMethod;
import org.paracrine.core.vocabulary.NormalisationBasis;
import org.paracrine.core.vocabulary.Term;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One measured analyte of a lot's composition profile: what (HGNC/ChEBI-coded), how much (UCUM, e.g.
 * {@code pg/mL}), by which method, with its detection limits and normalisation basis.
 *
 * <p>A value below the LOQ is never a number: it is reported as {@link Censoring#BELOW_LOQ} (or
 * {@link Censoring#BELOW_LOD}) with the limit as value. Invariants: LOD ≤ LOQ, limits comparable with the value,
 * value not negative; a value below the stated LOQ must be censored; the unit fits the basis — per mL: an amount
 * divided by a volume; per µg protein: an amount divided by a mass; per 10⁶ cells per 24 h: a unit containing
 * {@code {cells}}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAnalyteResult.class)
@JsonDeserialize(as = ImmutableAnalyteResult.class)
public abstract class AnalyteResult {
  AnalyteResult() {}

  /**
   * Returns the analyte.
   *
   * @return the analyte
   */
  public abstract Term<Analyte> analyte();

  /**
   * Returns the value (for a censored result, the limit it is censored at).
   *
   * @return the value
   */
  public abstract Quantity value();

  /**
   * Returns the normalisation basis of the value.
   *
   * @return the basis
   */
  public abstract Term<NormalisationBasis> normalisation();

  /**
   * Returns the method.
   *
   * @return e.g. ELISA, multiplex immunoassay, LC-MS/MS, enzyme activity; or empty
   */
  public abstract Optional<Term<AnalyticalMethod>> method();

  /**
   * Returns the limit of detection (same basis as the value).
   *
   * @return the LOD, or empty
   */
  public abstract Optional<Quantity> lod();

  /**
   * Returns the lower limit of quantification (same basis as the value).
   *
   * @return the LOQ, or empty
   */
  public abstract Optional<Quantity> loq();

  /**
   * Returns how the value is censored.
   *
   * @return the censoring, or empty for a quantified value
   */
  public abstract Optional<Censoring> censoring();

  /**
   * Tells whether the value is a quantified number (not censored).
   *
   * @return true if not censored
   */
  public boolean quantified() {
    return censoring().isEmpty();
  }

  /**
   * Creates a quantified result per mL of product.
   *
   * @param analyte the analyte
   * @param value the value, e.g. {@code 1250 pg/mL}
   * @param method the method
   * @return the result
   */
  public static AnalyteResult perMillilitre(Analyte analyte, Quantity value, AnalyticalMethod method) {
    return builder().analyte(Term.of(analyte)).value(value).method(Term.of(method))
        .normalisation(Term.of(NormalisationBasis.PER_ML_PRODUCT)).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableAnalyteResult.Builder builder() {
    return ImmutableAnalyteResult.builder();
  }

  @Value.Check
  void check() {
    Check.all(() -> {
      String t = "AnalyteResult";
      Limits.check(t, value(), lod(), loq());
      Check.nonNegative(value(), t, "value");
      if (censoring().isEmpty()) {
        loq().ifPresent(l -> Check.require(value().compareValue(l) >= 0, t, "value", value(),
            () -> "a value ≥ loq " + l
                + ", or censoring BELOW_LOQ with the LOQ as value (never a number below the LOQ)"));
      }
      normalisation().known().ifPresent(b -> {
        String[] parts = org.paracrine.core.quantity.DoseCalculator.splitUnit(value().unit()).orElse(null);
        switch (b) {
          case PER_ML_PRODUCT:
            Check.require(parts != null && Quantity.of(1, parts[1]).isConvertibleTo("mL"), t, "value", value(),
                "an amount per volume, e.g. pg/mL, for normalisation per-mL");
            break;
          case PER_UG_TOTAL_PROTEIN:
            Check.require(parts != null && Quantity.of(1, parts[1]).isConvertibleTo("ug"), t, "value", value(),
                "an amount per protein mass, e.g. pg/ug, for normalisation per-ug-protein");
            break;
          default:
            Check.require(value().unit().contains("{cells}"), t, "value", value(),
                "a unit per cells, e.g. pg/10*6{cells}/d, for normalisation per-1E6-cells-per-24h");
        }
      });
    });
  }
}
