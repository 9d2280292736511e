package org.paracrine.validation.profiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.paracrine.core.assay.Measurement;
import org.paracrine.core.assay.TestResult;
import org.paracrine.core.ev.EvCharacterisation;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.product.Dose;
import org.paracrine.core.product.DosingRegimen;
import org.paracrine.core.quantity.DoseCalculator;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.quantity.QuantityRange;
import org.paracrine.core.report.Finding;
import org.paracrine.core.report.ImmutableFinding;
import org.paracrine.core.report.JsonPointer;
import org.paracrine.core.report.Outcome;
import org.paracrine.core.report.Severity;
import org.paracrine.core.spec.Citation;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.core.vocabulary.DoseBasis;
import org.paracrine.core.vocabulary.QualitativeOutcome;
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
 * Compendial safety release tests: sterility (USP &lt;71&gt; / Ph. Eur. 2.6.1: no growth), mycoplasma (Ph. Eur.
 * 2.6.7: negative) and bacterial endotoxins (USP &lt;85&gt;: limit = K/M from route, maximum dose and body mass).
 *
 * <p><b>Applies</b> to every product.
 *
 * <p><b>Sterility and mycoplasma.</b> Every lot result of the attribute is judged; the least favourable is reported
 * (a passing retest never hides a failure). A negative outcome (no growth, negative, not detected) or "conforms"
 * passes; a positive outcome (growth, positive, detected) or "does not conform" fails; an indeterminate or invalid
 * test counts as missing.
 *
 * <p><b>Endotoxin</b>, one finding per dosing regimen. K comes from the route category
 * ({@link CompendialSafetyParameters#thresholdPyrogenicDose()}). A route without a compendial K (ophthalmic,
 * inhalation, nasal, topical, ...) never passes silently and never borrows the intravenous K: when a user
 * specification of the same run has an endotoxin criterion, that product-specific limit applies and this profile
 * says so ({@code COMPENDIAL.ENDOTOXIN.PRODUCT_SPECIFIC_LIMIT}); otherwise the lot is incomplete
 * ({@code COMPENDIAL.ENDOTOXIN.LIMIT_REQUIRED}). The dose volume V is the dose itself for a volume dose, else the
 * regimen's delivered volume, else derived from the lot's measured concentration (particle, protein or lipid
 * dose ÷ concentration, {@link DoseCalculator}); if none is possible the finding says why
 * ({@code COMPENDIAL.ENDOTOXIN.DOSE_VOLUME_UNKNOWN}). Body mass is the regimen's reference body mass, else
 * {@link CompendialSafetyParameters#defaultBodyMass()}. The limit applies to the product as released (a
 * lyophilisate: as reconstituted); dilution before administration does not change it (see
 * {@link EndotoxinLimit}). The comparison is {@code ≤ K/M} ("not more than").
 *
 * <p>Immutable and thread-safe.
 */
public final class CompendialSafetyProfile extends AbstractReleaseProfile<CompendialSafetyParameters> {
  /** Profile id. */
  public static final String ID = "paracrine.compendial-safety";
  /** Profile version. */
  public static final String VERSION = "1.0.0";

  private CompendialSafetyProfile(CompendialSafetyParameters parameters) {
    super(ID, VERSION, "Compendial safety: sterility (USP <71>), mycoplasma (Ph. Eur. 2.6.7), endotoxins (USP <85>)",
        List.of(Sources.FDA_ENDOTOXIN_QA_2012, Sources.PH_EUR_267, Sources.USP_71, Sources.USP_85), parameters);
  }

  /**
   * Creates the profile with the compendial defaults.
   *
   * @return the profile
   */
  public static CompendialSafetyProfile withDefaults() {
    return of(CompendialSafetyParameters.defaults());
  }

  /**
   * Creates the profile.
   *
   * @param parameters the parameters
   * @return the profile
   */
  public static CompendialSafetyProfile of(CompendialSafetyParameters parameters) {
    return new CompendialSafetyProfile(parameters);
  }

  @Override
  public Optional<String> notApplicable(ReleaseContext context) {
    return Optional.empty();
  }

  @Override
  public List<Finding> evaluate(ReleaseContext context) {
    FindingFactory f = new FindingFactory(ref());
    List<Finding> out = new ArrayList<>();
    if (parameters.requireSterility()) {
      out.add(qualitative(f, context.lot(), QualityAttribute.STERILITY, Sources.USP_71,
          FindingCode.COMPENDIAL_STERILITY_PASS, FindingCode.COMPENDIAL_STERILITY_FAIL,
          FindingCode.COMPENDIAL_STERILITY_MISSING, "no growth"));
    }
    if (parameters.requireMycoplasma()) {
      out.add(qualitative(f, context.lot(), QualityAttribute.MYCOPLASMA, Sources.PH_EUR_267,
          FindingCode.COMPENDIAL_MYCOPLASMA_PASS, FindingCode.COMPENDIAL_MYCOPLASMA_FAIL,
          FindingCode.COMPENDIAL_MYCOPLASMA_MISSING, "negative"));
    }
    if (parameters.requireEndotoxin()) {
      out.addAll(endotoxin(f, context));
    }
    return out;
  }

  private static Finding qualitative(FindingFactory f, Lot lot, QualityAttribute attribute, Citation source,
      FindingCode pass, FindingCode fail, FindingCode missing, String expected) {
    List<Finding> candidates = new ArrayList<>();
    for (int i = 0; i < lot.testResults().size(); i++) {
      TestResult r = lot.testResults().get(i);
      if (!r.attribute().is(attribute)) {
        continue;
      }
      String path = JsonPointer.of("lot", "testResults", i, "outcome");
      if (r.outcome().isEmpty()) {
        candidates.add(f.start(missing, Outcome.MISSING, Severity.ERROR, path, source, "no outcome").criterionId(attribute.code())
            .expected(expected).build());
        continue;
      }
      Optional<QualitativeOutcome> o = r.outcome().get().known();
      boolean ok = o.map(x -> x.negative() || x == QualitativeOutcome.CONFORMS).orElse(false);
      boolean bad = o.map(x -> x.positive() || x == QualitativeOutcome.DOES_NOT_CONFORM).orElse(false);
      FindingCode code = ok ? pass : bad ? fail : missing;
      candidates.add(f.start(code, ok ? Outcome.PASS : bad ? Outcome.FAIL : Outcome.MISSING, Severity.ERROR, path,
              source, r.outcome().get())
          .criterionId(attribute.code()).observed(r.outcome().get().toString()).expected(expected).build());
    }
    if (candidates.isEmpty()) {
      return f.start(missing, Outcome.MISSING, Severity.ERROR, JsonPointer.of("lot", "testResults"), source,
          "no result")
          .criterionId(attribute.code()).expected(expected).build();
    }
    return Worst.of(candidates);
  }

  private List<Finding> endotoxin(FindingFactory f, ReleaseContext context) {
    List<DosingRegimen> regimens = context.product().regimens();
    if (regimens.isEmpty()) {
      return List.of(f.start(FindingCode.COMPENDIAL_ENDOTOXIN_NO_REGIMEN, Outcome.MISSING, Severity.ERROR,
          JsonPointer.of("product", "regimens"), Sources.USP_85).criterionId("endotoxin").build());
    }
    List<Finding> out = new ArrayList<>();
    for (int r = 0; r < regimens.size(); r++) {
      out.add(endotoxin(f, context, regimens.get(r), r));
    }
    return out;
  }

  private Finding endotoxin(FindingFactory f, ReleaseContext context, DosingRegimen regimen, int r) {
    String route = regimen.route().code();
    String criterion = "endotoxin:" + route;
    Optional<RouteCategory> category = regimen.route().known().map(RouteOfAdministration::category);
    Optional<Quantity> k = category.map(c -> parameters.thresholdPyrogenicDose().get(c));
    if (k.isEmpty()) {
      String routePath = JsonPointer.of("product", "regimens", r, "route");
      String categoryText = category.map(Object::toString).orElse("unknown");
      List<ReleaseSpecification> specs = context.specificationsCovering(QualityAttribute.ENDOTOXIN);
      if (!specs.isEmpty()) {
        String names = specs.stream().map(s -> s.id() + "@" + s.version()).collect(Collectors.joining(", "));
        return f.start(FindingCode.COMPENDIAL_ENDOTOXIN_PRODUCT_SPECIFIC_LIMIT, Outcome.NOT_APPLICABLE,
                Severity.INFO, routePath, Sources.FDA_ENDOTOXIN_QA_2012, route, categoryText, names)
            .criterionId(criterion).expected("the product-specific endotoxin limit of " + names).build();
      }
      return f.start(FindingCode.COMPENDIAL_ENDOTOXIN_LIMIT_REQUIRED, Outcome.MISSING, Severity.ERROR, routePath,
              Sources.FDA_ENDOTOXIN_QA_2012, route, categoryText)
          .criterionId(criterion).observed(route)
          .expected("a justified product-specific endotoxin limit in a release specification").build();
    }
    Quantity bodyMass = regimen.referenceBodyMass().orElse(parameters.defaultBodyMass());
    String bodyMassNote = bodyMass + (regimen.referenceBodyMass().isPresent() ? " (regimen)" : " (default)");
    DoseVolume volume = doseVolume(regimen, bodyMass, context.lot());
    if (volume.reason != null) {
      return f.start(FindingCode.COMPENDIAL_ENDOTOXIN_DOSE_VOLUME_UNKNOWN, Outcome.MISSING, Severity.ERROR,
              JsonPointer.of("product", "regimens", r, "dose"), Sources.USP_85, route, volume.reason)
          .criterionId(criterion).expected("a dose volume: a volume dose, a delivered volume, or a measured"
              + " concentration matching the dose basis").build();
    }
    Quantity limit;
    Quantity m;
    if (volume.perKg != null) {
      limit = EndotoxinLimit.perMillilitre(k.get(), volume.perKg, regimen.infusionDuration());
      m = EndotoxinLimit.maximumDosePerKg(Quantity.of(volume.perKg.to("mL/kg").value(), "mL"), Quantity.of(1, "kg"),
          regimen.infusionDuration());
    } else {
      limit = EndotoxinLimit.perMillilitre(k.get(), volume.total, bodyMass, regimen.infusionDuration());
      m = EndotoxinLimit.maximumDosePerKg(volume.total, bodyMass, regimen.infusionDuration());
    }
    QuantityRange range = QuantityRange.atMost(limit);
    String derivation = "K = " + k.get() + ", M = " + m + (regimen.infusionDuration().isPresent()
        ? " per hour (infusion over " + regimen.infusionDuration().get() + ")" : " (bolus)")
        + ", dose volume " + volume.describe() + ", body mass " + bodyMassNote;
    List<Finding> candidates = new ArrayList<>();
    List<TestResult> results = context.lot().testResults();
    for (int i = 0; i < results.size(); i++) {
      TestResult t = results.get(i);
      if (!t.attribute().is(QualityAttribute.ENDOTOXIN) || t.value().isEmpty()) {
        continue;
      }
      candidates.add(compare(f, t, JsonPointer.of("lot", "testResults", i, "value"), range, route, derivation,
          criterion));
    }
    if (candidates.isEmpty()) {
      return f.start(FindingCode.COMPENDIAL_ENDOTOXIN_MISSING, Outcome.MISSING, Severity.ERROR,
              JsonPointer.of("lot", "testResults"), Sources.USP_85, route, range.describe(), derivation)
          .criterionId(criterion).limit(range).expected(range.describe()).build();
    }
    return Worst.of(candidates);
  }

  private static Finding compare(FindingFactory f, TestResult t, String path, QuantityRange range, String route,
      String derivation, String criterion) {
    Quantity value = t.value().get();
    Comparison c = Comparison.of(value, t.censoring(), range, Optional.empty());
    String observed = t.censoring().map(x -> x + " " + value).orElse(value.toString());
    ImmutableFinding.Builder b;
    switch (c.kind()) {
      case PASS:
        b = f.start(FindingCode.COMPENDIAL_ENDOTOXIN_PASS, Outcome.PASS, Severity.ERROR, path, Sources.USP_85, route,
            observed, range.describe(), derivation);
        break;
      case FAIL:
        b = f.start(FindingCode.COMPENDIAL_ENDOTOXIN_ABOVE_LIMIT, Outcome.FAIL, Severity.ERROR, path, Sources.USP_85,
            route, observed, range.describe(), derivation);
        break;
      case INCONCLUSIVE:
        b = f.start(FindingCode.COMPENDIAL_ENDOTOXIN_CENSORED_INCONCLUSIVE, Outcome.MISSING, Severity.ERROR, path,
            Sources.USP_85, route, observed, range.describe());
        break;
      default:
        b = f.start(FindingCode.COMPENDIAL_ENDOTOXIN_UNITS_INCOMPARABLE, Outcome.FAIL, Severity.ERROR, path,
            Sources.USP_85, value.unit(), range.unit());
        break;
    }
    b.criterionId(criterion).observed(observed).observedQuantity(value).limit(range)
        .expected(range.describe() + " (" + derivation + ")");
    if (c.converted() != null) {
      b.convertedQuantity(c.converted());
    }
    if (c.band() != null) {
      b.band(c.band());
    }
    return b.build();
  }

  /** Either a dose volume (total, or per kg) or the reason it cannot be derived. */
  private static final class DoseVolume {
    final Quantity total;
    final Quantity perKg;
    final String reason;
    final String note;

    DoseVolume(Quantity total, Quantity perKg, String reason, String note) {
      this.total = total;
      this.perKg = perKg;
      this.reason = reason;
      this.note = note;
    }

    String describe() {
      return (total != null ? total.toString() : perKg.toString()) + " " + note;
    }
  }

  private static DoseVolume doseVolume(DosingRegimen regimen, Quantity bodyMass, Lot lot) {
    Dose dose = regimen.dose();
    Optional<DoseBasis> basis = dose.basis().known();
    if (basis.isPresent() && basis.get() == DoseBasis.VOLUME) {
      return dose.perBodyMass() ? new DoseVolume(null, dose.amount(), null, "(volume per kg dose)")
          : new DoseVolume(dose.amount(), null, null, "(volume dose)");
    }
    if (regimen.deliveredVolume().isPresent()) {
      return new DoseVolume(regimen.deliveredVolume().get(), null, null, "(delivered volume)");
    }
    if (basis.isEmpty()) {
      return new DoseVolume(null, null, "the dose basis " + dose.basis() + " is not known to this version", null);
    }
    Optional<Quantity> concentration = concentration(basis.get(), lot);
    if (concentration.isEmpty()) {
      return new DoseVolume(null, null, "the dose is given as " + basis.get().code() + ", the regimen states no"
          + " delivered volume and the lot has no matching measured concentration", null);
    }
    try {
      Quantity total = dose.perBodyMass() ? DoseCalculator.forBodyMass(dose.amount(), bodyMass) : dose.amount();
      Quantity v = DoseCalculator.volumeFor(total, concentration.get());
      if (v.value().signum() <= 0) {
        return new DoseVolume(null, null, "the derived dose volume is not positive", null);
      }
      return new DoseVolume(v.stripTrailingZeros(), null, null,
          "(derived: " + dose.amount() + " / " + concentration.get() + ")");
    } catch (IllegalArgumentException e) {
      return new DoseVolume(null, null, "the dose " + dose.amount() + " cannot be divided by the measured"
          + " concentration " + concentration.get() + ": " + e.getMessage(), null);
    }
  }

  private static Optional<Quantity> concentration(DoseBasis basis, Lot lot) {
    Optional<EvCharacterisation> ev = lot.evCharacterisation();
    switch (basis) {
      case PARTICLES:
        return ev.flatMap(EvCharacterisation::particleConcentration).map(Measurement::value);
      case PROTEIN:
        return ev.flatMap(EvCharacterisation::proteinConcentration).map(Measurement::value)
            .or(() -> lot.results(QualityAttribute.TOTAL_PROTEIN).stream()
                .flatMap(t -> t.value().stream()).filter(q -> q.isConvertibleTo("ug/mL")).findFirst());
      case LIPID:
        return ev.flatMap(EvCharacterisation::lipidConcentration).map(Measurement::value);
      default:
        return Optional.empty();
    }
  }
}
