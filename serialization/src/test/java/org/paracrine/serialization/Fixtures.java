package org.paracrine.serialization;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.quantity.QuantityRange;
import org.paracrine.core.report.ChecklistItemResult;
import org.paracrine.core.report.CompletenessScore;
import org.paracrine.core.report.Finding;
import org.paracrine.core.report.InputDigest;
import org.paracrine.core.report.InputRole;
import org.paracrine.core.report.Provenance;
import org.paracrine.core.report.ReportSignature;
import org.paracrine.core.report.SignatureMeaning;
import org.paracrine.core.report.Outcome;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.core.report.Severity;
import org.paracrine.core.report.SpecificationRef;
import org.paracrine.core.samples.ReferenceCompositions;
import org.paracrine.core.samples.ReferenceLots;
import org.paracrine.core.samples.ReferenceProducts;
import org.paracrine.core.spec.AcceptanceCriterion;
import org.paracrine.core.spec.Citation;
import org.paracrine.core.spec.Confidence;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.core.vocabulary.AnalyticalMethod;
import org.paracrine.core.vocabulary.QualitativeOutcome;
import org.paracrine.core.vocabulary.QualityAttribute;
import org.paracrine.core.vocabulary.Term;

/** Example documents of every kind for golden files and schema tests. */
final class Fixtures {
  private Fixtures() {}

  /** A named example document. */
  record Named(String name, Object document) {}

  static ReleaseSpecification specification() {
    Citation usp85 = Citation.builder().label("USP <85> Bacterial Endotoxins Test")
        .reference("United States Pharmacopeia, general chapter <85>").confidence(Confidence.CONFIRMED).build();
    return ReleaseSpecification.builder()
        .id("example-ev-iv-release").version("1.0").title("Example release specification, EV fraction, IV")
        .description("Compendial safety tests and an endotoxin limit with a warning band.")
        .addCriterion(AcceptanceCriterion.builder().id("endotoxin")
            .attribute(Term.of(QualityAttribute.ENDOTOXIN))
            .addAllowedMethod(Term.of(AnalyticalMethod.LAL_KINETIC_CHROMOGENIC))
            .limit(QuantityRange.lessThan(Quantity.of("0.50", "[IU]/mL")))
            .warningBand(QuantityRange.between(Quantity.of("0.25", "[IU]/mL"), Quantity.of("0.50", "[IU]/mL")))
            .source(usp85).build())
        .addCriterion(AcceptanceCriterion.builder().id("sterility")
            .attribute(Term.of(QualityAttribute.STERILITY))
            .addAcceptableOutcome(Term.of(QualitativeOutcome.NO_GROWTH))
            .description("USP <71> / Ph. Eur. 2.6.1, 14 days").build())
        .addCriterion(AcceptanceCriterion.builder().id("particles")
            .attribute(Term.of(QualityAttribute.PARTICLE_CONCENTRATION))
            .limit(QuantityRange.atLeast(Quantity.of("1.0E+10", "{particles}/mL")))
            .severity(Severity.WARNING).required(false).build())
        .build();
  }

  static ReleaseReport report() {
    SpecificationRef spec = SpecificationRef.of("example-ev-iv-release", "1.0");
    return ReleaseReport.builder()
        .lotId("BMEV-25-001").productId("bm-msc-ev-iv")
        .addSpecification(spec)
        .addFinding(Finding.builder().code("SPEC.ENDOTOXIN.PASS").outcome(Outcome.PASS).severity(Severity.ERROR)
            .path("/testResults/0/value").message("endotoxin 0.12 [IU]/mL is below 0.50 [IU]/mL")
            .specification(spec).criterionId("endotoxin").observed("0.12 [IU]/mL")
            .observedQuantity(Quantity.of("0.12", "[IU]/mL"))
            .limit(QuantityRange.lessThan(Quantity.of("0.50", "[IU]/mL"))).expected("< 0.50 [IU]/mL").build())
        .addFinding(Finding.builder().code("SPEC.PARTICLES.WARN").outcome(Outcome.WARN)
            .severity(Severity.WARNING).path("/evCharacterisation").message("particle concentration near limit")
            .specification(spec).criterionId("particles").build())
        .addCompleteness(CompletenessScore.builder().checklistId("MISEV2018").checklistVersion("2018")
            .addItem(ChecklistItemResult.builder().id("Q1").description("starting material quantity")
                .applicable(true).satisfied(true).path("/evCharacterisation/startingMaterial").build())
            .addItem(ChecklistItemResult.builder().id("S1").description("single-vesicle imaging")
                .applicable(true).satisfied(false).build())
            .build())
        .build();
  }

