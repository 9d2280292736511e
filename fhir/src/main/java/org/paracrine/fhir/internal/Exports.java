package org.paracrine.fhir.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r5.model.Bundle;
import org.hl7.fhir.r5.model.CanonicalType;
import org.hl7.fhir.r5.model.CodeType;
import org.hl7.fhir.r5.model.CodeableConcept;
import org.hl7.fhir.r5.model.Coding;
import org.hl7.fhir.r5.model.DateType;
import org.hl7.fhir.r5.model.DiagnosticReport;
import org.hl7.fhir.r5.model.Enumerations.ObservationStatus;
import org.hl7.fhir.r5.model.Extension;
import org.hl7.fhir.r5.model.Medication;
import org.hl7.fhir.r5.model.Observation;
import org.hl7.fhir.r5.model.Reference;
import org.hl7.fhir.r5.model.StringType;
import org.paracrine.core.assay.Censoring;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.product.SecretomeProduct;
import org.paracrine.core.report.Finding;
import org.paracrine.core.report.InputRole;
import org.paracrine.core.report.Outcome;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.core.report.SpecificationRef;
import org.paracrine.core.spec.AcceptanceCriterion;
import org.paracrine.core.spec.ReleaseSpecification;

/** The three exports: product, specification and batch analysis, each a {@code collection} Bundle. */
public final class Exports {
  private Exports() {}

  /**
   * Exports a product.
   *
   * @param product the product
   * @return the bundle
   */
  public static Bundle product(SecretomeProduct product) {
    Bundle b = bundle("product", Products.key(product));
    Products.addProduct(b, product);
    Products.addBiologicalSource(b, product, Optional.empty());
    return b;
  }

  /**
   * Exports a specification.
   *
   * @param spec the specification
   * @return the bundle
   */
  public static Bundle specification(ReleaseSpecification spec) {
    SpecificationRef ref = SpecificationRef.of(spec.id(), spec.version());
    Bundle b = bundle("specification", ref.toString());
    List<Criterion> criteria = new ArrayList<>();
    for (AcceptanceCriterion c : spec.criteria()) {
      criteria.add(Criterion.of(ref, c));
    }
    Definitions.addSpecification(b, ref, Optional.of(spec.title()), spec.description(), criteria, Map.of(), null);
    return b;
  }

