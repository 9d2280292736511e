package org.paracrine.examples.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.paracrine.core.assay.MarkerResult;
import org.paracrine.core.assay.TestResult;
import org.paracrine.core.ev.EvCharacterisation;
import org.paracrine.core.ev.SizeDistribution;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.product.SecretomeProduct;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.quantity.QuantityRange;
import org.paracrine.core.samples.ReferenceLots;
import org.paracrine.core.samples.ReferenceProducts;
import org.paracrine.core.source.DifferentiationResult;
import org.paracrine.core.source.MscIdentity;
import org.paracrine.core.spec.AcceptanceCriterion;
import org.paracrine.core.spec.Citation;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.core.spec.Selector;
import org.paracrine.core.spec.SelectorKind;
import org.paracrine.core.spec.SizeStatistic;
import org.paracrine.core.vocabulary.AnalyticalMethod;
import org.paracrine.core.vocabulary.DifferentiationLineage;
import org.paracrine.core.vocabulary.Marker;
import org.paracrine.core.vocabulary.OutcomeClass;
import org.paracrine.core.vocabulary.QualitativeOutcome;
import org.paracrine.core.vocabulary.QualityAttribute;
import org.paracrine.core.vocabulary.Term;

/**
 * The clinical-grade MSC-EV release specification of World J Stem Cells 2025;17(10):110445 (DOI
 * 10.4252/wjsc.v17.i10.110445), written natively with selectors: the producing cells' identity markers, viability
 * and trilineage differentiation, the EV markers, size and integrity are read where the lot records them — nothing
 * is copied into test results. With an example product (based on the bone-marrow EV reference product) and four lots:
 * one conforming, three rejected (GM130 present; d90 above 200 nm; endotoxin exactly 0.5 EU/mL under "&lt; 0.5").
 */
final class WjscSpecification {
  static final String PRODUCT_ID = "msc-sev-clinical";
  static final Citation WJSC = Citation.builder().label("World J Stem Cells 2025;17:110445")
      .reference("Clinical-grade MSC-derived EV release specification, World J Stem Cells 2025;17(10):110445")
      .doi("10.4252/wjsc.v17.i10.110445").build();

  private WjscSpecification() {}

  static SecretomeProduct product() {
    SecretomeProduct base = ReferenceProducts.boneMarrowEvIntravenous();
    return SecretomeProduct.builder().from(base).id(PRODUCT_ID)
        .name("Clinical-grade MSC small EVs (example product for the WJSC 2025 specification)")
        .description("Example product used to show the World J Stem Cells 2025 release specification as data; "
            + "source, process and dosing are those of the bone-marrow EV reference product.")
        .build();
  }

  static ReleaseSpecification specification() {
    var spec = ReleaseSpecification.builder().id("wjsc-2025-msc-ev-release").version("1")
        .title("Clinical-grade MSC-EV release (World J Stem Cells 2025)").addProduct(PRODUCT_ID).addSource(WJSC)
        .description("Release criteria for the producing MSCs and the EV product as published; the MSC "
            + "criteria read the lot's cell identity.");
    spec.addCriterion(outcome("sterility", Selector.testResult(QualityAttribute.STERILITY), OutcomeClass.NEGATIVE,
        "sterility negative (BacT/ALERT) for cells and EVs"));
    spec.addCriterion(AcceptanceCriterion.builder().id("endotoxin")
        .selector(Selector.testResult(QualityAttribute.ENDOTOXIN))
        .limit(QuantityRange.lessThan(Quantity.of("0.5", "[IU]/mL"))).source(WJSC)
        .description("endotoxin < 0.5 EU/mL (1 EU = 1 IU)").build());
    spec.addCriterion(outcome("mycoplasma", Selector.testResult(QualityAttribute.MYCOPLASMA), OutcomeClass.NEGATIVE,
        "mycoplasma negative (qPCR)"));
    spec.addCriterion(AcceptanceCriterion.builder().id("cell-viability")
        .selector(Selector.builder().kind(SelectorKind.CELL_VIABILITY).build())
        .limit(QuantityRange.atLeast(Quantity.of(90, "%"))).source(WJSC)
        .description("viability of the producing MSCs >= 90 % (trypan blue)").build());
    for (String m : List.of("CD90", "CD105", "CD73", "CD44")) {
      spec.addCriterion(AcceptanceCriterion.builder().id("msc-" + m.toLowerCase(java.util.Locale.ROOT))
          .selector(Selector.of(SelectorKind.CELL_MARKER, m))
          .limit(QuantityRange.atLeast(Quantity.of(95, "%"))).source(WJSC).build());
    }
    for (String m : List.of("CD45", "CD34", "CD11b", "HLA-DR")) {
      spec.addCriterion(AcceptanceCriterion.builder().id("msc-" + m.toLowerCase(java.util.Locale.ROOT))
          .selector(Selector.of(SelectorKind.CELL_MARKER, m))
          .limit(QuantityRange.atMost(Quantity.of(2, "%"))).source(WJSC).build());
    }
    for (DifferentiationLineage l : List.of(DifferentiationLineage.OSTEOGENIC, DifferentiationLineage.ADIPOGENIC,
        DifferentiationLineage.CHONDROGENIC)) {
      spec.addCriterion(AcceptanceCriterion.builder().id("trilineage-" + l.code())
          .selector(Selector.builder().kind(SelectorKind.DIFFERENTIATION).lineage(l.term()).build())
          .addAcceptableClasses(OutcomeClass.POSITIVE, OutcomeClass.CONFORMS).source(WJSC).build());
    }
    spec.addCriterion(AcceptanceCriterion.builder().id("ev-morphology")
        .selector(Selector.builder().kind(SelectorKind.VESICLE_IMAGING).addMethod(Term.of(AnalyticalMethod.TEM))
            .addMethod(Term.of(AnalyticalMethod.CRYO_EM)).build())
        .addAcceptableClasses(OutcomeClass.CONFORMS).source(WJSC)
        .description("cup-shaped, bilayer-bounded vesicles by electron microscopy").build());
    spec.addCriterion(AcceptanceCriterion.builder().id("ev-size-d90")
        .selector(Selector.builder().kind(SelectorKind.SIZE).statistic(SizeStatistic.D90).build())
        .limit(QuantityRange.lessThan(Quantity.of(200, "nm"))).source(WJSC)
        .description("size distribution below 200 nm (nano-flow cytometry): 90 % of particles below 200 nm")
        .build());
    for (String m : List.of("CD9", "CD81", "TSG101")) {
      spec.addCriterion(AcceptanceCriterion.builder().id("ev-" + m.toLowerCase(java.util.Locale.ROOT))
          .selector(Selector.of(SelectorKind.EV_MARKER, m)).addAcceptableClasses(OutcomeClass.POSITIVE)
          .source(WJSC).build());
    }
    spec.addCriterion(AcceptanceCriterion.builder().id("ev-gm130")
        .selector(Selector.of(SelectorKind.EV_MARKER, "GM130")).addAcceptableClasses(OutcomeClass.NEGATIVE)
        .source(WJSC).description("GM130 (GOLGA2) absent: no Golgi contamination").build());
    spec.addCriterion(AcceptanceCriterion.builder().id("ev-integrity")
        .selector(Selector.builder().kind(SelectorKind.INTEGRITY)
            .addMethod(Term.of(AnalyticalMethod.DETERGENT_LYSIS)).build())
        .addAcceptableClasses(OutcomeClass.CONFORMS, OutcomeClass.POSITIVE).source(WJSC)
        .description("particles lysed by Triton X-100").build());
    return spec.build();
  }

