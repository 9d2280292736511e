package org.paracrine.serialization;

import java.util.Objects;
import java.util.Optional;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.lot.ReferenceSeries;
import org.paracrine.core.product.SecretomeProduct;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.core.spec.ReleaseSpecification;

/**
 * The kinds of top-level Paracrine documents and the version of the record format each is written in.
 *
 * <p>Every top-level JSON document carries two envelope members next to the document's own fields:
 * {@code "kind"} (one of {@link #kind()}) and {@code "schemaVersion"} (major.minor, per kind:
 * {@link #schemaVersion()}). Readers accept any minor version of the supported major version; a newer
 * minor version may only add optional fields, which strict readers reject as unknown and lenient readers keep.
 */
public enum DocumentKind {
  /**
   * A {@link SecretomeProduct} description; {@code "kind": "product"}. Version 1.1 adds the expansion-step member
   * {@code virusSafetyEvidence} (optional); a 1.0 document reads unchanged.
   */
  PRODUCT("product", SecretomeProduct.class, "1.1"),
  /**
   * A manufactured {@link Lot} with its test results; {@code "kind": "lot"}. Version 1.1 adds the test-result members
   * {@code sampledMaterials}, {@code incubationDuration} and {@code methodValidated} (all optional); a 1.0 document
   * reads unchanged.
   */
  LOT("lot", Lot.class, "1.1"),
  /**
   * A {@link ReleaseSpecification}; {@code "kind": "specification"}. Version 1.1 adds selectors, quantifiers,
   * scopes, outcome classes, computed limits and finding-code stems (all optional); a 1.0 document reads unchanged,
   * its {@code attribute}/{@code analyte}/{@code allowedMethods} being the test-result shorthand. Version 1.2 adds the
   * {@code LOT_DATE} selector kind, test-result property selectors ({@code parameter} on {@code TEST_RESULT}) and the
   * {@code stated-shelf-life} function; a 1.1 document reads unchanged.
   */
  SPECIFICATION("specification", ReleaseSpecification.class, "1.2"),
  /** A {@link ReleaseReport}; {@code "kind": "report"}. */
  REPORT("report", ReleaseReport.class, "1.0"),
  /** A {@link ReferenceSeries} of earlier lots for lot-to-lot consistency; {@code "kind": "reference-series"}. */
  REFERENCE_SERIES("reference-series", ReferenceSeries.class, "1.0");

  /**
   * The oldest schema version of the supported major version, 1.0; each kind has its own current version
   * ({@link #schemaVersion()}).
   */
  public static final String CURRENT_SCHEMA_VERSION = "1.0";

  /** Name of the envelope member that holds the document kind. */
  public static final String KIND_PROPERTY = "kind";

  /** Name of the envelope member that holds the schema version. */
  public static final String SCHEMA_VERSION_PROPERTY = "schemaVersion";

  private final String kind;
  private final Class<?> documentType;
  private final String schemaVersion;

  DocumentKind(String kind, Class<?> documentType, String schemaVersion) {
    this.kind = kind;
    this.documentType = documentType;
    this.schemaVersion = schemaVersion;
  }

  /**
   * Returns the value of the {@code "kind"} member.
   *
   * @return e.g. {@code "lot"}
   */
  public String kind() {
    return kind;
  }

  /**
   * Returns the schema version this library writes for the kind; every minor version of major 1 up to it is read.
   *
   * @return e.g. {@code "1.2"} for specifications, {@code "1.1"} for products and lots, {@code "1.0"} for the other
   *     kinds
   */
  public String schemaVersion() {
    return schemaVersion;
  }

  /**
   * Returns the core type documents of this kind are read into.
   *
   * @return the abstract value type, e.g. {@code Lot.class}
   */
  public Class<?> documentType() {
    return documentType;
  }

  /**
   * Returns the class-path resource holding the JSON Schema (draft 2020-12) of this kind, shipped in the jar.
   *
   * @return e.g. {@code "/org/paracrine/serialization/schema/lot.schema.json"}
   */
  public String schemaResource() {
    return "/org/paracrine/serialization/schema/" + kind + ".schema.json";
  }

  /**
   * Returns the {@code $id} of this kind's JSON Schema.
   *
   * @return e.g. {@code "https://paracrine.org/schema/1/lot.schema.json"}
   */
  public String schemaId() {
    return "https://paracrine.org/schema/1/" + kind + ".schema.json";
  }

  /**
   * Finds the kind whose {@link #kind()} text equals the given value.
   *
   * @param kind the {@code "kind"} member as read
   * @return the kind, or empty if no kind has that name
   */
  public static Optional<DocumentKind> fromKind(String kind) {
    for (DocumentKind k : VALUES) {
      if (k.kind.equals(kind)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the kind of a document type or of an instance's class.
   *
   * @param type a core document type ({@code Lot.class}) or its implementation ({@code ImmutableLot.class})
   * @return the kind
   * @throws IllegalArgumentException if the type is not one of the document types
   */
  public static DocumentKind of(Class<?> type) {
    Objects.requireNonNull(type, "type");
    DocumentKind kind = BY_CLASS.get(type);
    if (kind == null) {
      throw new IllegalArgumentException(type.getName()
          + " is not a Paracrine document type; expected SecretomeProduct, Lot, ReleaseSpecification, "
          + "ReleaseReport or ReferenceSeries");
    }
    return kind;
  }

  /** The kinds, in declaration order (one array, not a copy per lookup). */
  private static final DocumentKind[] VALUES = values();

  /**
   * The kind of each class, worked out once per class: every record read or written asks for it, and a search
   * over the kinds with {@link Class#isAssignableFrom} costs more than the lookup.
   */
  private static final ClassValue<DocumentKind> BY_CLASS = new ClassValue<>() {
    @Override
    protected DocumentKind computeValue(Class<?> type) {
      for (DocumentKind k : VALUES) {
        if (k.documentType.isAssignableFrom(type)) {
          return k;
        }
      }
      return null;
    }
  };
}
