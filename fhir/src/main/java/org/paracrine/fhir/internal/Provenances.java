package org.paracrine.fhir.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hl7.fhir.r5.model.Bundle;
import org.hl7.fhir.r5.model.CodeableConcept;
import org.hl7.fhir.r5.model.Coding;
import org.hl7.fhir.r5.model.Device;
import org.hl7.fhir.r5.model.Device.FHIRDeviceStatus;
import org.hl7.fhir.r5.model.Identifier;
import org.hl7.fhir.r5.model.InstantType;
import org.hl7.fhir.r5.model.Provenance.ProvenanceEntityComponent;
import org.hl7.fhir.r5.model.Provenance.ProvenanceEntityRole;
import org.hl7.fhir.r5.model.Reference;
import org.hl7.fhir.r5.model.Signature;
import org.hl7.fhir.r5.model.StringType;
import org.paracrine.core.report.InputDigest;
import org.paracrine.core.report.InputRole;
import org.paracrine.core.report.Provenance;
import org.paracrine.core.report.ReportSignature;
import org.paracrine.core.report.SignatureMeaning;

/**
 * Maps a report's provenance (library, check time, who ran it, SHA-256 of every input) and its electronic signatures
 * to a FHIR Provenance resource whose target is the DiagnosticReport, with the library as a Device.
 */
final class Provenances {
  /** HL7 provenance participant types. */
  static final String PARTICIPANT_TYPE = "http://terminology.hl7.org/CodeSystem/provenance-participant-type";
  /** ASTM E1762 signature types, as FHIR's Signature.type names them. */
  static final String SIGNATURE_TYPE = "urn:iso-astm:E1762-95:2013";

  private Provenances() {}

  /**
   * Adds the Device (the library) and the Provenance.
   *
   * @param bundle the bundle
   * @param p the report's provenance
   * @param signatures the report's signatures
   * @param lotId the lot id (keys the resources)
   * @param report reference to the DiagnosticReport
   * @param inputs references to the bundle's resources of inputs, by {@code role/id}
   */
  static void add(Bundle bundle, Provenance p, List<ReportSignature> signatures, String lotId, Reference report,
      Map<String, Reference> inputs) {
    Device device = new Device();
    Reference deviceRef = Fhir.add(bundle, device, p.libraryName() + "@" + p.libraryVersion());
    device.setStatus(FHIRDeviceStatus.ACTIVE);
    device.addName().setValue(p.libraryName()).setType(org.hl7.fhir.r5.model.Enumerations.DeviceNameType.USERFRIENDLYNAME);
    device.addVersion().setValue(p.libraryVersion());
    device.addType(new CodeableConcept().setText("release-check software library"));

    org.hl7.fhir.r5.model.Provenance prov = new org.hl7.fhir.r5.model.Provenance();
    Fhir.add(bundle, prov, lotId);
    prov.addTarget(report);
    prov.setRecordedElement(instant(p.checkedAt()));
    prov.setOccurred(new org.hl7.fhir.r5.model.DateTimeType(instant(p.checkedAt()).getValueAsString()));
    prov.setActivity(new CodeableConcept().setText("release check"));
    prov.addAgent().setType(participant("performer", "Performer")).setWho(deviceRef.setDisplay(p.libraryName() + " "
        + p.libraryVersion()));
    p.checkedBy().ifPresent(who -> prov.addAgent().setType(participant("enterer", "Enterer"))
        .setWho(new Reference().setDisplay(who)));
    for (InputDigest in : p.inputs()) {
      ProvenanceEntityComponent e = prov.addEntity();
      e.setRole(in.role() == InputRole.PROFILE || in.role() == InputRole.SPECIFICATION
          ? ProvenanceEntityRole.INSTANTIATES : ProvenanceEntityRole.SOURCE);
      String key = in.role() + "/" + in.id();
      Reference what = inputs.containsKey(key) ? inputs.get(key).copy() : new Reference();
      what.setIdentifier(new Identifier().setSystem(Fhir.identifierSystem(in.kind())).setValue(in.id()
          + in.version().map(v -> "@" + v).orElse("")));
      what.setDisplay(in.kind() + " " + in.id() + in.version().map(v -> "@" + v).orElse(""));
      e.setWhat(what);
      in.sha256().ifPresent(d -> e.addExtension(Fhir.extension("sha256"), new StringType(d)));
      e.addExtension(Fhir.extension("input-role"), new org.hl7.fhir.r5.model.CodeType(
          in.role().name().toLowerCase(Locale.ROOT).replace('_', '-')));
    }
    for (ReportSignature s : signatures) {
      Signature sig = prov.addSignature();
      sig.addType(new Coding(Fhir.codeSystem("signature-meaning"), s.meaning().name().toLowerCase(Locale.ROOT),
          s.meaning().name()));
      if (s.meaning() == SignatureMeaning.AUTHORED) {
        sig.addType(new Coding(SIGNATURE_TYPE, "1.2.840.10065.1.12.1.1", "Author's Signature"));
      } else if (s.meaning() == SignatureMeaning.REVIEWED) {
        sig.addType(new Coding(SIGNATURE_TYPE, "1.2.840.10065.1.12.1.13", "Review Signature"));
      }
      sig.setWhenElement(instant(s.signedAt()));
      sig.setWho(new Reference().setDisplay(s.signer()));
      sig.setSigFormat("application/jose");
      sig.setData(s.jws().getBytes(StandardCharsets.US_ASCII));
      sig.addExtension(Fhir.extension("signature-algorithm"), new StringType(s.algorithm()));
      s.keyId().ifPresent(k -> sig.addExtension(Fhir.extension("signature-key-id"), new StringType(k)));
    }
  }

  /**
   * Returns an instant written as {@link java.time.Instant#toString()} writes it (UTC, {@code Z}, the precision the
   * report recorded), so the same instant always gives the same text.
   */
  static InstantType instant(java.time.Instant i) {
    return new InstantType(i.toString());
  }

  private static CodeableConcept participant(String code, String display) {
    return new CodeableConcept(new Coding(PARTICIPANT_TYPE, code, display));
  }
}
