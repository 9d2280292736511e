package org.paracrine.core.samples;

import java.time.LocalDate;
import java.util.List;
import org.paracrine.core.assay.MarkerResult;
import org.paracrine.core.process.Bioprocess;
import org.paracrine.core.process.ConditioningStep;
import org.paracrine.core.process.DownstreamStep;
import org.paracrine.core.process.ExpansionStep;
import org.paracrine.core.process.PrimingTreatment;
import org.paracrine.core.process.Storage;
import org.paracrine.core.product.Container;
import org.paracrine.core.product.Dilution;
import org.paracrine.core.product.Dose;
import org.paracrine.core.product.DosingRegimen;
import org.paracrine.core.product.Excipient;
import org.paracrine.core.product.Formulation;
import org.paracrine.core.product.Reconstitution;
import org.paracrine.core.product.Schedule;
import org.paracrine.core.product.SecretomeProduct;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.source.CellBank;
import org.paracrine.core.source.DifferentiationResult;
import org.paracrine.core.source.Donor;
import org.paracrine.core.source.DonorEligibility;
import org.paracrine.core.source.DonorTest;
import org.paracrine.core.source.MscIdentity;
import org.paracrine.core.source.SourceMaterial;
import org.paracrine.core.vocabulary.CellBankType;
import org.paracrine.core.vocabulary.ContainerType;
import org.paracrine.core.vocabulary.CultureFormat;
import org.paracrine.core.vocabulary.DifferentiationLineage;
import org.paracrine.core.vocabulary.DonorRelationship;
import org.paracrine.core.vocabulary.DonorSex;
import org.paracrine.core.vocabulary.DonorTestType;
import org.paracrine.core.vocabulary.DoseBasis;
import org.paracrine.core.vocabulary.DoseForm;
import org.paracrine.core.vocabulary.DownstreamOperation;
import org.paracrine.core.vocabulary.EvIsolationMethod;
import org.paracrine.core.vocabulary.Marker;
import org.paracrine.core.vocabulary.OxygenCondition;
import org.paracrine.core.vocabulary.PrimingAgent;
import org.paracrine.core.vocabulary.ProductType;
import org.paracrine.core.vocabulary.QualitativeOutcome;
import org.paracrine.core.vocabulary.RouteOfAdministration;
import org.paracrine.core.vocabulary.SourceMaterialType;
import org.paracrine.core.vocabulary.SpecimenSource;
import org.paracrine.core.vocabulary.SupplementType;
import org.paracrine.core.vocabulary.Term;
import org.paracrine.core.vocabulary.TissueSource;

/**
 * Five secretome products modelled on published products and trials (listed in docs/sources.md), built only through the
 * public API. Published facts are kept (source, route, dose, schedule, dilution, particle and protein content);
 * details that the publications do not give (donor dates, passage, excipients, process parameters) are
 * plausible example values, marked as such in each product's description.
 *
 * <p>All methods return new immutable values and are thread-safe.
 */
public final class ReferenceProducts {
  private ReferenceProducts() {}

  /** Reference body mass of the USP &lt;85&gt; worked examples, used by the regimens below. */
  public static final Quantity ADULT_BODY_MASS = Quantity.of(70, "kg");

