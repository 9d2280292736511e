package org.paracrine.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.paracrine.core.assay.TestResult;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.product.SecretomeProduct;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.quantity.QuantityRange;
import org.paracrine.core.report.Severity;
import org.paracrine.core.samples.ReferenceLots;
import org.paracrine.core.samples.ReferenceProducts;
import org.paracrine.core.spec.AcceptanceCriterion;
import org.paracrine.core.spec.Citation;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.core.vocabulary.AnalyticalMethod;
import org.paracrine.core.vocabulary.QualitativeOutcome;
import org.paracrine.core.vocabulary.QualityAttribute;
import org.paracrine.core.vocabulary.Term;
import org.paracrine.validation.ReleaseChecker;
import org.paracrine.validation.profiles.BuiltInProfiles;

/**
 * The data every benchmark uses: the reference products, a realistic release lot with a full panel of results,
 * and a 25-criterion release specification, plus the one checker configuration measured everywhere (all built-in
 * profiles, the specification, structural validation and the EV reporting checklist).
 *
 * <p>All values are example values built from {@link ReferenceLots} and {@link ReferenceProducts}; limits are
 * typical in-house release limits for an EV fraction given intravenously, not recommendations.
 */
public final class Fixtures {
  /** Number of criteria in {@link #specification()}. */
  public static final int CRITERIA = 25;

  private Fixtures() {}

  /**
   * Returns the product of {@link #releaseLot()}: the bone-marrow MSC EV fraction for intravenous use.
   *
   * @return the product
   */
  public static SecretomeProduct product() {
    return ReferenceProducts.boneMarrowEvIntravenous();
  }

  /**
   * Returns the reference products by id.
   *
   * @return an immutable map from product id to product
   */
  public static Map<String, SecretomeProduct> productsById() {
    return ReferenceProducts.all().stream()
        .collect(Collectors.toUnmodifiableMap(SecretomeProduct::id, Function.identity()));
  }

  /**
   * Returns the checker measured by every benchmark: {@link BuiltInProfiles#all()} plus {@link #specification()},
   * with the builder's defaults (structural validation and the EV reporting checklist on).
   *
   * @return a new checker
   */
  public static ReleaseChecker checker() {
    return ReleaseChecker.builder().addProfiles(BuiltInProfiles.all()).addSpecification(specification()).build();
  }

  /**
   * Returns one realistic release lot: the reference bone-marrow EV lot (MISEV2018 characterisation, compendial
   * safety, pH, osmolality, potency) with the further results a release panel carries (EV content, residuals,
   * appearance, fill volume and six secreted factors), 22 test results in all.
   *
   * @return the lot
   */
  public static Lot releaseLot() {
    Lot base = ReferenceLots.boneMarrowEvIntravenous();
    List<TestResult> extra = new ArrayList<>();
    extra.add(numeric(QualityAttribute.PARTICLE_CONCENTRATION, AnalyticalMethod.NTA, "3.1E+11", "{particles}/mL"));
    extra.add(numeric(QualityAttribute.TOTAL_PROTEIN, AnalyticalMethod.MICRO_BCA, "9.5", "ug/mL"));
    extra.add(numeric(QualityAttribute.PARTICLE_TO_PROTEIN_RATIO, AnalyticalMethod.NTA, "3.3E+10",
        "{particles}/ug"));
    extra.add(numeric(QualityAttribute.RESIDUAL_HOST_CELL_DNA, AnalyticalMethod.DNA_QUANTIFICATION, "2.4",
        "ng/mL"));
    extra.add(analyte(QualityAttribute.RESIDUAL_SERUM_PROTEIN, AnalyticalMethod.ELISA, "bovine serum albumin",
        "18", "ng/mL"));
    extra.add(TestResult.qualitative(QualityAttribute.APPEARANCE, AnalyticalMethod.VISUAL_INSPECTION,
        QualitativeOutcome.CONFORMS));
    extra.add(numeric(QualityAttribute.FILL_VOLUME, AnalyticalMethod.VISUAL_INSPECTION, "10.2", "mL"));
    extra.add(TestResult.qualitative(QualityAttribute.MEMBRANE_INTEGRITY, AnalyticalMethod.DETERGENT_LYSIS,
        QualitativeOutcome.CONFORMS));
    extra.add(TestResult.qualitative(QualityAttribute.ADVENTITIOUS_VIRUS, AnalyticalMethod.QPCR,
        QualitativeOutcome.NOT_DETECTED));
    extra.add(analyte(QualityAttribute.ANALYTE, AnalyticalMethod.ELISA, "TSG-6", "410", "pg/mL"));
    extra.add(analyte(QualityAttribute.ANALYTE, AnalyticalMethod.ELISA, "HGF", "2.6", "ng/mL"));
    extra.add(analyte(QualityAttribute.ANALYTE, AnalyticalMethod.MULTIPLEX_IMMUNOASSAY, "VEGF-A", "1.9", "ng/mL"));
    extra.add(analyte(QualityAttribute.ANALYTE, AnalyticalMethod.MULTIPLEX_IMMUNOASSAY, "IL-6", "640", "pg/mL"));
    extra.add(analyte(QualityAttribute.ANALYTE, AnalyticalMethod.MULTIPLEX_IMMUNOASSAY, "IL-10", "35", "pg/mL"));
    extra.add(analyte(QualityAttribute.ANALYTE, AnalyticalMethod.ELISA, "PGE2", "1.1", "ng/mL"));
    return Lot.builder().from(base).addAllTestResults(extra).build();
  }

