package org.paracrine.validation.profiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.paracrine.core.assay.Measurement;
import org.paracrine.core.ev.EvCharacterisation;
import org.paracrine.core.process.DownstreamStep;
import org.paracrine.core.report.ChecklistItemResult;
import org.paracrine.core.report.CompletenessScore;
import org.paracrine.core.report.JsonPointer;
import org.paracrine.core.spec.Citation;
import org.paracrine.core.vocabulary.AnalyticalMethod;
import org.paracrine.core.vocabulary.EvIsolationMethod;
import org.paracrine.core.vocabulary.MisevCategory;
import org.paracrine.validation.ReleaseContext;
import org.paracrine.validation.ReportingChecklist;
import org.paracrine.validation.internal.Markers;
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
 * made. Immutable and thread-safe.
 */
public final class EvReportingChecklist implements ReportingChecklist {
  /** Checklist id. */
  public static final String ID = "paracrine.ev-reporting-checklist";
  /** Checklist version. */
  public static final String VERSION = "1.0.0";

  private static final EvReportingChecklist STANDARD = new EvReportingChecklist();
  private static final String EV = JsonPointer.of("lot", "evCharacterisation");

  private EvReportingChecklist() {}

  /**
   * Returns the checklist.
   *
   * @return the shared instance
   */
  public static EvReportingChecklist standard() {
    return STANDARD;
  }

  private record Item(String id, String description, Predicate<ReleaseContext> applicable,
      Predicate<ReleaseContext> satisfied, String path, Citation source) {}

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
      new Item("starting-material", "amount of starting material (volume, cells or tissue mass)", c -> true,
          c -> evHas(c, e -> e.startingMaterial().isPresent()), EV + "/startingMaterial", Sources.MISEV2018),
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
      new Item("positive-markers", "transmembrane and cytosolic EV markers reported", c -> true,
          c -> evHas(c, e -> e.markers().stream().anyMatch(m -> Markers.inCategory(m, MisevCategory.TRANSMEMBRANE_OR_GPI))
              && e.markers().stream().anyMatch(m -> Markers.inCategory(m, MisevCategory.CYTOSOLIC))),
          EV + "/markers", Sources.MISEV2018),
      new Item("negative-markers", "contaminant or non-EV marker assessed", c -> true,
          c -> evHas(c, e -> e.markers().stream().anyMatch(m -> Markers.inCategory(m, MisevCategory.NON_EV_STRUCTURES)
              || Markers.inCategory(m, MisevCategory.OTHER_INTRACELLULAR))),
          EV + "/markers", Sources.MISEV2018),
      new Item("single-vesicle-imaging", "single-vesicle images, wide-field and close-up", c -> true,
          c -> evHas(c, e -> e.imaging().stream().anyMatch(i -> i.wideField() && i.closeUp())),
          EV + "/imaging", Sources.MISEV2018));

  @Override
  public Optional<CompletenessScore> score(ReleaseContext context) {
    if (!Misev2018Profile.evPreparation(context)) {
      return Optional.empty();
    }
    List<ChecklistItemResult> results = new ArrayList<>();
    for (Item item : ITEMS) {
      boolean applicable = item.applicable().test(context);
      results.add(ChecklistItemResult.builder().id(item.id()).description(item.description())
          .applicable(applicable).satisfied(applicable && item.satisfied().test(context)).path(item.path())
          .source(item.source()).build());
    }
    return Optional.of(CompletenessScore.builder().checklistId(ID).checklistVersion(VERSION).items(results).build());
  }
}