  /**
   * Allogeneic bone-marrow MSC EV product for intravenous use, 15 mL on days 1 and 4 (a 70 kg adult), 15 mL mixed
   * with 85 mL normal saline — as in the ExoFlo phase 2 dosing trial (Lightner AL et al., Chest 2023; NCT04493242;
   * open-label study: Sengupta V et al., Stem Cells Dev 2020;29:747, DOI 10.1089/scd.2020.0080).
   *
   * @return the product
   */
  public static SecretomeProduct boneMarrowEvIntravenous() {
    return SecretomeProduct.builder()
        .id("bm-msc-ev-iv")
        .version("1")
        .name("Allogeneic BM-MSC extracellular vesicles, intravenous")
        .type(Term.of(ProductType.EV_FRACTION))
        .source(cultured(TissueSource.BONE_MARROW, bmDonor(), "WCB-BM-07", 4))
        .process(Bioprocess.builder()
            .addExpansion(ExpansionStep.builder().name("expansion P1-P4").medium("alpha-MEM")
                .supplement(Term.of(SupplementType.HUMAN_PLATELET_LYSATE))
                .supplementConcentration(Quantity.of(5, "%"))
                .virusSafetyEvidence("pooled hPL from screened blood donors, pathogen-reduced; supplier certificate")
                .cultureFormat(Term.of(CultureFormat.MONOLAYER_2D))
                .oxygen(Quantity.of(21, "%")).oxygenCondition(Term.of(OxygenCondition.NORMOXIA))
                .temperature(Quantity.of(37, "Cel")).carbonDioxide(Quantity.of(5, "%"))
                .passage(4).build())
            .conditioning(ConditioningStep.builder().medium("alpha-MEM")
                .supplement(Term.of(SupplementType.SERUM_FREE))
                .cultureFormat(Term.of(CultureFormat.MONOLAYER_2D))
                .oxygen(Quantity.of(21, "%")).oxygenCondition(Term.of(OxygenCondition.NORMOXIA))
                .temperature(Quantity.of(37, "Cel")).passage(5)
                .duration(Quantity.of(48, "h"))
                .harvestViability(Quantity.of("94", "%"))
                .cellsAtHarvest(Quantity.of("2.0E+8", "{cells}"))
                .mediumVolume(Quantity.of(2000, "mL")).build())
            .addDownstream(DownstreamStep.builder().operation(Term.of(DownstreamOperation.CLARIFICATION_CENTRIFUGATION))
                .relativeCentrifugalForce(new java.math.BigDecimal("2000"))
                .duration(Quantity.of(20, "min")).build())
            .addDownstream(DownstreamStep.builder().operation(Term.of(DownstreamOperation.EV_ISOLATION))
                .method(Term.of(EvIsolationMethod.TANGENTIAL_FLOW_FILTRATION))
                .molecularWeightCutOff(Quantity.of(300, "kg/mol"))
                .concentrationFactor(new java.math.BigDecimal("100")).build())
            .addDownstream(sterileFiltration())
            .storage(Storage.builder().temperature(Quantity.of(-80, "Cel"))
                .maxDuration(Quantity.of(12, "mo")).build())
            .build())
        .formulation(Formulation.builder()
            .doseForm(Term.of(DoseForm.DISPERSION_FOR_INJECTION))
            .addExcipient(Excipient.builder().name("phosphate-buffered saline").function("vehicle").build())
            .ph(Quantity.of("7.4", "[pH]"))
            .osmolality(Quantity.of(290, "mosm/kg"))
            .container(Container.builder().type(Term.of(ContainerType.VIAL))
                .nominalVolume(Quantity.of(20, "mL")).build())
            .fillVolume(Quantity.of(15, "mL"))
            .build())
        .addRegimen(DosingRegimen.builder()
            .route(Term.of(RouteOfAdministration.INTRAVENOUS))
            .dose(Dose.of(DoseBasis.VOLUME, Quantity.of(15, "mL")))
            .schedule(Schedule.onDays(1, 4))
            .dilution(Dilution.of("0.9 % sodium chloride", Quantity.of(85, "mL")))
            .infusionDuration(Quantity.of(60, "min"))
            .referenceBodyMass(ADULT_BODY_MASS)
            .indication("moderate-to-severe ARDS")
            .build())
        .description("Modelled on the ExoFlo dosing trial (Lightner 2023, NCT04493242): 15 mL IV on days 1 and 4,"
            + " mixed with 85 mL saline. Donor, bank, process and formulation details are example values.")
        .build();
  }

