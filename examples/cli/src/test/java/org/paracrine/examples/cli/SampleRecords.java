package org.paracrine.examples.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.paracrine.core.assay.MarkerResult;
import org.paracrine.core.assay.TestResult;
import org.paracrine.core.ev.EvCharacterisation;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.quantity.QuantityRange;
import org.paracrine.core.samples.ReferenceLots;
import org.paracrine.core.samples.ReferenceProducts;
import org.paracrine.core.source.Donor;
import org.paracrine.core.source.DonorEligibility;
import org.paracrine.core.source.DonorTest;
import org.paracrine.core.source.MscIdentity;
import org.paracrine.core.spec.AcceptanceCriterion;
import org.paracrine.core.spec.Citation;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.core.vocabulary.AnalyticalMethod;
import org.paracrine.core.vocabulary.Marker;
import org.paracrine.core.vocabulary.QualitativeOutcome;
import org.paracrine.core.vocabulary.QualityAttribute;
import org.paracrine.core.vocabulary.Term;

/**
 * Builds the sample records committed under {@code examples/data}: the five reference products and the clinical
 * MSC-sEV example product, four product-scoped specifications (one of them the complete World J Stem Cells 2025
 * clinical release specification, {@link WjscSpecification}), fourteen lots and an NDJSON stream of
 * 300 seeded lots with one malformed line. {@link SampleDataTest} keeps the committed files equal to what this
 * class builds.
 */
final class SampleRecords {
  private SampleRecords() {}

  /** Seed of the NDJSON stream: the same seed always gives the same 300 lots. */
  static final long STREAM_SEED = 20251121L;
  /** Lots in the NDJSON stream. */
  static final int STREAM_LOTS = 300;
  /** 1-based line of the deliberately malformed record in the NDJSON stream. */
  static final int MALFORMED_LINE = 137;
  /** Length of the malformed line: a record cut after this many characters. */
  static final int MALFORMED_LINE_LENGTH = 120;

  static Map<String, Object> documents() {
    Map<String, Object> docs = new LinkedHashMap<>();
    docs.put("products/bm-msc-ev-iv.json", ReferenceProducts.boneMarrowEvIntravenous());
    docs.put("products/af-ev-iv.json", ReferenceProducts.amnioticFluidEvIntravenous());
    docs.put("products/uc-msc-secretome-gel.json", ReferenceProducts.umbilicalCordSecretomeGel());
    docs.put("products/at-msc-ev-inhaled.json", ReferenceProducts.adiposeEvNebulised());
    docs.put("products/bm-msc-lyosecretome-ia.json", ReferenceProducts.lyophilisedBoneMarrowSecretomeIntraArticular());
    docs.put("specifications/gel-release.json", gelSpecification());
    docs.put("specifications/inhaled-ev-release.json", inhaledSpecification());
    docs.put("specifications/potency.json", potencySpecification());
    docs.put("lots/01-bm-ev-iv-conforming.json", ReferenceLots.boneMarrowEvIntravenous());
    docs.put("lots/02-af-ev-iv-conforming.json", ReferenceLots.amnioticFluidEvIntravenous());
    docs.put("lots/03-uc-gel-conforming.json", ReferenceLots.umbilicalCordSecretomeGel());
    docs.put("lots/04-at-ev-inhaled-conforming.json", ReferenceLots.adiposeEvNebulised());
    docs.put("lots/05-lyo-ia-conforming.json", ReferenceLots.lyophilisedBoneMarrowSecretomeIntraArticular());
    docs.put("lots/06-bm-ev-iv-endotoxin-over-limit.json", endotoxinOverLimit());
    docs.put("lots/07-lyo-ia-cd73-below-95.json", cd73Below95());
    docs.put("lots/08-bm-ev-iv-cytosolic-marker-absent.json", cytosolicMarkerAbsent());
    docs.put("lots/09-af-ev-iv-donor-specimen-outside-window.json", donorSpecimenOutsideWindow());
    docs.put("lots/10-bm-ev-iv-no-mycoplasma-result.json", noMycoplasmaResult());
    docs.put("products/msc-sev-clinical.json", WjscSpecification.product());
    docs.put("specifications/wjsc-2025-msc-ev-release.json", WjscSpecification.specification());
    docs.put("lots/11-msc-sev-wjsc-conforming.json", WjscSpecification.conformingLot());
    docs.put("lots/12-msc-sev-wjsc-gm130-present.json", WjscSpecification.gm130Present());
    docs.put("lots/13-msc-sev-wjsc-d90-above-200-nm.json", WjscSpecification.d90Above200());
    docs.put("lots/14-msc-sev-wjsc-endotoxin-at-strict-limit.json", WjscSpecification.endotoxinAtStrictLimit());
    return docs;
  }

