package org.paracrine.examples.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.product.SecretomeProduct;
import org.paracrine.core.spec.ReleaseSpecification;

/**
 * Body of {@code POST /release-checks}: the product the lot was made to, the lot, and optional release
 * specifications (the built-in profiles always apply). Product, lot and specifications use the standard Paracrine
 * record format; the {@code kind}/{@code schemaVersion} envelope is optional inside the request.
 *
 * @param product the product
 * @param lot the lot to check
 * @param specifications user specifications, possibly empty (at most 50)
 */
public record ReleaseCheckRequest(
    @NotNull @Valid SecretomeProduct product,
    @NotNull @Valid Lot lot,
    @Size(max = 50) List<@Valid ReleaseSpecification> specifications) {

  /**
   * Replaces an absent specification list with an empty one.
   *
   * @param product the product
   * @param lot the lot
   * @param specifications the specifications, or null
   */
  public ReleaseCheckRequest {
    specifications = specifications == null ? List.of() : List.copyOf(specifications);
  }
}
