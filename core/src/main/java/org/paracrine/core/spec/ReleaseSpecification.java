package org.paracrine.core.spec;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.paracrine.core.constraints.Identifier;
import org.paracrine.core.internal.Check;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A release specification: an identified, versioned list of acceptance criteria. Specifications are data —
 * users write their own in code or JSON — and every report records the id and version of each specification it
 * used, so a verdict can be reproduced from stored records.
 *
 * <p>Invariants: non-blank id, version and title; criterion ids unique.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReleaseSpecification.class)
@JsonDeserialize(as = ImmutableReleaseSpecification.class)
public abstract class ReleaseSpecification {
  ReleaseSpecification() {}

  /**
   * Returns the specification id.
   *
   * @return the id
   */
  @Identifier
  public abstract String id();

  /**
   * Returns the specification version.
   *
   * @return the version
   */
  @Identifier
  public abstract String version();

  /**
   * Returns the title.
   *
   * @return the title
   */
  @Size(max = 300)
  public abstract String title();

  /**
   * Returns a description.
   *
   * @return the description, or empty
   */
  public abstract Optional<String> description();

  /**
   * Returns the ids of the products this specification applies to.
   *
   * @return product ids; empty means the specification applies to any product
   */
  public abstract List<String> products();

  /**
   * Tells whether this specification applies to a product.
   *
   * @param productId the product id
   * @return true if {@link #products()} is empty or contains the id
   */
  public boolean appliesTo(String productId) {
    return products().isEmpty() || products().contains(productId);
  }

  /**
   * Returns where the whole specification applies (product types, source materials, tissues, route categories,
   * guideline versions). Out of scope, the specification gives one {@code PROFILE.NOT_APPLICABLE} finding with the
   * reason instead of its criteria.
   *
   * @return the scope, or empty for everywhere
   */
  public abstract Optional<Scope> scope();

  /**
   * Returns the sources the specification's criteria and parameters come from.
   *
   * @return the citations, possibly empty
   */
  public abstract List<Citation> sources();

  /**
   * Returns the criteria.
   *
   * @return the criteria, possibly empty
   */
  @Size(max = 1000)
  public abstract List<@Valid AcceptanceCriterion> criteria();

  /**
   * Returns a criterion by id.
   *
   * @param id the criterion id
   * @return the criterion, or empty
   */
  public Optional<AcceptanceCriterion> criterion(String id) {
    return criteria().stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableReleaseSpecification.Builder builder() {
    return ImmutableReleaseSpecification.builder();
  }

  @Value.Check
  void check() {
    Check.all(() -> {
      Check.notBlank(id(), "ReleaseSpecification", "id");
      Check.notBlank(version(), "ReleaseSpecification", "version");
      Check.notBlank(title(), "ReleaseSpecification", "title");
      Check.unique(criteria(), AcceptanceCriterion::id, "ReleaseSpecification", "criteria");
    });
  }
}
