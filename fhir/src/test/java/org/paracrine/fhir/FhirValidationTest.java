package org.paracrine.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r5.model.Bundle;
import org.hl7.fhir.r5.model.Observation;
import org.junit.jupiter.api.Test;
import org.paracrine.core.samples.ReferenceCompositions;
import org.paracrine.core.samples.ReferenceProducts;
import org.paracrine.core.spec.ReleaseSpecification;

/**
 * Every exported resource of every sample lot, product and specification validates against FHIR R5 core with
 * HAPI's instance validator without a single error (offline: unknown external code systems are warnings).
 */
class FhirValidationTest {
  @Test
  void theBatchAnalysisOfEverySampleLotWithItsSpecificationsHasNoValidationError() {
    List<String> problems = new ArrayList<>();
    List<SampleChecks.Checked> all = SampleChecks.all();
    assertThat(all).hasSizeGreaterThanOrEqualTo(11);
    for (SampleChecks.Checked c : all) {
      Bundle b = FhirExport.batchAnalysis(c.product, c.lot, c.report, c.specifications);
      assertThat(b.getEntry()).hasSizeGreaterThan(c.report.findings().size());
      List<SingleValidationMessage> errors = FhirValidation.errors(b);
      if (!errors.isEmpty()) {
        problems.add(c.lot.id() + ":\n" + FhirValidation.describe(errors));
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyLotOfTheSampleStreamExportsAndItsLotsThatAreNotReleasedHaveNoValidationError() {
    List<SampleChecks.Checked> stream = SampleChecks.stream();
    assertThat(stream).hasSize(300);
    List<String> problems = new ArrayList<>();
    int validated = 0;
    for (SampleChecks.Checked c : stream) {
      // every lot exports and writes; the stream's variants differ from the documents' lots in their endotoxin
      // results, so the ones whose verdict differs are validated (validating all 300 would take minutes)
      Bundle b = FhirExport.batchAnalysis(c.product, c.lot, c.report);
      assertThat(FhirExport.toJson(b)).contains("\"lotNumber\": \"" + c.lot.id() + "\"");
      if (c.report.verdict() != org.paracrine.core.report.Verdict.RELEASE) {
        validated++;
        List<SingleValidationMessage> errors = FhirValidation.errors(b);
        if (!errors.isEmpty()) {
          problems.add(c.lot.id() + ":\n" + FhirValidation.describe(errors));
        }
      }
    }
    assertThat(validated).isGreaterThanOrEqualTo(10);
    assertThat(problems).isEmpty();
  }

  @Test
  void theBatchAnalysisWithStrictLimitsCensoredAndExactValuesHasNoValidationError() {
    Bundle b = BatchAnalysisMappingTest.exactBundle();
    assertThat(FhirValidation.describe(FhirValidation.errors(b))).isEmpty();
  }

  @Test
  void everySampleProductAndSpecificationHasNoValidationError() {
    List<String> problems = new ArrayList<>();
    for (var p : ReferenceProducts.all()) {
      String errors = FhirValidation.describe(FhirValidation.errors(FhirExport.product(p)));
      if (!errors.isEmpty()) {
        problems.add(p.id() + ":\n" + errors);
      }
    }
    List<ReleaseSpecification> specs = new ArrayList<>(SampleChecks.specifications());
    specs.add(ReferenceCompositions.consistencySpecification());
    specs.add(BatchAnalysisMappingTest.strictSpecification());
    for (ReleaseSpecification s : specs) {
      String errors = FhirValidation.describe(FhirValidation.errors(FhirExport.specification(s)));
      if (!errors.isEmpty()) {
        problems.add(s.id() + ":\n" + errors);
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void theValidatorReportsAnErrorInAnEntrySoTheChecksAboveCanFail() {
    SampleChecks.Checked c = SampleChecks.lot("BMEV-25-001");
    Bundle b = FhirExport.batchAnalysis(c.product, c.lot, c.report);
    Observation o = BatchAnalysisMappingTest.all(b, Observation.class).get(0);
    o.setStatus(null);
    assertThat(FhirValidation.errors(b)).anySatisfy(m -> assertThat(m.getLocationString()).contains("Observation"));
  }
}
