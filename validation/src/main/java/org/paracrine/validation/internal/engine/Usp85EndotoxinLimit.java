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
import org.paracrine.validation.internal.Messages;
import org.paracrine.validation.internal.Sources;
import org.paracrine.validation.profiles.EndotoxinLimit;

/**
 * USP &lt;85&gt; bacterial-endotoxin limit K/M ({@code "usp85-endotoxin"}), one limit per dosing regimen of the
 * product.
 *
 * <p>Parameters: {@code k.<route category>} (K in {@code [IU]/kg} for a route category, e.g. {@code k.parenteral} =
 * 5, {@code k.intrathecal} = 0.2; a category without K has no compendial limit) and {@code default-body-mass} (used
 * when a regimen states no reference body mass). M is the maximum dose per kg (per hour for an infusion); the dose
 * volume is the volume dose, else the delivered volume, else the dose divided by the lot's measured concentration
 * matching the dose basis. A route without K takes the product-specific limit of a user specification of the same run
 * (NOT_APPLICABLE, {@code PRODUCT_SPECIFIC_LIMIT}) or leaves the lot incomplete ({@code LIMIT_REQUIRED}); the
 * intravenous K is never borrowed. Sources: USP &lt;85&gt;; Ph. Eur. 5.1.10; FDA "Pyrogen and Endotoxins Testing:
 * Questions and Answers" (2012).
 */
final class Usp85EndotoxinLimit implements LimitFunction {
  static final String NAME = "usp85-endotoxin";
  static final String DEFAULT_BODY_MASS = "default-body-mass";

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
    names.add(DEFAULT_BODY_MASS);
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

  private static ComputedRange regimen(ComputedLimit limit, ReleaseContext context, DosingRegimen regimen, int r) {
    String route = regimen.route().code();
    Optional<RouteCategory> category = regimen.route().known().map(RouteOfAdministration::category);
    Optional<Quantity> k = category.flatMap(c -> limit.parameter(kName(c))).flatMap(LimitParameter::quantity);
    if (k.isEmpty()) {
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
    Optional<Quantity> bodyMass = regimen.referenceBodyMass()
        .or(() -> limit.parameter(DEFAULT_BODY_MASS).flatMap(LimitParameter::quantity));
    if (bodyMass.isEmpty()) {
      return ComputedRange.unavailable(route, "BODY_MASS_UNKNOWN", Outcome.MISSING,
          Messages.format(FindingCode.COMPENDIAL_ENDOTOXIN_BODY_MASS_UNKNOWN, route), JsonPointer.of("product",
              "regimens", r,
              "referenceBodyMass"), Sources.USP_85);
    }
    String bodyMassNote = bodyMass.get() + (regimen.referenceBodyMass().isPresent() ? " (regimen)"
        : " (default-body-mass parameter)");
    DoseVolume volume = doseVolume(regimen, bodyMass.get(), context.lot());
    if (volume.reason != null) {
      return ComputedRange.unavailable(route, "DOSE_VOLUME_UNKNOWN", Outcome.MISSING,
          Messages.format(FindingCode.COMPENDIAL_ENDOTOXIN_DOSE_VOLUME_UNKNOWN, route, volume.reason),
          JsonPointer.of("product", "regimens", r, "dose"), Sources.USP_85);
    }
    Quantity limitValue;
    Quantity m;
    if (volume.perKg != null) {
      limitValue = EndotoxinLimit.perMillilitre(k.get(), volume.perKg, regimen.infusionDuration());
      m = EndotoxinLimit.maximumDosePerKg(Quantity.of(volume.perKg.to("mL/kg").value(), "mL"),
          Quantity.of(1, "kg"), regimen.infusionDuration());
    } else {
      limitValue = EndotoxinLimit.perMillilitre(k.get(), volume.total, bodyMass.get(), regimen.infusionDuration());
      m = EndotoxinLimit.maximumDosePerKg(volume.total, bodyMass.get(), regimen.infusionDuration());
    }
    String derivation = "K = " + k.get() + ", M = " + m + (regimen.infusionDuration().isPresent()
        ? " per hour (infusion over " + regimen.infusionDuration().get() + ")" : " (bolus)")
        + ", dose volume " + volume.describe() + ", body mass " + bodyMassNote;
    return ComputedRange.of(route, QuantityRange.atMost(limitValue), derivation);
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
