package org.paracrine.validation.internal.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.paracrine.core.assay.AnalyteResult;
import org.paracrine.core.assay.Censoring;
import org.paracrine.core.assay.MarkerResult;
import org.paracrine.core.assay.Measurement;
import org.paracrine.core.assay.TestResult;
import org.paracrine.core.ev.EvCharacterisation;
import org.paracrine.core.ev.SizeBin;
import org.paracrine.core.ev.SizeDistribution;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.process.Bioprocess;
import org.paracrine.core.process.ConditioningStep;
import org.paracrine.core.process.CultureConditions;
import org.paracrine.core.process.ExpansionStep;
import org.paracrine.core.process.PrimingTreatment;
import org.paracrine.core.product.DosingRegimen;
import org.paracrine.core.product.Formulation;
import org.paracrine.core.product.SecretomeProduct;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.quantity.QuantityRange;
import org.paracrine.core.report.JsonPointer;
import org.paracrine.core.source.DifferentiationResult;
import org.paracrine.core.source.Donor;
import org.paracrine.core.source.DonorTest;
import org.paracrine.core.source.MscIdentity;
import org.paracrine.core.spec.Selector;
import org.paracrine.core.spec.SizeStatistic;
import org.paracrine.core.vocabulary.AnalyticalMethod;
import org.paracrine.core.vocabulary.Marker;
import org.paracrine.core.vocabulary.MisevCategory;
import org.paracrine.core.vocabulary.QualitativeOutcome;
import org.paracrine.core.vocabulary.Term;
import org.paracrine.validation.ReleaseContext;
import org.paracrine.validation.internal.Located;
import org.paracrine.validation.internal.Markers;
import org.paracrine.validation.internal.Ratios;

/**
 * Resolves a {@link Selector} against a product and lot: the values it addresses, each with its JSON Pointer. This
 * is the only place that knows where a value lives in the record.
 */
public final class SelectorResolver {
  private static final Term<QualitativeOutcome> CONFORMS = QualitativeOutcome.CONFORMS.term();
  private static final Term<QualitativeOutcome> DOES_NOT_CONFORM = QualitativeOutcome.DOES_NOT_CONFORM.term();

  private SelectorResolver() {}

  /**
   * Resolves a compiled selector.
   *
   * @param s the selector with its precomputed name keys
   * @param context the product and lot
   * @param index the per-check index of the lot
   * @return the selection
   */
  public static Selection resolve(CompiledSelector s, ReleaseContext context, LotIndex index) {
    List<Selected> all = new ArrayList<>(4);
    String empty = collect(s, context, index, all);
    if (s.selector().methods().isEmpty()) {
      return new Selection(all, List.of(), empty);
    }
    List<Selected> kept = new ArrayList<>(all.size());
    List<Selected> rejected = new ArrayList<>(0);
    for (Selected v : all) {
      if (v.method() != null && s.selector().methods().contains(v.method())) {
        kept.add(v);
      } else {
        rejected.add(v);
      }
    }
    return new Selection(kept, rejected, empty);
  }

