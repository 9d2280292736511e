package org.paracrine.validation.profiles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.paracrine.core.assay.Measurement;
import org.paracrine.core.ev.EvCharacterisation;
import org.paracrine.core.process.DownstreamStep;
import org.paracrine.core.report.ChecklistItemResult;
import org.paracrine.core.report.CompletenessScore;
import org.paracrine.core.report.JsonPointer;
import org.paracrine.core.report.SpecificationRef;
import org.paracrine.core.spec.AcceptanceCriterion;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.core.vocabulary.GuidelineVersion;
import org.paracrine.validation.internal.FindingFactory;
import org.paracrine.validation.internal.engine.CriterionEvaluator;
import org.paracrine.validation.internal.engine.LotIndex;
import org.paracrine.core.spec.Citation;
import org.paracrine.core.vocabulary.AnalyticalMethod;
import org.paracrine.core.vocabulary.EvIsolationMethod;
import org.paracrine.validation.ReleaseContext;
import org.paracrine.validation.ReportingChecklist;
import org.paracrine.validation.internal.Sources;

/**
 * An EV-METRIC-like reporting-completeness checklist for EV preparations (EV-TRACK Consortium, Nat Methods 2017,
 * DOI 10.1038/nmeth.4185: a per-experiment transparency score built from components, some of which count only when
 * the corresponding method was used). The published component list beyond its three conditional items was not
 * retrieved, so these items are Paracrine's, drawn from MISEV2018 and MFDS 2024; the score is satisfied ÷ applicable
 * items, listed item by item, and reported beside — never inside — the release verdict.
 *
 * <p>Items and applicability: particle class, starting material, isolation method, particle and protein
 * quantification, full size distribution (histogram), positive and negative markers and single-vesicle imaging
 * always apply; ultracentrifugation specifics (g-force and time) only when an ultracentrifugation method was used;
 * NTA replicates only when particles were counted by NTA; a declared size cut-off only when a small-EV claim is
 * made.
 *
 * <p>The items that are MISEV items (starting material = Q1; positive markers = cat1 and cat2; negative markers =
 * M3; single-vesicle imaging = S1) have one definition: the checklist evaluates the criteria of
 * {@link Misev2018Profile} (or of {@link Misev2023Profile} for a record tagged MISEV2023) with the same engine, and
 * an item is satisfied when each of its criteria passes. So a marker "reported" means detected above the profile's
 * cited threshold, exactly as in the profile. Immutable and thread-safe.
 */
public final class EvReportingChecklist implements ReportingChecklist {
  /** Checklist id. */
  public static final String ID = "paracrine.ev-reporting-checklist";
  /** Checklist version. */
  public static final String VERSION = "2.0.0";

  private static final String EV = JsonPointer.of("lot", "evCharacterisation");

  private final Map<String, CriterionEvaluator> misev2018Items;
  private final Map<String, CriterionEvaluator> misev2023Items;
  private final SpecificationRef misev2018Ref;
  private final SpecificationRef misev2023Ref;

  private EvReportingChecklist(Misev2018Profile misev2018, Misev2023Profile misev2023) {
    this.misev2018Items = compile(misev2018.specification().get());
    this.misev2023Items = compile(misev2023.specification().get());
    this.misev2018Ref = misev2018.ref();
    this.misev2023Ref = misev2023.ref();
  }

  /**
   * Returns the checklist that reads the MISEV items of the profiles with their default parameters.
   *
   * @return the shared instance
   */
  public static EvReportingChecklist standard() {
    return Standard.INSTANCE;
  }

  /** Holds the standard checklist, made when first asked for (after the items it scores are set up). */
  private static final class Standard {
    static final EvReportingChecklist INSTANCE = new EvReportingChecklist(Misev2018Profile.withDefaults(),
        Misev2023Profile.withDefaults());
  }

