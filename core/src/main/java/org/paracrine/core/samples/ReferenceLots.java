package org.paracrine.core.samples;

import java.time.LocalDate;
import java.util.List;
import org.paracrine.core.assay.AnalyteResult;
import org.paracrine.core.assay.Censoring;
import org.paracrine.core.assay.MarkerResult;
import org.paracrine.core.assay.Measurement;
import org.paracrine.core.assay.TestResult;
import org.paracrine.core.ev.EvCharacterisation;
import org.paracrine.core.ev.IntegrityResult;
import org.paracrine.core.ev.SizeBin;
import org.paracrine.core.ev.SizeDistribution;
import org.paracrine.core.ev.StartingMaterial;
import org.paracrine.core.ev.VesicleImaging;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.vocabulary.Analyte;
import org.paracrine.core.vocabulary.AnalyticalMethod;
import org.paracrine.core.vocabulary.GuidelineVersion;
import org.paracrine.core.vocabulary.Marker;
import org.paracrine.core.vocabulary.ParticleClass;
import org.paracrine.core.vocabulary.QualitativeOutcome;
import org.paracrine.core.vocabulary.QualityAttribute;
import org.paracrine.core.vocabulary.SampledMaterial;
import org.paracrine.core.vocabulary.Term;

/**
 * One lot for each of the {@link ReferenceProducts}, with results that conform to the built-in release profiles
 * (compendial safety, MISEV2018 characterisation for EV products, formulation). Published values are used where
 * they exist (amniotic-fluid EV lot: 2.0 × 10¹¹ particles/mL, 1.4 mg protein/mL, Bellio 2021); everything else is
 * an example value. Derive failing or incomplete variants with {@code Lot.builder().from(lot)} or
 * {@code ImmutableLot.copyOf(lot).with...}.
 */
public final class ReferenceLots {
  private ReferenceLots() {}

  /**
   * Lot of {@link ReferenceProducts#boneMarrowEvIntravenous()}: complete MISEV2018 characterisation
   * (3.1 × 10¹¹ particles/mL, 9.5 µg protein/mL), compendial safety tests passed, endotoxin 0.12 [IU]/mL.
   *
   * @return the lot
   */
  public static Lot boneMarrowEvIntravenous() {
    return Lot.builder()
        .id("BMEV-25-001")
        .productId("bm-msc-ev-iv").productVersion("1")
        .manufactureDate(LocalDate.of(2025, 9, 1))
        .expiryDate(LocalDate.of(2026, 9, 1))
        .addParentLot("BMCM-25-014")
        .evCharacterisation(fullEvCharacterisation("3.1E+11", "0.0095", "2000", "2.0E+8"))
        .testResults(compendial("0.12"))
        .addTestResult(TestResult.numeric(QualityAttribute.PH, AnalyticalMethod.PH_POTENTIOMETRY,
            Quantity.of("7.35", "[pH]")))
        .addTestResult(TestResult.numeric(QualityAttribute.OSMOLALITY, AnalyticalMethod.OSMOMETRY,
            Quantity.of(292, "mosm/kg")))
        .addTestResult(potency())
        .quantity(Quantity.of(450, "mL"))
        .build();
  }

  /**
   * Lot of {@link ReferenceProducts#amnioticFluidEvIntravenous()} with the published content: 2.0 × 10¹¹
   * particles/mL and 1.4 mg protein/mL (Bellio MA et al., Biomater Biosyst 2021;4:100031).
   *
   * @return the lot
   */
  public static Lot amnioticFluidEvIntravenous() {
    return Lot.builder()
        .id("AFEV-25-017")
        .productId("af-ev-iv").productVersion("1")
        .manufactureDate(LocalDate.of(2025, 4, 2))
        .expiryDate(LocalDate.of(2026, 4, 2))
        .evCharacterisation(fullEvCharacterisation("2.0E+11", "1.4", "250", null))
        .testResults(compendial("0.08"))
        .addTestResult(TestResult.numeric(QualityAttribute.PH, AnalyticalMethod.PH_POTENTIOMETRY,
            Quantity.of("7.42", "[pH]")))
        .addTestResult(TestResult.numeric(QualityAttribute.OSMOLALITY, AnalyticalMethod.OSMOMETRY,
            Quantity.of(288, "mosm/kg")))
        .addTestResult(potency())
        .quantity(Quantity.of(120, "mL"))
        .build();
  }