  private static String collect(CompiledSelector cs, ReleaseContext context, LotIndex index, List<Selected> out) {
    Selector s = cs.selector();
    SecretomeProduct product = context.product();
    Lot lot = context.lot();
    switch (s.kind()) {
      case TEST_RESULT:
        for (int i : index.resultsOf(s.attribute().get(), cs.keys())) {
          TestResult r = lot.testResults().get(i);
          if (!cs.matchesAny(r.analyte().orElse(null))) {
            continue;
          }
          String base = JsonPointer.of("lot", "testResults", i);
          String label = r.analyte().orElse(r.attribute().code());
          if (r.value().isPresent()) {
            out.add(new Selected(base + "/value", base, label, label, r.value().get(), r.censoring().orElse(null),
                r.outcome().orElse(null), r.method().orElse(null)));
          } else {
            out.add(new Selected(r.outcome().isPresent() ? base + "/outcome" : base, base, label, label, null, null,
                r.outcome().orElse(null), r.method().orElse(null)));
          }
        }
        return JsonPointer.of("lot", "testResults");
      case CELL_MARKER: {
        Optional<Located<MscIdentity>> id = identity(context);
        if (id.isEmpty()) {
          return JsonPointer.of("product", "source", "identity");
        }
        markers(cs, id.get().value().markers(), id.get().path(), out);
        return id.get().at("markers");
      }
      case CELL_VIABILITY: {
        Optional<Located<MscIdentity>> id = identity(context);
        if (id.isEmpty()) {
          return JsonPointer.of("product", "source", "identity");
        }
        id.get().value().viability().ifPresent(v -> out.add(quantity(id.get().at("viability"), "viability", v,
            null, null)));
        return id.get().at("viability");
      }
      case PLASTIC_ADHERENCE: {
        Optional<Located<MscIdentity>> id = identity(context);
        if (id.isEmpty()) {
          return JsonPointer.of("product", "source", "identity");
        }
        id.get().value().plasticAdherence().ifPresent(a -> out.add(new Selected(id.get().at("plasticAdherence"),
            id.get().at("plasticAdherence"), "plastic adherence", "plastic adherence", null, null, a ? CONFORMS : DOES_NOT_CONFORM, null)));
        return id.get().at("plasticAdherence");
      }
      case DIFFERENTIATION: {
        Optional<Located<MscIdentity>> id = identity(context);
        if (id.isEmpty()) {
          return JsonPointer.of("product", "source", "identity");
        }
        List<DifferentiationResult> results = id.get().value().differentiation();
        for (int i = 0; i < results.size(); i++) {
          DifferentiationResult r = results.get(i);
          if (r.lineage().equals(s.lineage().get())) {
            out.add(new Selected(id.get().at("differentiation", i, "outcome"), id.get().at("differentiation", i),
                r.lineage().display(),
                r.lineage().code(), null, null, r.outcome(), null));
          }
        }
        return id.get().at("differentiation");
      }
      case HARVEST_VIABILITY: {
        Optional<ConditioningStep> c = product.process().flatMap(Bioprocess::conditioning);
        String path = JsonPointer.of("product", "process", "conditioning", "harvestViability");
        c.flatMap(ConditioningStep::harvestViability).ifPresent(v -> out.add(quantity(path, "harvest viability", v,
            null, null)));
        return path;
      }
      case EV_MARKER: {
        Optional<EvCharacterisation> ev = lot.evCharacterisation();
        if (ev.isEmpty()) {
          return JsonPointer.of("lot", "evCharacterisation");
        }
        List<MarkerResult> markers = ev.get().markers();
        for (int i = 0; i < markers.size(); i++) {
          MarkerResult m = markers.get(i);
          boolean byName = !s.names().isEmpty() && cs.matchesAny(m.marker().code());
          boolean byCategory = s.category().isPresent() && m.marker().known().flatMap(Marker::misevCategory)
              .map(c -> s.category().get().is(c)).orElse(false);
          if (byName || byCategory) {
            out.add(marker(JsonPointer.of("lot", "evCharacterisation", "markers", i), m));
          }
        }
        return JsonPointer.of("lot", "evCharacterisation", "markers");
      }
      case VESICLE_IMAGING: {
        List<org.paracrine.core.ev.VesicleImaging> images = lot.evCharacterisation()
            .map(EvCharacterisation::imaging).orElse(List.of());
        for (int i = 0; i < images.size(); i++) {
          org.paracrine.core.ev.VesicleImaging v = images.get(i);
          String base = JsonPointer.of("lot", "evCharacterisation", "imaging", i);
          Term<QualitativeOutcome> o;
          switch (s.parameter().orElse("bilayer")) {
            case "wide-field-and-close-up":
              o = v.wideField() && v.closeUp() ? CONFORMS : null;
              break;
            case "shown":
              o = CONFORMS;
              break;
            default:
              o = v.bilayerObserved().map(b -> b ? CONFORMS : DOES_NOT_CONFORM).orElse(null);
              break;
          }
          boolean bilayer = s.parameter().orElse("bilayer").equals("bilayer");
          out.add(new Selected(o == null || !bilayer ? base : base + "/bilayerObserved", base, v.method().code(),
              v.method().code(), null, null, o, v.method()));
        }
        return JsonPointer.of("lot", "evCharacterisation", "imaging");
      }
      case INTEGRITY: {
        String path = JsonPointer.of("lot", "evCharacterisation", "integrity");
        lot.evCharacterisation().flatMap(EvCharacterisation::integrity).ifPresent(r -> out.add(new Selected(
            path + "/outcome", path, "integrity", "integrity", null, null, r.outcome(), r.method())));
        return path;
      }
      case STARTING_MATERIAL: {
        String base = JsonPointer.of("lot", "evCharacterisation", "startingMaterial");
        lot.evCharacterisation().flatMap(EvCharacterisation::startingMaterial).ifPresent(m -> {
          m.fluidVolume().ifPresent(q -> out.add(quantity(base + "/fluidVolume", "fluid volume", q, null, null)));
          m.producingCells().ifPresent(q -> out.add(quantity(base + "/producingCells", "producing cells", q, null,
              null)));
          m.tissueMass().ifPresent(q -> out.add(quantity(base + "/tissueMass", "tissue mass", q, null, null)));
        });
        return base;
      }
      case QUANTIFICATION: {
        if (lot.evCharacterisation().isEmpty()) {
          return JsonPointer.of("lot", "evCharacterisation");
        }
        EvCharacterisation ev = lot.evCharacterisation().get();
        slot(ev.particleConcentration(), "particleConcentration", "particles", out);
        slot(ev.proteinConcentration(), "proteinConcentration", "protein", out);
        slot(ev.lipidConcentration(), "lipidConcentration", "lipid", out);
        return JsonPointer.of("lot", "evCharacterisation");
      }
      case QUANTIFICATION_RATIO: {
        Optional<Located<Quantity>> r = Ratios.particlesPerMicrogram(lot)
            .or(() -> lot.evCharacterisation().flatMap(Ratios::particlesPerNanomole));
        r.ifPresent(x -> out.add(quantity(x.path(), "ratio", x.value(), null, null)));
        return JsonPointer.of("lot", "evCharacterisation", "proteinConcentration");
      }
      case PARTICLE_METHOD: {
        String base = JsonPointer.of("lot", "evCharacterisation");
        lot.evCharacterisation().ifPresent(ev -> {
          ev.particleConcentration().flatMap(Measurement::method).ifPresent(m -> out.add(new Selected(
              base + "/particleConcentration/method", base + "/particleConcentration", "particle concentration",
              "particleConcentration", null, null, null, m, m.code())));
          ev.sizeDistribution().ifPresent(d -> out.add(new Selected(base + "/sizeDistribution/method",
              base + "/sizeDistribution", "size distribution", "sizeDistribution", null, null, null, d.method(),
              d.method().code())));
        });
        return base + "/particleConcentration/method";
      }
      case MEMBRANE_EVIDENCE: {
        String base = JsonPointer.of("lot", "evCharacterisation");
        lot.evCharacterisation().ifPresent(ev -> {
          for (int i = 0; i < ev.imaging().size(); i++) {
            org.paracrine.core.ev.VesicleImaging v = ev.imaging().get(i);
            if (v.bilayerObserved().isPresent()) {
              String path = JsonPointer.append(base, "imaging", i);
              out.add(new Selected(path + "/bilayerObserved", path, "bilayer by " + v.method().code(),
                  "imaging/" + i, null, null, v.bilayerObserved().get() ? CONFORMS : DOES_NOT_CONFORM, v.method()));
            }
          }
          boolean transmembrane = ev.markers().stream().anyMatch(m -> Markers.inCategory(m,
              MisevCategory.TRANSMEMBRANE_OR_GPI) && Markers.positive(m));
          if (transmembrane && ev.lipidConcentration().isPresent()) {
            String path = base + "/lipidConcentration";
            out.add(new Selected(path, path, "transmembrane marker with lipid quantification", "lipid", null, null,
                CONFORMS, ev.lipidConcentration().get().method().orElse(null)));
          }
        });
        return base + "/imaging";
      }
      case GUIDELINE_VERSION: {
        String path = JsonPointer.of("lot", "evCharacterisation", "guidelineVersion");
        lot.evCharacterisation().ifPresent(ev -> out.add(new Selected(path, path, "guideline version",
            "guideline version", null, null, null, null, ev.guidelineVersion().code())));
        return path;
      }
      case PARTICLE_CONCENTRATION:
        return measurement(lot, "particleConcentration", EvCharacterisation::particleConcentration, out);
      case PROTEIN_CONCENTRATION:
        return measurement(lot, "proteinConcentration", EvCharacterisation::proteinConcentration, out);
      case LIPID_CONCENTRATION:
        return measurement(lot, "lipidConcentration", EvCharacterisation::lipidConcentration, out);
      case PARTICLE_PROTEIN_RATIO: {
        Optional<Located<Quantity>> r = Ratios.particlesPerMicrogram(lot);
        boolean censored = lot.evCharacterisation().map(e -> e.particleConcentration()
            .flatMap(Measurement::censoring).isPresent() || e.proteinConcentration().flatMap(Measurement::censoring)
            .isPresent()).orElse(false);
        if (r.isPresent() && !(censored && r.get().path().startsWith("/lot/evCharacterisation"))) {
          out.add(quantity(r.get().path(), "particle:protein ratio", r.get().value(), null, null));
        }
        return JsonPointer.of("lot", "evCharacterisation", "proteinConcentration");
      }
      case SIZE:
        return size(s, lot, out);
      case COMPOSITION: {
        List<AnalyteResult> comp = lot.composition();
        for (int i = 0; i < comp.size(); i++) {
          AnalyteResult a = comp.get(i);
          if (!cs.matchesAny(a.analyte().code())
              || (s.normalisation().isPresent() && !s.normalisation().get().equals(a.normalisation()))) {
            continue;
          }
          out.add(new Selected(JsonPointer.of("lot", "composition", i, "value"), JsonPointer.of("lot", "composition", i),
              a.analyte().code(), a.analyte().code(), a.value(), a.censoring().orElse(null), null,
              a.method().orElse(null)));
        }
        return JsonPointer.of("lot", "composition");
      }
      case PROCESS_PARAMETER: {
        String base = JsonPointer.of("product", "process", "conditioning");
        Optional<ConditioningStep> c = product.process().flatMap(Bioprocess::conditioning);
        c.ifPresent(step -> culture(s, step, base, out));
        if (out.isEmpty() && s.parameter().get().equals("passage") && s.oxygenCondition().isEmpty()) {
          product.source().cellBank().flatMap(b -> b.passage()).ifPresent(p -> out.add(quantity(
              JsonPointer.of("product", "source", "cellBank", "passage"), "cell bank passage", Quantity.of(p, "1"),
              null, null)));
        }
        return s.parameter().get().startsWith("priming-") ? JsonPointer.append(base, "priming")
            : JsonPointer.append(base, accessor(s.parameter().get()));
      }
      case EXPANSION_PARAMETER: {
        List<ExpansionStep> steps = product.process().map(Bioprocess::expansion).orElse(List.of());
        for (int i = 0; i < steps.size(); i++) {
          culture(s, steps.get(i), JsonPointer.of("product", "process", "expansion", i), out);
        }
        return JsonPointer.of("product", "process", "expansion");
      }
      case FORMULATION: {
        String base = JsonPointer.of("product", "formulation");
        String member = accessor(s.parameter().get());
        Optional<Formulation> f = product.formulation();
        Optional<Quantity> q = f.flatMap(x -> {
          switch (s.parameter().get()) {
            case "ph":
              return x.ph();
            case "osmolality":
              return x.osmolality();
            case "fill-volume":
              return x.fillVolume();
            default:
              return x.secretomeContent();
          }
        });
        q.ifPresent(v -> out.add(quantity(JsonPointer.append(base, member), s.parameter().get(), v, null, null)));
        return JsonPointer.append(base, member);
      }
      case DOSE: {
        List<DosingRegimen> regimens = product.regimens();
        for (int i = 0; i < regimens.size(); i++) {
          out.add(quantity(JsonPointer.of("product", "regimens", i, "dose", "amount"),
              "dose (" + regimens.get(i).route().code() + ")", regimens.get(i).dose().amount(), null, null));
        }
        return JsonPointer.of("product", "regimens");
      }
      case DONOR_TEST: {
        Optional<Located<Donor>> donor = lot.donor().map(d -> new Located<>(d, JsonPointer.of("lot", "donor")))
            .or(() -> product.source().donor().map(d -> new Located<>(d, JsonPointer.of("product", "source",
                "donor"))));
        if (donor.isEmpty()) {
          return JsonPointer.of("product", "source", "donor");
        }
        List<DonorTest> tests = donor.get().value().eligibility().map(e -> e.tests()).orElse(List.of());
        for (int i = 0; i < tests.size(); i++) {
          DonorTest t = tests.get(i);
          if (!s.names().isEmpty() && s.names().stream().noneMatch(n -> n.trim().equalsIgnoreCase(t.test().code()))) {
            continue;
          }
          out.add(new Selected(donor.get().at("eligibility", "tests", i, "outcome"),
              donor.get().at("eligibility", "tests", i), t.test().code(),
              t.test().code(), null, null, t.outcome(), null));
        }
        return donor.get().at("eligibility", "tests");
      }
      default:
        throw new IllegalStateException("selector kind " + s.kind() + " has no resolver");
    }
  }