  /**
   * Exports the batch analysis of a lot.
   *
   * @param product the product the lot was checked against
   * @param lot the lot
   * @param report the report of checking the lot
   * @param specifications user specifications the report may name; their criteria are exported in full
   * @return the bundle
   */
  public static Bundle batchAnalysis(SecretomeProduct product, Lot lot, ReleaseReport report,
      Collection<ReleaseSpecification> specifications) {
    if (!report.lotId().equals(lot.id())) {
      throw new IllegalArgumentException("report is of lot \"" + report.lotId() + "\", not of lot \"" + lot.id()
          + "\"; export a lot with its own report");
    }
    if (report.productId().isPresent() && !report.productId().get().equals(product.id())) {
      throw new IllegalArgumentException("report is of product \"" + report.productId().get() + "\", not of"
          + " product \"" + product.id() + "\"; export a lot with the product it was checked against");
    }
    Bundle b = bundle("batch-analysis", lot.id());
    report.provenance().ifPresent(p -> b.setTimestampElement(Provenances.instant(p.checkedAt())));
    Reference productRef = Products.addProduct(b, product);
    Products.addBiologicalSource(b, product, Optional.of(lot));
    Reference batch = addBatch(b, product, lot, productRef);
    Map<String, Reference> inputs = new LinkedHashMap<>();
    inputs.put(InputRole.PRODUCT + "/" + product.id(), productRef);
    inputs.put(InputRole.LOT + "/" + lot.id(), batch);

    // Criteria by specification, in report order; a recorded value per criterion for codes.
    Map<SpecificationRef, Map<String, Criterion>> criteria = new LinkedHashMap<>();
    Map<SpecificationRef, ReleaseSpecification> known = new LinkedHashMap<>();
    for (ReleaseSpecification spec : specifications) {
      known.putIfAbsent(SpecificationRef.of(spec.id(), spec.version()), spec);
    }
    for (SpecificationRef s : report.specifications()) {
      Map<String, Criterion> byKey = new LinkedHashMap<>();
      ReleaseSpecification spec = known.get(s);
      if (spec != null) {
        spec.criteria().forEach(c -> byKey.put(c.id(), Criterion.of(s, c)));
      }
      criteria.put(s, byKey);
    }
    Map<SpecificationRef, Map<String, Optional<RecordValue>>> values = new LinkedHashMap<>();
    List<Optional<RecordValue>> findingValues = new ArrayList<>();
    for (Finding f : report.findings()) {
      Optional<RecordValue> value = RecordValue.resolve(product, lot, f.path());
      findingValues.add(value);
      if (f.specification().isEmpty()) {
        continue;
      }
      SpecificationRef s = f.specification().get();
      String key = Criterion.key(f);
      criteria.computeIfAbsent(s, k -> new LinkedHashMap<>()).merge(key, Criterion.of(f), (a, n) -> {
        a.merge(f);
        return a;
      });
      values.computeIfAbsent(s, k -> new LinkedHashMap<>()).putIfAbsent(key, value);
    }
    Map<String, Reference> definitions = new LinkedHashMap<>();
    for (Map.Entry<SpecificationRef, Map<String, Criterion>> e : criteria.entrySet()) {
      SpecificationRef s = e.getKey();
      Optional<ReleaseSpecification> spec = Optional.ofNullable(known.get(s));
      Reference plan = Definitions.addSpecification(b, s, spec.map(ReleaseSpecification::title),
          spec.flatMap(ReleaseSpecification::description), e.getValue().values(), values.getOrDefault(s, Map.of()),
          productRef);
      inputs.put(InputRole.PROFILE + "/" + s.id(), plan);
      inputs.put(InputRole.SPECIFICATION + "/" + s.id(), plan);
      for (String key : e.getValue().keySet()) {
        String id = Fhir.id("ObservationDefinition", s + "/" + key);
        definitions.put(s + "/" + key, new Reference("urn:uuid:" + id));
      }
    }

    DiagnosticReport dr = new DiagnosticReport();
    Reference drRef = Fhir.add(b, dr, lot.id());
    report.provenance().ifPresent(p -> dr.setIssuedElement(Provenances.instant(p.checkedAt())));
    dr.addIdentifier(Fhir.identifier("release-report", lot.id()));
    dr.setStatus(DiagnosticReport.DiagnosticReportStatus.FINAL);
    dr.setCode(new CodeableConcept(new Coding(Fhir.codeSystem("report-type"), "batch-analysis",
        "Batch analysis (release check)")).setText("Batch analysis (release check)"));
    dr.setSubject(batch);
    for (SpecificationRef s : report.specifications()) {
      dr.addExtension(new Extension(Fhir.extension("specification"), new Reference("urn:uuid:"
          + Fhir.id("PlanDefinition", s.toString())).setDisplay(s.toString())));
    }
    report.referenceSeries().ifPresent(s -> dr.addExtension(new Extension(Fhir.extension("reference-series"),
        Fhir.identifier("reference-series", s.toString()))));
    dr.setConclusion("Verdict " + report.verdict() + ": " + conclusion(report));
    dr.addConclusionCode(new CodeableConcept(new Coding(Fhir.codeSystem("verdict"),
        report.verdict().name().toLowerCase(Locale.ROOT), report.verdict().name())));

    for (int i = 0; i < report.findings().size(); i++) {
      Finding f = report.findings().get(i);
      Observation o = observation(f, i, lot, batch, findingValues.get(i),
          f.specification().map(s -> definitions.get(s + "/" + Criterion.key(f))));
      dr.addResult(Fhir.add(b, o, lot.id() + "/findings/" + i));
    }
    report.provenance().ifPresent(p -> Provenances.add(b, p, report.signatures(), lot.id(), drRef, inputs));
    return b;
  }

