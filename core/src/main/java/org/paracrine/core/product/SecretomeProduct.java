package org.paracrine.core.product;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.paracrine.core.constraints.Identifier;
import org.paracrine.core.internal.Check;
import org.paracrine.core.process.Bioprocess;
import org.paracrine.core.source.SourceMaterial;
import org.paracrine.core.vocabulary.ProductType;
import org.paracrine.core.vocabulary.Term;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A standardised description of an MSC secretome product: what it is, where it comes from, how it is made,
 * formulated and dosed. Lots ({@code org.paracrine.core.lot.Lot}) refer to it by {@link #id()} and
 * {@link #version()}.
 *
 * <pre>{@code
 * SecretomeProduct p = SecretomeProduct.builder()
 *     .id("bm-msc-ev-iv").version("1").name("BM-MSC EV, IV")
 *     .type(Term.of(ProductType.EV_FRACTION))
 *     .source(SourceMaterial.builder().type(Term.of(SourceMaterialType.CULTURED_CELLS))
 *         .tissue(Term.of(TissueSource.BONE_MARROW)).build())
 *     .build();
 * }</pre>
 *
 * <p>Invariants: non-blank id and name; regimens have distinct routes.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSecretomeProduct.class)
@JsonDeserialize(as = ImmutableSecretomeProduct.class)
public abstract class SecretomeProduct {
  SecretomeProduct() {}

  /**
   * Returns the product identifier.
   *
   * @return the identifier
   */
  @Identifier
  public abstract String id();

  /**
   * Returns the product (description) version.
   *
   * @return the version; default {@code "1"}
   */
  @Identifier
  @Value.Default
  public String version() {
    return "1";
  }

  /**
   * Returns the product name.
   *
   * @return the name
   */
  @Size(max = 300)
  public abstract String name();

  /**
   * Returns the product type.
   *
   * @return the type
   */
  public abstract Term<ProductType> type();

  /**
   * Returns the starting material.
   *
   * @return the source
   */
  @Valid
  public abstract SourceMaterial source();

  /**
   * Returns the manufacturing process.
   *
   * @return the process, or empty if not described
   */
  public abstract Optional<@Valid Bioprocess> process();

  /**
   * Returns the formulation.
   *
   * @return the formulation, or empty
   */
  public abstract Optional<@Valid Formulation> formulation();

  /**
   * Returns the dosing regimens (one per intended route).
   *
   * @return the regimens, possibly empty
   */
  @Size(max = 50)
  public abstract List<@Valid DosingRegimen> regimens();

  /**
   * Returns a free-text description, e.g. the clinical context and the literature source.
   *
   * @return the description, or empty
   */
  public abstract Optional<@Size(max = 4000) String> description();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableSecretomeProduct.Builder builder() {
    return ImmutableSecretomeProduct.builder();
  }

  @Value.Check
  void check() {
    Check.all(() -> {
      Check.notBlank(id(), "SecretomeProduct", "id");
      Check.notBlank(version(), "SecretomeProduct", "version");
      Check.notBlank(name(), "SecretomeProduct", "name");
      Check.unique(regimens(), r -> r.route().code(), "SecretomeProduct", "regimens");
    });
  }
}
