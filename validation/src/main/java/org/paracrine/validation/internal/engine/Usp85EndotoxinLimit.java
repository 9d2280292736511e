package org.paracrine.validation.internal.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.paracrine.core.assay.Measurement;
import org.paracrine.core.ev.EvCharacterisation;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.product.Dose;
import org.paracrine.core.product.DosingRegimen;
import org.paracrine.core.quantity.DoseCalculator;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.quantity.QuantityRange;
import org.paracrine.core.report.JsonPointer;
import org.paracrine.core.report.Outcome;
import org.paracrine.core.spec.ComputedLimit;
import org.paracrine.core.spec.LimitParameter;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.core.vocabulary.DoseBasis;
import org.paracrine.core.vocabulary.QualityAttribute;
import org.paracrine.core.vocabulary.RouteCategory;
import org.paracrine.core.vocabulary.RouteOfAdministration;
import org.paracrine.validation.ComputedRange;
import org.paracrine.validation.FindingCode;
import org.paracrine.validation.LimitFunction;
import org.paracrine.validation.ReleaseContext;
import org.paracrine.validation.internal.EndotoxinUnits;
import org.paracrine.validation.internal.Messages;
import org.paracrine.validation.internal.Sources;
import org.paracrine.validation.profiles.EndotoxinLimit;

/**
 * USP &lt;85&gt; bacterial-endotoxin limit K/M ({@code "usp85-endotoxin"}), one limit per dosing regimen of the
 * product.
 *
 * <p>Parameters: {@code k.<route category>} (K in {@code [IU]/kg} for a route category, e.g. {@code k.parenteral} =
 * 5, {@code k.intrathecal} = 0.2; a category without K has no compendial limit); {@code body-mass}, a body mass the
 * user sets for regimens that state none ({@code default-body-mass} is read as the same parameter, the name of
 * version-1 documents); and for products dosed per square metre of body surface area {@code k.per-m2},
 * {@code bsa.reference-area} and {@code bsa.reference-body-mass} (default the chapter's 2.5 [IU]/kg, 1.80 m2 and
 * 70 kg: USP &lt;85&gt;, "For formulations (usually anticancer products) administered on a per square meter of body
 * surface, the formula is K/M, where K = 2.5 USP-EU/kg and M is the (maximum dose/m2/hour × 1.80 m2)/70 Kg").
 *
 * <p>Body mass is never assumed: M of a flat dose needs the regimen's reference body mass or the {@code body-mass}
 * parameter, and without either the regimen is MISSING ({@code BODY_MASS_UNKNOWN}); the finding names which body
 * mass was used. A dose per kg or per m² needs no body mass. M is the maximum dose per kg (per hour for an
 * infusion); the dose volume is the volume dose, else the delivered volume, else the dose divided by the lot's
 * measured concentration matching the dose basis. A product dosed by protein mass whose lot states its endotoxin
 * result per mass gets its limit per mg (K over the mass dose per kg). A route without K takes the
 * product-specific limit of a user specification of the same run (NOT_APPLICABLE, {@code PRODUCT_SPECIFIC_LIMIT}) or
 * leaves the lot incomplete ({@code LIMIT_REQUIRED}); the intravenous K is never borrowed. Sources: USP &lt;85&gt;;
 * Ph. Eur. 5.1.10; FDA "Pyrogen and Endotoxins Testing: Questions and Answers" (2012).
 */
final class Usp85EndotoxinLimit implements LimitFunction {
  static final String NAME = "usp85-endotoxin";
  static final String BODY_MASS = "body-mass";
  static final String LEGACY_BODY_MASS = "default-body-mass";
  static final String K_PER_M2 = "k.per-m2";
  static final String BSA_AREA = "bsa.reference-area";
  static final String BSA_BODY_MASS = "bsa.reference-body-mass";
  private static final Quantity USP_K_PER_M2 = Quantity.of("2.5", "[IU]/kg");
  private static final Quantity USP_BSA_AREA = Quantity.of("1.80", "m2");
  private static final Quantity USP_BSA_BODY_MASS = Quantity.of(70, "kg");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<String> parameterNames() {
    Set<String> names = new LinkedHashSet<>();
    for (RouteCategory c : RouteCategory.values()) {
      names.add(kName(c));
    }
    names.add(BODY_MASS);
    names.add(LEGACY_BODY_MASS);
    names.add(K_PER_M2);
    names.add(BSA_AREA);
    names.add(BSA_BODY_MASS);
    return names;
  }