  /**
   * Lot of {@link ReferenceProducts#umbilicalCordSecretomeGel()}: sterility, mycoplasma and appearance tested
   * (no EV claim, topical route), total protein and a composition profile (VEGF-A, HGF, IL-6, TIMP-1, PGE2)
   * consistent with {@link ReferenceCompositions#referenceSeries()} (illustrative values).
   *
   * @return the lot
   */
  public static Lot umbilicalCordSecretomeGel() {
    return Lot.builder()
        .id("UCGEL-25-003")
        .productId("uc-msc-secretome-gel").productVersion("1")
        .manufactureDate(LocalDate.of(2025, 2, 10))
        .expiryDate(LocalDate.of(2025, 8, 10))
        .testResults(compendial("0.30"))
        .addTestResult(TestResult.numeric(QualityAttribute.TOTAL_PROTEIN, AnalyticalMethod.BCA,
            Quantity.of("858", "ug/mL")))
        .addComposition(analyte(Analyte.VEGFA, "1006", "pg/mL", AnalyticalMethod.ELISA))
        .addComposition(analyte(Analyte.HGF, "4255", "pg/mL", AnalyticalMethod.ELISA))
        .addComposition(analyte(Analyte.IL6, "2040", "pg/mL", AnalyticalMethod.MULTIPLEX_IMMUNOASSAY))
        .addComposition(analyte(Analyte.TIMP1, "42.6", "ng/mL", AnalyticalMethod.MULTIPLEX_IMMUNOASSAY))
        .addComposition(analyte(Analyte.PGE2, "95", "pg/mL", AnalyticalMethod.LC_MS_MS))
        .addTestResult(TestResult.qualitative(QualityAttribute.APPEARANCE, AnalyticalMethod.VISUAL_INSPECTION,
            QualitativeOutcome.CONFORMS))
        .build();
  }

  /**
   * Lot of {@link ReferenceProducts#adiposeEvNebulised()}: complete MISEV2018 characterisation; 6.7 × 10⁷
   * particles/mL gives 2.0 × 10⁸ particles in the 3 mL dose.
   *
   * @return the lot
   */
  public static Lot adiposeEvNebulised() {
    return Lot.builder()
        .id("ATEV-24-021")
        .productId("at-msc-ev-inhaled").productVersion("1")
        .manufactureDate(LocalDate.of(2024, 12, 2))
        .expiryDate(LocalDate.of(2025, 12, 2))
        .evCharacterisation(fullEvCharacterisation("6.7E+7", "0.0000021", "500", "1.0E+8"))
        .testResults(compendial("0.05"))
        .addTestResult(potency())
        .build();
  }

  /**
   * Lot of {@link ReferenceProducts#lyophilisedBoneMarrowSecretomeIntraArticular()}: compendial safety, pH and
   * osmolality after reconstitution, residual moisture.
   *
   * @return the lot
   */
  public static Lot lyophilisedBoneMarrowSecretomeIntraArticular() {
    return Lot.builder()
        .id("BMLYO-25-008")
        .productId("bm-msc-lyosecretome-ia").productVersion("1")
        .manufactureDate(LocalDate.of(2025, 6, 15))
        .expiryDate(LocalDate.of(2027, 6, 15))
        .testResults(compendial("0.20"))
        .addTestResult(TestResult.numeric(QualityAttribute.PH, AnalyticalMethod.PH_POTENTIOMETRY,
            Quantity.of("7.18", "[pH]")))
        .addTestResult(TestResult.numeric(QualityAttribute.OSMOLALITY, AnalyticalMethod.OSMOMETRY,
            Quantity.of(305, "mosm/kg")))
        .addTestResult(TestResult.numeric(QualityAttribute.RESIDUAL_MOISTURE, AnalyticalMethod.KARL_FISCHER,
            Quantity.of("1.8", "%")))
        .addTestResult(TestResult.numeric(QualityAttribute.TOTAL_PROTEIN, AnalyticalMethod.BCA,
            Quantity.of("1.2", "mg/mL")))
        .addTestResult(potency())
        .build();
  }