  /**
   * Acellular amniotic-fluid EV product (native biofluid, no cell culture), 1 mL intravenously on days 0, 4 and 8,
   * each diluted in 100 mL saline; lots contain about 2.0 × 10¹¹ particles/mL and 1.4 mg protein/mL (Bellio MA et
   * al., Biomater Biosyst 2021;4:100031, DOI 10.1016/j.bbiosy.2021.100031).
   *
   * @return the product
   */
  public static SecretomeProduct amnioticFluidEvIntravenous() {
    Donor mother = Donor.builder().id("AF-D-2211")
        .relationship(Term.of(DonorRelationship.ALLOGENEIC))
        .sex(Term.of(DonorSex.FEMALE))
        .ageAtRecovery(Quantity.of(31, "a"))
        .recoveryDate(LocalDate.of(2025, 3, 12))
        .eligibility(eligibility(LocalDate.of(2025, 3, 12), SpecimenSource.DONOR, false, false))
        .build();
    return SecretomeProduct.builder()
        .id("af-ev-iv")
        .version("1")
        .name("Acellular amniotic-fluid EV product, intravenous")
        .type(Term.of(ProductType.EV_ENRICHED_SECRETOME))
        .source(SourceMaterial.builder().type(Term.of(SourceMaterialType.NATIVE_BIOFLUID))
            .tissue(Term.of(TissueSource.AMNIOTIC_FLUID)).donor(mother)
            .description("amniotic fluid collected at scheduled caesarean section").build())
        .process(Bioprocess.builder()
            .addDownstream(DownstreamStep.builder().operation(Term.of(DownstreamOperation.CLARIFICATION_CENTRIFUGATION))
                .relativeCentrifugalForce(new java.math.BigDecimal("3000")).duration(Quantity.of(15, "min")).build())
            .addDownstream(DownstreamStep.builder().operation(Term.of(DownstreamOperation.CLARIFICATION_FILTRATION))
                .poreSize(Quantity.of("0.45", "um")).build())
            .addDownstream(sterileFiltration())
            .storage(Storage.builder().temperature(Quantity.of(-80, "Cel")).maxDuration(Quantity.of(12, "mo")).build())
            .build())
        .formulation(Formulation.builder()
            .doseForm(Term.of(DoseForm.DISPERSION_FOR_INJECTION))
            .container(Container.builder().type(Term.of(ContainerType.CRYOVIAL))
                .nominalVolume(Quantity.of(2, "mL")).build())
            .fillVolume(Quantity.of(1, "mL"))
            .build())
        .addRegimen(DosingRegimen.builder()
            .route(Term.of(RouteOfAdministration.INTRAVENOUS))
            .dose(Dose.of(DoseBasis.VOLUME, Quantity.of(1, "mL")))
            .schedule(Schedule.onDays(0, 4, 8))
            .dilution(Dilution.of("0.9 % sodium chloride", Quantity.of(100, "mL")))
            .referenceBodyMass(ADULT_BODY_MASS)
            .indication("post-acute COVID-19 (long-hauler) symptoms")
            .build())
        .description("Modelled on the Zofin long-hauler protocol (Bellio 2021): 1 mL on days 0, 4, 8 in 100 mL"
            + " saline; ~2.0E+11 particles/mL and 1.4 mg protein/mL. Donor and process details are example values.")
        .build();
  }