  private static Optional<Located<MscIdentity>> identity(ReleaseContext context) {
    return context.lot().cellIdentity().map(i -> new Located<>(i, JsonPointer.of("lot", "cellIdentity")))
        .or(() -> context.product().source().identity()
            .map(i -> new Located<>(i, JsonPointer.of("product", "source", "identity"))));
  }

  private static void markers(CompiledSelector cs, List<MarkerResult> markers, String base, List<Selected> out) {
    for (int i = 0; i < markers.size(); i++) {
      MarkerResult m = markers.get(i);
      if (cs.matchesAny(m.marker().code())) {
        out.add(marker(JsonPointer.append(base, "markers", i), m));
      }
    }
  }

  private static Selected marker(String base, MarkerResult m) {
    String label = Names.markerLabel(m.marker().code());
    String key = Names.key(m.marker().code());
    Term<AnalyticalMethod> method = m.method().orElse(null);
    if (m.percentPositive().isPresent() && m.outcome().isEmpty()) {
      return new Selected(base + "/percentPositive", base, label, key, m.percentPositive().get(), null, null, method);
    }
    if (m.outcome().isPresent()) {
      return new Selected(base + "/outcome", base, label, key, m.percentPositive().orElse(null), null, m.outcome().get(),
          method);
    }
    return new Selected(base, base, label, key, null, null, null, method);
  }

