package org.paracrine.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.hl7.fhir.r5.model.Bundle;
import org.hl7.fhir.r5.model.Coding;
import org.hl7.fhir.r5.model.DiagnosticReport;
import org.hl7.fhir.r5.model.Enumerations.QuantityComparator;
import org.hl7.fhir.r5.model.Extension;
import org.hl7.fhir.r5.model.Medication;
import org.hl7.fhir.r5.model.Observation;
import org.hl7.fhir.r5.model.ObservationDefinition;
import org.hl7.fhir.r5.model.PlanDefinition;
import org.hl7.fhir.r5.model.Resource;
import org.junit.jupiter.api.Test;
import org.paracrine.core.assay.Censoring;
import org.paracrine.core.assay.TestResult;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.product.SecretomeProduct;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.quantity.QuantityRange;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.core.samples.ReferenceLots;
import org.paracrine.core.samples.ReferenceProducts;
import org.paracrine.core.spec.AcceptanceCriterion;
import org.paracrine.core.spec.Citation;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.core.vocabulary.AnalyticalMethod;
import org.paracrine.core.vocabulary.QualityAttribute;
import org.paracrine.core.vocabulary.Term;
import org.paracrine.validation.ReleaseChecker;

class BatchAnalysisMappingTest {
  private static final String NS = "https://github.com/paracrine/paracrine/fhir";

  /** A lot with a censored endotoxin result, a protein result of 1.50 mg/mL and 5.24E+11 particles/mL. */
  static Lot exactLot() {
    Lot base = ReferenceLots.boneMarrowEvIntravenous();
    return Lot.builder().from(base).id("BMEV-EXACT-1")
        .testResults(base.testResults().stream().filter(r -> !r.attribute().is(QualityAttribute.ENDOTOXIN))
            .collect(Collectors.toList()))
        .addTestResult(TestResult.builder().attribute(Term.of(QualityAttribute.ENDOTOXIN))
            .method(Term.of(AnalyticalMethod.LAL_KINETIC_CHROMOGENIC)).value(Quantity.of("0.05", "[IU]/mL"))
            .loq(Quantity.of("0.05", "[IU]/mL")).censoring(Censoring.BELOW_LOQ).build())
        .addTestResult(TestResult.numeric(QualityAttribute.TOTAL_PROTEIN, AnalyticalMethod.BCA,
            Quantity.of("1.50", "mg/mL")))
        .addTestResult(TestResult.numeric(QualityAttribute.PARTICLE_CONCENTRATION, AnalyticalMethod.NTA,
            Quantity.of("5.24E+11", "{particles}/mL")))
        .build();
  }

  /** A specification with a strict endotoxin limit, an inclusive protein range and a particle minimum. */
  static ReleaseSpecification strictSpecification() {
    return ReleaseSpecification.builder().id("strict-release").version("2").title("Strict release")
        .addCriteria(AcceptanceCriterion.builder().id("endotoxin-strict").attribute(Term.of(QualityAttribute.ENDOTOXIN))
            .limit(QuantityRange.lessThan(Quantity.of("0.5", "[IU]/mL")))
            .source(Citation.of("Sponsor", "Sponsor specification SP-7", "10.1000/sp7")).build())
        .addCriteria(AcceptanceCriterion.builder().id("protein").attribute(Term.of(QualityAttribute.TOTAL_PROTEIN))
            .addAllowedMethods(Term.of(AnalyticalMethod.BCA))
            .limit(QuantityRange.between(Quantity.of("1.00", "mg/mL"), Quantity.of("2.00", "mg/mL"))).build())
        .addCriteria(AcceptanceCriterion.builder().id("particles")
            .attribute(Term.of(QualityAttribute.PARTICLE_CONCENTRATION))
            .limit(QuantityRange.atLeast(Quantity.of("1.0E+11", "{particles}/mL"))).build())
        .build();
  }

  static Bundle exactBundle() {
    SecretomeProduct product = ReferenceProducts.boneMarrowEvIntravenous();
    Lot lot = exactLot();
    ReleaseReport report = ReleaseChecker.builder().addSpecification(strictSpecification()).build()
        .check(product, lot);
    return FhirExport.batchAnalysis(product, lot, report);
  }

  static <T extends Resource> List<T> all(Bundle b, Class<T> type) {
    return b.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(type::isInstance)
        .map(type::cast).collect(Collectors.toList());
  }

