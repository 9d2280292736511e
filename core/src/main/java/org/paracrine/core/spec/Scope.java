package org.paracrine.core.spec;

import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.paracrine.core.internal.Check;
import org.paracrine.core.vocabulary.DonorRelationship;
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
   * Returns the donor relationships in scope: the criterion applies when the donor (the lot's, else the product
   * source's) has one of them (e.g. allogeneic: 21 CFR 1271.90(a)(1) exempts autologous use). A product without a
   * donor record is in scope, so that its donor criteria report the record missing.
   *
   * @return the relationships; empty for any
   */
  public abstract List<Term<DonorRelationship>> donorRelationships();

  /**
   * Returns the first day, inclusive, of the yearly window in which the donor's recovery date must lie, as an ISO
   * month-day {@code --MM-DD} (e.g. {@code --06-01} for the WNV season of FDA's 2016 guidance). A window whose start
   * is after its end wraps over the new year. A donor without a recorded recovery date is in scope (the date is
   * needed to tell).
   *
   * @return the month-day, or empty for no seasonal restriction
   */
  public abstract Optional<String> recoveryFrom();

  /**
   * Returns the last day, inclusive, of the recovery window (see {@link #recoveryFrom()}).
   *
   * @return the month-day {@code --MM-DD}, or empty
   */
  public abstract Optional<String> recoveryTo();

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
        && yieldsTo().isEmpty() && donorRelationships().isEmpty() && recoveryFrom().isEmpty();
  }

  @Value.Check
  void check() {
    Check.require(recoveryFrom().isPresent() == recoveryTo().isPresent(), "Scope", "recoveryFrom/recoveryTo",
        recoveryFrom().orElse("none") + "/" + recoveryTo().orElse("none"), "both ends of the recovery window or none");
    monthDay(recoveryFrom(), "recoveryFrom");
    monthDay(recoveryTo(), "recoveryTo");
  }

  private static void monthDay(Optional<String> value, String member) {
    if (value.isEmpty()) {
      return;
    }
    boolean valid;
    try {
      MonthDay.parse(value.get());
      valid = true;
    } catch (DateTimeParseException e) {
      valid = false;
    }
    Check.require(valid, "Scope", member, value.get(), "an ISO month-day such as --06-01");
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