  /**
   * Returns a 25-criterion release specification for the bone-marrow EV fraction (scoped to that product):
   * compendial safety, general tests, EV content, residuals and secreted factors; three criteria are optional and
   * have no result in {@link #releaseLot()}, so its report carries MISSING findings as real ones do and the lot is
   * released. Limits in other units than the results (µg vs mg, pg vs ng)
   * exercise UCUM conversion.
   *
   * @return the specification
   */
  public static ReleaseSpecification specification() {
    Citation usp85 = Citation.of("USP <85> Bacterial Endotoxins Test");
    List<AcceptanceCriterion> c = new ArrayList<>();
    c.add(AcceptanceCriterion.builder().id("endotoxin").attribute(Term.of(QualityAttribute.ENDOTOXIN))
        .addAllowedMethods(Term.of(AnalyticalMethod.LAL_KINETIC_CHROMOGENIC),
            Term.of(AnalyticalMethod.RECOMBINANT_FACTOR_C))
        .limit(QuantityRange.lessThan(Quantity.of("0.50", "[IU]/mL")))
        .warningBand(QuantityRange.between(Quantity.of("0.25", "[IU]/mL"), Quantity.of("0.50", "[IU]/mL")))
        .source(usp85).build());
    c.add(outcome("sterility", QualityAttribute.STERILITY, QualitativeOutcome.NO_GROWTH));
    c.add(outcome("mycoplasma", QualityAttribute.MYCOPLASMA, QualitativeOutcome.NEGATIVE,
        QualitativeOutcome.NOT_DETECTED));
    c.add(outcome("adventitious-virus", QualityAttribute.ADVENTITIOUS_VIRUS, QualitativeOutcome.NOT_DETECTED,
        QualitativeOutcome.NEGATIVE));
    c.add(range("pH", QualityAttribute.PH, "6.8", "7.8", "[pH]"));
    c.add(range("osmolality", QualityAttribute.OSMOLALITY, "260", "340", "mosm/kg"));
    c.add(atLeast("potency", QualityAttribute.POTENCY, null, "30", "%"));
    c.add(atLeast("particles", QualityAttribute.PARTICLE_CONCENTRATION, null, "1.0E+10", "{particles}/mL"));
    c.add(range("total-protein", QualityAttribute.TOTAL_PROTEIN, "0.001", "0.05", "mg/mL"));
    c.add(atLeast("purity-ratio", QualityAttribute.PARTICLE_TO_PROTEIN_RATIO, null, "3.0E+10", "{particles}/ug"));
    c.add(atMost("host-cell-dna", QualityAttribute.RESIDUAL_HOST_CELL_DNA, null, "10", "ng/mL"));
    c.add(atMost("bsa", QualityAttribute.RESIDUAL_SERUM_PROTEIN, "bovine serum albumin", "0.05", "ug/mL"));
    c.add(outcome("appearance", QualityAttribute.APPEARANCE, QualitativeOutcome.CONFORMS));
    c.add(range("fill-volume", QualityAttribute.FILL_VOLUME, "9.5", "10.5", "mL"));
    c.add(outcome("integrity", QualityAttribute.MEMBRANE_INTEGRITY, QualitativeOutcome.CONFORMS));
    c.add(atLeast("tsg6", QualityAttribute.ANALYTE, "TSG-6", "0.2", "ng/mL"));
    c.add(atLeast("hgf", QualityAttribute.ANALYTE, "HGF", "1000", "pg/mL"));
    c.add(atLeast("vegf-a", QualityAttribute.ANALYTE, "VEGF-A", "0.5", "ng/mL"));
    c.add(atMost("il-6", QualityAttribute.ANALYTE, "IL-6", "2.0", "ng/mL"));
    c.add(atLeast("il-10", QualityAttribute.ANALYTE, "IL-10", "10", "pg/mL"));
    c.add(atLeast("pge2", QualityAttribute.ANALYTE, "PGE2", "0.5", "ng/mL"));
    c.add(AcceptanceCriterion.builder().id("volume").attribute(Term.of(QualityAttribute.FILL_VOLUME))
        .limit(QuantityRange.atLeast(Quantity.of("9.5", "mL"))).severity(Severity.WARNING).build());
    c.add(AcceptanceCriterion.builder().id("identity").attribute(Term.of(QualityAttribute.IDENTITY))
        .addAcceptableOutcomes(Term.of(QualitativeOutcome.CONFORMS)).required(false).build());
    c.add(AcceptanceCriterion.builder().id("residual-antibiotic")
        .attribute(Term.of(QualityAttribute.RESIDUAL_ANTIBIOTIC))
        .limit(QuantityRange.atMost(Quantity.of("1", "ug/mL"))).required(false).build());
    c.add(AcceptanceCriterion.builder().id("subvisible").attribute(Term.of(QualityAttribute.SUBVISIBLE_PARTICLES))
        .limit(QuantityRange.atMost(Quantity.of("6000", "{particles}/mL"))).required(false)
        .severity(Severity.WARNING).build());
    return ReleaseSpecification.builder().id("bench-ev-iv-release").version("1.0")
        .title("Benchmark release specification, bone-marrow MSC EV fraction, IV (25 criteria)")
        .addProducts(ReferenceProducts.boneMarrowEvIntravenous().id())
        .criteria(c).build();
  }