  private static final Citation SPONSOR = Citation.builder().label("Sponsor specification (example)")
      .reference("Example product-specific limits set during development, as USP <85> and MFDS 2024 ask for routes"
          + " without a compendial K").build();

  static ReleaseSpecification gelSpecification() {
    return ReleaseSpecification.builder().id("uc-gel-release").version("1").title("UC-MSC secretome gel release")
        .addProduct("uc-msc-secretome-gel")
        .addCriterion(AcceptanceCriterion.builder().id("endotoxin").attribute(Term.of(QualityAttribute.ENDOTOXIN))
            .limit(QuantityRange.atMost(Quantity.of("1.0", "[IU]/mL"))).source(SPONSOR)
            .description("topical route: product-specific limit (no compendial K)").build())
        .addCriterion(AcceptanceCriterion.builder().id("total-protein")
            .attribute(Term.of(QualityAttribute.TOTAL_PROTEIN))
            .limit(QuantityRange.atLeast(Quantity.of(50, "ug/mL")))
            .warningBand(QuantityRange.atLeast(Quantity.of(60, "ug/mL"))).source(SPONSOR).build())
        .addCriterion(AcceptanceCriterion.builder().id("appearance").attribute(Term.of(QualityAttribute.APPEARANCE))
            .addAcceptableOutcome(Term.of(QualitativeOutcome.CONFORMS)).source(SPONSOR).build())
        .build();
  }

  static ReleaseSpecification inhaledSpecification() {
    return ReleaseSpecification.builder().id("at-ev-inhaled-release").version("1")
        .title("Nebulised AT-MSC EV release").addProduct("at-msc-ev-inhaled")
        .addCriterion(AcceptanceCriterion.builder().id("endotoxin").attribute(Term.of(QualityAttribute.ENDOTOXIN))
            .limit(QuantityRange.atMost(Quantity.of("0.5", "[IU]/mL"))).source(SPONSOR)
            .description("inhalation route: product-specific limit (no compendial K)").build())
        .build();
  }

  static ReleaseSpecification potencySpecification() {
    return ReleaseSpecification.builder().id("potency").version("1")
        .title("T-cell suppression potency (MoA-based, MFDS 2024)")
        .addProducts("bm-msc-ev-iv", "af-ev-iv", "at-msc-ev-inhaled", "bm-msc-lyosecretome-ia")
        .addCriterion(AcceptanceCriterion.builder().id("t-cell-suppression")
            .attribute(Term.of(QualityAttribute.POTENCY))
            .addAllowedMethod(Term.of(AnalyticalMethod.T_CELL_PROLIFERATION))
            .limit(QuantityRange.atLeast(Quantity.of(30, "%")))
            .warningBand(QuantityRange.atLeast(Quantity.of(35, "%")))
            .source(Citation.builder().label("MFDS 2024").reference("Korea MFDS, Guideline on Quality, Non-clinical"
                + " and Clinical Assessment of EV Therapy Products (2024): MoA-based quantitative potency")
                .build())
            .build())
        .build();
  }

  static Lot endotoxinOverLimit() {
    // IV limit K/M = 5 [IU]/kg x 70 kg / 15 mL (dose given within one hour) = 23.3 [IU]/mL (USP <85>).
    Lot base = ReferenceLots.boneMarrowEvIntravenous();
    return Lot.builder().from(base).id("BMEV-25-002").testResults(replace(base.testResults(),
        QualityAttribute.ENDOTOXIN, r -> TestResult.builder().from(r).value(Quantity.of("25.0", "[IU]/mL")).build()))
        .build();
  }

  static Lot cd73Below95() {
    Lot base = ReferenceLots.lyophilisedBoneMarrowSecretomeIntraArticular();
    MscIdentity identity = ReferenceProducts.lyophilisedBoneMarrowSecretomeIntraArticular().source().identity()
        .orElseThrow();
    List<MarkerResult> markers = new ArrayList<>();
    for (MarkerResult m : identity.markers()) {
      markers.add(m.marker().is(Marker.NT5E) ? MarkerResult.percent(Marker.NT5E, "94.2") : m);
    }
    return Lot.builder().from(base).id("BMLYO-25-009")
        .cellIdentity(MscIdentity.builder().from(identity).markers(markers).testDate(LocalDate.of(2025, 6, 10))
            .build())
        .build();
  }

