package org.paracrine.fhir.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hl7.fhir.r5.model.Attachment;
import org.hl7.fhir.r5.model.BooleanType;
import org.hl7.fhir.r5.model.Bundle;
import org.hl7.fhir.r5.model.CodeType;
import org.hl7.fhir.r5.model.CodeableConcept;
import org.hl7.fhir.r5.model.Coding;
import org.hl7.fhir.r5.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r5.model.Extension;
import org.hl7.fhir.r5.model.ObservationDefinition;
import org.hl7.fhir.r5.model.ObservationDefinition.ObservationDataType;
import org.hl7.fhir.r5.model.ObservationDefinition.ObservationDefinitionQualifiedValueComponent;
import org.hl7.fhir.r5.model.PlanDefinition;
import org.hl7.fhir.r5.model.Reference;
import org.hl7.fhir.r5.model.RelatedArtifact;
import org.paracrine.core.quantity.QuantityRange;
import org.paracrine.core.report.SpecificationRef;
import org.paracrine.core.spec.Citation;
import org.paracrine.core.vocabulary.Marker;
import org.paracrine.core.vocabulary.Term;

/**
 * Maps specifications and criteria to the IG's definitional resources: a PlanDefinition per specification (with
 * its id and version, one action per criterion) and an ObservationDefinition per criterion (test, method,
 * acceptance criterion stated exactly).
 */
final class Definitions {
  private Definitions() {}

  /** The Paracrine coding of a criterion: code {@code <spec id>:<criterion key>}. */
  static Coding criterionCoding(SpecificationRef spec, String key) {
    return new Coding(Fhir.codeSystem("criterion"), spec.id() + ":" + key, null);
  }

  /** The code of a criterion: the criterion coding, the attribute and, for a marker, its HGNC coding. */
  static CodeableConcept code(Criterion c, Optional<RecordValue> value) {
    CodeableConcept cc = new CodeableConcept().addCoding(criterionCoding(c.specification, c.key));
    var attribute = c.attribute.or(() -> value.flatMap(v -> v.attribute));
    attribute.ifPresent(a -> cc.addCoding(Fhir.paracrineCoding(a)));
    var analyte = c.analyte.or(() -> value.flatMap(v -> v.analyte));
    var marker = analyte.flatMap(Marker::byName).map(Term::of).or(() -> value.flatMap(v -> v.marker));
    marker.flatMap(m -> m.known()).flatMap(m -> m.ontologyId().flatMap(id -> Fhir.ontologyCoding(id, m.display())))
        .ifPresent(cc::addCoding);
    StringBuilder text = new StringBuilder();
    attribute.ifPresent(a -> text.append(a.display()));
    analyte.ifPresent(a -> text.append(text.length() > 0 ? " " : "").append(a));
    cc.setText(text.length() > 0 ? text + " (" + c.key + ")" : c.key);
    return cc;
  }

  static ObservationDefinition observationDefinition(Criterion c, Optional<RecordValue> value) {
    ObservationDefinition od = new ObservationDefinition();
    od.setUrl(Fhir.canonical("ObservationDefinition", c.specification.id(), c.key));
    od.setVersion(c.specification.version());
    od.setIdentifier(Fhir.identifier("criterion", c.specification + "/" + c.key));
    od.setTitle(c.description.orElse(c.key));
    od.setStatus(PublicationStatus.ACTIVE);
    od.setCode(code(c, value));
    if (c.methods.size() == 1) {
      od.setMethod(Fhir.concept(c.methods.get(0)));
    } else if (c.methods.size() > 1) {
      od.setMethod(new CodeableConcept().setText("any of: "
          + c.methods.stream().map(Term::display).collect(Collectors.joining(", "))));
    }
    c.limit.ifPresent(l -> {
      od.addPermittedDataType(ObservationDataType.QUANTITY);
      od.addPermittedUnit(new Coding(Fhir.UCUM, l.unit(), null));
      od.addQualifiedValue(qualifiedValue("acceptance criterion", l));
    });
    c.warningBand.ifPresent(b -> od.addQualifiedValue(qualifiedValue("warning band (a value outside it passes with"
        + " a warning)", b)));
    if (!c.acceptableOutcomes.isEmpty()) {
      od.addPermittedDataType(ObservationDataType.CODEABLECONCEPT);
      ObservationDefinitionQualifiedValueComponent q = od.addQualifiedValue();
      q.setContext(new CodeableConcept().setText("acceptance criterion"));
      q.addExtension(Fhir.stringExtension(Fhir.PQ_QUALIFIED_VALUE_TEXT, "one of: " + c.acceptableOutcomes.stream()
          .map(o -> o.display() + " (" + o.code() + ")").collect(Collectors.joining(", "))));
    }
    if (c.limit.isEmpty() && c.acceptableOutcomes.isEmpty() && c.expected.isPresent()) {
      ObservationDefinitionQualifiedValueComponent q = od.addQualifiedValue();
      q.setContext(new CodeableConcept().setText("acceptance criterion"));
      q.addExtension(Fhir.stringExtension(Fhir.PQ_QUALIFIED_VALUE_TEXT, c.expected.get()));
    }
    Extension e = new Extension(Fhir.extension("criterion"));
    e.addExtension("severity", new CodeType(c.severity.name().toLowerCase(Locale.ROOT)));
    c.required.ifPresent(r -> e.addExtension("required", new BooleanType(r)));
    od.addExtension(e);
    c.source.ifPresent(s -> od.addExtension(Fhir.citation(s)));
    return od;
  }