  private static TestResult numeric(QualityAttribute a, AnalyticalMethod m, String value, String unit) {
    return TestResult.numeric(a, m, Quantity.of(value, unit));
  }

  private static TestResult analyte(QualityAttribute a, AnalyticalMethod m, String analyte, String value,
      String unit) {
    return TestResult.builder().attribute(Term.of(a)).method(Term.of(m)).analyte(analyte)
        .value(Quantity.of(value, unit)).build();
  }

  private static AcceptanceCriterion outcome(String id, QualityAttribute a, QualitativeOutcome... ok) {
    var b = AcceptanceCriterion.builder().id(id).attribute(Term.of(a));
    for (QualitativeOutcome o : ok) {
      b.addAcceptableOutcomes(Term.of(o));
    }
    return b.build();
  }

  private static AcceptanceCriterion range(String id, QualityAttribute a, String lo, String hi, String unit) {
    return AcceptanceCriterion.builder().id(id).attribute(Term.of(a))
        .limit(QuantityRange.between(Quantity.of(lo, unit), Quantity.of(hi, unit))).build();
  }

  private static AcceptanceCriterion atLeast(String id, QualityAttribute a, String analyte, String lo,
      String unit) {
    var b = AcceptanceCriterion.builder().id(id).attribute(Term.of(a))
        .limit(QuantityRange.atLeast(Quantity.of(lo, unit)));
    if (analyte != null) {
      b.analyte(analyte);
    }
    return b.build();
  }

  private static AcceptanceCriterion atMost(String id, QualityAttribute a, String analyte, String hi, String unit) {
    var b = AcceptanceCriterion.builder().id(id).attribute(Term.of(a))
        .limit(QuantityRange.atMost(Quantity.of(hi, unit)));
    if (analyte != null) {
      b.analyte(analyte);
    }
    return b.build();
  }
}