  private static AcceptanceCriterion outcome(String id, Selector selector, OutcomeClass accepted,
      String description) {
    return AcceptanceCriterion.builder().id(id).selector(selector).addAcceptableClasses(accepted).source(WJSC)
        .description(description).build();
  }

  /** The producing cells of the lot, with the WJSC marker panel (CD11b instead of CD14/CD19). */
  static MscIdentity cells() {
    return MscIdentity.builder()
        .addMarker(MarkerResult.percent(Marker.THY1, "98.9"))
        .addMarker(MarkerResult.percent(Marker.ENG, "97.6"))
        .addMarker(MarkerResult.percent(Marker.NT5E, "99.3"))
        .addMarker(MarkerResult.percent(Marker.CD44, "99.1"))
        .addMarker(MarkerResult.percent(Marker.PTPRC, "0.5"))
        .addMarker(MarkerResult.percent(Marker.CD34, "0.7"))
        .addMarker(MarkerResult.percent(Marker.ITGAM, "0.4"))
        .addMarker(MarkerResult.percent(Marker.HLA_DRA, "0.9"))
        .addMarker(MarkerResult.percent(Marker.CD14, "0.3"))
        .addMarker(MarkerResult.percent(Marker.CD19, "0.2"))
        .plasticAdherence(true)
        .addDifferentiation(DifferentiationResult.of(DifferentiationLineage.OSTEOGENIC, QualitativeOutcome.POSITIVE,
            "Alizarin Red"))
        .addDifferentiation(DifferentiationResult.of(DifferentiationLineage.ADIPOGENIC, QualitativeOutcome.POSITIVE,
            "Oil Red O"))
        .addDifferentiation(DifferentiationResult.of(DifferentiationLineage.CHONDROGENIC,
            QualitativeOutcome.POSITIVE, "Alcian blue"))
        .viability(Quantity.of("94.0", "%"))
        .passage(4)
        .testDate(LocalDate.of(2025, 8, 20))
        .build();
  }

  static Lot conformingLot() {
    Lot base = ReferenceLots.boneMarrowEvIntravenous();
    return Lot.builder().from(base).id("MSCSEV-25-001").productId(PRODUCT_ID).cellIdentity(cells()).build();
  }

  static Lot gm130Present() {
    Lot base = conformingLot();
    EvCharacterisation ev = base.evCharacterisation().orElseThrow();
    List<MarkerResult> markers = new ArrayList<>();
    for (MarkerResult m : ev.markers()) {
      markers.add(m.marker().is(Marker.GOLGA2)
          ? MarkerResult.qualitative(Marker.GOLGA2, AnalyticalMethod.WESTERN_BLOT, QualitativeOutcome.PRESENT) : m);
    }
    return Lot.builder().from(base).id("MSCSEV-25-002")
        .evCharacterisation(EvCharacterisation.builder().from(ev).markers(markers).build()).build();
  }

  static Lot d90Above200() {
    Lot base = conformingLot();
    EvCharacterisation ev = base.evCharacterisation().orElseThrow();
    SizeDistribution d = ev.sizeDistribution().orElseThrow();
    return Lot.builder().from(base).id("MSCSEV-25-003").evCharacterisation(EvCharacterisation.builder().from(ev)
        .sizeDistribution(SizeDistribution.builder().from(d).d90(Quantity.of(236, "nm")).build()).build()).build();
  }

  static Lot endotoxinAtStrictLimit() {
    Lot base = conformingLot();
    List<TestResult> results = new ArrayList<>();
    for (TestResult r : base.testResults()) {
      results.add(r.attribute().is(QualityAttribute.ENDOTOXIN)
          ? TestResult.builder().from(r).value(Quantity.of("0.50", "[IU]/mL")).build() : r);
    }
    return Lot.builder().from(base).id("MSCSEV-25-004").testResults(results).build();
  }
}
