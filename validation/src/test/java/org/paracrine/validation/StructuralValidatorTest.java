package org.paracrine.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.paracrine.core.assay.TestResult;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.process.Bioprocess;
import org.paracrine.core.process.ExpansionStep;
import org.paracrine.core.process.PrimingTreatment;
import org.paracrine.core.product.DosingRegimen;
import org.paracrine.core.product.SecretomeProduct;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.quantity.QuantityRange;
import org.paracrine.core.report.Finding;
import org.paracrine.core.report.Outcome;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.core.report.Severity;
import org.paracrine.core.report.Verdict;
import org.paracrine.core.samples.ReferenceLots;
import org.paracrine.core.samples.ReferenceProducts;
import org.paracrine.core.source.Donor;
import org.paracrine.core.spec.AcceptanceCriterion;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.core.vocabulary.PrimingAgent;
import org.paracrine.core.vocabulary.QualityAttribute;
import org.paracrine.core.vocabulary.Term;

class StructuralValidatorTest {
  private static final StructuralValidator V = StructuralValidator.shared();

  private static Lot lot(String id) {
    return Lot.builder().from(Fixtures.bmLot()).id(id).build();
  }

  @Test
  void everyReferenceProductAndLotIsStructurallyValid() {
    for (int i = 0; i < 5; i++) {
      assertThat(V.validate(ReferenceProducts.all().get(i), ReferenceLots.all().get(i))).isEmpty();
    }
  }