  /**
   * An acceptable range stated exactly: the IG's qualified-value-text extension always carries the limit as
   * written ({@code < 0.5 [IU]/mL}); a FHIR Range is added only when every bound is inclusive, since FHIR ranges
   * are inclusive and a strict limit must never be widened.
   */
  private static ObservationDefinitionQualifiedValueComponent qualifiedValue(String context, QuantityRange r) {
    ObservationDefinitionQualifiedValueComponent q = new ObservationDefinitionQualifiedValueComponent();
    q.setContext(new CodeableConcept().setText(context));
    q.addExtension(Fhir.stringExtension(Fhir.PQ_QUALIFIED_VALUE_TEXT, r.describe()));
    Fhir.inclusiveRange(r).ifPresent(q::setRange);
    return q;
  }

  /**
   * Adds a specification's PlanDefinition and its criteria's ObservationDefinitions to a bundle.
   *
   * @param bundle the bundle
   * @param spec the specification reference
   * @param title the title, or empty
   * @param description the description, or empty
   * @param criteria the criteria, in order
   * @param values a recorded value per criterion key, for codes, or none
   * @param subject the product definition the specification applies to, or null
   * @return a reference to the PlanDefinition
   */
  static Reference addSpecification(Bundle bundle, SpecificationRef spec, Optional<String> title,
      Optional<String> description, Iterable<Criterion> criteria, Map<String, Optional<RecordValue>> values,
      Reference subject) {
    PlanDefinition plan = new PlanDefinition();
    Reference ref = Fhir.add(bundle, plan, spec.toString());
    plan.setUrl(Fhir.canonical("PlanDefinition", spec.id()));
    plan.addIdentifier(Fhir.identifier("specification", spec.id()));
    plan.setVersion(spec.version());
    plan.setTitle(title.orElse(spec.id()));
    plan.setType(new CodeableConcept().setText("release specification").addCoding(new Coding(
        Fhir.codeSystem("plan-type"), "release-specification", "Release specification")));
    plan.setStatus(PublicationStatus.ACTIVE);
    description.ifPresent(plan::setDescription);
    if (subject != null) {
      plan.setSubject(subject);
    }
    Map<String, Citation> citations = new LinkedHashMap<>();
    PlanDefinition.PlanDefinitionActionComponent action = plan.addAction().setTitle("Release");
    action.setCode(new CodeableConcept().setText("Release testing"));
    for (Criterion c : criteria) {
      ObservationDefinition od = observationDefinition(c, values.getOrDefault(c.key, Optional.empty()));
      Fhir.add(bundle, od, spec + "/" + c.key);
      action.addAction().setTitle(c.key).setCode(new CodeableConcept().setText("Test"))
          .setDefinition(new org.hl7.fhir.r5.model.CanonicalType(od.getUrl() + "|" + od.getVersion()));
      c.source.ifPresent(s -> citations.putIfAbsent(s.label(), s));
    }
    for (Citation s : citations.values()) {
      RelatedArtifact a = plan.addRelatedArtifact().setType(RelatedArtifact.RelatedArtifactType.CITATION)
          .setLabel(s.label()).setCitation(s.reference().orElse(s.toString()));
      s.doi().map(d -> "https://doi.org/" + d).or(s::url).ifPresent(u -> a.setDocument(new Attachment().setUrl(u)));
    }
    return ref;
  }
}