  private static String conclusion(ReleaseReport r) {
    long fail = r.findings(Outcome.FAIL).size();
    long missing = r.findings(Outcome.MISSING).size();
    long warn = r.findings(Outcome.WARN).size();
    return r.findings().size() + " findings: " + r.findings(Outcome.PASS).size() + " passed, " + warn + " warned, "
        + fail + " failed, " + missing + " missing, " + r.findings(Outcome.NOT_APPLICABLE).size() + " not applicable";
  }

  private static Reference addBatch(Bundle b, SecretomeProduct product, Lot lot, Reference productRef) {
    Medication m = new Medication();
    Reference ref = Fhir.add(b, m, lot.id());
    m.addIdentifier(Fhir.identifier("lot", lot.id()));
    CodeableConcept code = new CodeableConcept().setText(product.name());
    code.addExtension(Fhir.PQ_MEDICATION_DEFINITION, productRef);
    m.setCode(code);
    m.setStatus(Medication.MedicationStatusCodes.ACTIVE);
    Medication.MedicationBatchComponent batch = m.getBatch();
    batch.setLotNumber(lot.id());
    lot.expiryDate().ifPresent(e -> batch.setExpirationDateElement(Products.date(e)));
    batch.addExtension(Fhir.extension("manufacture-date"), new DateType(lot.manufactureDate().toString()));
    lot.quantity().ifPresent(q -> batch.addExtension(Fhir.representable(q) ? Fhir.PQ_ACTUAL_YIELD
        : Fhir.extension("actual-yield-text"), Fhir.quantityOrText(q)));
    lot.productVersion().ifPresent(v -> batch.addExtension(Fhir.extension("product-version"), new StringType(v)));
    for (String parent : lot.parentLots()) {
      batch.addExtension(Fhir.extension("parent-lot"), Fhir.identifier("lot", parent));
    }
    return ref;
  }

  private static Observation observation(Finding f, int index, Lot lot, Reference batch,
      Optional<RecordValue> value, Optional<Reference> definition) {
    Observation o = new Observation();
    o.addIdentifier(Fhir.identifier("finding", lot.id() + "/findings/" + index));
    o.setStatus(ObservationStatus.FINAL);
    Optional<Criterion> criterion = f.specification().map(s -> Criterion.of(f));
    o.setCode(criterion.map(c -> Definitions.code(c, value)).orElseGet(() -> new CodeableConcept(
        new Coding(Fhir.codeSystem("finding-code"), f.code(), null)).setText(f.code())));
    o.setSubject(batch);
    definition.ifPresent(o::setInstantiates);
    value.flatMap(v -> v.date).ifPresent(d -> o.setEffective(Products.date(d)));
    value.flatMap(v -> v.method).ifPresent(m -> o.setMethod(Fhir.concept(m)));

    // value[x]: the recorded value (censored values keep their limit with a comparator), else the finding's
    boolean valued = setValue(o, f, value);
    if (!valued) {
      if (f.outcome() == Outcome.MISSING) {
        o.setDataAbsentReason(new CodeableConcept(new Coding(Fhir.DATA_ABSENT_REASON, "unknown", "Unknown"))
            .setText("no result in the record"));
      } else if (f.outcome() == Outcome.NOT_APPLICABLE) {
        o.setDataAbsentReason(new CodeableConcept(new Coding(Fhir.DATA_ABSENT_REASON, "not-applicable",
            "Not Applicable")).setText("the check does not apply to this lot or product"));
      }
    }
    o.addInterpretation(interpretation(f.outcome()));
    f.limit().ifPresent(l -> {
      Observation.ObservationReferenceRangeComponent rr = o.addReferenceRange().setText(l.describe());
      Fhir.inclusiveRange(l).ifPresent(r -> {
        rr.setLow(r.getLow().isEmpty() ? null : r.getLow());
        rr.setHigh(r.getHigh().isEmpty() ? null : r.getHigh());
      });
    });
    o.addNote().setText(f.message());
    f.expected().ifPresent(e -> o.addNote().setText("Expected: " + e));

    Extension e = new Extension(Fhir.extension("finding"));
    e.addExtension("code", new CodeType(f.code()));
    e.addExtension("severity", new CodeType(f.severity().name().toLowerCase(Locale.ROOT)));
    if (!f.path().isEmpty()) {
      // FHIR strings are never empty: the pointer "" (the whole record) is written as an absent pointer
      e.addExtension("pointer", new StringType(f.path()));
    }
    f.specification().ifPresent(s -> e.addExtension("specification", new CanonicalType(
        Fhir.canonical("PlanDefinition", s.id()) + "|" + s.version())));
    f.criterionId().ifPresent(c -> e.addExtension("criterion", new StringType(c)));
    f.observed().ifPresent(x -> e.addExtension("observed", new StringType(x)));
    f.convertedQuantity().ifPresent(q -> e.addExtension("converted", Fhir.quantityOrText(q)));
    f.band().ifPresent(x -> e.addExtension("band", new CodeType(x.name().toLowerCase(Locale.ROOT))));
    o.addExtension(e);
    f.source().ifPresent(s -> o.addExtension(Fhir.citation(s)));
    return o;
  }

