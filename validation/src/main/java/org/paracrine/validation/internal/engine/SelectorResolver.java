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
import org.paracrine.core.vocabulary.SampledMaterial;
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
  private static final String P_LOT_CELL_IDENTITY = "/lot/cellIdentity";
  private static final String P_LOT_COMPOSITION = "/lot/composition";
  private static final String P_LOT_DONOR = "/lot/donor";
  private static final String P_LOT_DONOR_TESTS = "/lot/donor/eligibility/tests";
  private static final String P_PRODUCT_SOURCE_DONOR_TESTS = "/product/source/donor/eligibility/tests";
  private static final String P_LOT_EV_CHARACTERISATION = "/lot/evCharacterisation";
  private static final String P_LOT_EV_CHARACTERISATION_GUIDELINE_VERSION = "/lot/evCharacterisation/guidelineVersion";
  private static final String P_LOT_EV_CHARACTERISATION_IMAGING = "/lot/evCharacterisation/imaging";
  private static final String P_LOT_EV_CHARACTERISATION_INTEGRITY = "/lot/evCharacterisation/integrity";
  private static final String P_LOT_EV_CHARACTERISATION_MARKERS = "/lot/evCharacterisation/markers";
  private static final String P_LOT_EV_CHARACTERISATION_PROTEIN_CONCENTRATION = "/lot/evCharacterisation/proteinConcentration";
  private static final String P_LOT_EV_CHARACTERISATION_SIZE_DISTRIBUTION = "/lot/evCharacterisation/sizeDistribution";
  private static final String P_LOT_EV_CHARACTERISATION_STARTING_MATERIAL = "/lot/evCharacterisation/startingMaterial";
  private static final String P_LOT_TEST_RESULTS = "/lot/testResults";
  private static final String P_LOT_EXPIRY_DATE = "/lot/expiryDate";
  /** The MISEV category of each known marker, by ordinal: read for every marker by every category criterion. */
  private static final MisevCategory[] CATEGORY = java.util.Arrays.stream(Marker.values())
      .map(m -> m.misevCategory().orElse(null)).toArray(MisevCategory[]::new);
  /** The kept pointers below the lists every check reads. */
  private static final Pointers.Under TEST_RESULTS = Pointers.under(P_LOT_TEST_RESULTS);
  private static final Pointers.Under EV_MARKERS = Pointers.under(P_LOT_EV_CHARACTERISATION_MARKERS);
  private static final String P_PARTICLE_CONCENTRATION = P_LOT_EV_CHARACTERISATION + "/particleConcentration";
  private static final String P_PARTICLE_CONCENTRATION_METHOD = P_PARTICLE_CONCENTRATION + "/method";
  private static final String P_PRODUCT_FORMULATION = "/product/formulation";
  private static final String P_PRODUCT_PROCESS_CONDITIONING = "/product/process/conditioning";
  private static final String P_PRODUCT_PROCESS_CONDITIONING_HARVEST_VIABILITY = "/product/process/conditioning/harvestViability";
  private static final String P_PRODUCT_PROCESS_EXPANSION = "/product/process/expansion";
  private static final String P_PRODUCT_REGIMENS = "/product/regimens";
  private static final String P_PRODUCT_SOURCE_CELL_BANK_PASSAGE = "/product/source/cellBank/passage";
  private static final String P_PRODUCT_SOURCE_DONOR = "/product/source/donor";
  private static final String P_PRODUCT_SOURCE_IDENTITY = "/product/source/identity";

  private static final Term<QualitativeOutcome> CONFORMS = QualitativeOutcome.CONFORMS.term();
  private static final Term<QualitativeOutcome> DOES_NOT_CONFORM = QualitativeOutcome.DOES_NOT_CONFORM.term();

  private SelectorResolver() {}

  /**
   * Resolves a compiled selector.
   *
   * @param s the selector with its precomputed name keys
   * @param context the product and lot
   * @param index the per-check index of the lot
   * @return the index's selection, refilled: valid until the next resolution with the same index
   */
  public static Selection resolve(CompiledSelector s, ReleaseContext context, LotIndex index) {
    Selection selection = index.selection();
    List<Selected> all = selection.valuesToFill();
    if (s.kind() == org.paracrine.core.spec.SelectorKind.DONOR_TEST && s.maternalSpecimenAge().isPresent()) {
      selection.emptyPointer(donorTests(s, context, index, all, selection.maternalSetAsideToFill()));
      return selection;
    }
    selection.emptyPointer(collect(s, context, index, all));
    List<Term<AnalyticalMethod>> methods = s.selector().methods();
    if (methods.isEmpty()) {
      return selection;
    }
    // values by an allowed method are kept, in record order; the others are rejected, except that a property of
    // test results (LOD, incubation, ...) is a rule about results by those methods: there the methods filter the
    // results instead of rejecting the others
    boolean filterOnly = s.parameter().isPresent() && s.kind() == org.paracrine.core.spec.SelectorKind.TEST_RESULT;
    List<Selected> rejected = selection.methodRejectedToFill();
    int kept = 0;
    for (int i = 0; i < all.size(); i++) {
      Selected v = all.get(i);
      if (v.method() != null && methods.contains(v.method())) {
        all.set(kept++, v);
      } else if (!filterOnly) {
        rejected.add(v);
      }
    }
    all.subList(kept, all.size()).clear();
    return selection;
  }

  /**
   * Dispatches to one small method per selector kind. Keep it so: as one method of 3,448 bytecodes this failed the
   * JIT's tier-3 compilation ("out of virtual registers") and ran as tier-2 code for the life of the JVM, without
   * inlining or escape analysis, in the part of the check that takes a third of its time.
   */
  private static String collect(CompiledSelector cs, ReleaseContext context, LotIndex index, List<Selected> out) {
    Selector s = cs.selector();
    SecretomeProduct product = context.product();
    Lot lot = context.lot();
    switch (cs.kind()) {
      case TEST_RESULT:
        return collectTestResult(cs, s, context, product, lot, index, out);
      case CELL_MARKER:
        return collectCellMarker(cs, s, context, product, lot, index, out);
      case CELL_VIABILITY:
        return collectCellViability(cs, s, context, product, lot, index, out);
      case PLASTIC_ADHERENCE:
        return collectPlasticAdherence(cs, s, context, product, lot, index, out);
      case DIFFERENTIATION:
        return collectDifferentiation(cs, s, context, product, lot, index, out);
      case HARVEST_VIABILITY:
        return collectHarvestViability(cs, s, context, product, lot, index, out);
      case EV_MARKER:
        return collectEvMarker(cs, s, context, product, lot, index, out);
      case VESICLE_IMAGING:
        return collectVesicleImaging(cs, s, context, product, lot, index, out);
      case INTEGRITY:
        return collectIntegrity(cs, s, context, product, lot, index, out);
      case STARTING_MATERIAL:
        return collectStartingMaterial(cs, s, context, product, lot, index, out);
      case QUANTIFICATION:
        return collectQuantification(cs, s, context, product, lot, index, out);
      case QUANTIFICATION_RATIO:
        return collectQuantificationRatio(cs, s, context, product, lot, index, out);
      case PARTICLE_METHOD:
        return collectParticleMethod(cs, s, context, product, lot, index, out);
      case MEMBRANE_EVIDENCE:
        return collectMembraneEvidence(cs, s, context, product, lot, index, out);
      case GUIDELINE_VERSION:
        return collectGuidelineVersion(cs, s, context, product, lot, index, out);
      case PARTICLE_CLASS:
        return collectParticleClass(cs, s, context, product, lot, index, out);
      case SIZE_CLAIM:
        return collectSizeClaim(cs, s, context, product, lot, index, out);
      case PARTICLE_CONCENTRATION:
        return collectParticleConcentration(cs, s, context, product, lot, index, out);
      case PROTEIN_CONCENTRATION:
        return collectProteinConcentration(cs, s, context, product, lot, index, out);
      case LIPID_CONCENTRATION:
        return collectLipidConcentration(cs, s, context, product, lot, index, out);
      case PARTICLE_PROTEIN_RATIO:
        return collectParticleProteinRatio(cs, s, context, product, lot, index, out);
      case SIZE:
        return collectSize(cs, s, context, product, lot, index, out);
      case COMPOSITION:
        return collectComposition(cs, s, context, product, lot, index, out);
      case PROCESS_PARAMETER:
        return collectProcessParameter(cs, s, context, product, lot, index, out);
      case EXPANSION_PARAMETER:
        return collectExpansionParameter(cs, s, context, product, lot, index, out);
      case FORMULATION:
        return collectFormulation(cs, s, context, product, lot, index, out);
      case DOSE:
        return collectDose(cs, s, context, product, lot, index, out);
      case DONOR_TEST:
        return collectDonorTest(cs, s, context, product, lot, index, out);
      case DONOR_DETERMINATION:
        return collectDonorDetermination(cs, s, context, product, lot, index, out);
      case DONOR_TEST_LICENSING:
        return collectDonorTestLicensing(cs, s, context, product, lot, index, out);
      case DONOR_SPECIMEN_TIMING:
        return collectDonorSpecimenTiming(cs, s, context, product, lot, index, out);
      case LOT_DATE:
        return collectLotDate(cs, s, context, product, lot, index, out);
      default:
        throw new IllegalStateException("selector kind " + s.kind() + " has no resolver");
    }
  }

  private static String collectTestResult(CompiledSelector cs, Selector s, ReleaseContext context,
      SecretomeProduct product, Lot lot, LotIndex index, List<Selected> out) {
    // the index gives the results of the attribute whose analyte has one of the selector's name keys (all of them
    // for a selector without names), so no name is compared here
    int[] positions = index.resultsOf(cs.attribute().get(), cs.keys());
    List<TestResult> results = lot.testResults();
    boolean property = cs.parameter().isPresent();
    Selected[] kept = property ? null : index.values(results, LotIndex.TEST_RESULT);
    for (int i : positions) {
      if (property) {
        TestResult r = results.get(i);
        String analyte = r.analyte().orElse(null);
        resultProperty(cs.parameter().get(), r, TEST_RESULTS.at(i), analyte != null ? analyte : r.attribute().code(),
            out);
        continue;
      }
      Selected v = kept[i];
      if (v == null) {
        v = testResult(results.get(i), i);
        kept[i] = v;
      }
      out.add(v);
    }
    return P_LOT_TEST_RESULTS;
  }

  /** The value of the test result at {@code i}: its quantity with censoring, or its outcome, or the bare result. */
  private static Selected testResult(TestResult r, int i) {
    String analyte = r.analyte().orElse(null);
    String base = TEST_RESULTS.at(i);
    String label = analyte != null ? analyte : r.attribute().code();
    Quantity value = r.value().orElse(null);
    Term<QualitativeOutcome> outcome = r.outcome().orElse(null);
    if (value != null) {
      return new Selected(TEST_RESULTS.at(i, "value"), base, label, label, value, r.censoring().orElse(null), outcome,
          r.method().orElse(null));
    }
    return new Selected(outcome != null ? TEST_RESULTS.at(i, "outcome") : base, base, label, label, null, null,
        outcome, r.method().orElse(null));
  }

  private static String collectCellMarker(CompiledSelector cs, Selector s, ReleaseContext context,
      SecretomeProduct product, Lot lot, LotIndex index, List<Selected> out) {
    Optional<Located<MscIdentity>> id = identity(context);
    if (id.isEmpty()) {
      return P_PRODUCT_SOURCE_IDENTITY;
    }
    markers(cs, id.get().value().markers(), id.get().path(), index, out);
    return id.get().at("markers");
  }

  private static String collectCellViability(CompiledSelector cs, Selector s, ReleaseContext context,
      SecretomeProduct product, Lot lot, LotIndex index, List<Selected> out) {
    Optional<Located<MscIdentity>> id = identity(context);
    if (id.isEmpty()) {
      return P_PRODUCT_SOURCE_IDENTITY;
    }
    id.get().value().viability().ifPresent(v -> out.add(quantity(id.get().at("viability"), "viability", v,
        null, null)));
    return id.get().at("viability");
  }

  private static String collectPlasticAdherence(CompiledSelector cs, Selector s, ReleaseContext context,
      SecretomeProduct product, Lot lot, LotIndex index, List<Selected> out) {
    Optional<Located<MscIdentity>> id = identity(context);
    if (id.isEmpty()) {
      return P_PRODUCT_SOURCE_IDENTITY;
    }
    id.get().value().plasticAdherence().ifPresent(a -> out.add(new Selected(id.get().at("plasticAdherence"),
        id.get().at("plasticAdherence"), "plastic adherence", "plastic adherence", null, null, a ? CONFORMS : DOES_NOT_CONFORM, null)));
    return id.get().at("plasticAdherence");
  }

  private static String collectDifferentiation(CompiledSelector cs, Selector s, ReleaseContext context,
      SecretomeProduct product, Lot lot, LotIndex index, List<Selected> out) {
    Optional<Located<MscIdentity>> id = identity(context);
    if (id.isEmpty()) {
      return P_PRODUCT_SOURCE_IDENTITY;
    }
    List<DifferentiationResult> results = id.get().value().differentiation();
    for (int i = 0; i < results.size(); i++) {
      DifferentiationResult r = results.get(i);
      if (r.lineage().equals(cs.lineage().get())) {
        out.add(new Selected(id.get().at("differentiation", i, "outcome"), id.get().at("differentiation", i),
            r.lineage().display(),
            r.lineage().code(), null, null, r.outcome(), null));
      }
    }
    return id.get().at("differentiation");
  }

  private static String collectHarvestViability(CompiledSelector cs, Selector s, ReleaseContext context,
      SecretomeProduct product, Lot lot, LotIndex index, List<Selected> out) {
    Optional<ConditioningStep> c = product.process().flatMap(Bioprocess::conditioning);
    String path = P_PRODUCT_PROCESS_CONDITIONING_HARVEST_VIABILITY;
    c.flatMap(ConditioningStep::harvestViability).ifPresent(v -> out.add(quantity(path, "harvest viability", v,
        null, null)));
    return path;
  }

  private static String collectEvMarker(CompiledSelector cs, Selector s, ReleaseContext context,
      SecretomeProduct product, Lot lot, LotIndex index, List<Selected> out) {
    Optional<EvCharacterisation> ev = lot.evCharacterisation();
    if (ev.isEmpty()) {
      return P_LOT_EV_CHARACTERISATION;
    }
    List<MarkerResult> markers = ev.get().markers();
    Selected[] kept = index.values(markers, LotIndex.MARKER);
    for (int i = 0; i < markers.size(); i++) {
      MarkerResult m = markers.get(i);
      Selected v = kept[i];
      String key = v != null ? v.key() : Names.key(m.marker().code());
      boolean byName = !s.names().isEmpty() && cs.matchesKey(key);
      boolean byCategory = false;
      if (cs.category().isPresent() && m.marker().isKnown()) {
        MisevCategory c = CATEGORY[m.marker().known().get().ordinal()];
        byCategory = c != null && cs.category().get().is(c);
      }
      if (byName || byCategory) {
        if (v == null) {
          v = marker(EV_MARKERS, i, m, key);
          kept[i] = v;
        }
        out.add(v);
      }
    }
    return P_LOT_EV_CHARACTERISATION_MARKERS;
  }

  private static String collectVesicleImaging(CompiledSelector cs, Selector s, ReleaseContext context,
      SecretomeProduct product, Lot lot, LotIndex index, List<Selected> out) {
    List<org.paracrine.core.ev.VesicleImaging> images = lot.evCharacterisation()
        .map(EvCharacterisation::imaging).orElse(List.of());
    for (int i = 0; i < images.size(); i++) {
      org.paracrine.core.ev.VesicleImaging v = images.get(i);
      String base = Pointers.at(P_LOT_EV_CHARACTERISATION_IMAGING, i);
      Term<QualitativeOutcome> o;
      switch (cs.parameter().orElse("bilayer")) {
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
      boolean bilayer = cs.parameter().orElse("bilayer").equals("bilayer");
      out.add(new Selected(o == null || !bilayer ? base : Pointers.member(base, "bilayerObserved"), base,
          v.method().code(),
          v.method().code(), null, null, o, v.method()));
    }
    return P_LOT_EV_CHARACTERISATION_IMAGING;
  }

  private static String collectIntegrity(CompiledSelector cs, Selector s, ReleaseContext context,
      SecretomeProduct product, Lot lot, LotIndex index, List<Selected> out) {
    String path = P_LOT_EV_CHARACTERISATION_INTEGRITY;
    lot.evCharacterisation().flatMap(EvCharacterisation::integrity).ifPresent(r -> out.add(new Selected(
        Pointers.member(path, "outcome"), path, "integrity", "integrity", null, null, r.outcome(), r.method())));
    return path;
  }

  private static String collectStartingMaterial(CompiledSelector cs, Selector s, ReleaseContext context,
      SecretomeProduct product, Lot lot, LotIndex index, List<Selected> out) {
    String base = P_LOT_EV_CHARACTERISATION_STARTING_MATERIAL;
    lot.evCharacterisation().flatMap(EvCharacterisation::startingMaterial).ifPresent(m -> {
      m.fluidVolume().ifPresent(q -> out.add(quantity(Pointers.member(base, "fluidVolume"), "fluid volume", q,
          null, null)));
      m.producingCells().ifPresent(q -> out.add(quantity(Pointers.member(base, "producingCells"),
          "producing cells", q, null, null)));
      m.tissueMass().ifPresent(q -> out.add(quantity(Pointers.member(base, "tissueMass"), "tissue mass", q, null,
          null)));
    });
    return base;
  }

  private static String collectQuantification(CompiledSelector cs, Selector s, ReleaseContext context,
      SecretomeProduct product, Lot lot, LotIndex index, List<Selected> out) {
    if (lot.evCharacterisation().isEmpty()) {
      return P_LOT_EV_CHARACTERISATION;
    }
    EvCharacterisation ev = lot.evCharacterisation().get();
    slot(ev.particleConcentration(), "particleConcentration", "particles", out);
    slot(ev.proteinConcentration(), "proteinConcentration", "protein", out);
    slot(ev.lipidConcentration(), "lipidConcentration", "lipid", out);
    return P_LOT_EV_CHARACTERISATION;
  }

  private static String collectQuantificationRatio(CompiledSelector cs, Selector s, ReleaseContext context,
      SecretomeProduct product, Lot lot, LotIndex index, List<Selected> out) {
    Ratios.particlesPerMicrogram(lot).ifPresent(x -> out.add(quantity(x.path(), "particle:protein ratio",
        x.value(), null, null)));
    lot.evCharacterisation().flatMap(Ratios::particlesPerNanomole).ifPresent(x -> out.add(quantity(x.path(),
        "particle:lipid ratio", x.value(), null, null)));
    lot.evCharacterisation().flatMap(Ratios::proteinPerNanomoleLipid).ifPresent(x -> out.add(quantity(x.path(),
        "protein:lipid ratio", x.value(), null, null)));
    return P_LOT_EV_CHARACTERISATION_PROTEIN_CONCENTRATION;
  }

  private static String collectParticleMethod(CompiledSelector cs, Selector s, ReleaseContext context,
      SecretomeProduct product, Lot lot, LotIndex index, List<Selected> out) {
    lot.evCharacterisation().ifPresent(ev -> {
      ev.particleConcentration().flatMap(Measurement::method).ifPresent(m -> out.add(new Selected(
          P_PARTICLE_CONCENTRATION_METHOD, P_PARTICLE_CONCENTRATION, "particle concentration",
          "particleConcentration", null, null, null, m, m.code())));
      ev.sizeDistribution().ifPresent(d -> out.add(new Selected(P_LOT_EV_CHARACTERISATION_SIZE_DISTRIBUTION
          + "/method", P_LOT_EV_CHARACTERISATION_SIZE_DISTRIBUTION, "size distribution", "sizeDistribution", null,
          null, null, d.method(), d.method().code())));
    });
    return P_PARTICLE_CONCENTRATION_METHOD;
  }


  private static String collectMembraneEvidence(CompiledSelector cs, Selector s, ReleaseContext context,
      SecretomeProduct product, Lot lot, LotIndex index, List<Selected> out) {
    String base = P_LOT_EV_CHARACTERISATION;
    lot.evCharacterisation().ifPresent(ev -> {
      for (int i = 0; i < ev.imaging().size(); i++) {
        org.paracrine.core.ev.VesicleImaging v = ev.imaging().get(i);
        if (v.bilayerObserved().isPresent()) {
          String path = JsonPointer.append(base, "imaging", i);
          out.add(new Selected(Pointers.member(path, "bilayerObserved"), path, "bilayer by " + v.method().code(),
              "imaging/" + i, null, null, v.bilayerObserved().get() ? CONFORMS : DOES_NOT_CONFORM, v.method()));
        }
      }
      boolean transmembrane = ev.markers().stream().anyMatch(m -> Markers.inCategory(m,
          MisevCategory.TRANSMEMBRANE_OR_GPI) && Markers.positive(m));
      if (transmembrane && ev.lipidConcentration().isPresent()) {
        String path = Pointers.member(base, "lipidConcentration");
        out.add(new Selected(path, path, "transmembrane marker with lipid quantification", "lipid", null, null,
            CONFORMS, ev.lipidConcentration().get().method().orElse(null)));
      }
    });
    return Pointers.member(base, "imaging");
  }

  private static String collectGuidelineVersion(CompiledSelector cs, Selector s, ReleaseContext context,
      SecretomeProduct product, Lot lot, LotIndex index, List<Selected> out) {
    String path = P_LOT_EV_CHARACTERISATION_GUIDELINE_VERSION;
    lot.evCharacterisation().ifPresent(ev -> out.add(new Selected(path, path, "guideline version",
        "guideline version", null, null, null, null, ev.guidelineVersion().code())));
    return path;
  }

  private static String collectParticleClass(CompiledSelector cs, Selector s, ReleaseContext context,
      SecretomeProduct product, Lot lot, LotIndex index, List<Selected> out) {
    String path = P_LOT_EV_CHARACTERISATION + "/particleClass";
    lot.evCharacterisation().flatMap(EvCharacterisation::particleClass).ifPresent(c -> out.add(new Selected(path,
        path, "particle class", "particle class", null, null, null, null, c.code())));
    return path;
  }

  private static String collectSizeClaim(CompiledSelector cs, Selector s, ReleaseContext context,
      SecretomeProduct product, Lot lot, LotIndex index, List<Selected> out) {
    String base = P_LOT_EV_CHARACTERISATION;
    lot.evCharacterisation().filter(EvCharacterisation::smallEvClaim).ifPresent(ev -> {
      if ("cut-off".equals(cs.parameter().orElse("method"))) {
        String path = Pointers.member(base, "declaredSizeCutOff");
        out.add(new Selected(path, path, "declared size cut-off of the small-EV claim", "cut-off",
            ev.declaredSizeCutOff().orElse(null), null, null, null));
      } else {
        Term<AnalyticalMethod> method = ev.sizeDistribution().map(SizeDistribution::method).orElse(null);
        String path = Pointers.member(base, "sizeDistribution");
        out.add(new Selected(method == null ? path : Pointers.member(path, "method"), path,
            "sizing method of the small-EV claim", "size claim", null, null, null, method,
            method == null ? null : method.code()));
      }
    });
    return Pointers.member(base, "smallEvClaim");
  }

  private static String collectParticleConcentration(CompiledSelector cs, Selector s, ReleaseContext context,
      SecretomeProduct product, Lot lot, LotIndex index, List<Selected> out) {
    return measurement(lot, "particleConcentration", EvCharacterisation::particleConcentration, out);
  }

  private static String collectProteinConcentration(CompiledSelector cs, Selector s, ReleaseContext context,
      SecretomeProduct product, Lot lot, LotIndex index, List<Selected> out) {
    return measurement(lot, "proteinConcentration", EvCharacterisation::proteinConcentration, out);
  }

  private static String collectLipidConcentration(CompiledSelector cs, Selector s, ReleaseContext context,
      SecretomeProduct product, Lot lot, LotIndex index, List<Selected> out) {
    return measurement(lot, "lipidConcentration", EvCharacterisation::lipidConcentration, out);
  }

  private static String collectParticleProteinRatio(CompiledSelector cs, Selector s, ReleaseContext context,
      SecretomeProduct product, Lot lot, LotIndex index, List<Selected> out) {
    Optional<Located<Quantity>> r = Ratios.particlesPerMicrogram(lot);
    boolean censored = lot.evCharacterisation().map(e -> e.particleConcentration()
        .flatMap(Measurement::censoring).isPresent() || e.proteinConcentration().flatMap(Measurement::censoring)
        .isPresent()).orElse(false);
    if (r.isPresent() && !(censored && r.get().path().startsWith("/lot/evCharacterisation"))) {
      out.add(quantity(r.get().path(), "particle:protein ratio", r.get().value(), null, null));
    }
    return P_LOT_EV_CHARACTERISATION_PROTEIN_CONCENTRATION;
  }

  private static String collectSize(CompiledSelector cs, Selector s, ReleaseContext context,
      SecretomeProduct product, Lot lot, LotIndex index, List<Selected> out) {
    return size(cs, lot, out);
  }

  private static String collectComposition(CompiledSelector cs, Selector s, ReleaseContext context,
      SecretomeProduct product, Lot lot, LotIndex index, List<Selected> out) {
    List<AnalyteResult> comp = lot.composition();
    for (int i = 0; i < comp.size(); i++) {
      AnalyteResult a = comp.get(i);
      if (!cs.matchesAny(a.analyte().code())
          || (cs.normalisation().isPresent() && !cs.normalisation().get().equals(a.normalisation()))) {
        continue;
      }
      out.add(new Selected(Pointers.at(P_LOT_COMPOSITION, i, "value"), Pointers.at(P_LOT_COMPOSITION, i),
          a.analyte().code(), a.analyte().code(), a.value(), a.censoring().orElse(null), null,
          a.method().orElse(null)));
    }
    return P_LOT_COMPOSITION;
  }

  private static String collectProcessParameter(CompiledSelector cs, Selector s, ReleaseContext context,
      SecretomeProduct product, Lot lot, LotIndex index, List<Selected> out) {
    String base = P_PRODUCT_PROCESS_CONDITIONING;
    Optional<ConditioningStep> c = product.process().flatMap(Bioprocess::conditioning);
    c.ifPresent(step -> culture(cs, step, base, out));
    if (out.isEmpty() && cs.parameter().get().equals("passage") && cs.oxygenCondition().isEmpty()) {
      product.source().cellBank().flatMap(b -> b.passage()).ifPresent(p -> out.add(quantity(
          P_PRODUCT_SOURCE_CELL_BANK_PASSAGE, "cell bank passage", Quantity.of(p, "1"),
          null, null)));
    }
    return cs.parameter().get().startsWith("priming-") ? Pointers.member(base, "priming")
        : Pointers.member(base, accessor(cs.parameter().get()));
  }

  private static String collectExpansionParameter(CompiledSelector cs, Selector s, ReleaseContext context,
      SecretomeProduct product, Lot lot, LotIndex index, List<Selected> out) {
    List<ExpansionStep> steps = product.process().map(Bioprocess::expansion).orElse(List.of());
    for (int i = 0; i < steps.size(); i++) {
      culture(cs, steps.get(i), Pointers.at(P_PRODUCT_PROCESS_EXPANSION, i), out);
    }
    return P_PRODUCT_PROCESS_EXPANSION;
  }

  private static String collectFormulation(CompiledSelector cs, Selector s, ReleaseContext context,
      SecretomeProduct product, Lot lot, LotIndex index, List<Selected> out) {
    String base = P_PRODUCT_FORMULATION;
    String member = accessor(cs.parameter().get());
    Optional<Formulation> f = product.formulation();
    Optional<Quantity> q = f.flatMap(x -> {
      switch (cs.parameter().get()) {
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
    q.ifPresent(v -> out.add(quantity(Pointers.member(base, member), cs.parameter().get(), v, null, null)));
    return Pointers.member(base, member);
  }

  private static String collectDose(CompiledSelector cs, Selector s, ReleaseContext context,
      SecretomeProduct product, Lot lot, LotIndex index, List<Selected> out) {
    List<DosingRegimen> regimens = product.regimens();
    for (int i = 0; i < regimens.size(); i++) {
      out.add(quantity(JsonPointer.of("product", "regimens", i, "dose", "amount"),
          "dose (" + regimens.get(i).route().code() + ")", regimens.get(i).dose().amount(), null, null));
    }
    return P_PRODUCT_REGIMENS;
  }

  private static String collectDonorTest(CompiledSelector cs, Selector s, ReleaseContext context,
      SecretomeProduct product, Lot lot, LotIndex index, List<Selected> out) {
    return donorTests(cs, context, index, out, null);
  }

  private static String collectDonorDetermination(CompiledSelector cs, Selector s, ReleaseContext context,
      SecretomeProduct product, Lot lot, LotIndex index, List<Selected> out) {
    Optional<Located<Donor>> donor = index.donor(context, SelectorResolver::donor);
    if (donor.isEmpty()) {
      return P_PRODUCT_SOURCE_DONOR;
    }
    Optional<org.paracrine.core.source.DonorEligibility> e = donor.get().value().eligibility();
    if (e.isEmpty()) {
      return donor.get().at("eligibility");
    }
    String at = donor.get().at("eligibility", "eligible");
    e.get().eligible().ifPresent(x -> out.add(new Selected(at, at, "eligibility determination",
        "eligibility determination", null, null, x ? CONFORMS : DOES_NOT_CONFORM, null)));
    return at;
  }

  private static String collectDonorTestLicensing(CompiledSelector cs, Selector s, ReleaseContext context,
      SecretomeProduct product, Lot lot, LotIndex index, List<Selected> out) {
    Optional<Located<Donor>> donor = index.donor(context, SelectorResolver::donor);
    if (donor.isEmpty()) {
      return P_PRODUCT_SOURCE_DONOR;
    }
    List<DonorTest> tests = index.donorTests(donor.get().value());
    String testsPointer = tests(donor.get());
    Pointers.Under list = Pointers.under(testsPointer);
    for (int i = 0; i < tests.size(); i++) {
      DonorTest t = tests.get(i);
      if (!named(cs, t)) {
        continue;
      }
      String at = list.at(i, "licensedScreeningTest");
      // each test is its own value (the pointer tells them apart); its name is written only if a message needs it
      out.add(Selected.named(at, at, () -> t.test().code() + " licensing", at, null, t.licensedScreeningTest()
          .map(x -> x ? CONFORMS : DOES_NOT_CONFORM).orElse(null)));
    }
    return testsPointer;
  }

  private static String collectDonorSpecimenTiming(CompiledSelector cs, Selector s, ReleaseContext context,
      SecretomeProduct product, Lot lot, LotIndex index, List<Selected> out) {
    Optional<Located<Donor>> donor = index.donor(context, SelectorResolver::donor);
    if (donor.isEmpty()) {
      return P_PRODUCT_SOURCE_DONOR;
    }
    Optional<java.time.LocalDate> recovery = donor.get().value().recoveryDate();
    List<DonorTest> tests = index.donorTests(donor.get().value());
    String testsPointer = tests(donor.get());
    Pointers.Under list = Pointers.under(testsPointer);
    for (int i = 0; i < tests.size(); i++) {
      DonorTest t = tests.get(i);
      String at = list.at(i, "specimenDate");
      Quantity days = recovery.isEmpty() ? null : days(java.time.temporal.ChronoUnit.DAYS.between(recovery.get(),
          t.specimenDate()));
      out.add(Selected.named(at, at, () -> t.test().code() + " specimen " + t.specimenDate(), at, days, null));
    }
    return testsPointer;
  }

  /** Day counts from 1,000 days before to 1,000 days after recovery, shared: quantities are immutable. */
  private static final int DAYS_KEPT = 1000;
  private static final Quantity[] DAYS = new Quantity[2 * DAYS_KEPT + 1];

  /** The quantity of {@code n} days ({@code d}), one shared instance for the common range. */
  static Quantity days(long n) {
    if (n < -DAYS_KEPT || n > DAYS_KEPT) {
      return Quantity.of(n, "d");
    }
    int slot = (int) n + DAYS_KEPT;
    Quantity q = DAYS[slot];
    if (q == null) {
      q = Quantity.of(n, "d");
      DAYS[slot] = q; // a race writes equal values; a quantity is safe to publish (final fields)
    }
    return q;
  }

  private static String collectLotDate(CompiledSelector cs, Selector s, ReleaseContext context,
      SecretomeProduct product, Lot lot, LotIndex index, List<Selected> out) {
    if (lot.expiryDate().isEmpty()) {
      return P_LOT_EXPIRY_DATE;
    }
    java.time.LocalDate expiry = lot.expiryDate().get();
    String path = P_LOT_EXPIRY_DATE;
    if (cs.parameter().get().equals("dating-period")) {
      long days = java.time.temporal.ChronoUnit.DAYS.between(lot.manufactureDate(), expiry);
      out.add(quantity(path, "dating period (manufacture " + lot.manufactureDate() + " to expiry " + expiry + ")",
          Quantity.of(days, "d"), null, null));
      return path;
    }
    if (context.checkedAt().isEmpty()) {
      return path;
    }
    java.time.LocalDate checkDate = java.time.LocalDate.ofInstant(context.checkedAt().get(),
        java.time.ZoneOffset.UTC);
    long days = java.time.temporal.ChronoUnit.DAYS.between(checkDate, expiry);
    out.add(quantity(path, "days from the check date " + checkDate + " to expiry " + expiry,
        Quantity.of(days, "d"), null, null));
    return path;
  }

  private static Optional<Located<Donor>> donor(ReleaseContext context) {
    return context.lot().donor().map(d -> new Located<>(d, P_LOT_DONOR))
        .or(() -> context.product().source().donor().map(d -> new Located<>(d, P_PRODUCT_SOURCE_DONOR)));
  }

  private static boolean named(CompiledSelector cs, DonorTest t) {
    return cs.namesTest(t.test().code());
  }

  /** The pointer of a donor's test list ({@code .../eligibility/tests}): a constant for each donor location. */
  private static String tests(Located<Donor> donor) {
    String path = donor.path();
    if (P_LOT_DONOR.equals(path)) {
      return P_LOT_DONOR_TESTS;
    }
    return P_PRODUCT_SOURCE_DONOR.equals(path) ? P_PRODUCT_SOURCE_DONOR_TESTS
        : Pointers.member(Pointers.member(path, "eligibility"), "tests");
  }

  /**
   * Donor tests of the selector's types; with a maternal-specimen age, a newborn donor's own specimens go to
   * {@code setAside} (21 CFR 1271.80(a)).
   */
  private static String donorTests(CompiledSelector cs, ReleaseContext context, LotIndex index, List<Selected> out,
      List<Selected> setAside) {
    Optional<Located<Donor>> donor = index.donor(context, SelectorResolver::donor);
    if (donor.isEmpty()) {
      return P_PRODUCT_SOURCE_DONOR;
    }
    boolean newborn = setAside != null && newborn(cs, donor.get().value(), context, index);
    List<DonorTest> tests = index.donorTests(donor.get().value());
    String testsPointer = tests(donor.get());
    Pointers.Under list = Pointers.under(testsPointer);
    Selected[] kept = index.values(tests, LotIndex.DONOR_TEST);
    for (int i = 0; i < tests.size(); i++) {
      DonorTest t = tests.get(i);
      if (!named(cs, t)) {
        continue;
      }
      Selected v = kept[i];
      if (v == null) {
        v = new Selected(list.at(i, "outcome"), list.at(i), t.test().code(), t.test().code(), null, null,
            t.outcome(), null);
        kept[i] = v;
      }
      if (newborn && !t.specimenSource().is(org.paracrine.core.vocabulary.SpecimenSource.BIRTH_MOTHER)) {
        setAside.add(v);
      } else {
        out.add(v);
      }
    }
    return testsPointer;
  }

  /** Whether the donor counts as a newborn for the selector's question, decided once per check. */
  private static boolean newborn(CompiledSelector cs, Donor donor, ReleaseContext context, LotIndex index) {
    return index.newborn(cs.newbornQuestion(), () -> newborn(cs, donor, context));
  }

  private static boolean newborn(CompiledSelector cs, Donor donor, ReleaseContext context) {
    if (donor.ageAtRecovery().isPresent()) {
      return donor.ageAtRecovery().get().compareValue(cs.maternalSpecimenAge().get()) <= 0;
    }
    return context.product().source().tissue().map(cs.selector().perinatalTissues()::contains).orElse(false);
  }

  /** True when a LOD unit counts genome copies ({@code {copies}}, {@code {GC}}, {@code {genome copies}}). */
  static boolean genomeCopies(Quantity lod) {
    String u = lod.unit().toLowerCase(java.util.Locale.ROOT);
    return u.contains("{copies") || u.contains("{gc") || u.contains("{genome");
  }

  private static void resultProperty(String parameter, TestResult r, String base, String label, List<Selected> out) {
    Term<AnalyticalMethod> method = r.method().orElse(null);
    switch (parameter) {
      case "lod-cfu":
        if (r.lod().isEmpty()) {
          out.add(new Selected(Pointers.member(base, "lod"), base, label + " LOD", label, null, null, null, method));
        } else if (!genomeCopies(r.lod().get())) {
          out.add(new Selected(Pointers.member(base, "lod"), base, label + " LOD", label, r.lod().get(), null,
              null, method));
        }
        return;
      case "lod-genome-copies":
        if (r.lod().isPresent() && genomeCopies(r.lod().get())) {
          out.add(new Selected(Pointers.member(base, "lod"), base, label + " LOD", label, r.lod().get(), null,
              null, method));
        }
        return;
      case "incubation-duration":
        out.add(new Selected(Pointers.member(base, "incubationDuration"), base, label + " incubation", label,
            r.incubationDuration().orElse(null), null, null, method));
        return;
      case "method-validated":
        out.add(new Selected(Pointers.member(base, "methodValidated"), base, label + " method validated", label,
            null, null, r.methodValidated().map(v -> v ? CONFORMS : DOES_NOT_CONFORM).orElse(null), method));
        return;
      default: {
        Term<QualitativeOutcome> o = null;
        if (!r.sampledMaterials().isEmpty()) {
          boolean both = r.sampledMaterials().contains(SampledMaterial.CELLS.term())
              && r.sampledMaterials().contains(SampledMaterial.SUPERNATANT.term());
          o = both ? CONFORMS : DOES_NOT_CONFORM;
        }
        out.add(new Selected(Pointers.member(base, "sampledMaterials"), base, label + " sampled materials", label,
            null, null, o, method));
      }
    }
  }

  private static Optional<Located<MscIdentity>> identity(ReleaseContext context) {
    return context.lot().cellIdentity().map(i -> new Located<>(i, P_LOT_CELL_IDENTITY))
        .or(() -> context.product().source().identity()
            .map(i -> new Located<>(i, P_PRODUCT_SOURCE_IDENTITY)));
  }

  private static void markers(CompiledSelector cs, List<MarkerResult> markers, String base, LotIndex index,
      List<Selected> out) {
    Pointers.Under list = null;
    Selected[] kept = index.values(markers, LotIndex.MARKER);
    for (int i = 0; i < markers.size(); i++) {
      Selected v = kept[i];
      MarkerResult m = markers.get(i);
      String key = v != null ? v.key() : Names.key(m.marker().code());
      if (cs.matchesKey(key)) {
        if (v == null) {
          if (list == null) {
            list = Pointers.under(Pointers.member(base, "markers"));
          }
          v = marker(list, i, m, key);
          kept[i] = v;
        }
        out.add(v);
      }
    }
  }

  /** The value of the marker result at {@code i} of a marker list, with the canonical key of its marker. */
  private static Selected marker(Pointers.Under list, int i, MarkerResult m, String key) {
    // each optional attribute is read once: the generated getters wrap a present value anew on every call
    Term<Marker> marker = m.marker();
    Marker known = marker.known().orElse(null);
    String label = known != null && known.commonName() != null ? known.commonName()
        : Names.markerLabel(marker.code());
    Term<AnalyticalMethod> method = m.method().orElse(null);
    Quantity percent = m.percentPositive().orElse(null);
    Term<QualitativeOutcome> outcome = m.outcome().orElse(null);
    String base = list.at(i);
    if (percent != null && outcome == null) {
      return new Selected(list.at(i, "percentPositive"), base, label, key, percent, null, null, method);
    }
    if (outcome != null) {
      return new Selected(list.at(i, "outcome"), base, label, key, percent, null, outcome, method);
    }
    return new Selected(base, base, label, key, null, null, null, method);
  }

  private static Selected quantity(String path, String label, Quantity q, Censoring censoring,
      Term<AnalyticalMethod> method) {
    return new Selected(path, path, label, label, q, censoring, null, method);
  }

  private static String measurement(Lot lot, String member,
      java.util.function.Function<EvCharacterisation, Optional<Measurement>> get, List<Selected> out) {
    String path = Pointers.member(P_LOT_EV_CHARACTERISATION, member);
    lot.evCharacterisation().flatMap(get).ifPresent(m -> out.add(new Selected(Pointers.member(path, "value"), path,
        member, member, m.value(), m.censoring().orElse(null), null, m.method().orElse(null))));
    return path;
  }

  private static void slot(Optional<Measurement> m, String member, String label, List<Selected> out) {
    String path = Pointers.member(P_LOT_EV_CHARACTERISATION, member);
    if (m.isPresent()) {
      out.add(new Selected(Pointers.member(path, "value"), path, label, label, m.get().value(),
          m.get().censoring().orElse(null), null, m.get().method().orElse(null)));
    } else {
      out.add(new Selected(path, path, label, label, null, null, null, null));
    }
  }

  private static String size(CompiledSelector cs, Lot lot, List<Selected> out) {
    String base = P_LOT_EV_CHARACTERISATION_SIZE_DISTRIBUTION;
    Optional<SizeDistribution> d = lot.evCharacterisation().flatMap(EvCharacterisation::sizeDistribution);
    if (d.isEmpty()) {
      return base;
    }
    SizeDistribution dist = d.get();
    Term<AnalyticalMethod> method = dist.method();
    SizeStatistic stat = cs.statistic().get();
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
        q = fractionWithin(dist, cs.sizeRange().get());
        label = "fraction within " + cs.sizeRange().get().describe();
        if (q.isPresent()) {
          out.add(new Selected(Pointers.member(base, "bins"), base, label, label, q.get(), null, null, method));
        }
        return Pointers.member(base, "bins");
    }
    String member = stat.name().toLowerCase(java.util.Locale.ROOT);
    if (q.isPresent()) {
      out.add(new Selected(Pointers.member(base, member), base, label, label, q.get(), null, null, method));
    }
    return Pointers.member(base, member);
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

  private static void culture(CompiledSelector cs, CultureConditions step, String base, List<Selected> out) {
    String parameter = cs.parameter().get();
    if (cs.oxygenCondition().isPresent() && !step.oxygenCondition().map(cs.oxygenCondition().get()::equals)
        .orElse(false)) {
      return;
    }
    String path = Pointers.member(base, accessor(parameter));
    if (step instanceof ConditioningStep && conditioningOnly((ConditioningStep) step, parameter, base, out)) {
      return;
    }
    if (step instanceof ExpansionStep && parameter.equals("virus-safety-evidence")) {
      // defined for a step whose supplement is an animal serum or derived from human blood: stated or missing
      boolean serum = step.supplement().flatMap(t -> t.known()).map(t -> t.animalSerum() || t.humanBloodDerived())
          .orElse(false);
      if (serum) {
        String text = ((ExpansionStep) step).virusSafetyEvidence().orElse(null);
        out.add(new Selected(path, path, parameter + " (" + step.supplement().get().code() + ")", path, null, null,
            null, null, text));
      }
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
    } else if (cs.oxygenCondition().isPresent()) {
      out.add(new Selected(path, path, parameter + " (" + cs.oxygenCondition().get().code() + ")", path, null, null,
          null, null));
    }
  }

  /** The conditioning step's stated texts and priming treatments; false when the parameter is another one. */
  private static boolean conditioningOnly(ConditioningStep step, String parameter, String base, List<Selected> out) {
    switch (parameter) {
      case "ev-depletion-method":
      case "virus-safety-evidence": {
        String path = Pointers.member(base, accessor(parameter));
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
    String known = ACCESSORS.get(parameter);
    if (known != null) {
      return known;
    }
    String made = makeAccessor(parameter);
    if (ACCESSORS.size() < 1024) {
      ACCESSORS.put(parameter, made);
    }
    return made;
  }

  private static final java.util.Map<String, String> ACCESSORS = new java.util.concurrent.ConcurrentHashMap<>();

  private static String makeAccessor(String parameter) {
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