  /**
   * Topical gel containing 10 % umbilical-cord MSC secretome for chronic (diabetic and Hansen's) ulcers (Tan ST et
   * al., J Multidiscip Healthc 2023;16:1763, DOI 10.2147/JMDH.S408162). Whether "10 %" is v/v or w/w and how often
   * it was applied are not reported, so the content basis is left empty and the schedule is descriptive.
   *
   * @return the product
   */
  public static SecretomeProduct umbilicalCordSecretomeGel() {
    Donor neonate = Donor.builder().id("UC-D-0412")
        .relationship(Term.of(DonorRelationship.ALLOGENEIC))
        .ageAtRecovery(Quantity.of(0, "d"))
        .recoveryDate(LocalDate.of(2025, 1, 20))
        .eligibility(eligibility(LocalDate.of(2025, 1, 20), SpecimenSource.BIRTH_MOTHER, false, false))
        .build();
    return SecretomeProduct.builder()
        .id("uc-msc-secretome-gel")
        .version("1")
        .name("10 % UC-MSC secretome gel, topical")
        .type(Term.of(ProductType.CONDITIONED_MEDIUM))
        .source(cultured(TissueSource.UMBILICAL_CORD, neonate, "WCB-UC-02", 5))
        .process(Bioprocess.builder()
            .conditioning(ConditioningStep.builder().medium("DMEM/F12")
                .supplement(Term.of(SupplementType.SERUM_FREE))
                .cultureFormat(Term.of(CultureFormat.MONOLAYER_2D))
                .oxygen(Quantity.of(21, "%")).passage(6)
                .duration(Quantity.of(72, "h"))
                .harvestViability(Quantity.of(92, "%")).build())
            .addDownstream(DownstreamStep.builder().operation(Term.of(DownstreamOperation.CLARIFICATION_FILTRATION))
                .poreSize(Quantity.of("0.45", "um")).build())
            .addDownstream(sterileFiltration())
            .addDownstream(DownstreamStep.builder().operation(Term.of(DownstreamOperation.FORMULATION))
                .description("secretome mixed into a carbomer gel base").build())
            .storage(Storage.builder().temperature(Quantity.of(4, "Cel")).maxDuration(Quantity.of(6, "mo")).build())
            .build())
        .formulation(Formulation.builder()
            .doseForm(Term.of(DoseForm.GEL))
            .addExcipient(Excipient.builder().name("carbomer gel base").function("gelling agent").build())
            .secretomeContent(Quantity.of(10, "%"))
            .container(Container.builder().type(Term.of(ContainerType.TUBE)).build())
            .fillVolume(Quantity.of(15, "g"))
            .build())
        .addRegimen(DosingRegimen.builder()
            .route(Term.of(RouteOfAdministration.EPILESIONAL))
            .dose(Dose.of(DoseBasis.PERCENT_IN_VEHICLE, Quantity.of(10, "%")))
            .schedule(Schedule.builder()
                .description("applied to the ulcer bed; frequency not reported; follow-up at weeks 1 and 2").build())
            .indication("chronic diabetic and Hansen's (trophic) ulcers")
            .build())
        .description("Modelled on the phase 2 trial of 10 % SM-hUCMSC gel (Tan 2023). Donor, bank and process"
            + " details are example values.")
        .build();
  }

