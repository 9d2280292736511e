package org.paracrine.core.samples;

import java.time.LocalDate;
import org.paracrine.core.assay.AnalyteResult;
import org.paracrine.core.assay.Censoring;
import org.paracrine.core.assay.TestResult;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.lot.ReferenceEntry;
import org.paracrine.core.lot.ReferenceSeries;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.report.Severity;
import org.paracrine.core.spec.AcceptanceCriterion;
import org.paracrine.core.spec.ConsistencyCheck;
import org.paracrine.core.spec.ControlChartRule;
import org.paracrine.core.spec.ControlChartTest;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.core.vocabulary.Analyte;
import org.paracrine.core.vocabulary.AnalyticalMethod;
import org.paracrine.core.vocabulary.NormalisationBasis;
import org.paracrine.core.vocabulary.QualitativeOutcome;
import org.paracrine.core.vocabulary.QualityAttribute;
import org.paracrine.core.vocabulary.SampledMaterial;
import org.paracrine.core.vocabulary.Term;

/**
 * Example composition data for lot-to-lot consistency of {@link ReferenceProducts#umbilicalCordSecretomeGel()}: a
 * reference series of 20 monthly lots, a new lot whose VEGF-A has drifted, and a specification with consistency
 * criteria.
 *
 * <p>The values are <em>illustrative</em>, not measured: of the order reported for MSC conditioned medium (VEGF-A
 * around 1 ng/mL, HGF around 4 ng/mL, IL-6 around 2 ng/mL, TIMP-1 tens of ng/mL, PGE2 around 100 pg/mL) and drawn
 * with a seeded generator, except VEGF-A, which was set by hand: twelve stable lots around 1000 pg/mL, then eight
 * lots shifted upward by about 50 pg/mL. The new lot (VEGF-A 1071 pg/mL, z ≈ 1.4) passes Shewhart's 3σ limit and a
 * ±30 % margin, but is the ninth lot in a row above the reference mean: Nelson test 2 fires. Two PGE2 values are
 * below the LOQ (50 pg/mL) to show the censoring policy.
 */
public final class ReferenceCompositions {
  /** The product of the series. */
  public static final String PRODUCT_ID = "uc-msc-secretome-gel";

  private static final int[] VEGFA = {1012, 968, 1041, 995, 1027, 979, 1003, 1034, 958, 1016, 989, 1022, 1046, 1058,
      1039, 1064, 1051, 1069, 1047, 1062};
  private static final int[] HGF = {4130, 3933, 4777, 4283, 4477, 4353, 4320, 4158, 4191, 3945, 4437, 4010, 4499,
      4701, 4388, 4206, 3938, 4320, 4007, 4514};
  private static final int[] IL6 = {1985, 2374, 2260, 1980, 2017, 1846, 2199, 1939, 2137, 2036, 2466, 1935, 2257,
      1940, 1908, 2471, 2073, 1577, 2163, 2018};
  private static final String[] TIMP1 = {"46.3", "42.9", "46.9", "45.5", "43.2", "42.0", "37.5", "42.8", "40.3",
      "46.5", "42.5", "44.3", "39.8", "45.5", "40.7", "42.7", "37.7", "41.9", "32.2", "41.7"};
  private static final int[] PROTEIN = {896, 872, 820, 845, 830, 896, 850, 854, 887, 820, 813, 813, 804, 875, 894,
      827, 855, 812, 801, 817};
  /** PGE2 in pg/mL; 0 marks a value below the LOQ of 50 pg/mL. */
  private static final int[] PGE2 = {107, 0, 84, 78, 84, 81, 120, 92, 92, 96, 0, 91, 76, 104, 105, 77, 76, 109, 81,
      107};

  private ReferenceCompositions() {}

