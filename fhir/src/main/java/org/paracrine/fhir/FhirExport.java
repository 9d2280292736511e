package org.paracrine.fhir;

import ca.uhn.fhir.context.FhirContext;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.hl7.fhir.r5.model.Bundle;
import org.hl7.fhir.r5.model.Resource;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.product.SecretomeProduct;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.fhir.internal.Exports;

/**
 * Exports Paracrine records as HL7 FHIR R5 resources shaped after the HL7 Pharmaceutical Quality (Industry)
 * implementation guide ({@code hl7.fhir.uv.pharm-quality} 1.0.0): a product, a release specification, and the
 * batch analysis of a checked lot. Each export is a {@code collection} Bundle; {@link #toJson(Resource)} writes it
 * with HAPI FHIR's JSON parser.
 *
 * <p>Values are exact: decimals go from {@link java.math.BigDecimal} to FHIR {@code decimal} without passing
 * through {@code double}, and keep their scale ({@code 1.50} stays {@code 1.50}, {@code 5.24E+11} stays
 * {@code 5.24E+11}). Acceptance limits are stated exactly: a FHIR {@code Range} (inclusive by definition) is given
 * only for limits whose bounds are inclusive; every limit is also given as text ({@code "< 0.5 [IU]/mL"}). Resource
 * ids are name-based UUIDs of what they describe, so exporting the same record twice gives identical bundles. The
 * mapping of every member is listed in {@code docs/fhir.md}.
 *
 * <p>All methods are thread-safe.
 *
 * <pre>{@code
 * ReleaseReport report = ReleaseChecker.withBuiltInProfiles().check(product, lot);
 * Bundle bundle = FhirExport.batchAnalysis(product, lot, report);
 * String json = FhirExport.toJson(bundle);
 * }</pre>
 */
public final class FhirExport {
  private FhirExport() {}

  /**
   * Exports a product: a MedicinalProductDefinition (identifier, version, name, product type, EDQM dose form and
   * routes) and a BiologicallyDerivedProduct of category {@code biologicalAgent} with the source material (UBERON
   * tissue, CL cell type, donor, cell bank).
   *
   * @param product the product
   * @return a {@code collection} bundle
   */
  public static Bundle product(SecretomeProduct product) {
    return Exports.product(Objects.requireNonNull(product, "product"));
  }

  /**
   * Exports a release specification: a PlanDefinition with its id and version and one action per criterion, and an
   * ObservationDefinition per criterion (attribute, analyte, method, acceptance criterion, warning band, severity,
   * source).
   *
   * @param specification the specification
   * @return a {@code collection} bundle
   */
  public static Bundle specification(ReleaseSpecification specification) {
    return Exports.specification(Objects.requireNonNull(specification, "specification"));
  }

  /**
   * Exports the batch analysis of a lot: the product resources, the batch (a Medication with
   * {@code batch.lotNumber}), a PlanDefinition per specification or profile the report names, an
   * ObservationDefinition per criterion, a DiagnosticReport with the verdict, and one Observation per finding whose
   * subject is the batch.
   *
   * @param product the product the lot was checked against
   * @param lot the lot
   * @param report the report of checking this lot against this product
   * @return a {@code collection} bundle
   * @throws IllegalArgumentException if the report is of another lot or product
   */
  public static Bundle batchAnalysis(SecretomeProduct product, Lot lot, ReleaseReport report) {
    return batchAnalysis(product, lot, report, List.of());
  }

  /**
   * Exports the batch analysis of a lot, with the full criteria of the user specifications it was checked against:
   * for a specification the report names (same id and version) and that is given here, every criterion becomes an
   * ObservationDefinition with all it says (allowed methods, acceptable outcomes, required, description), also a
   * criterion that produced no finding, and the PlanDefinition carries the specification's title and description.
   * Built-in profiles, whose rules are code, are always exported from their findings.
   *
   * <pre>{@code
   * ReleaseChecker checker = ReleaseChecker.builder().addProfiles(BuiltInProfiles.all())
   *     .addSpecification(spec).build();
   * Bundle b = FhirExport.batchAnalysis(product, lot, checker.check(product, lot), checker.specifications());
   * }</pre>
   *
   * @param product the product the lot was checked against
   * @param lot the lot
   * @param report the report of checking this lot against this product
   * @param specifications the user specifications of the check (others are ignored)
   * @return a {@code collection} bundle
   * @throws IllegalArgumentException if the report is of another lot or product
   */
  public static Bundle batchAnalysis(SecretomeProduct product, Lot lot, ReleaseReport report,
      Collection<ReleaseSpecification> specifications) {
    return Exports.batchAnalysis(Objects.requireNonNull(product, "product"), Objects.requireNonNull(lot, "lot"),
        Objects.requireNonNull(report, "report"), List.copyOf(specifications));
  }

  /**
   * Writes a resource as pretty-printed FHIR JSON with HAPI FHIR's parser.
   *
   * @param resource the resource, e.g. an exported bundle
   * @return the JSON text
   */
  public static String toJson(Resource resource) {
    return context().newJsonParser().setPrettyPrint(true).encodeResourceToString(resource);
  }

  /**
   * Returns the shared FHIR R5 context (expensive to create, thread-safe once built).
   *
   * @return the context
   */
  public static FhirContext context() {
    return FhirContext.forR5Cached();
  }
}