  @Test
  void identifierConstraintCountsOneViolationPerBadIdentifier() {
    List<Finding> f = V.validate(lot("-bad id"), "/lot");
    assertThat(f).hasSize(1);
    Finding x = f.get(0);
    assertThat(x.code()).isEqualTo("STRUCTURE.IDENTIFIER");
    assertThat(x.path()).isEqualTo("/lot/id");
    assertThat(x.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(x.severity()).isEqualTo(Severity.ERROR);
    assertThat(x.observed()).contains("-bad id");
    assertThat(x.message()).isEqualTo("/lot/id must be an identifier of 1 to 64 characters: a letter or digit, then"
        + " letters, digits or . _ : / + -.");
    assertThat(V.validate(lot("A".repeat(64)), "/lot")).isEmpty();
    assertThat(V.validate(lot("A".repeat(65)), "/lot")).hasSize(1);
    assertThat(V.validate(Lot.builder().from(Fixtures.bmLot()).productVersion("v 1").build(), "/lot"))
        .extracting(Finding::path).containsExactly("/lot/productVersion");
  }

  @Test
  void sizeConstraintOnAnOptionalTextInsideAListReportsTheIndexedPath() {
    TestResult longNote = TestResult.builder().from(Fixtures.bmLot().testResults().get(3)).note("x".repeat(4001))
        .build();
    Lot lot = Fixtures.replaceResults(Fixtures.bmLot(), QualityAttribute.PH, longNote);
    List<Finding> f = V.validate(lot, "/lot");
    assertThat(f).hasSize(1);
    assertThat(f.get(0).code()).isEqualTo("STRUCTURE.SIZE");
    assertThat(f.get(0).path()).isEqualTo("/lot/testResults/3/note");
    assertThat(f.get(0).observed().orElseThrow()).hasSize(203).endsWith("...");
    assertThat(f.get(0).expected()).contains("size must be between 0 and 4000");
    TestResult exact = TestResult.builder().from(longNote).note("x".repeat(4000)).build();
    assertThat(V.validate(Fixtures.replaceResults(Fixtures.bmLot(), QualityAttribute.PH, exact), "/lot")).isEmpty();
  }

  @Test
  void quantityRangeConstraintConvertsUnitsAndRefusesIncomparableOnes() {
    Donor d = Fixtures.bmProduct().source().donor().orElseThrow();
    assertThat(V.validate(Donor.builder().from(d).ageAtRecovery(Quantity.of(1560, "mo")).build(), "")).isEmpty();
    List<Finding> old = V.validate(Donor.builder().from(d).ageAtRecovery(Quantity.of(1561, "mo")).build(), "");
    assertThat(old).extracting(Finding::code).containsExactly("STRUCTURE.QUANTITY_RANGE");
    assertThat(old.get(0).path()).isEqualTo("/ageAtRecovery");
    assertThat(old.get(0).observedQuantity()).contains(Quantity.of(1561, "mo"));
    assertThat(old.get(0).expected().orElseThrow()).isEqualTo("must be a quantity convertible to a and ≥ 0 a and"
        + " ≤ 130 a");
    DosingRegimen r = Fixtures.bmProduct().regimens().get(0);
    assertThat(V.validate(DosingRegimen.builder().from(r).referenceBodyMass(Quantity.of(200, "g")).build(), ""))
        .extracting(Finding::path).containsExactly("/referenceBodyMass");
  }

  @Test
  void ucumUnitConstraintChecksTheDimensionOfFreeQuantities() {
    PrimingTreatment good = PrimingTreatment.of(PrimingAgent.IFN_GAMMA, Quantity.of(25, "ng/mL"), Quantity.of(48, "h"));
    PrimingTreatment bad = PrimingTreatment.of(PrimingAgent.IFN_GAMMA, Quantity.of(25, "ng"), Quantity.of(48, "h"));
    assertThat(V.validate(good, "")).isEmpty();
    List<Finding> f = V.validate(bad, "");
    assertThat(f).extracting(Finding::code).containsExactly("STRUCTURE.UCUM_UNIT");
    assertThat(f.get(0).path()).isEqualTo("/concentration");
    assertThat(f.get(0).message()).contains("[g/mL, mol/L, [IU]/mL, U/mL]");
    ExpansionStep step = ExpansionStep.builder().seedingDensity(Quantity.of(5000, "{cells}/cm2")).build();
    assertThat(V.validate(step, "")).isEmpty();
    assertThat(V.validate(ExpansionStep.builder().seedingDensity(Quantity.of(5000, "/cm2")).build(), ""))
        .extracting(Finding::code).containsExactly("STRUCTURE.UCUM_UNIT");
  }

  @Test
  void allViolationsAreReportedAtOnceThroughNestedOptionalsAndLists() {
    SecretomeProduct p = Fixtures.bmProduct();
    Bioprocess process = p.process().orElseThrow();
    SecretomeProduct bad = Fixtures.editProduct(p, b -> b.id("bad id").name("n".repeat(301))
        .process(Bioprocess.builder().from(process).addExpansion(ExpansionStep.builder()
            .seedingDensity(Quantity.of(1, "mL")).build()).build())
        .source(Fixtures.editSource(p, s -> s.donor(Donor.builder().from(p.source().donor().orElseThrow())
            .id("?").build())).source()));
    List<Finding> f = V.validate(bad, Lot.builder().from(Fixtures.bmLot()).id("lot!").build());
    assertThat(f).extracting(Finding::path).containsExactly("/product/id", "/product/name",
        "/product/process/expansion/1/seedingDensity", "/product/source/donor/id", "/lot/id");
    assertThat(f).extracting(Finding::code).containsExactly("STRUCTURE.IDENTIFIER", "STRUCTURE.SIZE",
        "STRUCTURE.UCUM_UNIT", "STRUCTURE.IDENTIFIER", "STRUCTURE.IDENTIFIER");
  }

  @Test
  void specificationsAreValidatedToo() {
    ReleaseSpecification spec = ReleaseSpecification.builder().id("spec 1").version("1").title("t")
        .addCriterion(AcceptanceCriterion.builder().id("c/1?").attribute(Term.of(QualityAttribute.PH))
            .limit(QuantityRange.atMost(Quantity.of(8, "[pH]"))).build()).build();
    assertThat(V.validate(spec, "")).extracting(Finding::path).containsExactly("/criteria/0/id", "/id");
  }

  @Test
  void everyBuiltInProfileIsAStructurallyValidSpecification() {
    int specifications = 0;
    for (ReleaseProfile profile : org.paracrine.validation.profiles.BuiltInProfiles.known()) {
      Optional<ReleaseSpecification> spec = profile.specification();
      if (spec.isPresent()) {
        assertThat(V.validate(spec.get(), "")).as(profile.id()).isEmpty();
        specifications++;
      }
    }
    assertThat(specifications).isGreaterThanOrEqualTo(8);
  }

  @Test
  void structuralViolationsRejectTheLotInTheReleaseReport() {
    ReleaseReport r = ReleaseChecker.builder().build().check(Fixtures.bmProduct(), lot("bad lot"));
    assertThat(r.findings()).extracting(Finding::code).containsExactly("STRUCTURE.IDENTIFIER");
    assertThat(r.findings().get(0).specification()).isEmpty();
    assertThat(r.verdict()).isEqualTo(Verdict.REJECT);
  }

  @Test
  void withoutTheFluentGetterStrategyHibernateValidatorSeesNothing() {
    try (ValidatorFactory plain = Validation.buildDefaultValidatorFactory()) {
      Set<ConstraintViolation<Lot>> silent = plain.getValidator().validate(lot("-bad id"));
      assertThat(silent).isEmpty();
    }
    assertThat(StructuralValidator.jakartaValidator().validate(lot("-bad id"))).hasSize(1);
  }

  @Test
  void theSharedValidatorIsBuiltOnce() {
    assertThat(StructuralValidator.jakartaValidator()).isSameAs(StructuralValidator.jakartaValidator());
    assertThat(StructuralValidator.shared()).isSameAs(StructuralValidator.shared());
  }

  @Test
  void lotExpiryIsNotRecheckedHereBecauseCoreInvariantsAlreadyEnforceIt() {
    Lot ok = Lot.builder().from(Fixtures.bmLot()).expiryDate(LocalDate.of(2025, 9, 1)).build();
    assertThat(V.validate(ok, "/lot")).isEmpty();
  }
}
