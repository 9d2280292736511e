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
}