  static Extension finding(Observation o) {
    return o.getExtensionByUrl(NS + "/StructureDefinition/finding");
  }

  static String sub(Extension e, String url) {
    return e.getExtensionByUrl(url).getValue().primitiveValue();
  }

  /** The finding's pointer; absent for the whole record (FHIR strings are never empty). */
  static String pointer(Observation o) {
    return finding(o).hasExtension("pointer") ? sub(finding(o), "pointer") : "";
  }

  static Observation criterion(Bundle b, String criterionId) {
    return all(b, Observation.class).stream().filter(o -> finding(o).hasExtension("criterion")
        && sub(finding(o), "criterion").equals(criterionId)).findFirst()
        .orElseThrow(() -> new AssertionError("no observation of criterion " + criterionId));
  }

  static Observation observation(Bundle b, String code, String pointerStart) {
    return all(b, Observation.class).stream().filter(o -> sub(finding(o), "code").equals(code)
        && pointer(o).startsWith(pointerStart)).findFirst()
        .orElseThrow(() -> new AssertionError("no observation of " + code + " at " + pointerStart));
  }

  static List<String> codes(List<Coding> codings) {
    return codings.stream().map(c -> c.getSystem() + "#" + c.getCode()).collect(Collectors.toList());
  }

  @Test
  void aPassingFindingBecomesAnObservationOfTheBatchInterpretedAsNormalWithItsExactValue() {
    SampleChecks.Checked c = SampleChecks.lot("BMEV-25-001");
    Bundle b = FhirExport.batchAnalysis(c.product, c.lot, c.report);
    Observation o = observation(b, "COMPENDIAL.ENDOTOXIN.PASS", "/lot/testResults/2");
    Medication batch = all(b, Medication.class).get(0);
    assertThat(batch.getBatch().getLotNumber()).isEqualTo("BMEV-25-001");
    assertThat(o.getSubject().getReference()).isEqualTo("urn:uuid:" + batch.getIdPart());
    assertThat(codes(o.getInterpretationFirstRep().getCoding())).containsExactly(NS + "/CodeSystem/outcome#pass",
        "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation#N");
    assertThat(o.getValueQuantity().getValue()).isEqualTo(new BigDecimal("0.12"));
    assertThat(o.getValueQuantity().getCode()).isEqualTo("[IU]/mL");
    assertThat(o.getValueQuantity().getSystem()).isEqualTo("http://unitsofmeasure.org");
    assertThat(o.hasDataAbsentReason()).isFalse();
    assertThat(o.getReferenceRangeFirstRep().getText()).isEqualTo("≤ 23.3333 [IU]/mL");
    assertThat(o.getReferenceRangeFirstRep().getHigh().getValue()).isEqualTo(new BigDecimal("23.3333"));
  }

  @Test
  void aFailingFindingIsInterpretedAsAbnormalAndTheReportConcludesReject() {
    SampleChecks.Checked c = SampleChecks.lot("BMLYO-25-009");
    Bundle b = FhirExport.batchAnalysis(c.product, c.lot, c.report);
    Observation o = observation(b, "ISCT2006.POSITIVE_MARKER.OUT_OF_LIMIT", "/lot/cellIdentity/markers");
    assertThat(codes(o.getInterpretationFirstRep().getCoding())).containsExactly(NS + "/CodeSystem/outcome#fail",
        "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation#A");
    assertThat(o.getValueQuantity().getValue()).isEqualTo(new BigDecimal("94.2"));
    assertThat(codes(o.getCode().getCoding())).contains("http://www.genenames.org#HGNC:8021");
    DiagnosticReport dr = all(b, DiagnosticReport.class).get(0);
    assertThat(dr.getConclusion()).startsWith("Verdict REJECT");
    assertThat(codes(dr.getConclusionCodeFirstRep().getCoding())).containsExactly(NS + "/CodeSystem/verdict#reject");
    assertThat(dr.getResult()).hasSize(c.report.findings().size());
  }

