package org.paracrine.spring;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.product.SecretomeProduct;
import org.paracrine.core.spec.ReleaseSpecification;

/**
 * Body of a release-check request: the product the lot was made to, the lot, and optional release specifications
 * that apply to this request only (the checker's own profiles and specifications always apply).
 *
 * <p>On the wire it is one JSON object with the members {@code product}, {@code lot} and optionally
 * {@code specifications}; each holds a document of the Paracrine record format, whose {@code kind}/
 * {@code schemaVersion} envelope may be left out. {@link ParacrineHttpMessageConverter} reads it strictly and
 * within {@link RequestLimits}.
 *
 * @param product the product, never null
 * @param lot the lot to check, never null
 * @param specifications request specifications, possibly empty, never null
 */
public record ReleaseCheckRequest(
    @NotNull @Valid SecretomeProduct product,
    @NotNull @Valid Lot lot,
    @NotNull List<@Valid ReleaseSpecification> specifications) {

  /**
   * Checks and copies the components.
   *
   * @param product the product
   * @param lot the lot
   * @param specifications the specifications, or null for none
   * @throws NullPointerException if product or lot is null
   */
  public ReleaseCheckRequest {
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(lot, "lot");
    specifications = specifications == null ? List.of() : List.copyOf(specifications);
  }
}