  /**
   * Returns all five reference lots, in the order of {@link ReferenceProducts#all()}.
   *
   * @return the lots
   */
  public static List<Lot> all() {
    return List.of(boneMarrowEvIntravenous(), amnioticFluidEvIntravenous(), umbilicalCordSecretomeGel(),
        adiposeEvNebulised(), lyophilisedBoneMarrowSecretomeIntraArticular());
  }

  private static List<TestResult> compendial(String endotoxin) {
    String sampling = "pooled cells and conditioned medium at end of final culture, before EV isolation";
    return List.of(
        TestResult.builder().attribute(Term.of(QualityAttribute.STERILITY))
            .method(Term.of(AnalyticalMethod.STERILITY_MEMBRANE_FILTRATION))
            .outcome(Term.of(QualitativeOutcome.NO_GROWTH)).note("14 days, FTM 30-35 Cel and SCDM 20-25 Cel")
            .incubationDuration(Quantity.of(14, "d")).build(),
        TestResult.builder().attribute(Term.of(QualityAttribute.MYCOPLASMA))
            .method(Term.of(AnalyticalMethod.MYCOPLASMA_NAT))
            .outcome(Term.of(QualitativeOutcome.NEGATIVE)).samplingPoint(sampling)
            .addSampledMaterials(Term.of(SampledMaterial.CELLS), Term.of(SampledMaterial.SUPERNATANT))
            .lod(Quantity.of(10, "[CFU]/mL")).build(),
        TestResult.builder().attribute(Term.of(QualityAttribute.ENDOTOXIN))
            .method(Term.of(AnalyticalMethod.LAL_KINETIC_CHROMOGENIC))
            .value(Quantity.of(endotoxin, "[IU]/mL")).lod(Quantity.of("0.005", "[IU]/mL")).build());
  }

  private static AnalyteResult analyte(Analyte analyte, String value, String unit, AnalyticalMethod method) {
    return AnalyteResult.perMillilitre(analyte, Quantity.of(value, unit), method);
  }

  private static TestResult potency() {
    return TestResult.builder().attribute(Term.of(QualityAttribute.POTENCY))
        .method(Term.of(AnalyticalMethod.T_CELL_PROLIFERATION))
        .analyte("inhibition of CD3/CD28-stimulated T-cell proliferation")
        .value(Quantity.of(42, "%")).note("dose-response over 4 concentrations; mock-EV control from cell-free medium")
        .build();
  }