  /**
   * Nebulised allogeneic adipose-MSC EVs, 2 × 10⁸ particles in 3 mL per dose, by inhalation (Shi MM et al., J
   * Extracell Vesicles 2021, DOI 10.1002/jev2.12134, NCT04313647).
   *
   * @return the product
   */
  public static SecretomeProduct adiposeEvNebulised() {
    Donor donor = Donor.builder().id("AT-D-0330")
        .relationship(Term.of(DonorRelationship.ALLOGENEIC)).sex(Term.of(DonorSex.FEMALE))
        .ageAtRecovery(Quantity.of(28, "a")).recoveryDate(LocalDate.of(2024, 11, 5))
        .eligibility(eligibility(LocalDate.of(2024, 11, 5), SpecimenSource.DONOR, false, false))
        .build();
    return SecretomeProduct.builder()
        .id("at-msc-ev-inhaled")
        .version("1")
        .name("Allogeneic AT-MSC extracellular vesicles, nebulised")
        .type(Term.of(ProductType.EV_FRACTION))
        .source(cultured(TissueSource.ADIPOSE_TISSUE, donor, "WCB-AT-11", 3))
        .process(Bioprocess.builder()
            .conditioning(ConditioningStep.builder().medium("serum-free MSC medium")
                .supplement(Term.of(SupplementType.SERUM_FREE))
                .cultureFormat(Term.of(CultureFormat.MONOLAYER_2D))
                .oxygen(Quantity.of(21, "%")).passage(4)
                .duration(Quantity.of(48, "h"))
                .harvestViability(Quantity.of(95, "%")).build())
            .addDownstream(DownstreamStep.builder().operation(Term.of(DownstreamOperation.EV_ISOLATION))
                .method(Term.of(EvIsolationMethod.DIFFERENTIAL_ULTRACENTRIFUGATION))
                .relativeCentrifugalForce(new java.math.BigDecimal("100000"))
                .duration(Quantity.of(70, "min")).temperature(Quantity.of(4, "Cel")).build())
            .addDownstream(sterileFiltration())
            .storage(Storage.builder().temperature(Quantity.of(-80, "Cel")).maxDuration(Quantity.of(12, "mo")).build())
            .build())
        .formulation(Formulation.builder()
            .doseForm(Term.of(DoseForm.NEBULISER_SUSPENSION))
            .container(Container.builder().type(Term.of(ContainerType.VIAL)).build())
            .fillVolume(Quantity.of(3, "mL"))
            .build())
        .addRegimen(DosingRegimen.builder()
            .route(Term.of(RouteOfAdministration.INHALATION))
            .dose(Dose.of(DoseBasis.PARTICLES, Quantity.of("2.0E+8", "{particles}")))
            .deliveredVolume(Quantity.of(3, "mL"))
            .schedule(Schedule.onDays(1))
            .indication("healthy volunteers, safety (dose escalation 2.0E+8 to 1.6E+9 particles)")
            .build())
        .description("Modelled on the MEXVT nebulisation study (Shi 2021): single 3 mL dose of 2.0E+8 particles."
            + " Donor, bank and process details are example values.")
        .build();
  }