  /**
   * Returns a checklist that reads the MISEV items of the given profiles (e.g. with a different detection
   * threshold), so the checklist and the profiles a checker applies judge each item the same way.
   *
   * @param misev2018 the profile whose items score MISEV2018 records
   * @param misev2023 the profile whose items score MISEV2023 records
   * @return the checklist
   */
  public static EvReportingChecklist of(Misev2018Profile misev2018, Misev2023Profile misev2023) {
    return new EvReportingChecklist(misev2018, misev2023);
  }

  private record Item(String id, String description, Predicate<ReleaseContext> applicable,
      Predicate<ReleaseContext> satisfied, String path, Citation source, List<String> misevItems) {
    Item(String id, String description, Predicate<ReleaseContext> applicable, Predicate<ReleaseContext> satisfied,
        String path, Citation source) {
      this(id, description, applicable, satisfied, path, source, List.of());
    }

    /** An item that is one or more MISEV items: satisfied when each of the profile's criteria passes. */
    static Item misev(String id, String description, String path, String... criterionIds) {
      return new Item(id, description, c -> true, c -> false, path, Sources.MISEV2018, List.of(criterionIds));
    }
  }

  private static Optional<EvCharacterisation> ev(ReleaseContext c) {
    return c.lot().evCharacterisation();
  }

  private static boolean evHas(ReleaseContext c, Predicate<EvCharacterisation> p) {
    return ev(c).map(p::test).orElse(false);
  }

  private static List<DownstreamStep> steps(ReleaseContext c) {
    return c.product().process().map(p -> p.downstream()).orElse(List.of());
  }

  private static boolean ultracentrifugation(DownstreamStep s) {
    return s.method().map(m -> m.is(EvIsolationMethod.DIFFERENTIAL_ULTRACENTRIFUGATION)
        || m.is(EvIsolationMethod.DENSITY_GRADIENT_ULTRACENTRIFUGATION)).orElse(false);
  }

  private static boolean measured(Optional<Measurement> m) {
    return m.flatMap(Measurement::method).isPresent();
  }

  private static final List<Item> ITEMS = List.of(
      new Item("particle-class", "particle class stated (MISEV2023 nomenclature)", c -> true,
          c -> evHas(c, e -> e.particleClass().isPresent()), EV + "/particleClass", Sources.MISEV2023),
      Item.misev("starting-material", "amount of starting material (volume, cells or tissue mass; MISEV item Q1)",
          EV + "/startingMaterial", MisevItems.STARTING_MATERIAL),
      new Item("isolation-method", "EV isolation step with its method", c -> true,
          c -> steps(c).stream().anyMatch(s -> s.method().isPresent()), JsonPointer.of("product", "process",
              "downstream"), Sources.MISEV2018),
      new Item("ultracentrifugation-specifics", "ultracentrifugation g-force and duration",
          c -> steps(c).stream().anyMatch(EvReportingChecklist::ultracentrifugation),
          c -> steps(c).stream().filter(EvReportingChecklist::ultracentrifugation)
              .allMatch(s -> s.relativeCentrifugalForce().isPresent() && s.duration().isPresent()),
          JsonPointer.of("product", "process", "downstream"), Sources.EV_TRACK_2017),
      new Item("particle-quantification", "particle concentration with its method", c -> true,
          c -> evHas(c, e -> measured(e.particleConcentration())), EV + "/particleConcentration", Sources.MISEV2018),
      new Item("nta-replicates", "number of NTA replicate measurements",
          c -> evHas(c, e -> e.particleConcentration().flatMap(Measurement::method)
              .map(m -> m.is(AnalyticalMethod.NTA)).orElse(false)),
          c -> evHas(c, e -> e.particleConcentration().flatMap(Measurement::replicates).isPresent()),
          EV + "/particleConcentration/replicates", Sources.MISEV2018),
      new Item("protein-quantification", "protein concentration with its method", c -> true,
          c -> evHas(c, e -> measured(e.proteinConcentration())), EV + "/proteinConcentration", Sources.MISEV2018),
      new Item("size-distribution", "full size distribution (histogram), not only mean or mode", c -> true,
          c -> evHas(c, e -> e.sizeDistribution().map(d -> !d.bins().isEmpty()).orElse(false)),
          EV + "/sizeDistribution/bins", Sources.MFDS_2024),
      new Item("declared-size-cut-off", "operational size cut-off for a small-EV claim",
          c -> evHas(c, EvCharacterisation::smallEvClaim), c -> evHas(c, e -> e.declaredSizeCutOff().isPresent()),
          EV + "/declaredSizeCutOff", Sources.MISEV2018),
      Item.misev("positive-markers", "transmembrane or GPI-anchored (category 1) and cytosolic (category 2) EV"
          + " markers detected (MISEV items cat1 and cat2)", EV + "/markers", MisevItems.TRANSMEMBRANE,
          MisevItems.CYTOSOLIC),
      Item.misev("negative-markers", "contaminant or non-EV marker assessed (MISEV item M3)", EV + "/markers",
          MisevItems.CONTAMINANT),
      Item.misev("single-vesicle-imaging", "single-vesicle images, wide-field and close-up (MISEV item S1)",
          EV + "/imaging", MisevItems.IMAGING));