  /**
   * Returns the reference series: 20 lots made monthly from January 2024 to August 2025, each with VEGF-A, HGF
   * (ELISA), IL-6, TIMP-1 (multiplex bead immunoassay), PGE2 (LC-MS/MS, LOQ 50 pg/mL) per mL and its own total
   * protein (BCA).
   *
   * @return the series {@code uc-gel-composition-reference} version {@code 2025-08}
   */
  public static ReferenceSeries referenceSeries() {
    var b = ReferenceSeries.builder().id("uc-gel-composition-reference").version("2025-08").productId(PRODUCT_ID)
        .description("Released lots of the 10 % UC-MSC secretome gel, January 2024 to August 2025 (illustrative"
            + " values)");
    for (int i = 0; i < VEGFA.length; i++) {
      LocalDate date = LocalDate.of(2024, 1, 10).plusMonths(i);
      String lotId = String.format("UCGEL-%02d-%03d", date.getYear() % 100, i + 1);
      b.addEntry(ReferenceEntry.builder().lotId(lotId).manufactureDate(date)
          .addComposition(perMl(Analyte.VEGFA, Integer.toString(VEGFA[i]), "pg/mL", AnalyticalMethod.ELISA))
          .addComposition(perMl(Analyte.HGF, Integer.toString(HGF[i]), "pg/mL", AnalyticalMethod.ELISA))
          .addComposition(perMl(Analyte.IL6, Integer.toString(IL6[i]), "pg/mL",
              AnalyticalMethod.MULTIPLEX_IMMUNOASSAY))
          .addComposition(perMl(Analyte.TIMP1, TIMP1[i], "ng/mL", AnalyticalMethod.MULTIPLEX_IMMUNOASSAY))
          .addComposition(pge2(PGE2[i]))
          .totalProtein(Quantity.of(Integer.toString(PROTEIN[i]), "ug/mL")).build());
    }
    return b.build();
  }

  /**
   * Returns the new lot {@code UCGEL-25-021} (September 2025): VEGF-A 1071 pg/mL — the ninth lot in a row above
   * the reference mean — and otherwise typical values; total protein 861 µg/mL (BCA); sterility, mycoplasma,
   * endotoxin (0.21 [IU]/mL) and appearance pass, so a release check fails on consistency alone.
   *
   * @return the lot
   */
  public static Lot driftingLot() {
    return Lot.builder().id("UCGEL-25-021").productId(PRODUCT_ID).productVersion("1")
        .manufactureDate(LocalDate.of(2025, 9, 10))
        .addTestResult(TestResult.builder().from(TestResult.qualitative(QualityAttribute.STERILITY,
            AnalyticalMethod.STERILITY_MEMBRANE_FILTRATION, QualitativeOutcome.NO_GROWTH))
            .incubationDuration(Quantity.of(14, "d")).build())
        .addTestResult(TestResult.builder().from(TestResult.qualitative(QualityAttribute.MYCOPLASMA,
            AnalyticalMethod.MYCOPLASMA_NAT, QualitativeOutcome.NEGATIVE))
            .addSampledMaterials(Term.of(SampledMaterial.CELLS), Term.of(SampledMaterial.SUPERNATANT))
            .lod(Quantity.of(10, "[CFU]/mL")).build())
        .addTestResult(TestResult.numeric(QualityAttribute.ENDOTOXIN, AnalyticalMethod.LAL_KINETIC_CHROMOGENIC,
            Quantity.of("0.21", "[IU]/mL")))
        .addTestResult(TestResult.qualitative(QualityAttribute.APPEARANCE, AnalyticalMethod.VISUAL_INSPECTION,
            QualitativeOutcome.CONFORMS))
        .addTestResult(TestResult.numeric(QualityAttribute.TOTAL_PROTEIN, AnalyticalMethod.BCA,
            Quantity.of("861", "ug/mL")))
        .addComposition(perMl(Analyte.VEGFA, "1071", "pg/mL", AnalyticalMethod.ELISA))
        .addComposition(perMl(Analyte.HGF, "4310", "pg/mL", AnalyticalMethod.ELISA))
        .addComposition(perMl(Analyte.IL6, "2230", "pg/mL", AnalyticalMethod.MULTIPLEX_IMMUNOASSAY))
        .addComposition(perMl(Analyte.TIMP1, "43.5", "ng/mL", AnalyticalMethod.MULTIPLEX_IMMUNOASSAY))
        .addComposition(pge2(84))
        .build();
  }

