package org.paracrine.core.spec;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.paracrine.core.internal.Check;
import org.paracrine.core.quantity.DoseCalculator;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.quantity.Units;
import org.paracrine.core.vocabulary.NormalisationBasis;
import org.paracrine.core.vocabulary.Term;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A lot-to-lot consistency check of one analyte, held by an {@link AcceptanceCriterion} with attribute
 * {@code analyte}: the unit and normalisation basis the comparison is made in, the control-chart tests to apply
 * over the time-ordered series (reference lots, then the new lot), an equivalence margin (± X % of the reference
 * mean) and/or the requirement to lie inside the reference range [min, max], and optionally stored reference
 * statistics used instead of statistics computed from a reference series.
 *
 * <p>Margins are inclusive: a value exactly X % from the mean, or exactly equal to the reference min or max, is
 * within. Invariants: a valid UCUM unit that fits the basis (per mL: amount per volume; per µg protein: amount per
 * mass; per 10⁶ cells per 24 h: a unit with {@code {cells}}); at least one of rules, margin, range; each rule at
 * most once; margin in {@code %} and greater than zero; minimum reference size at least 2; stored statistics in
 * units comparable with {@link #unit()}, with min and max when the range is checked.
 *
 * <pre>{@code
 * ConsistencyCheck c = ConsistencyCheck.builder()
 *     .normalisation(NormalisationBasis.PER_ML_PRODUCT.term()).unit("pg/mL")
 *     .addRule(ControlChartTest.of(ControlChartRule.NELSON_1))
 *     .addRule(ControlChartTest.of(ControlChartRule.NELSON_2))
 *     .equivalenceMargin(Quantity.of("30", "%"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableConsistencyCheck.class)
@JsonDeserialize(as = ImmutableConsistencyCheck.class)
public abstract class ConsistencyCheck {
  /** Default minimum number of quantified reference values: below it statistics are not given. */
  public static final int DEFAULT_MINIMUM_REFERENCE_SIZE = 3;

  ConsistencyCheck() {}

  /**
   * Returns the normalisation basis of the comparison; lot values in another basis are converted (per mL ↔ per µg
   * protein with each lot's own total protein).
   *
   * @return the basis
   */
  public abstract Term<NormalisationBasis> normalisation();

  /**
   * Returns the UCUM unit statistics are expressed in; lot values are converted to it.
   *
   * @return e.g. {@code "pg/mL"}
   */
  @Size(max = 100)
  public abstract String unit();

  /**
   * Returns the control-chart tests applied to the series ending at the new lot.
   *
   * @return the tests, possibly empty
   */
  @Size(max = 8)
  public abstract List<@Valid ControlChartTest> rules();

  /**
   * Returns the equivalence margin: the new lot must lie within ± this percentage of the reference mean
   * (inclusive).
   *
   * @return the margin in {@code %}, or empty
   */
  public abstract Optional<Quantity> equivalenceMargin();

  /**
   * Tells whether the new lot must lie inside the reference range [min, max] (inclusive).
   *
   * @return true to check the range; default false
   */
  @Value.Default
  public boolean withinReferenceRange() {
    return false;
  }

  /**
   * Returns stored reference statistics, used instead of statistics computed from a reference series (the
   * series, when supplied, still provides the points for run rules).
   *
   * @return the statistics, or empty to compute them from the reference series
   */
  public abstract Optional<@Valid ReferenceStatistics> referenceStatistics();

  /**
   * Returns the minimum number of quantified reference values; with fewer the check is incomplete and no
   * statistic is given.
   *
   * @return at least 2; default {@value #DEFAULT_MINIMUM_REFERENCE_SIZE}
   */
  @Value.Default
  public int minimumReferenceSize() {
    return DEFAULT_MINIMUM_REFERENCE_SIZE;
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableConsistencyCheck.Builder builder() {
    return ImmutableConsistencyCheck.builder();
  }

  @Value.Check
  void check() {
    Check.all(() -> {
      String t = "ConsistencyCheck";
      boolean validUnit = Check.require(Units.isValid(unit()), t, "unit", "\"" + unit() + "\"",
          "a valid UCUM unit such as pg/mL");
      normalisation().known().filter(b -> validUnit).ifPresent(b -> {
        String[] parts = DoseCalculator.splitUnit(unit()).orElse(null);
        switch (b) {
          case PER_ML_PRODUCT:
            Check.require(parts != null && Quantity.of(1, parts[1]).isConvertibleTo("mL"), t, "unit", unit(),
                "an amount per volume, e.g. pg/mL, for normalisation per-mL");
            break;
          case PER_UG_TOTAL_PROTEIN:
            Check.require(parts != null && Quantity.of(1, parts[1]).isConvertibleTo("ug"), t, "unit", unit(),
                "an amount per protein mass, e.g. pg/ug, for normalisation per-ug-protein");
            break;
          default:
            Check.require(unit().contains("{cells}"), t, "unit", unit(),
                "a unit per cells, e.g. pg/10*6{cells}/d, for normalisation per-1E6-cells-per-24h");
        }
      });
      Check.require(!rules().isEmpty() || equivalenceMargin().isPresent() || withinReferenceRange(), t,
          "rules/equivalenceMargin/withinReferenceRange", "none",
          "at least one control-chart rule, an equivalence margin or the reference-range check");
      Check.unique(rules(), ControlChartTest::rule, t, "rules");
      equivalenceMargin().ifPresent(m -> {
        Check.require(Units.PERCENT.equals(m.unit()), t, "equivalenceMargin", m, "a percentage in unit '%'");
        Check.require(m.value().signum() > 0, t, "equivalenceMargin", m, "a margin greater than 0 %");
      });
      Check.require(minimumReferenceSize() >= 2, t, "minimumReferenceSize", minimumReferenceSize(),
          "at least 2 (a standard deviation needs two values)");
      referenceStatistics().filter(s -> validUnit).ifPresent(s -> {
        Quantity one = Quantity.of(BigDecimal.ONE, unit());
        Check.require(s.mean().isComparableTo(one), t, "referenceStatistics.mean", s.mean(),
            "a unit comparable with " + unit());
        if (withinReferenceRange()) {
          Check.require(s.min().isPresent() && s.max().isPresent(), t, "referenceStatistics.min/max", "absent",
              "stored min and max when withinReferenceRange is true");
        }
      });
    });
  }
}