  @Override
  public Optional<CompletenessScore> score(ReleaseContext context) {
    if (!Misev2018Profile.evPreparation(context)) {
      return Optional.empty();
    }
    boolean misev2023 = context.lot().evCharacterisation()
        .map(e -> e.guidelineVersion().is(GuidelineVersion.MISEV2023)).orElse(false);
    Map<String, CriterionEvaluator> items = misev2023 ? misev2023Items : misev2018Items;
    SpecificationRef ref = misev2023 ? misev2023Ref : misev2018Ref;
    LotIndex index = LotIndex.of(context); // the check's own index when run by a checker: values selected once
    FindingFactory factory = new FindingFactory(ref);
    List<ChecklistItemResult> results = new ArrayList<>(ITEMS.size());
    for (int n = 0; n < ITEMS.size(); n++) {
      Item item = ITEMS.get(n);
      boolean applicable = item.applicable().test(context);
      boolean satisfied;
      Citation source = item.source();
      if (item.misevItems().isEmpty()) {
        satisfied = applicable && item.satisfied().test(context);
      } else {
        satisfied = context.lot().evCharacterisation().isPresent();
        for (String criterion : item.misevItems()) {
          CriterionEvaluator e = items.get(criterion);
          satisfied &= e.passes(factory, context, index);
          source = e.criterion().source().orElse(source);
        }
      }
      results.add(result(n, misev2023, item, applicable, applicable && satisfied, source));
    }
    return Optional.of(CompletenessScore.builder().checklistId(ID).checklistVersion(VERSION).items(results).build());
  }

  /**
   * The item results already built, by item, guideline and outcome: an item's result depends only on whether it
   * applies and is satisfied (its source is fixed for a guideline), so each is built once and shared (immutable;
   * a race builds equal ones).
   */
  private final Kept[] kept = new Kept[ITEMS.size() * 2 * 3];

  private ChecklistItemResult result(int n, boolean misev2023, Item item, boolean applicable, boolean satisfied,
      Citation source) {
    int slot = (n * 2 + (misev2023 ? 1 : 0)) * 3 + (!applicable ? 0 : satisfied ? 2 : 1);
    Kept k = kept[slot];
    if (k == null || k.source != source) {
      k = new Kept(source, ChecklistItemResult.builder().id(item.id()).description(item.description())
          .applicable(applicable).satisfied(satisfied).path(item.path()).source(source).build());
      kept[slot] = k;
    }
    return k.result;
  }

  /** An item result with the citation instance it was built with (immutable, so safe to share). */
  private static final class Kept {
    final Citation source;
    final ChecklistItemResult result;

    Kept(Citation source, ChecklistItemResult result) {
      this.source = source;
      this.result = result;
    }
  }

  private static Map<String, CriterionEvaluator> compile(ReleaseSpecification spec) {
    Map<String, CriterionEvaluator> out = new HashMap<>();
    for (AcceptanceCriterion c : spec.criteria()) {
      out.put(c.id(), new CriterionEvaluator(c, null, null));
    }
    return out;
  }
}