  static Lot cytosolicMarkerAbsent() {
    Lot base = ReferenceLots.boneMarrowEvIntravenous();
    EvCharacterisation ev = base.evCharacterisation().orElseThrow();
    List<MarkerResult> markers = new ArrayList<>();
    for (MarkerResult m : ev.markers()) {
      boolean cytosolic = m.marker().is(Marker.TSG101) || m.marker().is(Marker.PDCD6IP);
      markers.add(cytosolic ? MarkerResult.qualitative(m.marker().known().orElseThrow(), AnalyticalMethod.WESTERN_BLOT,
          QualitativeOutcome.ABSENT) : m);
    }
    return Lot.builder().from(base).id("BMEV-25-003")
        .evCharacterisation(EvCharacterisation.builder().from(ev).markers(markers).build()).build();
  }

  static Lot donorSpecimenOutsideWindow() {
    // 21 CFR 1271.80(b): specimen within 7 days of recovery; here 12 days before.
    Donor donor = ReferenceProducts.amnioticFluidEvIntravenous().source().donor().orElseThrow();
    LocalDate recovery = donor.recoveryDate().orElseThrow();
    DonorEligibility e = donor.eligibility().orElseThrow();
    List<DonorTest> tests = new ArrayList<>();
    for (DonorTest t : e.tests()) {
      tests.add(DonorTest.builder().from(t).specimenDate(recovery.minusDays(12)).build());
    }
    Donor late = Donor.builder().from(donor).id("AF-D-2302")
        .eligibility(DonorEligibility.builder().from(e).tests(tests).build()).build();
    return Lot.builder().from(ReferenceLots.amnioticFluidEvIntravenous()).id("AFEV-25-018").donor(late).build();
  }

  static Lot noMycoplasmaResult() {
    Lot base = ReferenceLots.boneMarrowEvIntravenous();
    List<TestResult> results = new ArrayList<>();
    base.testResults().stream().filter(r -> !r.attribute().is(QualityAttribute.MYCOPLASMA)).forEach(results::add);
    return Lot.builder().from(base).id("BMEV-25-004").testResults(results).build();
  }

  private static List<TestResult> replace(List<TestResult> results, QualityAttribute attribute,
      java.util.function.UnaryOperator<TestResult> change) {
    List<TestResult> out = new ArrayList<>();
    for (TestResult r : results) {
      out.add(r.attribute().is(attribute) ? change.apply(r) : r);
    }
    return out;
  }

  /**
   * The 300 lots of the NDJSON stream: seeded variants of the five conforming lots with new ids and dates and a
   * varied endotoxin result (about 1 in 25 above the route's limit).
   *
   * @return the lots, in stream order
   */
  static List<Lot> streamLots() {
    Random random = new Random(STREAM_SEED);
    List<Lot> base = ReferenceLots.all();
    String[] prefixes = {"BMEV", "AFEV", "UCGEL", "ATEV", "BMLYO"};
    // Endotoxin limits in [IU]/mL: IV K/M for the two IV products, the sponsor limits for gel and inhaled EVs,
    // and the intra-articular K/M (5 x 70 / 2 = 175).
    BigDecimal[] limits = {new BigDecimal("23.3"), new BigDecimal("23.3"), new BigDecimal("1.0"),
        new BigDecimal("0.5"), new BigDecimal("175")};
    List<Lot> lots = new ArrayList<>();
    for (int i = 0; i < STREAM_LOTS; i++) {
      int p = i % base.size();
      Lot b = base.get(p);
      boolean over = random.nextInt(25) == 0;
      BigDecimal fraction = over ? new BigDecimal("1.2") : BigDecimal.valueOf(random.nextInt(60) + 1, 2);
      BigDecimal endotoxin = limits[p].multiply(fraction).setScale(3, java.math.RoundingMode.HALF_UP);
      LocalDate made = b.manufactureDate().plusDays(7L * (i / base.size() + 1));
      lots.add(Lot.builder().from(b)
          .id(String.format("%s-S-%04d", prefixes[p], i + 1))
          .manufactureDate(made)
          .expiryDate(made.plusYears(1))
          .parentLots(List.of())
          .testResults(replace(b.testResults(), QualityAttribute.ENDOTOXIN,
              r -> TestResult.builder().from(r).value(Quantity.of(endotoxin, "[IU]/mL")).build()))
          .build());
    }
    return lots;
  }
}
