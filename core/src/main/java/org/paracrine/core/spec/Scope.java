package org.paracrine.core.spec;

import java.util.List;
import org.immutables.value.Value;
import org.paracrine.core.vocabulary.GuidelineVersion;
import org.paracrine.core.vocabulary.ProductType;
import org.paracrine.core.vocabulary.QualityAttribute;
import org.paracrine.core.vocabulary.RouteCategory;
import org.paracrine.core.vocabulary.SourceMaterialType;
import org.paracrine.core.vocabulary.SupplementType;
import org.paracrine.core.vocabulary.Term;
import org.paracrine.core.vocabulary.TissueSource;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Where a criterion or a whole specification applies: product types, source material types, source tissues, route
 * categories of the product's regimens, the supplement of the conditioning step, and the EV guideline version the lot's characterisation follows. Every
 * non-empty list must match (a product of another type is out of scope); an empty list places no restriction. A
 * criterion out of scope gives one NOT_APPLICABLE finding that says which condition did not hold.
 *
 * <p>Route categories match when any regimen of the product has a route of that category; the guideline version
 * matches the lot's {@code evCharacterisation.guidelineVersion} (a lot without an EV characterisation does not
 * match a guideline scope).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScope.class)
@JsonDeserialize(as = ImmutableScope.class)
public abstract class Scope {
  Scope() {}

  /**
   * Returns the product types in scope.
   *
   * @return the types; empty for any
   */
  public abstract List<Term<ProductType>> productTypes();

  /**
   * Returns the source material types in scope.
   *
   * @return the types; empty for any
   */
  public abstract List<Term<SourceMaterialType>> sourceMaterialTypes();

  /**
   * Returns the source tissues in scope.
   *
   * @return the tissues; empty for any
   */
  public abstract List<Term<TissueSource>> tissues();

  /**
   * Returns the route categories in scope (any regimen's route).
   *
   * @return the categories; empty for any
   */
  public abstract List<RouteCategory> routeCategories();

  /**
   * Returns the EV guideline versions in scope.
   *
   * @return the versions; empty for any
   */
  public abstract List<Term<GuidelineVersion>> guidelineVersions();

  /**
   * Returns the supplements of the conditioning step in scope: the criterion applies when the product's conditioning
   * step ({@code /product/process/conditioning/supplement}) uses one of them (e.g. the animal sera, whose use calls
   * for an EV-depletion method and a residual-serum test).
   *
   * @return the supplements; empty for any
   */
  public abstract List<Term<SupplementType>> conditioningSupplements();

  /**
   * Returns the attributes for which a product-specific limit takes precedence: when a user specification of the
   * same check has a criterion on one of them, this criterion does not apply and says which specification governs.
   * Built-in default windows use it (a pH window yields to the product's own pH limit).
   *
   * @return the attributes; empty for none
   */
  public abstract List<Term<QualityAttribute>> yieldsTo();

  /**
   * Tells whether the scope places no restriction.
   *
   * @return true when every list is empty
   */
  public boolean restrictsNothing() {
    return productTypes().isEmpty() && sourceMaterialTypes().isEmpty() && tissues().isEmpty()
        && routeCategories().isEmpty() && guidelineVersions().isEmpty() && conditioningSupplements().isEmpty()
        && yieldsTo().isEmpty();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableScope.Builder builder() {
    return ImmutableScope.builder();
  }
}