  /**
   * Lyophilised bone-marrow MSC secretome, reconstituted for intra-articular injection; conditioned serum-free
   * for 48 h under 5 % O₂ with IFN-γ priming, concentrated by tangential-flow filtration and sterile-filtered
   * through 0.22 µm (a lyophilised "lyosecretome" process exists: Bari E et al., Cells 2018;7:190, DOI
   * 10.3390/cells7110190). The IFN-γ concentration and duration are example values: published priming doses are
   * not confirmed (see docs/sources.md).
   *
   * @return the product
   */
  public static SecretomeProduct lyophilisedBoneMarrowSecretomeIntraArticular() {
    return SecretomeProduct.builder()
        .id("bm-msc-lyosecretome-ia")
        .version("1")
        .name("Lyophilised BM-MSC secretome, intra-articular")
        .type(Term.of(ProductType.LYOPHILISED_SECRETOME))
        .source(cultured(TissueSource.BONE_MARROW, bmDonor(), "WCB-BM-07", 4))
        .process(Bioprocess.builder()
            .addExpansion(ExpansionStep.builder().name("expansion P1-P4").medium("alpha-MEM")
                .supplement(Term.of(SupplementType.HUMAN_PLATELET_LYSATE))
                .supplementConcentration(Quantity.of(5, "%"))
                .virusSafetyEvidence("pooled hPL from screened blood donors, pathogen-reduced; supplier certificate")
                .cultureFormat(Term.of(CultureFormat.MONOLAYER_2D))
                .oxygen(Quantity.of(21, "%")).passage(4).build())
            .conditioning(ConditioningStep.builder().medium("alpha-MEM")
                .supplement(Term.of(SupplementType.SERUM_FREE))
                .cultureFormat(Term.of(CultureFormat.MONOLAYER_2D))
                .oxygen(Quantity.of(5, "%")).oxygenCondition(Term.of(OxygenCondition.HYPOXIA))
                .temperature(Quantity.of(37, "Cel")).passage(5)
                .addPriming(PrimingTreatment.of(PrimingAgent.IFN_GAMMA, Quantity.of(25, "ng/mL"),
                    Quantity.of(48, "h")))
                .duration(Quantity.of(48, "h"))
                .harvestViability(Quantity.of(93, "%"))
                .cellsAtHarvest(Quantity.of("1.5E+8", "{cells}")).build())
            .addDownstream(DownstreamStep.builder().operation(Term.of(DownstreamOperation.CLARIFICATION_CENTRIFUGATION))
                .relativeCentrifugalForce(new java.math.BigDecimal("2000")).build())
            .addDownstream(DownstreamStep.builder().operation(Term.of(DownstreamOperation.CONCENTRATION))
                .method(Term.of(EvIsolationMethod.TANGENTIAL_FLOW_FILTRATION))
                .molecularWeightCutOff(Quantity.of(5, "kg/mol"))
                .concentrationFactor(new java.math.BigDecimal("20")).build())
            .addDownstream(sterileFiltration())
            .addDownstream(DownstreamStep.builder().operation(Term.of(DownstreamOperation.LYOPHILISATION))
                .duration(Quantity.of(72, "h")).build())
            .storage(Storage.builder().temperature(Quantity.of(4, "Cel")).maxDuration(Quantity.of(24, "mo")).build())
            .build())
        .formulation(Formulation.builder()
            .doseForm(Term.of(DoseForm.LYOPHILISATE_FOR_SOLUTION_FOR_INJECTION))
            .addExcipient(Excipient.of("trehalose", Quantity.of(50, "mg/mL"), "lyoprotectant"))
            .addExcipient(Excipient.of("mannitol", Quantity.of(10, "mg/mL"), "bulking agent"))
            .container(Container.builder().type(Term.of(ContainerType.VIAL)).material("type I glass")
                .nominalVolume(Quantity.of(6, "mL")).build())
            .reconstitution(Reconstitution.of("water for injections", Quantity.of(2, "mL")))
            .ph(Quantity.of("7.2", "[pH]"))
            .osmolality(Quantity.of(300, "mosm/kg"))
            .build())
        .addRegimen(DosingRegimen.builder()
            .route(Term.of(RouteOfAdministration.INTRA_ARTICULAR))
            .dose(Dose.of(DoseBasis.VOLUME, Quantity.of(2, "mL")))
            .schedule(Schedule.onDays(1))
            .referenceBodyMass(ADULT_BODY_MASS)
            .indication("knee osteoarthritis")
            .build())
        .description("Illustrative lyophilised secretome (process after Bari 2018); priming dose, excipients and"
            + " regimen are example values.")
        .build();
  }

  /**
   * Returns all five reference products.
   *
   * @return the products, in the order of the methods above
   */
  public static List<SecretomeProduct> all() {
    return List.of(boneMarrowEvIntravenous(), amnioticFluidEvIntravenous(), umbilicalCordSecretomeGel(),
        adiposeEvNebulised(), lyophilisedBoneMarrowSecretomeIntraArticular());
  }

  private static DownstreamStep sterileFiltration() {
    return DownstreamStep.builder().operation(Term.of(DownstreamOperation.STERILE_FILTRATION))
        .poreSize(Quantity.of("0.22", "um")).build();
  }

  private static Donor bmDonor() {
    return Donor.builder().id("BM-D-0107")
        .relationship(Term.of(DonorRelationship.ALLOGENEIC))
        .sex(Term.of(DonorSex.MALE))
        .ageAtRecovery(Quantity.of(24, "a"))
        .recoveryDate(LocalDate.of(2024, 6, 3))
        .eligibility(eligibility(LocalDate.of(2024, 5, 20), SpecimenSource.DONOR, true, true))
        .build();
  }

