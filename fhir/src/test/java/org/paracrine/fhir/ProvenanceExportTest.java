package org.paracrine.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.hl7.fhir.r5.model.Bundle;
import org.hl7.fhir.r5.model.Device;
import org.hl7.fhir.r5.model.DiagnosticReport;
import org.hl7.fhir.r5.model.Medication;
import org.hl7.fhir.r5.model.Provenance;
import org.hl7.fhir.r5.model.Provenance.ProvenanceEntityComponent;
import org.junit.jupiter.api.Test;
import org.paracrine.core.ParacrineLibrary;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.core.report.ReportSignature;
import org.paracrine.core.report.SignatureMeaning;
import org.paracrine.validation.ReleaseChecker;
import org.paracrine.validation.profiles.BuiltInProfiles;

class ProvenanceExportTest {
  private static final String NS = "https://github.com/paracrine/paracrine/fhir";
  private static final Instant CHECKED = Instant.parse("2026-03-02T10:15:30.250Z");

  private static Bundle exported(ReleaseReport report, SampleChecks.Checked c) {
    return FhirExport.batchAnalysis(c.product, c.lot, report);
  }

  private static ReleaseReport check(SampleChecks.Checked c) {
    return ReleaseChecker.builder().addProfiles(BuiltInProfiles.all()).clock(Clock.fixed(CHECKED, ZoneOffset.UTC))
        .checkedBy("analyst@example.org").build().check(c.product, c.lot);
  }

  @Test
  void theReportsProvenanceBecomesAProvenanceOfTheDiagnosticReportWithLibraryTimeAndInputDigests() {
    SampleChecks.Checked c = SampleChecks.lot("BMEV-25-001");
    ReleaseReport report = check(c);
    Bundle b = exported(report, c);
    Provenance p = BatchAnalysisMappingTest.all(b, Provenance.class).get(0);
    DiagnosticReport dr = BatchAnalysisMappingTest.all(b, DiagnosticReport.class).get(0);
    assertThat(p.getTargetFirstRep().getReference()).isEqualTo("urn:uuid:" + dr.getIdPart());
    assertThat(p.getRecordedElement().getValueAsString()).isEqualTo("2026-03-02T10:15:30.250Z");
    assertThat(dr.getIssuedElement().getValueAsString()).isEqualTo("2026-03-02T10:15:30.250Z");
    assertThat(b.getTimestampElement().getValueAsString()).isEqualTo("2026-03-02T10:15:30.250Z");
    Device device = BatchAnalysisMappingTest.all(b, Device.class).get(0);
    assertThat(device.getVersionFirstRep().getValue()).isEqualTo(ParacrineLibrary.version());
    assertThat(p.getAgent()).extracting(a -> a.getType().getCodingFirstRep().getCode())
        .containsExactly("performer", "enterer");
    assertThat(p.getAgent().get(1).getWho().getDisplay()).isEqualTo("analyst@example.org");

    Medication batch = BatchAnalysisMappingTest.all(b, Medication.class).get(0);
    ProvenanceEntityComponent lot = p.getEntity().stream()
        .filter(e -> e.getWhat().getIdentifier().getValue().equals("BMEV-25-001")).findFirst().orElseThrow();
    assertThat(lot.getWhat().getReference()).isEqualTo("urn:uuid:" + batch.getIdPart());
    String digest = report.provenance().orElseThrow().inputs().stream().filter(i -> i.id().equals("BMEV-25-001"))
        .findFirst().orElseThrow().sha256().orElseThrow();
    assertThat(lot.getExtensionString(NS + "/StructureDefinition/sha256")).isEqualTo(digest).hasSize(64);
    List<String> roles = p.getEntity().stream().map(e -> e.getExtensionString(NS + "/StructureDefinition/input-role"))
        .collect(Collectors.toList());
    assertThat(roles).startsWith("product", "lot").contains("profile");
  }

  @Test
  void signaturesAreKeptAsJoseSignaturesOfTheProvenanceWithTheirMeaning() {
    SampleChecks.Checked c = SampleChecks.lot("BMEV-25-001");
    String jws = "eyJhbGciOiJFUzI1NiJ9..c2lnbmF0dXJl";
    ReleaseReport signed = check(c).withSignature(ReportSignature.builder().signer("A. Analyst")
        .signedAt(Instant.parse("2026-03-02T11:00:00Z")).meaning(SignatureMeaning.AUTHORED).algorithm("ES256")
        .keyId("qc-2026").jws(jws).build());
    Provenance p = BatchAnalysisMappingTest.all(exported(signed, c), Provenance.class).get(0);
    assertThat(p.getSignature()).hasSize(1);
    var s = p.getSignatureFirstRep();
    assertThat(s.getType()).extracting(t -> t.getSystem() + "#" + t.getCode()).containsExactly(
        NS + "/CodeSystem/signature-meaning#authored", "urn:iso-astm:E1762-95:2013#1.2.840.10065.1.12.1.1");
    assertThat(s.getWho().getDisplay()).isEqualTo("A. Analyst");
    assertThat(s.getSigFormat()).isEqualTo("application/jose");
    assertThat(new String(s.getData(), StandardCharsets.US_ASCII)).isEqualTo(jws);
    assertThat(s.getWhenElement().getValueAsString()).isEqualTo("2026-03-02T11:00:00Z");
  }

  @Test
  void aReportWithProvenanceAndSignaturesHasNoValidationError() {
    SampleChecks.Checked c = SampleChecks.lot("BMEV-25-001");
    ReleaseReport signed = check(c).withSignature(ReportSignature.builder().signer("A. Analyst")
        .signedAt(Instant.parse("2026-03-02T11:00:00Z")).meaning(SignatureMeaning.APPROVED).algorithm("ES256")
        .jws("eyJhbGciOiJFUzI1NiJ9..c2lnbmF0dXJl").build());
    assertThat(FhirValidation.describe(FhirValidation.errors(exported(signed, c)))).isEmpty();
  }
}