  /**
   * The example report with provenance (library, check time, input digests) and two signatures. The digests and
   * JWS values show the format only; real signatures are made and verified by the signing tests.
   */
  static ReleaseReport reportWithProvenance() {
    String zeros = "0".repeat(56);
    return report().withProvenance(Provenance.builder().libraryName("paracrine").libraryVersion("0.1.0")
            .checkedAt(Instant.parse("2026-11-28T04:43:30Z")).checkedBy("analyst@example.org")
            .addInput(InputDigest.builder().role(InputRole.PRODUCT).kind("product").id("bm-msc-ev-iv")
                .version("1").sha256("1a2b3c4d" + zeros).build())
            .addInput(InputDigest.builder().role(InputRole.LOT).kind("lot").id("BMEV-25-001")
                .sha256("5e6f7a8b" + zeros).build())
            .addInput(InputDigest.builder().role(InputRole.PROFILE).kind("profile").id("paracrine.isct-2006")
                .version("1.0").build())
            .addInput(InputDigest.builder().role(InputRole.SPECIFICATION).kind("specification")
                .id("example-ev-iv-release").version("1.0").sha256("9c0d1e2f" + zeros).build())
            .build())
        .withSignature(ReportSignature.builder().signer("A. Analyst").signedAt(Instant.parse("2026-11-28T05:00:00Z"))
            .meaning(SignatureMeaning.AUTHORED).algorithm("ES256").keyId("analyst-2026")
            .jws("eyJhbGciOiJFUzI1NiJ9..c2lnbmF0dXJlLW9uZQ").build())
        .withSignature(ReportSignature.builder().signer("Q. Assurance")
            .signedAt(Instant.parse("2026-11-28T09:15:00.250Z")).meaning(SignatureMeaning.APPROVED)
            .algorithm("PS256").jws("eyJhbGciOiJQUzI1NiJ9..c2lnbmF0dXJlLXR3bw").build());
  }

  /**
   * Every example document: the five reference products and lots, a specification and a report, and the
   * composition-consistency example (a 20-lot reference series, its specification and a drifting lot).
   *
   * @return the named documents; names are golden-file names
   */
  static List<Named> all() {
    List<Named> all = new ArrayList<>();
    String[] names = {"bone-marrow-ev-iv", "amniotic-fluid-ev-iv", "umbilical-cord-secretome-gel",
        "adipose-ev-nebulised", "lyophilised-bm-secretome-intra-articular"};
    List<?> products = ReferenceProducts.all();
    List<?> lots = ReferenceLots.all();
    for (int i = 0; i < names.length; i++) {
      all.add(new Named("product-" + names[i], products.get(i)));
    }
    for (int i = 0; i < names.length; i++) {
      all.add(new Named("lot-" + names[i], lots.get(i)));
    }
    all.add(new Named("specification-example-ev-iv-release", specification()));
    all.add(new Named("report-example-bmev-25-001", report()));
    all.add(new Named("report-with-provenance-and-signatures", reportWithProvenance()));
    all.add(new Named("reference-series-uc-gel-20-lots", ReferenceCompositions.referenceSeries()));
    all.add(new Named("specification-uc-gel-composition-consistency",
        ReferenceCompositions.consistencySpecification()));
    all.add(new Named("lot-uc-gel-drifting", ReferenceCompositions.driftingLot()));
    return all;
  }
}