  /**
   * Builds a complete, negative donor-eligibility record: the 21 CFR 1271.85(a) and (b) tests and HBV NAT (FDA
   * guidance, August 2016, docket FDA-2015-D-5073), in the order the tests are listed, then WNV NAT (FDA guidance,
   * September 2016, docket FDA-2013-D-1143) for a recovery in the seasonal window.
   *
   * @param specimenDate the specimen date
   * @param source whose specimen was tested
   * @param leukocyteRich whether HTLV-I/II and CMV are included
   * @param westNileSeason whether the recovery lies in the WNV season, so WNV NAT is included
   * @return the eligibility record
   */
  static DonorEligibility eligibility(LocalDate specimenDate, SpecimenSource source, boolean leukocyteRich,
      boolean westNileSeason) {
    var b = DonorEligibility.builder().eligible(true).screeningCompleted(true)
        .determinationDate(specimenDate.plusDays(14));
    for (DonorTestType t : new DonorTestType[] {DonorTestType.HIV1_2_ANTIBODY, DonorTestType.HIV1_NAT,
        DonorTestType.HBSAG, DonorTestType.ANTI_HBC, DonorTestType.HCV_ANTIBODY, DonorTestType.HCV_NAT,
        DonorTestType.TREPONEMA_PALLIDUM}) {
      b.addTest(test(t, specimenDate, source));
    }
    if (leukocyteRich) {
      b.addTest(test(DonorTestType.HTLV_I_II, specimenDate, source));
      b.addTest(test(DonorTestType.CMV, specimenDate, source));
    }
    b.addTest(test(DonorTestType.HBV_NAT, specimenDate, source));
    if (westNileSeason) {
      b.addTest(test(DonorTestType.WNV_NAT, specimenDate, source));
    }
    return b.build();
  }

  private static DonorTest test(DonorTestType t, LocalDate date, SpecimenSource source) {
    return DonorTest.builder().test(Term.of(t)).outcome(Term.of(QualitativeOutcome.NEGATIVE))
        .specimenDate(date).specimenSource(Term.of(source)).licensedScreeningTest(true).build();
  }

  private static SourceMaterial cultured(TissueSource tissue, Donor donor, String bankId, int passage) {
    return SourceMaterial.builder()
        .type(Term.of(SourceMaterialType.CULTURED_CELLS))
        .tissue(Term.of(tissue))
        .donor(donor)
        .cellBank(CellBank.builder().id(bankId).type(Term.of(CellBankType.WORKING)).passage(passage)
            .populationDoublings(new java.math.BigDecimal("12.5")).build())
        .identity(MscIdentity.builder()
            .addMarker(MarkerResult.percent(Marker.NT5E, "99.1"))
            .addMarker(MarkerResult.percent(Marker.THY1, "98.7"))
            .addMarker(MarkerResult.percent(Marker.ENG, "97.9"))
            .addMarker(MarkerResult.percent(Marker.CD44, "99.4"))
            .addMarker(MarkerResult.percent(Marker.PTPRC, "0.4"))
            .addMarker(MarkerResult.percent(Marker.CD34, "0.6"))
            .addMarker(MarkerResult.percent(Marker.CD14, "0.3"))
            .addMarker(MarkerResult.percent(Marker.CD19, "0.2"))
            .addMarker(MarkerResult.percent(Marker.HLA_DRA, "0.8"))
            .plasticAdherence(true)
            .addDifferentiation(DifferentiationResult.of(DifferentiationLineage.OSTEOGENIC,
                QualitativeOutcome.POSITIVE, "Alizarin Red"))
            .addDifferentiation(DifferentiationResult.of(DifferentiationLineage.ADIPOGENIC,
                QualitativeOutcome.POSITIVE, "Oil Red O"))
            .addDifferentiation(DifferentiationResult.of(DifferentiationLineage.CHONDROGENIC,
                QualitativeOutcome.POSITIVE, "Alcian blue"))
            .viability(Quantity.of("96.5", "%"))
            .passage(passage)
            .build())
        .build();
  }
}