  /**
   * Returns a specification with one consistency criterion per analyte: VEGF-A with Nelson tests 1, 2, 3, 5 and
   * 6 and a ±30 % margin (ERROR); HGF with test 1 and the reference range; IL-6 with test 1 and ±50 % (WARNING);
   * TIMP-1 per µg total protein with tests 1 and 2; PGE2 with test 1 and ±50 %. The margins are examples, not
   * published limits: set them from your own process validation.
   *
   * @return the specification {@code uc-gel-composition-consistency} version {@code 1}
   */
  public static ReleaseSpecification consistencySpecification() {
    return ReleaseSpecification.builder().id("uc-gel-composition-consistency").version("1")
        .title("Composition consistency of the UC-MSC secretome gel").addProduct(PRODUCT_ID)
        .description("Lot-to-lot consistency against the reference series; example margins set by the sponsor")
        .addCriterion(criterion("vegfa-consistency", Analyte.VEGFA, Severity.ERROR, perMlCheck("pg/mL")
            .addRule(ControlChartTest.of(ControlChartRule.NELSON_1))
            .addRule(ControlChartTest.of(ControlChartRule.NELSON_2))
            .addRule(ControlChartTest.of(ControlChartRule.NELSON_3))
            .addRule(ControlChartTest.of(ControlChartRule.NELSON_5))
            .addRule(ControlChartTest.of(ControlChartRule.NELSON_6))
            .equivalenceMargin(Quantity.of("30", "%")).build()))
        .addCriterion(criterion("hgf-consistency", Analyte.HGF, Severity.ERROR, perMlCheck("pg/mL")
            .addRule(ControlChartTest.of(ControlChartRule.NELSON_1)).withinReferenceRange(true).build()))
        .addCriterion(criterion("il6-consistency", Analyte.IL6, Severity.WARNING, perMlCheck("pg/mL")
            .addRule(ControlChartTest.of(ControlChartRule.NELSON_1)).equivalenceMargin(Quantity.of("50", "%"))
            .build()))
        .addCriterion(criterion("timp1-per-protein", Analyte.TIMP1, Severity.ERROR, ConsistencyCheck.builder()
            .normalisation(NormalisationBasis.PER_UG_TOTAL_PROTEIN.term()).unit("pg/ug")
            .addRule(ControlChartTest.of(ControlChartRule.NELSON_1))
            .addRule(ControlChartTest.of(ControlChartRule.NELSON_2)).build()))
        .addCriterion(criterion("pge2-consistency", Analyte.PGE2, Severity.ERROR, perMlCheck("pg/mL")
            .addRule(ControlChartTest.of(ControlChartRule.NELSON_1)).equivalenceMargin(Quantity.of("50", "%"))
            .build()))
        .build();
  }

  private static org.paracrine.core.spec.ImmutableConsistencyCheck.Builder perMlCheck(String unit) {
    return ConsistencyCheck.builder().normalisation(NormalisationBasis.PER_ML_PRODUCT.term()).unit(unit);
  }

  private static AcceptanceCriterion criterion(String id, Analyte analyte, Severity severity,
      ConsistencyCheck check) {
    return AcceptanceCriterion.builder().id(id).attribute(QualityAttribute.ANALYTE.term()).analyte(analyte.code())
        .severity(severity).consistency(check).build();
  }

  private static AnalyteResult perMl(Analyte analyte, String value, String unit, AnalyticalMethod method) {
    return AnalyteResult.perMillilitre(analyte, Quantity.of(value, unit), method);
  }

  private static AnalyteResult pge2(int value) {
    var b = AnalyteResult.builder().analyte(Term.of(Analyte.PGE2)).method(Term.of(AnalyticalMethod.LC_MS_MS))
        .normalisation(NormalisationBasis.PER_ML_PRODUCT.term()).lod(Quantity.of("15", "pg/mL"))
        .loq(Quantity.of("50", "pg/mL"));
    if (value == 0) {
      return b.value(Quantity.of("50", "pg/mL")).censoring(Censoring.BELOW_LOQ).build();
    }
    return b.value(Quantity.of(Integer.toString(value), "pg/mL")).build();
  }
}
