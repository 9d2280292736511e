package org.paracrine.fhir.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r5.model.Bundle;
import org.hl7.fhir.r5.model.CodeableConcept;
import org.hl7.fhir.r5.model.Coding;
import org.hl7.fhir.r5.model.DataType;
import org.hl7.fhir.r5.model.DecimalType;
import org.hl7.fhir.r5.model.Extension;
import org.hl7.fhir.r5.model.Identifier;
import org.hl7.fhir.r5.model.Range;
import org.hl7.fhir.r5.model.Reference;
import org.hl7.fhir.r5.model.Resource;
import org.hl7.fhir.r5.model.StringType;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.quantity.QuantityRange;
import org.paracrine.core.spec.Citation;
import org.paracrine.core.vocabulary.Term;
import org.paracrine.core.vocabulary.Vocabulary;

/**
 * Shared building blocks of the FHIR mapping: the Paracrine namespace (code systems, identifier systems,
 * extensions), deterministic resource ids, codings of Paracrine vocabularies with their ontology codings, and exact
 * quantities.
 */
public final class Fhir {
  /** Namespace of every code system, identifier system and extension Paracrine defines (not resolvable). */
  public static final String NAMESPACE = "https://github.com/paracrine/paracrine/fhir";
  /** UCUM. */
  public static final String UCUM = "http://unitsofmeasure.org";
  /** HL7 Pharmaceutical Quality (Industry) IG canonical base. */
  public static final String PQ = "http://hl7.org/fhir/uv/pharm-quality/StructureDefinition/";
  /** The IG's string description of an acceptable range (ObservationDefinition.qualifiedValue). */
  public static final String PQ_QUALIFIED_VALUE_TEXT = PQ + "Extension-qualified-value-text-pq";
  /** The IG's link from a batch (Medication.code) to the product definition. */
  public static final String PQ_MEDICATION_DEFINITION = PQ + "Extension-medication-definition-pq";
  /** The IG's actual yield of a batch (Medication.batch). */
  public static final String PQ_ACTUAL_YIELD = PQ + "Extension-actual-yield-pq";
  /** FHIR data-absent-reason code system. */
  public static final String DATA_ABSENT_REASON = "http://terminology.hl7.org/CodeSystem/data-absent-reason";
  /** HL7 v3 observation interpretation code system. */
  public static final String INTERPRETATION = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";

  private Fhir() {}

  /**
   * Returns a Paracrine code system URL.
   *
   * @param name e.g. {@code "quality-attribute"}
   * @return the URL
   */
  public static String codeSystem(String name) {
    return NAMESPACE + "/CodeSystem/" + name;
  }

  /**
   * Returns a Paracrine identifier system URL.
   *
   * @param name e.g. {@code "lot"}
   * @return the URL
   */
  public static String identifierSystem(String name) {
    return NAMESPACE + "/identifier/" + name;
  }

  /**
   * Returns a Paracrine extension URL.
   *
   * @param name e.g. {@code "finding"}
   * @return the URL
   */
  public static String extension(String name) {
    return NAMESPACE + "/StructureDefinition/" + name;
  }

  /**
   * Returns a Paracrine canonical URL of a definition resource.
   *
   * @param type resource type, e.g. {@code "PlanDefinition"}
   * @param key the key, percent-encoded here
   * @return the URL
   */
  public static String canonical(String type, String... key) {
    StringBuilder sb = new StringBuilder(NAMESPACE).append('/').append(type);
    for (String k : key) {
      sb.append('/').append(encode(k));
    }
    return sb.toString();
  }