  private static boolean setValue(Observation o, Finding f, Optional<RecordValue> value) {
    if (value.isPresent() && value.get().value.isPresent()) {
      RecordValue v = value.get();
      String comparator = v.censoring.map(c -> c == Censoring.ABOVE_ULOQ ? ">" : "<").orElse("");
      v.censoring.ifPresent(c -> o.addNote().setText(censoringNote(c, v)));
      if (!Fhir.representable(v.value.get())) {
        o.setValue(new StringType(comparator + v.value.get()));
        return true;
      }
      org.hl7.fhir.r5.model.Quantity q = Fhir.quantity(v.value.get());
      if (!comparator.isEmpty()) {
        q.setComparator(org.hl7.fhir.r5.model.Enumerations.QuantityComparator.fromCode(comparator));
      }
      o.setValue(q);
      return true;
    }
    if (value.isPresent() && value.get().outcome.isPresent()) {
      o.setValue(Fhir.concept(value.get().outcome.get()));
      return true;
    }
    if (f.observedQuantity().isPresent()) {
      o.setValue(Fhir.quantityOrText(f.observedQuantity().get()));
      return true;
    }
    if (f.observed().isPresent()) {
      o.setValue(new StringType(f.observed().get()));
      return true;
    }
    return false;
  }

  private static String censoringNote(Censoring c, RecordValue v) {
    switch (c) {
      case BELOW_LOD:
        return "Censored: below the limit of detection" + v.lod.map(l -> " (LOD " + l + ")").orElse("")
            + "; the value given is the limit, not a measurement.";
      case BELOW_LOQ:
        return "Censored: detected but below the limit of quantification" + v.loq.map(l -> " (LOQ " + l + ")")
            .orElse("") + "; the value given is the limit, not a measurement.";
      default:
        return "Censored: above the upper limit of quantification; the value given is the limit, not a"
            + " measurement.";
    }
  }

  private static CodeableConcept interpretation(Outcome outcome) {
    CodeableConcept cc = new CodeableConcept().addCoding(new Coding(Fhir.codeSystem("outcome"),
        outcome.name().toLowerCase(Locale.ROOT).replace('_', '-'), outcome.name()));
    if (outcome == Outcome.PASS) {
      cc.addCoding(new Coding(Fhir.INTERPRETATION, "N", "Normal"));
    } else if (outcome == Outcome.FAIL) {
      cc.addCoding(new Coding(Fhir.INTERPRETATION, "A", "Abnormal"));
    }
    return cc.setText(outcome.name());
  }

  private static Bundle bundle(String kind, String key) {
    Bundle b = new Bundle().setType(Bundle.BundleType.COLLECTION);
    b.setId(Fhir.id("Bundle", kind + "/" + key));
    b.setIdentifier(Fhir.identifier(kind, key));
    return b;
  }
}