  @Test
  void aMissingResultHasNoValueAndTheDataAbsentReasonUnknown() {
    SampleChecks.Checked c = SampleChecks.lot("BMEV-25-004");
    Bundle b = FhirExport.batchAnalysis(c.product, c.lot, c.report);
    Observation o = observation(b, "COMPENDIAL.MYCOPLASMA.MISSING", "");
    assertThat(o.hasValue()).isFalse();
    assertThat(codes(o.getDataAbsentReason().getCoding()))
        .containsExactly("http://terminology.hl7.org/CodeSystem/data-absent-reason#unknown");
    assertThat(codes(o.getInterpretationFirstRep().getCoding())).containsExactly(NS + "/CodeSystem/outcome#missing");
    assertThat(sub(finding(o), "severity")).isEqualTo("error");
  }

  @Test
  void aNotApplicableFindingHasTheDataAbsentReasonNotApplicable() {
    SampleChecks.Checked c = SampleChecks.lot("UCGEL-25-003");
    Bundle b = FhirExport.batchAnalysis(c.product, c.lot, c.report);
    Observation o = observation(b, "PROFILE.NOT_APPLICABLE", "");
    assertThat(pointer(o)).isEmpty();
    assertThat(o.hasValue()).isFalse();
    assertThat(codes(o.getDataAbsentReason().getCoding()))
        .containsExactly("http://terminology.hl7.org/CodeSystem/data-absent-reason#not-applicable");
    assertThat(codes(o.getInterpretationFirstRep().getCoding()))
        .containsExactly(NS + "/CodeSystem/outcome#not-applicable");
  }

  @Test
  void aStrictLimitIsStatedExactlyAsTextAndNeverAsAWidenedRange() {
    Bundle b = exactBundle();
    ObservationDefinition od = all(b, ObservationDefinition.class).stream()
        .filter(d -> d.getTitle().equals("endotoxin-strict")).findFirst().orElseThrow();
    assertThat(od.getQualifiedValue()).hasSize(1);
    assertThat(od.getQualifiedValueFirstRep().hasRange()).isFalse();
    assertThat(od.getQualifiedValueFirstRep().getExtensionString(
        "http://hl7.org/fhir/uv/pharm-quality/StructureDefinition/Extension-qualified-value-text-pq"))
        .isEqualTo("< 0.5 [IU]/mL");
    Observation o = criterion(b, "endotoxin-strict");
    assertThat(o.getReferenceRangeFirstRep().getText()).isEqualTo("< 0.5 [IU]/mL");
    assertThat(o.getReferenceRangeFirstRep().hasHigh()).isFalse();
    assertThat(o.getReferenceRangeFirstRep().hasLow()).isFalse();
  }

  @Test
  void anInclusiveLimitIsAlsoGivenAsAFhirRangeWithItsExactBounds() {
    ObservationDefinition od = all(exactBundle(), ObservationDefinition.class).stream()
        .filter(d -> d.getTitle().equals("protein")).findFirst().orElseThrow();
    assertThat(od.getQualifiedValueFirstRep().getRange().getLow().getValue()).isEqualTo(new BigDecimal("1.00"));
    assertThat(od.getQualifiedValueFirstRep().getRange().getHigh().getValue()).isEqualTo(new BigDecimal("2.00"));
  }

  @Test
  void aValueBelowTheLoqKeepsTheLimitWithALessThanComparatorAndSaysSo() {
    Observation o = criterion(exactBundle(), "endotoxin-strict");
    assertThat(o.getValueQuantity().getComparator()).isEqualTo(QuantityComparator.LESS_THAN);
    assertThat(o.getValueQuantity().getValue()).isEqualTo(new BigDecimal("0.05"));
    assertThat(o.getNote()).anySatisfy(n -> assertThat(n.getText())
        .contains("below the limit of quantification (LOQ 0.05 [IU]/mL)"));
  }

  @Test
  void decimalsKeepTheirScaleInTheJsonAndAfterHapiReadsItBack() {
    String json = FhirExport.toJson(exactBundle());
    assertThat(json).contains("\"value\": 1.50,").contains("\"value\": 5.24E+11,").contains("\"value\": 2.00,");
    Bundle read = FhirExport.context().newJsonParser().parseResource(Bundle.class, json);
    Observation protein = criterion(read, "protein");
    BigDecimal v = protein.getValueQuantity().getValue();
    assertThat(v).isEqualTo(new BigDecimal("1.50"));
    assertThat(v.scale()).isEqualTo(2);
    // HAPI's JSON reader keeps a plain decimal's scale but reads an exponent form as the plain integer of equal
    // value: the exported JSON text above is exact, a consumer reading it with HAPI gets the same number.
    Observation particles = criterion(read, "particles");
    assertThat(particles.getValueQuantity().getValue()).isEqualByComparingTo(new BigDecimal("5.24E+11"));
    assertThat(particles.getValueQuantity().getValueElement().getValueAsString()).isEqualTo("524000000000");
  }