  /** Percent-encodes everything but unreserved URI characters (RFC 3986 section 2.3). */
  static String encode(String s) {
    StringBuilder sb = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
          || c == '_' || c == '~') {
        sb.append(c);
      } else {
        sb.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
      }
    }
    return sb.toString();
  }

  /**
   * Returns a deterministic resource id: a name-based UUID of the resource kind and key, so that exporting the same
   * record twice gives the same ids.
   *
   * @param kind e.g. {@code "Observation"}
   * @param key the identifying key
   * @return the UUID text
   */
  public static String id(String kind, String key) {
    return UUID.nameUUIDFromBytes(("paracrine:" + kind + ":" + key).getBytes(StandardCharsets.UTF_8)).toString();
  }

  /**
   * Sets a deterministic id on a resource and adds it to a bundle with a {@code urn:uuid} full URL.
   *
   * @param bundle the bundle
   * @param resource the resource
   * @param key the identifying key
   * @return a reference to the entry
   */
  public static Reference add(Bundle bundle, Resource resource, String key) {
    String id = id(resource.fhirType(), key);
    resource.setId(id);
    bundle.addEntry().setFullUrl("urn:uuid:" + id).setResource(resource);
    return new Reference("urn:uuid:" + id);
  }

  /**
   * Returns an identifier in a Paracrine identifier system.
   *
   * @param system the system name
   * @param value the value
   * @return the identifier
   */
  public static Identifier identifier(String system, String value) {
    return new Identifier().setSystem(identifierSystem(system)).setValue(value);
  }

  /**
   * Codes a vocabulary term: a coding in the vocabulary's Paracrine code system and, where the term carries an
   * ontology identifier, a coding in that ontology's system (HGNC, UBERON, CL, EDQM, ChEBI).
   *
   * @param <E> the vocabulary
   * @param term the term
   * @return the concept, with the display as text
   */
  public static <E extends Enum<E> & Vocabulary> CodeableConcept concept(Term<E> term) {
    CodeableConcept cc = new CodeableConcept().setText(term.display());
    cc.addCoding(paracrineCoding(term));
    term.known().flatMap(Vocabulary::ontologyId).flatMap(id -> ontologyCoding(id, term.display()))
        .ifPresent(cc::addCoding);
    return cc;
  }

  /**
   * Codes a vocabulary term in its Paracrine code system only.
   *
   * @param <E> the vocabulary
   * @param term the term
   * @return the coding
   */
  public static <E extends Enum<E> & Vocabulary> Coding paracrineCoding(Term<E> term) {
    Coding c = new Coding(codeSystem(vocabularyName(term.vocabulary())), term.code(), null);
    if (term.isKnown()) {
      c.setDisplay(term.display());
    }
    return c;
  }

  /**
   * Returns the code-system name of a vocabulary: its simple class name in kebab case.
   *
   * @param vocabulary the enum class
   * @return e.g. {@code "quality-attribute"}
   */
  public static String vocabularyName(Class<?> vocabulary) {
    return vocabulary.getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }

  /**
   * Maps an ontology CURIE to a FHIR coding.
   *
   * @param curie e.g. {@code "HGNC:1709"}, {@code "UBERON:0002371"}, {@code "EDQM:20045000"}
   * @param display the display
   * @return the coding, or empty for an unknown prefix
   */
  public static Optional<Coding> ontologyCoding(String curie, String display) {
    int colon = curie.indexOf(':');
    if (colon <= 0) {
      return Optional.empty();
    }
    String prefix = curie.substring(0, colon);
    String local = curie.substring(colon + 1);
    switch (prefix) {
      case "HGNC":
        // HL7 Terminology: HGNC gene ids, with the "HGNC:" prefix, are the codes.
        return Optional.of(new Coding("http://www.genenames.org", curie, display));
      case "UBERON":
        return Optional.of(new Coding("http://purl.obolibrary.org/obo/uberon.owl", curie, display));
      case "CL":
        return Optional.of(new Coding("http://purl.obolibrary.org/obo/cl.owl", curie, display));
      case "CHEBI":
        return Optional.of(new Coding("http://www.ebi.ac.uk/chebi", curie, display));
      case "EDQM":
        return Optional.of(new Coding("http://standardterms.edqm.eu", local, display));
      default:
        return Optional.empty();
    }
  }

  /** The FHIR {@code decimal} lexical form (at most 18 integer and 17 fraction digits). */
  private static final java.util.regex.Pattern FHIR_DECIMAL = java.util.regex.Pattern.compile(
      "-?(0|[1-9][0-9]{0,17})(\\.[0-9]{1,17})?([eE](0|[+\\-]?[1-9][0-9]{0,9}))?");

  /**
   * Tells whether a quantity's value can be written as a FHIR {@code decimal} exactly, in its own text form: FHIR
   * allows at most 18 integer and 17 fraction digits, so a computed limit with 34 significant digits cannot be.
   *
   * @param q the quantity
   * @return true if {@link #quantity(Quantity)} states it exactly
   */
  public static boolean representable(Quantity q) {
    return FHIR_DECIMAL.matcher(q.value().toString()).matches();
  }

  /**
   * Converts a quantity for an element that also accepts a string: a FHIR Quantity when the value is
   * {@link #representable(Quantity) representable}, else the exact text ({@code "<value> <unit>"}) rather than a
   * rounded number.
   *
   * @param q the quantity
   * @return a Quantity or a string
   */
  public static DataType quantityOrText(Quantity q) {
    return representable(q) ? quantity(q) : new StringType(q.toString());
  }

  /**
   * Converts an exact quantity: the value keeps its scale (HAPI writes {@link java.math.BigDecimal#toString()}, so
   * {@code 1.50} stays {@code 1.50} and {@code 5.24E+11} stays {@code 5.24E+11}), the unit is a UCUM code.
   *
   * @param q the quantity, {@link #representable(Quantity) representable} (else the validator rejects the element)
   * @return the FHIR quantity
   */
  public static org.hl7.fhir.r5.model.Quantity quantity(Quantity q) {
    org.hl7.fhir.r5.model.Quantity f = new org.hl7.fhir.r5.model.Quantity();
    f.setValueElement(new DecimalType(q.value()));
    return f.setUnit(q.unit()).setSystem(UCUM).setCode(q.unit());
  }

  /**
   * Converts a range to a FHIR Range only when FHIR's inclusive semantics state it exactly: both present bounds
   * inclusive and representable as FHIR decimals. A strict bound ({@code < 0.5 [IU]/mL}) has no FHIR Range
   * equivalent and is never widened into one; a bound with more digits than FHIR allows is never rounded.
   *
   * @param r the range
   * @return the FHIR range, or empty when a bound is strict or not representable
   */
  public static Optional<Range> inclusiveRange(QuantityRange r) {
    if ((r.lower().isPresent() && !r.lowerInclusive()) || (r.upper().isPresent() && !r.upperInclusive())) {
      return Optional.empty();
    }
    if (!r.lower().map(Fhir::representable).orElse(true) || !r.upper().map(Fhir::representable).orElse(true)) {
      return Optional.empty();
    }
    Range range = new Range();
    r.lower().ifPresent(l -> range.setLow(quantity(l)));
    r.upper().ifPresent(u -> range.setHigh(quantity(u)));
    return Optional.of(range);
  }

  /**
   * Returns a string-valued extension.
   *
   * @param url the extension URL
   * @param value the value
   * @return the extension
   */
  public static Extension stringExtension(String url, String value) {
    return new Extension(url, new StringType(value));
  }

  /**
   * Returns an extension.
   *
   * @param url the extension URL
   * @param value the value
   * @return the extension
   */
  public static Extension extension(String url, DataType value) {
    return new Extension(url, value);
  }

  /**
   * Returns the citation extension: the citation's label, reference, DOI and URL as sub-extensions.
   *
   * @param c the citation
   * @return the extension
   */
  public static Extension citation(Citation c) {
    Extension e = new Extension(extension("citation"));
    e.addExtension("label", new StringType(c.label()));
    c.reference().ifPresent(r -> e.addExtension("reference", new StringType(r)));
    c.doi().ifPresent(d -> e.addExtension("doi", new StringType(d)));
    c.url().ifPresent(u -> e.addExtension("url", new org.hl7.fhir.r5.model.UriType(u)));
    e.addExtension("confidence", new org.hl7.fhir.r5.model.CodeType(c.confidence().name().toLowerCase(Locale.ROOT)));
    return e;
  }
}
