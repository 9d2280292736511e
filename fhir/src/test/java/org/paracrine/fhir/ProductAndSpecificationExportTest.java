package org.paracrine.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.hl7.fhir.r5.model.BiologicallyDerivedProduct;
import org.hl7.fhir.r5.model.Bundle;
import org.hl7.fhir.r5.model.CodeableConcept;
import org.hl7.fhir.r5.model.MedicinalProductDefinition;
import org.hl7.fhir.r5.model.ObservationDefinition;
import org.hl7.fhir.r5.model.PlanDefinition;
import org.junit.jupiter.api.Test;
import org.paracrine.core.samples.ReferenceProducts;

class ProductAndSpecificationExportTest {
  private static final String NS = "https://github.com/paracrine/paracrine/fhir";
  private static final String TEXT_EXTENSION =
      "http://hl7.org/fhir/uv/pharm-quality/StructureDefinition/Extension-qualified-value-text-pq";

  private static BiologicallyDerivedProduct.BiologicallyDerivedProductPropertyComponent property(
      BiologicallyDerivedProduct bdp, String code) {
    return bdp.getProperty().stream().filter(p -> p.getType().getCodingFirstRep().getCode().equals(code))
        .findFirst().orElseThrow(() -> new AssertionError("no property " + code));
  }

  @Test
  void aProductBecomesAMedicinalProductDefinitionWithEdqmRouteAndDoseForm() {
    Bundle b = FhirExport.product(ReferenceProducts.boneMarrowEvIntravenous());
    MedicinalProductDefinition mpd = BatchAnalysisMappingTest.all(b, MedicinalProductDefinition.class).get(0);
    assertThat(mpd.getIdentifierFirstRep().getValue()).isEqualTo("bm-msc-ev-iv");
    assertThat(mpd.getVersion()).isEqualTo("1");
    assertThat(mpd.getNameFirstRep().getProductName()).isEqualTo("Allogeneic BM-MSC extracellular vesicles, intravenous");
    assertThat(BatchAnalysisMappingTest.codes(mpd.getRouteFirstRep().getCoding()))
        .contains("http://standardterms.edqm.eu#20045000");
    assertThat(BatchAnalysisMappingTest.codes(mpd.getCombinedPharmaceuticalDoseForm().getCoding()))
        .contains("http://standardterms.edqm.eu#50077000");
  }

  @Test
  void theSourceMaterialIsABiologicalAgentWithUberonTissueClCellTypeAndDonor() {
    Bundle b = FhirExport.product(ReferenceProducts.boneMarrowEvIntravenous());
    BiologicallyDerivedProduct bdp = BatchAnalysisMappingTest.all(b, BiologicallyDerivedProduct.class).get(0);
    assertThat(bdp.getProductCategory().getSystem()).isEqualTo("http://hl7.org/fhir/product-category");
    assertThat(bdp.getProductCategory().getCode()).isEqualTo("biologicalAgent");
    assertThat(BatchAnalysisMappingTest.codes(((CodeableConcept) property(bdp, "source-tissue").getValue())
        .getCoding())).contains("http://purl.obolibrary.org/obo/uberon.owl#UBERON:0002371");
    assertThat(BatchAnalysisMappingTest.codes(((CodeableConcept) property(bdp, "cell-type").getValue())
        .getCoding())).containsExactly("http://purl.obolibrary.org/obo/cl.owl#CL:0002540");
    assertThat(bdp.getBiologicalSourceEvent().getValue()).isEqualTo("BM-D-0107");
  }

  @Test
  void aSpecificationBecomesAPlanDefinitionWithOneObservationDefinitionPerCriterion() {
    Bundle b = FhirExport.specification(BatchAnalysisMappingTest.strictSpecification());
    PlanDefinition plan = BatchAnalysisMappingTest.all(b, PlanDefinition.class).get(0);
    assertThat(plan.getIdentifierFirstRep().getValue()).isEqualTo("strict-release");
    assertThat(plan.getVersion()).isEqualTo("2");
    assertThat(plan.getTitle()).isEqualTo("Strict release");
    assertThat(plan.getRelatedArtifactFirstRep().getLabel()).isEqualTo("Sponsor");
    assertThat(plan.getRelatedArtifactFirstRep().getDocument().getUrl()).isEqualTo("https://doi.org/10.1000/sp7");
    List<ObservationDefinition> ods = BatchAnalysisMappingTest.all(b, ObservationDefinition.class);
    assertThat(ods).extracting(ObservationDefinition::getTitle).containsExactly("endotoxin-strict", "protein",
        "particles");
    ObservationDefinition protein = ods.get(1);
    assertThat(protein.getMethod().getCoding()).extracting(c -> c.getSystem() + "#" + c.getCode())
        .containsExactly(NS + "/CodeSystem/analytical-method#BCA");
    assertThat(protein.getQualifiedValueFirstRep().getExtensionString(TEXT_EXTENSION))
        .isEqualTo("≥ 1.00 mg/mL and ≤ 2.00 mg/mL");
    assertThat(protein.getPermittedUnitFirstRep().getCode()).isEqualTo("mg/mL");
    ObservationDefinition particles = ods.get(2);
    assertThat(particles.getQualifiedValueFirstRep().getRange().getLow().getValue())
        .isEqualTo(new BigDecimal("1.0E+11"));
    assertThat(particles.getQualifiedValueFirstRep().getRange().hasHigh()).isFalse();
  }

  @Test
  void aWarningBandIsASecondQualifiedValueAndTheSeverityIsKept() {
    Bundle b = FhirExport.specification(SampleChecks.specifications().stream()
        .filter(s -> s.id().equals("uc-gel-release")).findFirst().orElseThrow());
    ObservationDefinition protein = BatchAnalysisMappingTest.all(b, ObservationDefinition.class).stream()
        .filter(od -> od.getTitle().equals("total-protein") || od.getUrl().endsWith("/total-protein"))
        .findFirst().orElseThrow();
    assertThat(protein.getQualifiedValue()).hasSize(2);
    assertThat(protein.getQualifiedValue().get(1).getContext().getText()).startsWith("warning band");
    assertThat(protein.getQualifiedValue().get(1).getExtensionString(TEXT_EXTENSION)).isEqualTo("≥ 60 ug/mL");
    assertThat(protein.getExtensionByUrl(NS + "/StructureDefinition/criterion").getExtensionString("severity"))
        .isEqualTo("error");
  }

  @Test
  void aConsistencyCriterionStatesWhatItExpectsAsText() {
    Bundle b = FhirExport.specification(org.paracrine.core.samples.ReferenceCompositions.consistencySpecification());
    ObservationDefinition first = BatchAnalysisMappingTest.all(b, ObservationDefinition.class).get(0);
    assertThat(first.getQualifiedValueFirstRep().getExtensionString(TEXT_EXTENSION))
        .startsWith("consistent with the reference series");
    assertThat(BatchAnalysisMappingTest.codes(first.getCode().getCoding()))
        .contains(NS + "/CodeSystem/quality-attribute#analyte");
  }
}
