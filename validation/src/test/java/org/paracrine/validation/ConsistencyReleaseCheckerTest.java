package org.paracrine.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.paracrine.core.lot.ReferenceEntry;
import org.paracrine.core.lot.ReferenceSeries;
import org.paracrine.core.report.Finding;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.core.report.SpecificationRef;
import org.paracrine.core.report.Verdict;
import org.paracrine.core.samples.ReferenceCompositions;
import org.paracrine.core.samples.ReferenceProducts;

/** Consistency criteria inside a release specification, evaluated by the release engine. */
class ConsistencyReleaseCheckerTest {
  private static List<String> codes(ReleaseReport r) {
    return r.findings().stream().map(Finding::code).collect(Collectors.toList());
  }

  @Test
  void theReleaseCheckerEvaluatesConsistencyCriteriaAgainstTheProductsReferenceSeries() {
    ReleaseReport r = ReleaseChecker.builder().structuralValidation(false)
        .addSpecification(ReferenceCompositions.consistencySpecification())
        .addReferenceSeries(ReferenceCompositions.referenceSeries()).build()
        .check(ReferenceProducts.umbilicalCordSecretomeGel(), ReferenceCompositions.driftingLot());
    assertThat(r.verdict()).isEqualTo(Verdict.REJECT);
    assertThat(codes(r)).contains("CONSISTENCY.NELSON_2.FIRED", "CONSISTENCY.SUMMARY");
    assertThat(r.referenceSeries()).contains(SpecificationRef.of("uc-gel-composition-reference", "2025-08"));
    assertThat(r.findings()).filteredOn(f -> f.code().startsWith("CONSISTENCY."))
        .allSatisfy(f -> assertThat(f.specification())
            .contains(SpecificationRef.of("uc-gel-composition-consistency", "1")));
  }

  @Test
  void withoutAReferenceSeriesTheLotIsIncomplete() {
    ReleaseReport r = ReleaseChecker.builder().structuralValidation(false)
        .addSpecification(ReferenceCompositions.consistencySpecification()).build()
        .check(ReferenceProducts.umbilicalCordSecretomeGel(), ReferenceCompositions.driftingLot());
    assertThat(r.verdict()).isEqualTo(Verdict.INCOMPLETE);
    assertThat(codes(r)).containsOnly("CONSISTENCY.REFERENCE.MISSING");
    assertThat(r.referenceSeries()).isEmpty();
  }

  @Test
  void aSeriesOfAnotherProductIsNotUsed() {
    ReferenceSeries other = ReferenceSeries.builder().from(ReferenceCompositions.referenceSeries())
        .productId("bm-msc-ev-iv").build();
    ReleaseReport r = ReleaseChecker.builder().structuralValidation(false)
        .addSpecification(ReferenceCompositions.consistencySpecification()).addReferenceSeries(other).build()
        .check(ReferenceProducts.umbilicalCordSecretomeGel(), ReferenceCompositions.driftingLot());
    assertThat(codes(r)).containsOnly("CONSISTENCY.REFERENCE.MISSING");
  }

  @Test
  void twoSeriesForOneProductAreRejected() {
    ReferenceSeries s = ReferenceCompositions.referenceSeries();
    ReferenceSeries t = ReferenceSeries.builder().from(s).version("2").build();
    assertThatThrownBy(() -> ReleaseChecker.builder().addReferenceSeries(s).addReferenceSeries(t).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("two reference series for product \"uc-msc-secretome-gel\" (uc-gel-composition-reference@2025-08"
            + " and uc-gel-composition-reference@2); supply one series per product");
  }

  @Test
  void structuralValidationCoversTheConsistencyTypes() {
    ReferenceSeries bad = ReferenceSeries.builder().from(ReferenceCompositions.referenceSeries())
        .addEntry(ReferenceEntry.builder().lotId("bad lot id")
            .manufactureDate(java.time.LocalDate.of(2026, 1, 1)).build()).build();
    List<Finding> findings = StructuralValidator.shared().validate(bad, "");
    assertThat(findings).extracting(Finding::code).containsExactly("STRUCTURE.IDENTIFIER");
    assertThat(findings.get(0).path()).isEqualTo("/entries/20/lotId");
    assertThat(StructuralValidator.shared().validate(ReferenceCompositions.consistencySpecification(), ""))
        .isEmpty();
  }
}