  private static EvCharacterisation fullEvCharacterisation(String particlesPerMl, String proteinMgPerMl,
      String fluidMl, String cells) {
    var start = StartingMaterial.builder().fluidVolume(Quantity.of(fluidMl, "mL"));
    if (cells != null) {
      start.producingCells(Quantity.of(cells, "{cells}"));
    }
    return EvCharacterisation.builder()
        .guidelineVersion(Term.of(GuidelineVersion.MISEV2018))
        .particleClass(Term.of(ParticleClass.EXTRACELLULAR_VESICLE))
        .startingMaterial(start.build())
        .particleConcentration(Measurement.builder().value(Quantity.of(particlesPerMl, "{particles}/mL"))
            .method(Term.of(AnalyticalMethod.NTA)).replicates(3).build())
        .proteinConcentration(Measurement.builder().value(Quantity.of(proteinMgPerMl, "mg/mL"))
            .method(Term.of(AnalyticalMethod.MICRO_BCA)).build())
        .sizeDistribution(SizeDistribution.builder().method(Term.of(AnalyticalMethod.NTA))
            .d10(Quantity.of(78, "nm")).d50(Quantity.of(121, "nm")).d90(Quantity.of(182, "nm"))
            .mode(Quantity.of("112.5", "nm"))
            .addBin(SizeBin.of(Quantity.of(0, "nm"), Quantity.of(100, "nm"), Quantity.of(31, "%")))
            .addBin(SizeBin.of(Quantity.of(100, "nm"), Quantity.of(200, "nm"), Quantity.of(62, "%")))
            .addBin(SizeBin.of(Quantity.of(200, "nm"), Quantity.of(1000, "nm"), Quantity.of(7, "%")))
            .build())
        .addMarker(MarkerResult.qualitative(Marker.CD63, AnalyticalMethod.WESTERN_BLOT, QualitativeOutcome.PRESENT))
        .addMarker(MarkerResult.qualitative(Marker.CD81, AnalyticalMethod.WESTERN_BLOT, QualitativeOutcome.PRESENT))
        .addMarker(MarkerResult.qualitative(Marker.CD9, AnalyticalMethod.WESTERN_BLOT, QualitativeOutcome.PRESENT))
        .addMarker(MarkerResult.qualitative(Marker.TSG101, AnalyticalMethod.WESTERN_BLOT,
            QualitativeOutcome.PRESENT))
        .addMarker(MarkerResult.qualitative(Marker.PDCD6IP, AnalyticalMethod.WESTERN_BLOT,
            QualitativeOutcome.PRESENT))
        .addMarker(MarkerResult.qualitative(Marker.GOLGA2, AnalyticalMethod.WESTERN_BLOT,
            QualitativeOutcome.ABSENT))
        .addMarker(MarkerResult.qualitative(Marker.CANX, AnalyticalMethod.WESTERN_BLOT, QualitativeOutcome.ABSENT))
        .addMarker(MarkerResult.qualitative(Marker.NT5E, AnalyticalMethod.MULTIPLEX_BEAD_FLOW_CYTOMETRY,
            QualitativeOutcome.PRESENT))
        .addMarker(MarkerResult.qualitative(Marker.ENG, AnalyticalMethod.MULTIPLEX_BEAD_FLOW_CYTOMETRY,
            QualitativeOutcome.PRESENT))
        .addMarker(MarkerResult.qualitative(Marker.CD44, AnalyticalMethod.MULTIPLEX_BEAD_FLOW_CYTOMETRY,
            QualitativeOutcome.PRESENT))
        .addMarker(MarkerResult.qualitative(Marker.PTPRC, AnalyticalMethod.MULTIPLEX_BEAD_FLOW_CYTOMETRY,
            QualitativeOutcome.ABSENT))
        .addMarker(MarkerResult.qualitative(Marker.ITGAM, AnalyticalMethod.MULTIPLEX_BEAD_FLOW_CYTOMETRY,
            QualitativeOutcome.ABSENT))
        .addImaging(VesicleImaging.builder().method(Term.of(AnalyticalMethod.CRYO_EM)).wideField(true)
            .closeUp(true).bilayerObserved(true).morphology("round, bilayer-bounded").build())
        .integrity(IntegrityResult.of(AnalyticalMethod.DETERGENT_LYSIS, QualitativeOutcome.CONFORMS))
        .declaredSizeCutOff(Quantity.of(200, "nm"))
        .smallEvClaim(true)
        .build();
  }

  /**
   * Example of a censored endotoxin result below the assay's LOD, for readers that need one.
   *
   * @return a result with {@link Censoring#BELOW_LOD}
   */
  public static TestResult endotoxinBelowDetection() {
    return TestResult.builder().attribute(Term.of(QualityAttribute.ENDOTOXIN))
        .method(Term.of(AnalyticalMethod.LAL_KINETIC_CHROMOGENIC))
        .value(Quantity.of("0.005", "[IU]/mL")).lod(Quantity.of("0.005", "[IU]/mL"))
        .censoring(Censoring.BELOW_LOD).build();
  }
}
