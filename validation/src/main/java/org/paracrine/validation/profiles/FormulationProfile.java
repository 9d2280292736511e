package org.paracrine.validation.profiles;

import java.util.Map;
import org.paracrine.core.quantity.QuantityRange;
import org.paracrine.core.spec.AcceptanceCriterion;
import org.paracrine.core.spec.Citation;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.core.spec.Scope;
import org.paracrine.core.spec.Selector;
import org.paracrine.core.vocabulary.QualityAttribute;
import org.paracrine.core.vocabulary.RouteCategory;
import org.paracrine.validation.internal.Sources;

/**
 * pH and osmolality of the lot, by route of administration, against the windows of {@link FormulationParameters}
 * (unconfirmed Paracrine defaults, warnings by default). A data profile: {@link #specification()} holds one
 * criterion per attribute and route category that has a window.
 *
 * <p><b>Applies</b> when at least one of the product's routes has a pH or osmolality window (specification scope
 * {@code routeCategories}); each criterion applies to its own route category and says so otherwise. <b>Product-specific
 * limits win:</b> when a user specification of the same run has a criterion on pH (or osmolality), the default window
 * does not apply ({@code Scope.yieldsTo}) and the finding names the specification that governs. The values judged
 * are the lot's {@code pH} and {@code osmolality} test results (for a lyophilisate, measured after reconstitution);
 * with several results the least favourable is reported. A censored value across the window is MISSING
 * ({@code CENSORED_INCONCLUSIVE}) and a value in a unit that cannot be converted (osmolarity in mosm/L against a
 * window in mosm/kg) is {@code UNITS_INCOMPARABLE}, as for every criterion.
 *
 * <p>Criterion ids {@code pH:<CATEGORY>} and {@code osmolality:<CATEGORY>}; code stems {@code FORMULATION.PH} and
 * {@code FORMULATION.OSMOLALITY}. Immutable and thread-safe.
 */
public final class FormulationProfile extends AbstractDataProfile<FormulationParameters> {
  /** Profile id. */
  public static final String ID = "paracrine.formulation-by-route";
  /** Profile version. */
  public static final String VERSION = "2.1.0";

  private FormulationProfile(FormulationParameters parameters) {
    super(specification(parameters), parameters);
  }

  /**
   * Creates the profile with the defaults.
   *
   * @return the profile
   */
  public static FormulationProfile withDefaults() {
    return of(FormulationParameters.defaults());
  }

  /**
   * Creates the profile.
   *
   * @param parameters the parameters
   * @return the profile
   */
  public static FormulationProfile of(FormulationParameters parameters) {
    return new FormulationProfile(parameters);
  }

  private static ReleaseSpecification specification(FormulationParameters p) {
    var spec = ReleaseSpecification.builder().id(ID).version(VERSION)
        .title("Formulation pH and osmolality by route (Paracrine defaults, unconfirmed)")
        .description("Default pH and osmolality windows by route category; a product-specific limit in a user"
            + " specification takes precedence.")
        .addSources(Sources.FORMULATION_DEFAULTS, Sources.OPHTHALMIC_TONICITY);
    var all = Scope.builder();
    for (RouteCategory c : RouteCategory.values()) {
      if (p.phWindows().containsKey(c) || p.osmolalityWindows().containsKey(c)) {
        all.addRouteCategories(c);
      }
    }
    spec.scope(all.build());
    add(spec, p, QualityAttribute.PH, "FORMULATION.PH", p.phWindows());
    add(spec, p, QualityAttribute.OSMOLALITY, "FORMULATION.OSMOLALITY", p.osmolalityWindows());
    return spec.build();
  }

  private static void add(org.paracrine.core.spec.ImmutableReleaseSpecification.Builder spec,
      FormulationParameters p, QualityAttribute attribute, String code, Map<RouteCategory, QuantityRange> windows) {
    for (RouteCategory c : RouteCategory.values()) {
      QuantityRange window = windows.get(c);
      if (window == null) {
        continue;
      }
      Citation cite = c == RouteCategory.OPHTHALMIC && attribute == QualityAttribute.OSMOLALITY
          ? Sources.OPHTHALMIC_TONICITY : Sources.FORMULATION_DEFAULTS;
      spec.addCriterion(AcceptanceCriterion.builder().id(attribute.code() + ":" + c).code(code)
          .selector(Selector.testResult(attribute)).limit(window).severity(p.severity()).source(cite)
          .scope(Scope.builder().addRouteCategories(c).addYieldsTo(attribute.term()).build())
          .description(attribute.display() + " window for " + c + " routes").build());
    }
  }
}
