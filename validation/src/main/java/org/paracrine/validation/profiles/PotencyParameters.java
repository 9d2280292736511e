package org.paracrine.validation.profiles;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.paracrine.core.quantity.QuantityRange;
import org.paracrine.core.report.Severity;
import org.paracrine.core.vocabulary.ProductType;
import org.paracrine.core.vocabulary.SourceMaterialType;

/**
 * Parameters of {@link PotencyProfile} (FDA, Potency Assurance for Cellular and Gene Therapy Products, draft
 * guidance, December 2023, docket FDA-2023-D-4299): which products it applies to, the acceptance criterion of the
 * potency result relative to the reference standard, and the severities.
 */
@Value.Immutable
public abstract class PotencyParameters {
  PotencyParameters() {}

  /**
   * Returns the product types that need a potency result. Potency applies to every product type where the user
   * asks for it: add conditioned medium, concentrated or lyophilised secretome here.
   *
   * @return default the EV preparations ({@link ProductType#evPreparation()})
   */
  @Value.Default
  public List<ProductType> productTypes() {
    return java.util.Arrays.stream(ProductType.values()).filter(ProductType::evPreparation)
        .collect(java.util.stream.Collectors.toUnmodifiableList());
  }

  /**
   * Returns the source material types in scope; empty for any.
   *
   * @return default cultured cells (a product made from cultured cells; clear it to include native biofluids)
   */
  @Value.Default
  public List<SourceMaterialType> sourceMaterialTypes() {
    return List.of(SourceMaterialType.CULTURED_CELLS);
  }

  /**
   * Returns the acceptance criterion of the potency relative to the reference standard (e.g. 50 % to 150 % of the
   * reference), a product-specific number the sponsor sets. Setting it asks for the comparison: every lot in scope
   * must then report its relative potency, which is judged against it.
   *
   * @return the criterion, or empty: a relative potency that is reported counts as reported, and its absence is not
   *     applicable (no acceptance criterion was asked for)
   */
  public abstract Optional<QuantityRange> relativePotencyLimit();

  /**
   * Returns the severity of a missing or non-quantitative potency result.
   *
   * @return default {@link Severity#ERROR} (a release requirement)
   */
  @Value.Default
  public Severity severity() {
    return Severity.ERROR;
  }

  /**
   * Returns the severity of a missing or failed comparison with the reference standard, once an acceptance
   * criterion is set.
   *
   * @return default {@link Severity#ERROR} (the user asked for the comparison; lower it to warn only)
   */
  @Value.Default
  public Severity referenceSeverity() {
    return Severity.ERROR;
  }

  /**
   * Returns the defaults.
   *
   * @return the defaults
   */
  public static PotencyParameters defaults() {
    return builder().build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutablePotencyParameters.Builder builder() {
    return ImmutablePotencyParameters.builder();
  }

  @Value.Check
  void check() {
    if (productTypes().isEmpty()) {
      throw new IllegalArgumentException("productTypes must name at least one product type");
    }
    relativePotencyLimit().ifPresent(l -> {
      if (!l.isComparableTo(org.paracrine.core.quantity.Quantity.of(1, "%"))) {
        throw new IllegalArgumentException("relativePotencyLimit must be a percentage of the reference standard,"
            + " was " + l.describe());
      }
    });
  }
}
