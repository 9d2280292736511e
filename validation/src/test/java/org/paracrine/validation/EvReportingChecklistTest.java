package org.paracrine.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.paracrine.core.assay.Measurement;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.process.Bioprocess;
import org.paracrine.core.process.DownstreamStep;
import org.paracrine.core.product.SecretomeProduct;
import org.paracrine.core.report.ChecklistItemResult;
import org.paracrine.core.report.CompletenessScore;
import org.paracrine.core.samples.ReferenceLots;
import org.paracrine.core.samples.ReferenceProducts;
import org.paracrine.validation.profiles.EvReportingChecklist;

class EvReportingChecklistTest {
  private static CompletenessScore score(SecretomeProduct p, Lot lot) {
    return EvReportingChecklist.standard().score(ReleaseContext.of(p, lot)).orElseThrow();
  }

  private static ChecklistItemResult item(CompletenessScore s, String id) {
    return s.items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void methodSpecificItemsOnlyCountWhenTheMethodWasUsed() {
    CompletenessScore tff = score(Fixtures.bmProduct(), Fixtures.bmLot());
    assertThat(item(tff, "ultracentrifugation-specifics").applicable()).isFalse();
    assertThat(tff.applicableCount()).isEqualTo(11);
    assertThat(tff.satisfiedCount()).isEqualTo(11);
    CompletenessScore duc = score(ReferenceProducts.adiposeEvNebulised(), ReferenceLots.adiposeEvNebulised());
    assertThat(item(duc, "ultracentrifugation-specifics").applicable()).isTrue();
    assertThat(item(duc, "ultracentrifugation-specifics").satisfied()).isTrue();
    assertThat(duc.applicableCount()).isEqualTo(12);
  }

  @Test
  void unsatisfiedApplicableItemsLowerTheScoreItemByItem() {
    SecretomeProduct at = ReferenceProducts.adiposeEvNebulised();
    Bioprocess process = at.process().orElseThrow();
    DownstreamStep uc = process.downstream().get(0);
    SecretomeProduct noTime = Fixtures.editProduct(at, b -> b.process(Bioprocess.builder().from(process)
        .downstream(List.of(DownstreamStep.builder().from(uc).duration(Optional.empty()).build(),
            process.downstream().get(1))).build()));
    Lot noReplicates = Fixtures.editEv(ReferenceLots.adiposeEvNebulised(), b -> b.particleConcentration(
        Measurement.builder().from(ReferenceLots.adiposeEvNebulised().evCharacterisation().orElseThrow()
            .particleConcentration().orElseThrow()).replicates(Optional.empty()).build()));
    CompletenessScore s = score(noTime, noReplicates);
    assertThat(s.items()).filteredOn(i -> i.applicable() && !i.satisfied()).extracting(ChecklistItemResult::id)
        .containsExactly("ultracentrifugation-specifics", "nta-replicates");
    assertThat(s.score()).isEqualByComparingTo("0.8333");
    assertThat(item(s, "nta-replicates").path()).contains("/lot/evCharacterisation/particleConcentration/replicates");
  }

  @Test
  void smallEvCutOffOnlyAppliesToASmallEvClaim() {
    Lot noClaim = Fixtures.editEv(Fixtures.bmLot(), b -> b.smallEvClaim(false).declaredSizeCutOff(Optional.empty()));
    ChecklistItemResult i = item(score(Fixtures.bmProduct(), noClaim), "declared-size-cut-off");
    assertThat(i.applicable()).isFalse();
    assertThat(i.satisfied()).isFalse();
  }

  @Test
  void nonEvProductsGetNoScoreAndTheScoreNeverChangesTheVerdict() {
    assertThat(EvReportingChecklist.standard().score(ReleaseContext.of(ReferenceProducts.umbilicalCordSecretomeGel(),
        ReferenceLots.umbilicalCordSecretomeGel()))).isEmpty();
    Lot poor = Fixtures.editEv(Fixtures.bmLot(), b -> b.particleClass(Optional.empty()).sizeDistribution(
        Optional.empty()));
    var report = ReleaseChecker.builder().structuralValidation(false).build().check(Fixtures.bmProduct(), poor);
    assertThat(report.findings()).isEmpty();
    assertThat(report.completeness().get(0).score()).isLessThan(java.math.BigDecimal.ONE);
    assertThat(report.verdict()).isEqualTo(org.paracrine.core.report.Verdict.RELEASE);
  }

  private static boolean passes(List<org.paracrine.core.report.Finding> f, String... criterionIds) {
    for (String id : criterionIds) {
      if (f.stream().noneMatch(x -> x.criterionId().orElse("").equals(id)
          && x.outcome() == org.paracrine.core.report.Outcome.PASS)) {
        return false;
      }
    }
    return true;
  }

  @Test
  void theChecklistAndTheMisevProfilesAgreeItemByItem() {
    java.util.Map<String, String[]> items = java.util.Map.of("starting-material", new String[] {"Q1"},
        "positive-markers", new String[] {"cat1", "cat2"}, "negative-markers", new String[] {"M3"},
        "single-vesicle-imaging", new String[] {"S1"});
    Lot base = Fixtures.bmLot();
    List<Lot> lots = List.of(base,
        Fixtures.editEv(base, b -> b.startingMaterial(java.util.Optional.empty())),
        Fixtures.editEv(base, b -> b.markers(Fixtures.setPercent(Fixtures.setPercent(Fixtures.evMarkers(base),
            org.paracrine.core.vocabulary.Marker.TSG101, "1.5"), org.paracrine.core.vocabulary.Marker.PDCD6IP, "2"))),
        Fixtures.editEv(base, b -> b.markers(Fixtures.remove(Fixtures.evMarkers(base),
            org.paracrine.core.vocabulary.Marker.GOLGA2, org.paracrine.core.vocabulary.Marker.CANX))),
        Fixtures.editEv(base, b -> b.imaging(List.of())),
        Fixtures.editEv(base, b -> b.guidelineVersion(org.paracrine.core.vocabulary.Term.of(
            org.paracrine.core.vocabulary.GuidelineVersion.MISEV2023)).imaging(List.of())),
        Lot.builder().from(base).evCharacterisation(java.util.Optional.empty()).build());
    int unsatisfied = 0;
    for (Lot lot : lots) {
      boolean v2023 = lot.evCharacterisation().map(e -> e.guidelineVersion().is(
          org.paracrine.core.vocabulary.GuidelineVersion.MISEV2023)).orElse(false);
      org.paracrine.validation.ReleaseProfile profile = v2023
          ? org.paracrine.validation.profiles.Misev2023Profile.withDefaults()
          : org.paracrine.validation.profiles.Misev2018Profile.withDefaults();
      List<org.paracrine.core.report.Finding> f = profile.evaluate(ReleaseContext.of(Fixtures.bmProduct(), lot));
      CompletenessScore s = score(Fixtures.bmProduct(), lot);
      for (var e : items.entrySet()) {
        boolean satisfied = item(s, e.getKey()).satisfied();
        assertThat(satisfied).as(e.getKey() + " for " + lot.id()).isEqualTo(passes(f, e.getValue()));
        if (!satisfied) {
          unsatisfied++;
        }
      }
    }
    assertThat(unsatisfied).as("the variants exercise every item unsatisfied at least once").isGreaterThanOrEqualTo(8);
  }

  @Test
  void aMarkerBelowTheDetectionThresholdDoesNotSatisfyThePositiveMarkerItem() {
    Lot lot = Fixtures.editEv(Fixtures.bmLot(), b -> b.markers(Fixtures.setPercent(Fixtures.setPercent(
        Fixtures.evMarkers(Fixtures.bmLot()), org.paracrine.core.vocabulary.Marker.TSG101, "1"),
        org.paracrine.core.vocabulary.Marker.PDCD6IP, "0.5")));
    ChecklistItemResult i = item(score(Fixtures.bmProduct(), lot), "positive-markers");
    assertThat(i.satisfied()).isFalse();
    assertThat(i.source().orElseThrow().confidence()).isEqualTo(org.paracrine.core.spec.Confidence.VERIFY);
    assertThat(EvReportingChecklist.VERSION).isEqualTo("2.0.0");
  }
}