  @Override
  public Set<String> codeSuffixes() {
    return new LinkedHashSet<>(List.of("NO_REGIMEN", "LIMIT_REQUIRED", "PRODUCT_SPECIFIC_LIMIT",
        "BODY_MASS_UNKNOWN", "DOSE_VOLUME_UNKNOWN"));
  }

  static String kName(RouteCategory c) {
    return "k." + c.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @Override
  public List<ComputedRange> compute(ComputedLimit limit, ReleaseContext context) {
    List<DosingRegimen> regimens = context.product().regimens();
    if (regimens.isEmpty()) {
      return List.of(ComputedRange.unavailable("", "NO_REGIMEN", Outcome.MISSING,
          Messages.format(FindingCode.COMPENDIAL_ENDOTOXIN_NO_REGIMEN), JsonPointer.of("product", "regimens"),
          Sources.USP_85));
    }
    List<ComputedRange> out = new ArrayList<>(regimens.size());
    for (int r = 0; r < regimens.size(); r++) {
      out.add(regimen(limit, context, regimens.get(r), r));
    }
    return out;
  }

  private static Optional<Quantity> parameter(ComputedLimit limit, String name) {
    return limit.parameter(name).flatMap(LimitParameter::quantity);
  }

  /**
   * The limit of one regimen. The cases without K and with a body mass are separate methods: as one method of 939
   * bytecodes this failed the JIT's tier-3 compilation.
   */
  private static ComputedRange regimen(ComputedLimit limit, ReleaseContext context, DosingRegimen regimen, int r) {
    String route = regimen.route().code();
    Optional<RouteCategory> category = regimen.route().known().map(RouteOfAdministration::category);
    Optional<Quantity> k = category.flatMap(c -> parameter(limit, kName(c)));
    if (k.isEmpty()) {
      return noRouteConstant(context, route, category, r);
    }
    String timing = regimen.infusionDuration().isPresent()
        ? " per hour (infusion over " + regimen.infusionDuration().get() + ")" : " (bolus)";
    Dose dose = regimen.dose();
    Optional<DoseBasis> basis = dose.basis().known();
    boolean perMass = basis.isPresent() && basis.get() == DoseBasis.PROTEIN && reportsPerMass(context.lot());
    if (dose.perBodySurfaceArea()) {
      return perSquareMetre(limit, context.lot(), regimen, r, route, perMass, timing);
    }
    if (perMass) {
      if (dose.perBodyMass()) {
        Quantity l = EndotoxinLimit.perMilligram(k.get(), dose.amount(), regimen.infusionDuration());
        return ComputedRange.of(route, QuantityRange.atMost(l), "K = " + k.get() + ", M = " + dose.amount()
            + timing + ", limit per mg of product dosed by mass (mass per kg dose)");
      }
    }
    DoseVolume volume = perMass ? null : doseVolume(regimen, context.lot());
    if (volume != null && volume.reason != null) {
      return ComputedRange.unavailable(route, "DOSE_VOLUME_UNKNOWN", Outcome.MISSING,
          Messages.format(FindingCode.COMPENDIAL_ENDOTOXIN_DOSE_VOLUME_UNKNOWN, route, volume.reason),
          JsonPointer.of("product", "regimens", r, "dose"), Sources.USP_85);
    }
    if (volume != null && volume.perKg != null) {
      Quantity l = EndotoxinLimit.perMillilitre(k.get(), volume.perKg, regimen.infusionDuration());
      Quantity m = EndotoxinLimit.maximumDosePerKg(Quantity.of(volume.perKg.to("mL/kg").value(), "mL"),
          Quantity.of(1, "kg"), regimen.infusionDuration());
      return ComputedRange.of(route, QuantityRange.atMost(l), "K = " + k.get() + ", M = " + m + timing
          + ", dose volume " + volume.describe() + ", no body mass needed");
    }
    return byBodyMass(limit, regimen, r, route, k.get(), perMass, volume, timing);
  }

  /**
   * The limit of a regimen whose M needs a body mass: the regimen's reference body mass, else the user's
   * parameter; without either the regimen is MISSING.
   */
  private static ComputedRange byBodyMass(ComputedLimit limit, DosingRegimen regimen, int r, String route,
      Quantity constant, boolean perMass, DoseVolume volume, String timing) {
    Dose dose = regimen.dose();
    Optional<Quantity> regimenMass = regimen.referenceBodyMass();
    Optional<Quantity> userMass = parameter(limit, BODY_MASS);
    Optional<Quantity> legacyMass = parameter(limit, LEGACY_BODY_MASS);
    Quantity bodyMass;
    String bodyMassNote;
    if (regimenMass.isPresent()) {
      bodyMass = regimenMass.get();
      bodyMassNote = bodyMass + " (regimen)";
    } else if (userMass.isPresent()) {
      bodyMass = userMass.get();
      bodyMassNote = bodyMass + " (" + BODY_MASS + " parameter set by the user)";
    } else if (legacyMass.isPresent()) {
      bodyMass = legacyMass.get();
      bodyMassNote = bodyMass + " (" + LEGACY_BODY_MASS + " parameter set by the user)";
    } else {
      return ComputedRange.unavailable(route, "BODY_MASS_UNKNOWN", Outcome.MISSING,
          Messages.format(FindingCode.COMPENDIAL_ENDOTOXIN_BODY_MASS_UNKNOWN, route),
          JsonPointer.of("product", "regimens", r, "referenceBodyMass"), Sources.USP_85);
    }
    if (perMass) {
      Quantity l = EndotoxinLimit.perMilligram(constant, dose.amount(), bodyMass, regimen.infusionDuration());
      return ComputedRange.of(route, QuantityRange.atMost(l), "K = " + constant + ", M = " + dose.amount() + " / "
          + bodyMass + timing + ", limit per mg of product dosed by mass, body mass " + bodyMassNote);
    }
    Quantity l = EndotoxinLimit.perMillilitre(constant, volume.total, bodyMass, regimen.infusionDuration());
    Quantity m = EndotoxinLimit.maximumDosePerKg(volume.total, bodyMass, regimen.infusionDuration());
    return ComputedRange.of(route, QuantityRange.atMost(l), "K = " + constant + ", M = " + m + timing
        + ", dose volume " + volume.describe() + ", body mass " + bodyMassNote);
  }

  /**
   * The unavailable limit of a regimen whose route has no K: a product-specific limit when a specification covers
   * endotoxin, else a limit the user must set. Kept apart from {@link #regimen} so that each method stays small
   * enough for the JIT compilers.
   */
  private static ComputedRange noRouteConstant(ReleaseContext context, String route,
      Optional<RouteCategory> category, int r) {
    String routePath = JsonPointer.of("product", "regimens", r, "route");
    String categoryText = category.map(Object::toString).orElse("unknown");
    List<ReleaseSpecification> specs = context.specificationsCovering(QualityAttribute.ENDOTOXIN);
    if (!specs.isEmpty()) {
      String names = specs.stream().map(s -> s.id() + "@" + s.version()).collect(Collectors.joining(", "));
      return ComputedRange.unavailable(route, "PRODUCT_SPECIFIC_LIMIT", Outcome.NOT_APPLICABLE,
          Messages.format(FindingCode.COMPENDIAL_ENDOTOXIN_PRODUCT_SPECIFIC_LIMIT, route, categoryText, names),
          routePath, Sources.FDA_ENDOTOXIN_QA_2012);
    }
    return ComputedRange.unavailable(route, "LIMIT_REQUIRED", Outcome.MISSING,
        Messages.format(FindingCode.COMPENDIAL_ENDOTOXIN_LIMIT_REQUIRED, route, categoryText), routePath,
        Sources.FDA_ENDOTOXIN_QA_2012);
  }

  /** USP &lt;85&gt; per-m² dosing: K = 2.5 EU/kg, M = (dose/m²/h × 1.80 m²) / 70 kg. */
  private static ComputedRange perSquareMetre(ComputedLimit limit, Lot lot, DosingRegimen regimen, int r,
      String route, boolean perMass, String timing) {
    Dose dose = regimen.dose();
    Quantity k = parameter(limit, K_PER_M2).orElse(USP_K_PER_M2);
    Quantity area = parameter(limit, BSA_AREA).orElse(USP_BSA_AREA);
    Quantity mass = parameter(limit, BSA_BODY_MASS).orElse(USP_BSA_BODY_MASS);
    DoseBasis basis = dose.basis().known().get();
    Quantity perArea;
    String note;
    if (basis == DoseBasis.VOLUME || perMass) {
      perArea = dose.amount();
      note = perMass ? "limit per mg of product dosed by mass" : "volume per m2 dose";
    } else {
      Optional<Quantity> concentration = concentration(basis, lot);
      Optional<String[]> units = DoseCalculator.splitUnit(dose.amount().unit());
      if (concentration.isEmpty() || units.isEmpty()) {
        return ComputedRange.unavailable(route, "DOSE_VOLUME_UNKNOWN", Outcome.MISSING,
            Messages.format(FindingCode.COMPENDIAL_ENDOTOXIN_DOSE_VOLUME_UNKNOWN, route, "the dose is given as "
                + basis.code() + " per m2 and the lot has no matching measured concentration"),
            JsonPointer.of("product", "regimens", r, "dose"), Sources.USP_85);
      }
      try {
        String numerator = units.get()[0];
        Quantity perSquareMetre = dose.amount().to(numerator + "/m2");
        Quantity v = DoseCalculator.volumeFor(Quantity.of(perSquareMetre.value(), numerator), concentration.get());
        perArea = Quantity.of(v.to("mL").value(), "mL/m2").stripTrailingZeros();
        note = "derived: " + dose.amount() + " / " + concentration.get() + " = " + perArea;
      } catch (IllegalArgumentException e) {
        return ComputedRange.unavailable(route, "DOSE_VOLUME_UNKNOWN", Outcome.MISSING,
            Messages.format(FindingCode.COMPENDIAL_ENDOTOXIN_DOSE_VOLUME_UNKNOWN, route, "the dose " + dose.amount()
                + " cannot be divided by the measured concentration " + concentration.get() + ": "
                + e.getMessage()), JsonPointer.of("product", "regimens", r, "dose"), Sources.USP_85);
      }
    }
    Quantity l = EndotoxinLimit.forBodySurfaceArea(k, perArea, area, mass, regimen.infusionDuration());
    Quantity m = EndotoxinLimit.maximumDosePerKgForBodySurfaceArea(perArea, area, mass, regimen.infusionDuration());
    return ComputedRange.of(route, QuantityRange.atMost(l), "K = " + k + " (per-m2 dosing), M = (" + perArea
        + " × " + area + ") / " + mass + " = " + m + timing + ", " + note + ", no patient body mass needed");
  }

  /** Tells whether the lot states an endotoxin result per mass of product (e.g. EU/mg). */
  private static boolean reportsPerMass(Lot lot) {
    for (var t : lot.results(QualityAttribute.ENDOTOXIN)) {
      if (t.value().isPresent() && EndotoxinUnits.normalise(t.value().get()).isConvertibleTo("[IU]/mg")) {
        return true;
      }
    }
    return false;
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

  private static DoseVolume doseVolume(DosingRegimen regimen, Lot lot) {
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
      if (dose.perBodyMass()) {
        Quantity perKilogram = DoseCalculator.volumeFor(DoseCalculator.forBodyMass(dose.amount(),
            Quantity.of(1, "kg")), concentration.get());
        if (perKilogram.value().signum() <= 0) {
          return new DoseVolume(null, null, "the derived dose volume is not positive", null);
        }
        return new DoseVolume(null, Quantity.of(perKilogram.to("mL").value(), "mL/kg").stripTrailingZeros(), null,
            "(derived: " + dose.amount() + " / " + concentration.get() + ")");
      }
      Quantity v = DoseCalculator.volumeFor(dose.amount(), concentration.get());
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
