package org.paracrine.validation.internal.engine;

import java.util.Optional;
import org.paracrine.core.product.DosingRegimen;
import org.paracrine.core.product.SecretomeProduct;
import org.paracrine.core.spec.Scope;
import org.paracrine.core.vocabulary.RouteOfAdministration;
import org.paracrine.validation.ReleaseContext;

/** Decides whether a {@link Scope} holds for a product and lot, and says why not. */
public final class Scopes {
  private Scopes() {}

  /**
   * Tells why a scope does not hold.
   *
   * @param scope the scope
   * @param context the product and lot
   * @return the reason, or empty when the scope holds
   */
  public static Optional<String> whyNot(Scope scope, ReleaseContext context) {
    return whyNot(scope, context, null);
  }

  /**
   * Tells why a scope does not hold, where a {@code yieldsTo} limit never yields to the specification that holds
   * it (a built-in profile copied and given as a user specification keeps its own default limits).
   *
   * @param scope the scope
   * @param context the product and lot
   * @param owner the id of the specification holding the scope, or null
   * @return the reason, or empty when the scope holds
   */
  public static Optional<String> whyNot(Scope scope, ReleaseContext context, String owner) {
    SecretomeProduct p = context.product();
    if (!scope.productTypes().isEmpty() && !scope.productTypes().contains(p.type())) {
      return Optional.of("product type " + p.type() + " is not one of " + scope.productTypes());
    }
    if (!scope.sourceMaterialTypes().isEmpty() && !scope.sourceMaterialTypes().contains(p.source().type())) {
      return Optional.of("source material " + p.source().type() + " is not one of " + scope.sourceMaterialTypes());
    }
    if (!scope.tissues().isEmpty() && (p.source().tissue().isEmpty()
        || !scope.tissues().contains(p.source().tissue().get()))) {
      return Optional.of("source tissue " + p.source().tissue().map(Object::toString).orElse("(not stated)")
          + " is not one of " + scope.tissues());
    }
    if (!scope.routeCategories().isEmpty()) {
      boolean any = false;
      for (DosingRegimen r : p.regimens()) {
        if (r.route().known().map(RouteOfAdministration::category).map(scope.routeCategories()::contains)
            .orElse(false)) {
          any = true;
          break;
        }
      }
      if (!any) {
        return Optional.of("no route of the product is in the categories " + scope.routeCategories());
      }
    }
    if (!scope.guidelineVersions().isEmpty()) {
      Optional<String> version = context.lot().evCharacterisation().map(e -> e.guidelineVersion().code());
      if (version.isEmpty()) {
        return Optional.of("the lot has no EV characterisation, so no guideline version among "
            + scope.guidelineVersions());
      }
      if (context.lot().evCharacterisation().map(e -> !scope.guidelineVersions().contains(e.guidelineVersion()))
          .orElse(true)) {
        return Optional.of("the EV characterisation follows " + version.get() + ", not one of "
            + scope.guidelineVersions());
      }
    }
    if (!scope.conditioningSupplements().isEmpty()) {
      Optional<org.paracrine.core.vocabulary.Term<org.paracrine.core.vocabulary.SupplementType>> supplement =
          p.process().flatMap(b -> b.conditioning()).flatMap(c -> c.supplement());
      if (supplement.isEmpty() || !scope.conditioningSupplements().contains(supplement.get())) {
        return Optional.of("the conditioning supplement " + supplement.map(Object::toString).orElse("(not stated)")
            + " is not one of " + scope.conditioningSupplements());
      }
    }
    if (!scope.donorRelationships().isEmpty() || scope.recoveryFrom().isPresent()) {
      Optional<org.paracrine.core.source.Donor> donor = context.lot().donor().or(() -> p.source().donor());
      if (donor.isPresent() && !scope.donorRelationships().isEmpty()
          && !scope.donorRelationships().contains(donor.get().relationship())) {
        return Optional.of("the donor relationship " + donor.get().relationship() + " is not one of "
            + scope.donorRelationships());
      }
      if (donor.isPresent() && scope.recoveryFrom().isPresent() && donor.get().recoveryDate().isPresent()) {
        java.time.MonthDay from = monthDay(scope.recoveryFrom().get());
        java.time.MonthDay to = monthDay(scope.recoveryTo().get());
        java.time.MonthDay day = java.time.MonthDay.from(donor.get().recoveryDate().get());
        boolean inside = from.isAfter(to) ? !day.isBefore(from) || !day.isAfter(to)
            : !day.isBefore(from) && !day.isAfter(to);
        if (!inside) {
          return Optional.of("recovery on " + donor.get().recoveryDate().get() + " is outside the window "
              + scope.recoveryFrom().get() + " to " + scope.recoveryTo().get());
        }
      }
    }
    for (org.paracrine.core.vocabulary.Term<org.paracrine.core.vocabulary.QualityAttribute> a : scope.yieldsTo()) {
      java.util.List<org.paracrine.core.spec.ReleaseSpecification> specs = a.known()
          .map(context::specificationsCovering).orElse(java.util.List.of());
      if (owner != null) {
        specs = specs.stream().filter(x -> !x.id().equals(owner)).collect(java.util.stream.Collectors.toList());
      }
      if (!specs.isEmpty()) {
        return Optional.of("the product-specific " + a.code() + " limit of " + specs.stream()
            .map(s -> s.id() + "@" + s.version()).collect(java.util.stream.Collectors.joining(", ")) + " governs");
      }
    }
    return Optional.empty();
  }

  /**
   * A month and day written {@code --MM-DD}, read without a {@code DateTimeFormatter} (a scope is checked for each
   * lot, and the formatter's parse cost more than the rest of the scope check); any other text is parsed by
   * {@link java.time.MonthDay#parse}, which gives the same value or the same exception.
   */
  static java.time.MonthDay monthDay(String text) {
    if (text.length() == 7 && text.charAt(0) == '-' && text.charAt(1) == '-' && text.charAt(4) == '-') {
      int month = twoDigits(text, 2);
      int day = twoDigits(text, 5);
      if (month >= 1 && month <= 12 && day >= 1 && day <= java.time.Month.of(month).maxLength()) {
        return java.time.MonthDay.of(month, day);
      }
    }
    return java.time.MonthDay.parse(text);
  }

  private static int twoDigits(String s, int at) {
    char a = s.charAt(at);
    char b = s.charAt(at + 1);
    return a >= '0' && a <= '9' && b >= '0' && b <= '9' ? (a - '0') * 10 + (b - '0') : -1;
  }
}
