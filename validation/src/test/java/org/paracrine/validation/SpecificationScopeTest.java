package org.paracrine.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.quantity.QuantityRange;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.core.report.SpecificationRef;
import org.paracrine.core.samples.ReferenceLots;
import org.paracrine.core.samples.ReferenceProducts;
import org.paracrine.core.spec.AcceptanceCriterion;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.core.vocabulary.QualityAttribute;
import org.paracrine.core.vocabulary.Term;
import org.paracrine.validation.profiles.BuiltInProfiles;

class SpecificationScopeTest {

  private static ReleaseSpecification spec(String id, String... products) {
    return ReleaseSpecification.builder().id(id).version("1").title(id).addProducts(products)
        .addCriterion(AcceptanceCriterion.builder().id("endotoxin").attribute(Term.of(QualityAttribute.ENDOTOXIN))
            .limit(QuantityRange.atMost(Quantity.of("0.01", "[IU]/mL"))).build())
        .build();
  }

  @Test
  void aSpecificationScopedToAnotherProductIsNeitherEvaluatedNorListed() {
    ReleaseChecker checker = ReleaseChecker.builder().addSpecifications(java.util.List.of(
        spec("for-gel", "uc-msc-secretome-gel"), spec("for-bm", "bm-msc-ev-iv"))).build();
    ReleaseReport report = checker.check(ReferenceProducts.boneMarrowEvIntravenous(),
        ReferenceLots.boneMarrowEvIntravenous());
    assertThat(report.specifications()).containsExactly(SpecificationRef.of("for-bm", "1"));
    assertThat(report.findings()).hasSize(1);
    assertThat(report.findings().get(0).specification()).contains(SpecificationRef.of("for-bm", "1"));
    assertThat(checker.refs()).hasSize(2);
  }

  @Test
  void anUnscopedSpecificationAppliesToEveryProduct() {
    ReleaseChecker checker = ReleaseChecker.builder().addSpecification(spec("site-wide")).build();
    for (int i = 0; i < 5; i++) {
      ReleaseReport r = checker.check(ReferenceProducts.all().get(i), ReferenceLots.all().get(i));
      assertThat(r.specifications()).containsExactly(SpecificationRef.of("site-wide", "1"));
    }
  }

  @Test
  void everyBuiltInProfileNamesItsSources() {
    BuiltInProfiles.all().forEach(p -> assertThat(p.sources()).as(p.id()).isNotEmpty());
  }

  @Test
  void aScopeDecisionKeptForOneProductIsNotReusedForAnotherProductOrBackAgain() {
    AcceptanceCriterion ph = AcceptanceCriterion.builder().id("ph-gel").attribute(Term.of(QualityAttribute.PH))
        .limit(QuantityRange.atMost(Quantity.of("9", "[pH]")))
        .scope(org.paracrine.core.spec.Scope.builder().addProductTypes(
            ReferenceProducts.umbilicalCordSecretomeGel().type()).build()).build();
    ReleaseChecker checker = ReleaseChecker.builder().structuralValidation(false).addSpecification(
        ReleaseSpecification.builder().id("scoped").version("1").title("scoped").addCriteria(ph).build()).build();
    var ev = ReferenceProducts.boneMarrowEvIntravenous();
    var gel = ReferenceProducts.umbilicalCordSecretomeGel();
    org.assertj.core.api.Assertions.assertThat(ev.type()).isNotEqualTo(gel.type());
    for (int round = 0; round < 2; round++) {
      assertThat(checker.check(ev, ReferenceLots.boneMarrowEvIntravenous()).findings())
          .extracting(org.paracrine.core.report.Finding::code).containsExactly("SPEC.CRITERION.NOT_APPLICABLE");
      assertThat(checker.check(gel, ReferenceLots.boneMarrowEvIntravenous()).findings())
          .extracting(org.paracrine.core.report.Finding::code).doesNotContain("SPEC.CRITERION.NOT_APPLICABLE")
          .contains("SPEC.CRITERION.PASS");
    }
  }
}