  @Test
  void theFindingsPointerSeverityAndCitationAreKept() {
    Observation o = criterion(exactBundle(), "endotoxin-strict");
    assertThat(sub(finding(o), "pointer")).isEqualTo("/lot/testResults/5/value");
    assertThat(sub(finding(o), "severity")).isEqualTo("error");
    assertThat(sub(finding(o), "criterion")).isEqualTo("endotoxin-strict");
    assertThat(sub(finding(o), "specification")).isEqualTo(NS + "/PlanDefinition/strict-release|2");
    Extension citation = o.getExtensionByUrl(NS + "/StructureDefinition/citation");
    assertThat(sub(citation, "label")).isEqualTo("Sponsor");
    assertThat(sub(citation, "doi")).isEqualTo("10.1000/sp7");
  }

  @Test
  void everySpecificationOfTheReportIsAPlanDefinitionWithItsIdAndVersionLinkingItsCriteria() {
    Bundle b = exactBundle();
    PlanDefinition plan = all(b, PlanDefinition.class).stream()
        .filter(p -> p.getIdentifierFirstRep().getValue().equals("strict-release")).findFirst().orElseThrow();
    assertThat(plan.getVersion()).isEqualTo("2");
    List<String> actions = plan.getActionFirstRep().getAction().stream()
        .map(a -> a.getDefinitionCanonicalType().getValue()).collect(Collectors.toList());
    assertThat(actions).containsExactly(NS + "/ObservationDefinition/strict-release/endotoxin-strict|2",
        NS + "/ObservationDefinition/strict-release/protein|2", NS + "/ObservationDefinition/strict-release/particles|2");
    Observation o = criterion(b, "protein");
    ObservationDefinition od = all(b, ObservationDefinition.class).stream()
        .filter(d -> ("urn:uuid:" + d.getIdPart()).equals(o.getInstantiatesReference().getReference()))
        .findFirst().orElseThrow();
    assertThat(od.getTitle()).isEqualTo("protein");
    assertThat(o.getMethod().getCodingFirstRep().getCode()).isEqualTo("BCA");
  }

  @Test
  void withTheSpecificationsOfTheCheckTheirCriteriaAreExportedInFull() {
    SecretomeProduct product = ReferenceProducts.boneMarrowEvIntravenous();
    ReleaseChecker checker = ReleaseChecker.builder().addSpecification(strictSpecification()).build();
    Lot lot = exactLot();
    Bundle b = FhirExport.batchAnalysis(product, lot, checker.check(product, lot), checker.specifications());
    PlanDefinition plan = all(b, PlanDefinition.class).get(0);
    assertThat(plan.getTitle()).isEqualTo("Strict release");
    ObservationDefinition protein = all(b, ObservationDefinition.class).stream()
        .filter(d -> d.getTitle().equals("protein")).findFirst().orElseThrow();
    assertThat(protein.getMethod().getCodingFirstRep().getCode()).isEqualTo("BCA");
    ObservationDefinition fromFindings = all(exactBundle(), ObservationDefinition.class).stream()
        .filter(d -> d.getTitle().equals("protein")).findFirst().orElseThrow();
    assertThat(fromFindings.hasMethod()).isFalse();
  }

  @Test
  void exportingTheSameReportTwiceGivesTheSameJson() {
    SampleChecks.Checked c = SampleChecks.lot("BMEV-25-001");
    assertThat(FhirExport.toJson(FhirExport.batchAnalysis(c.product, c.lot, c.report)))
        .isEqualTo(FhirExport.toJson(FhirExport.batchAnalysis(c.product, c.lot, c.report)));
  }

  @Test
  void aReportOfAnotherLotIsRefused() {
    SampleChecks.Checked c = SampleChecks.lot("BMEV-25-001");
    Lot other = Lot.builder().from(c.lot).id("BMEV-OTHER").build();
    assertThatThrownBy(() -> FhirExport.batchAnalysis(c.product, other, c.report))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("report is of lot \"BMEV-25-001\", not of lot \"BMEV-OTHER\"; export a lot with its own report");
  }

}