  private static Selected quantity(String path, String label, Quantity q, Censoring censoring,
      Term<AnalyticalMethod> method) {
    return new Selected(path, path, label, label, q, censoring, null, method);
  }

  private static String measurement(Lot lot, String member,
      java.util.function.Function<EvCharacterisation, Optional<Measurement>> get, List<Selected> out) {
    String path = JsonPointer.of("lot", "evCharacterisation", member);
    lot.evCharacterisation().flatMap(get).ifPresent(m -> out.add(new Selected(path + "/value", path, member, member,
        m.value(), m.censoring().orElse(null), null, m.method().orElse(null))));
    return path;
  }

  private static void slot(Optional<Measurement> m, String member, String label, List<Selected> out) {
    String path = JsonPointer.of("lot", "evCharacterisation", member);
    if (m.isPresent()) {
      out.add(new Selected(path + "/value", path, label, label, m.get().value(), m.get().censoring().orElse(null),
          null, m.get().method().orElse(null)));
    } else {
      out.add(new Selected(path, path, label, label, null, null, null, null));
    }
  }

  private static String size(Selector s, Lot lot, List<Selected> out) {
    String base = JsonPointer.of("lot", "evCharacterisation", "sizeDistribution");
    Optional<SizeDistribution> d = lot.evCharacterisation().flatMap(EvCharacterisation::sizeDistribution);
    if (d.isEmpty()) {
      return base;
    }
    SizeDistribution dist = d.get();
    Term<AnalyticalMethod> method = dist.method();
    SizeStatistic stat = s.statistic().get();
    String label = stat.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    Optional<Quantity> q;
    switch (stat) {
      case D10:
        q = dist.d10();
        break;
      case D50:
        q = dist.d50();
        break;
      case D90:
        q = dist.d90();
        break;
      case MEAN:
        q = dist.mean();
        break;
      case MODE:
        q = dist.mode();
        break;
      default:
        q = fractionWithin(dist, s.sizeRange().get());
        label = "fraction within " + s.sizeRange().get().describe();
        if (q.isPresent()) {
          out.add(new Selected(JsonPointer.append(base, "bins"), base, label, label, q.get(), null, null, method));
        }
        return JsonPointer.append(base, "bins");
    }
    String member = stat.name().toLowerCase(java.util.Locale.ROOT);
    if (q.isPresent()) {
      out.add(new Selected(JsonPointer.append(base, member), base, label, label, q.get(), null, null, method));
    }
    return JsonPointer.append(base, member);
  }

