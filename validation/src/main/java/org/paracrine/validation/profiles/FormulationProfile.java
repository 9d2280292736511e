package org.paracrine.validation.profiles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.paracrine.core.assay.TestResult;
import org.paracrine.core.product.DosingRegimen;
import org.paracrine.core.quantity.QuantityRange;
import org.paracrine.core.report.Finding;
import org.paracrine.core.report.ImmutableFinding;
import org.paracrine.core.report.JsonPointer;
import org.paracrine.core.report.Outcome;
import org.paracrine.core.report.Severity;
import org.paracrine.core.spec.Citation;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.core.vocabulary.QualityAttribute;
import org.paracrine.core.vocabulary.RouteCategory;
import org.paracrine.core.vocabulary.RouteOfAdministration;
import org.paracrine.validation.FindingCode;
import org.paracrine.validation.ReleaseContext;
import org.paracrine.validation.ReleaseProfile;
import org.paracrine.validation.internal.Comparison;
import org.paracrine.validation.internal.FindingFactory;
import org.paracrine.validation.internal.Sources;
import org.paracrine.validation.internal.Worst;

/**
 * pH and osmolality of the lot, by route of administration, against the windows of {@link FormulationParameters}
 * (unconfirmed Paracrine defaults, warnings by default).
 *
 * <p><b>Applies</b> when at least one of the product's routes has a pH or osmolality window. <b>Product-specific
 * limits win:</b> when a user specification of the same run has a criterion on pH (or osmolality), this profile
 * does not apply its default window for that attribute and reports that the specification's limit governs. The
 * values judged are the lot's {@code pH} and {@code osmolality} test results (for a lyophilisate, measured after
 * reconstitution); the product's nominal values are not release results. One finding per attribute and route
 * category; with several results the least favourable is reported. Immutable and thread-safe.
 */
public final class FormulationProfile extends AbstractReleaseProfile<FormulationParameters> {
  /** Profile id. */
  public static final String ID = "paracrine.formulation-by-route";
  /** Profile version. */
  public static final String VERSION = "1.0.0";

  private FormulationProfile(FormulationParameters parameters) {
    super(ID, VERSION, "Formulation pH and osmolality by route (Paracrine defaults, unconfirmed)",
        List.of(Sources.FORMULATION_DEFAULTS, Sources.OPHTHALMIC_TONICITY), parameters);
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

  @Override
  public Optional<String> notApplicable(ReleaseContext context) {
    if (!windows(context, parameters.phWindows()).isEmpty()
        || !windows(context, parameters.osmolalityWindows()).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("no pH or osmolality window is configured for the routes "
        + context.product().regimens().stream().map(r -> r.route().code()).collect(Collectors.toList()));
  }

  @Override
  public List<Finding> evaluate(ReleaseContext context) {
    FindingFactory f = new FindingFactory(ref());
    List<Finding> out = new ArrayList<>();
    out.addAll(attribute(f, context, QualityAttribute.PH, parameters.phWindows(), FindingCode.FORMULATION_PH_PASS,
        FindingCode.FORMULATION_PH_OUT_OF_WINDOW, FindingCode.FORMULATION_PH_MISSING,
        FindingCode.FORMULATION_PH_PRODUCT_SPECIFIC_LIMIT));
    out.addAll(attribute(f, context, QualityAttribute.OSMOLALITY, parameters.osmolalityWindows(),
        FindingCode.FORMULATION_OSMOLALITY_PASS, FindingCode.FORMULATION_OSMOLALITY_OUT_OF_WINDOW,
        FindingCode.FORMULATION_OSMOLALITY_MISSING, FindingCode.FORMULATION_OSMOLALITY_PRODUCT_SPECIFIC_LIMIT));
    return out;
  }

  private static Map<RouteCategory, Integer> windows(ReleaseContext context,
      Map<RouteCategory, QuantityRange> windows) {
    Map<RouteCategory, Integer> categories = new LinkedHashMap<>();
    List<DosingRegimen> regimens = context.product().regimens();
    for (int i = 0; i < regimens.size(); i++) {
      Optional<RouteCategory> c = regimens.get(i).route().known().map(RouteOfAdministration::category);
      if (c.isPresent() && windows.containsKey(c.get())) {
        categories.putIfAbsent(c.get(), i);
      }
    }
    return categories;
  }

  private List<Finding> attribute(FindingFactory f, ReleaseContext context, QualityAttribute attribute,
      Map<RouteCategory, QuantityRange> windows, FindingCode pass, FindingCode out, FindingCode missing,
      FindingCode productSpecific) {
    Map<RouteCategory, Integer> categories = windows(context, windows);
    if (categories.isEmpty()) {
      return List.of();
    }
    Citation source = Sources.FORMULATION_DEFAULTS;
    List<ReleaseSpecification> specs = context.specificationsCovering(attribute);
    if (!specs.isEmpty()) {
      String names = specs.stream().map(s -> s.id() + "@" + s.version()).collect(Collectors.joining(", "));
      return List.of(f.start(productSpecific, Outcome.NOT_APPLICABLE, Severity.INFO,
          JsonPointer.of("lot", "testResults"), source, names).criterionId(attribute.code()).build());
    }
    Severity sev = parameters.severity();
    List<Finding> findings = new ArrayList<>();
    for (Map.Entry<RouteCategory, Integer> e : categories.entrySet()) {
      QuantityRange window = windows.get(e.getKey());
      Citation cite = e.getKey() == RouteCategory.OPHTHALMIC && attribute == QualityAttribute.OSMOLALITY
          ? Sources.OPHTHALMIC_TONICITY : source;
      String criterion = attribute.code() + ":" + e.getKey();
      List<Finding> candidates = new ArrayList<>();
      List<TestResult> results = context.lot().testResults();
      for (int i = 0; i < results.size(); i++) {
        TestResult r = results.get(i);
        if (!r.attribute().is(attribute) || r.value().isEmpty()) {
          continue;
        }
        Comparison c = Comparison.of(r.value().get(), r.censoring(), window, Optional.empty());
        boolean ok = c.kind() == Comparison.Kind.PASS;
        ImmutableFinding.Builder b = f.start(ok ? pass : out, ok ? Outcome.PASS : Outcome.FAIL, sev,
                JsonPointer.of("lot", "testResults", i, "value"), cite, r.value().get(), window.describe(),
                e.getKey())
            .criterionId(criterion).observed(r.value().get().toString()).observedQuantity(r.value().get())
            .limit(window).expected(window.describe());
        if (c.converted() != null) {
          b.convertedQuantity(c.converted());
        }
        if (c.band() != null) {
          b.band(c.band());
        }
        candidates.add(b.build());
      }
      if (candidates.isEmpty()) {
        findings.add(f.start(missing, Outcome.MISSING, sev, JsonPointer.of("lot", "testResults"), cite,
            window.describe(), e.getKey()).criterionId(criterion).limit(window).expected(window.describe()).build());
      } else {
        findings.add(Worst.of(candidates));
      }
    }
    return findings;
  }
}