  /** Sum of the fractions of the bins [lower, upper) that lie entirely inside the range, in %. */
  private static Optional<Quantity> fractionWithin(SizeDistribution d, QuantityRange r) {
    if (d.bins().isEmpty()) {
      return Optional.empty();
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (SizeBin b : d.bins()) {
      if (!r.isComparableTo(b.lower())) {
        return Optional.empty();
      }
      boolean upperOk = r.upper().isEmpty() || b.upper().to(r.unit()).value().compareTo(
          r.upper().get().to(r.unit()).value()) <= 0;
      if (r.contains(b.lower()) && upperOk) {
        sum = sum.add(b.fraction().to("%").value());
      }
    }
    return Optional.of(Quantity.of(sum, "%"));
  }

  private static void culture(Selector s, CultureConditions step, String base, List<Selected> out) {
    String parameter = s.parameter().get();
    if (s.oxygenCondition().isPresent() && !step.oxygenCondition().map(s.oxygenCondition().get()::equals)
        .orElse(false)) {
      return;
    }
    String path = JsonPointer.append(base, accessor(parameter));
    if (step instanceof ConditioningStep && conditioningOnly((ConditioningStep) step, parameter, base, out)) {
      return;
    }
    Optional<Quantity> q;
    switch (parameter) {
      case "oxygen":
        q = step.oxygen();
        break;
      case "carbon-dioxide":
        q = step.carbonDioxide();
        break;
      case "temperature":
        q = step.temperature();
        break;
      case "duration":
        q = step.duration();
        break;
      case "passage":
        q = step.passage().map(p -> Quantity.of(p, "1"));
        break;
      case "supplement-concentration":
        q = step.supplementConcentration();
        break;
      case "harvest-viability":
        q = step instanceof ConditioningStep ? ((ConditioningStep) step).harvestViability() : Optional.empty();
        break;
      case "cells-at-harvest":
        q = step instanceof ConditioningStep ? ((ConditioningStep) step).cellsAtHarvest() : Optional.empty();
        break;
      case "confluence-at-start":
        q = step instanceof ConditioningStep ? ((ConditioningStep) step).confluenceAtStart() : Optional.empty();
        break;
      case "medium-volume":
        q = step instanceof ConditioningStep ? ((ConditioningStep) step).mediumVolume() : Optional.empty();
        break;
      case "confluence-at-harvest":
        q = step instanceof ExpansionStep ? ((ExpansionStep) step).confluenceAtHarvest() : Optional.empty();
        break;
      case "doubling-time":
        q = step instanceof ExpansionStep ? ((ExpansionStep) step).doublingTime() : Optional.empty();
        break;
      default:
        q = Optional.empty();
        break;
    }
    if (q.isPresent()) {
      out.add(quantity(path, parameter, q.get(), null, null));
    } else if (s.oxygenCondition().isPresent()) {
      out.add(new Selected(path, path, parameter + " (" + s.oxygenCondition().get().code() + ")", path, null, null,
          null, null));
    }
  }

  /** The conditioning step's stated texts and priming treatments; false when the parameter is another one. */
  private static boolean conditioningOnly(ConditioningStep step, String parameter, String base, List<Selected> out) {
    switch (parameter) {
      case "ev-depletion-method":
      case "virus-safety-evidence": {
        String path = JsonPointer.append(base, accessor(parameter));
        Optional<String> text = parameter.equals("ev-depletion-method") ? step.evDepletionMethod()
            : step.virusSafetyEvidence();
        text.ifPresent(t -> out.add(new Selected(path, path, parameter, parameter, null, null, null, null, t)));
        return true;
      }
      case "priming-concentration":
      case "priming-duration": {
        boolean concentration = parameter.equals("priming-concentration");
        for (int i = 0; i < step.priming().size(); i++) {
          PrimingTreatment t = step.priming().get(i);
          String path = JsonPointer.append(base, "priming", i, concentration ? "concentration" : "duration");
          Quantity q = (concentration ? t.concentration() : t.duration()).orElse(null);
          String label = t.agent().code();
          out.add(new Selected(path, path, label, label + "#" + i, q, null, null, null));
        }
        return true;
      }
      default:
        return false;
    }
  }

  /** Record member name of a parameter: {@code carbon-dioxide} → {@code carbonDioxide}, {@code ph} → {@code ph}. */
  static String accessor(String parameter) {
    StringBuilder sb = new StringBuilder(parameter.length());
    boolean upper = false;
    for (int i = 0; i < parameter.length(); i++) {
      char c = parameter.charAt(i);
      if (c == '-') {
        upper = true;
      } else {
        sb.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return sb.toString();
  }

  /**
   * Returns the distinct keys of values, for {@code AT_LEAST} counting.
   *
   * @param values the values
   * @return the keys
   */
  static Set<String> keys(List<Selected> values) {
    Set<String> keys = new HashSet<>();
    values.forEach(v -> keys.add(v.key()));
    return keys;
  }
}
