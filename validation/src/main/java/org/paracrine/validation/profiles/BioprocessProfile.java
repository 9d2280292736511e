package org.paracrine.validation.profiles;

import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.quantity.QuantityRange;
import org.paracrine.core.report.Outcome;
import org.paracrine.core.spec.AcceptanceCriterion;
import org.paracrine.core.spec.Citation;
import org.paracrine.core.spec.ImmutableReleaseSpecification;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.core.spec.Scope;
import org.paracrine.core.spec.Selector;
import org.paracrine.core.spec.SelectorKind;
import org.paracrine.core.vocabulary.OxygenCondition;
import org.paracrine.core.vocabulary.QualityAttribute;
import org.paracrine.core.vocabulary.SourceMaterialType;
import org.paracrine.core.vocabulary.SupplementType;
import org.paracrine.validation.internal.Sources;

/**
 * Bioprocess completeness and consistency of a conditioned-medium product (MFDS 2024 EV guideline; Chouaib B et
 * al., IJMS 2023;24:12594; Phelps J et al., Stem Cell Res Ther 2023, DOI 10.1186/s13287-023-03439-9). A data
 * profile: {@link #specification()} holds one criterion per rule.
 *
 * <p><b>Applies</b> to products made from cultured cells (specification scope).
 *
 * <p><b>Rules.</b> A culture step claiming hypoxia or physioxia must state its O₂ %: criteria
 * {@code oxygen:<claim>:conditioning} and {@code oxygen:<claim>:expansion} (stem {@code BIOPROCESS.OXYGEN}) select
 * the O₂ of the steps making that claim; a claiming step without its O₂ level is {@code NO_COMPARABLE_RESULT}
 * (missing), an O₂ level outside the claim's window ({@link BioprocessParameters#hypoxiaMaximumOxygen()},
 * {@link BioprocessParameters#physioxiaOxygen()}) passes with a warning ({@code WARNING_BAND}), and a process without
 * the claim makes the criterion {@code NOT_APPLICABLE}. Animal serum (FBS) in the conditioning step (scope
 * {@code conditioningSupplements}) needs an EV-depletion method ({@code fbs-ev-depletion}), bovine-virus safety
 * evidence ({@code fbs-virus-safety}) and a residual-serum (e.g. BSA) result on the lot ({@code fbs-residual-serum}).
 * A supplement derived from human blood (human platelet lysate, human serum) in the conditioning step needs an
 * EV-depletion method ({@code human-serum-ev-depletion}: hPL carries platelet EVs, Guiotto 2020) and virus-safety
 * evidence ({@code human-serum-virus-safety}); every expansion step with an animal serum or a human blood-derived
 * supplement states its virus-safety evidence too ({@code serum-virus-safety:expansion}: all such steps, missing for a
 * step without it, not applicable when no expansion step uses one), so the supplement is checked in every culture
 * step and not only in conditioning.
 * Harvest viability ({@code harvest-viability}) and the passage at conditioning ({@code passage}; the cell bank's
 * passage when the step does not state one) must be recorded. Every priming treatment needs a concentration
 * ({@code priming-concentration}) and a duration ({@code priming-duration}); without priming they do not apply.
 * A product without a process or conditioning step is MISSING its harvest viability (and passage, unless the cell
 * bank states it).
 *
 * <p>Immutable and thread-safe.
 */
public final class BioprocessProfile extends AbstractDataProfile<BioprocessParameters> {
  /** Profile id. */
  public static final String ID = "paracrine.bioprocess-completeness";
  /** Profile version. */
  public static final String VERSION = "2.1.0";

  private BioprocessProfile(BioprocessParameters parameters) {
    super(specification(parameters), parameters);
  }

  /**
   * Creates the profile with the defaults.
   *
   * @return the profile
   */
  public static BioprocessProfile withDefaults() {
    return of(BioprocessParameters.defaults());
  }

  /**
   * Creates the profile.
   *
   * @param parameters the parameters
   * @return the profile
   */
  public static BioprocessProfile of(BioprocessParameters parameters) {
    return new BioprocessProfile(parameters);
  }

  private static ReleaseSpecification specification(BioprocessParameters p) {
    var spec = ReleaseSpecification.builder().id(ID).version(VERSION)
        .title("Bioprocess completeness and consistency (MFDS 2024)")
        .addSources(Sources.MFDS_2024, Sources.PHELPS_2023, Sources.PRIMING)
        .scope(Scope.builder().addSourceMaterialTypes(SourceMaterialType.CULTURED_CELLS.term()).build());
    oxygen(spec, p, OxygenCondition.HYPOXIA, QuantityRange.atMost(p.hypoxiaMaximumOxygen()));
    oxygen(spec, p, OxygenCondition.PHYSIOXIA, p.physioxiaOxygen());
    var serum = Scope.builder();
    for (SupplementType t : SupplementType.values()) {
      if (t.animalSerum()) {
        serum.addConditioningSupplements(t.term());
      }
    }
    Scope animalSerum = serum.build();
    spec.addCriterion(present(p, "fbs-ev-depletion", "BIOPROCESS.FBS_EV_DEPLETION",
        Selector.parameter(SelectorKind.PROCESS_PARAMETER, "ev-depletion-method"), Sources.MFDS_2024,
        "animal serum in conditioning: the EV-depletion method is stated").scope(animalSerum).build());
    spec.addCriterion(present(p, "fbs-virus-safety", "BIOPROCESS.FBS_VIRUS_SAFETY",
        Selector.parameter(SelectorKind.PROCESS_PARAMETER, "virus-safety-evidence"), Sources.MFDS_2024,
        "animal serum in conditioning: bovine-virus safety evidence is stated").scope(animalSerum).build());
    spec.addCriterion(present(p, "fbs-residual-serum", "BIOPROCESS.FBS_RESIDUAL_SERUM",
        Selector.testResult(QualityAttribute.RESIDUAL_SERUM_PROTEIN), Sources.MFDS_2024,
        "animal serum in conditioning: a residual serum protein (e.g. BSA) result is on the lot")
        .scope(animalSerum).build());
    var human = Scope.builder();
    for (SupplementType t : SupplementType.values()) {
      if (t.humanBloodDerived()) {
        human.addConditioningSupplements(t.term());
      }
    }
    Scope humanBlood = human.build();
    spec.addCriterion(present(p, "human-serum-ev-depletion", "BIOPROCESS.HUMAN_SERUM_EV_DEPLETION",
        Selector.parameter(SelectorKind.PROCESS_PARAMETER, "ev-depletion-method"), Sources.GUIOTTO_2020,
        "supplement derived from human blood (hPL, human serum) in conditioning: its EVs (platelet EVs) are depleted"
            + " and the method is stated").scope(humanBlood).build());
    spec.addCriterion(present(p, "human-serum-virus-safety", "BIOPROCESS.HUMAN_SERUM_VIRUS_SAFETY",
        Selector.parameter(SelectorKind.PROCESS_PARAMETER, "virus-safety-evidence"), Sources.SERUM_VIRUS_SAFETY,
        "supplement derived from human blood in conditioning: virus-safety evidence (donor screening, pathogen"
            + " reduction) is stated").scope(humanBlood).build());
    spec.addCriterion(present(p, "serum-virus-safety:expansion", "BIOPROCESS.SERUM_VIRUS_SAFETY",
        Selector.parameter(SelectorKind.EXPANSION_PARAMETER, "virus-safety-evidence"), Sources.SERUM_VIRUS_SAFETY,
        "every expansion step with an animal serum or a supplement derived from human blood states its virus-safety"
            + " evidence").ifNoneSelected(Outcome.NOT_APPLICABLE).build());
    spec.addCriterion(present(p, "harvest-viability", "BIOPROCESS.HARVEST_VIABILITY",
        Selector.parameter(SelectorKind.PROCESS_PARAMETER, "harvest-viability"), Sources.MFDS_2024,
        "the viability of the cells at harvest is recorded").build());
    spec.addCriterion(present(p, "passage", "BIOPROCESS.PASSAGE",
        Selector.parameter(SelectorKind.PROCESS_PARAMETER, "passage"), Sources.MFDS_2024,
        "the passage at conditioning (or of the cell bank) is recorded").build());
    spec.addCriterion(present(p, "priming-concentration", "BIOPROCESS.PRIMING_CONCENTRATION",
        Selector.parameter(SelectorKind.PROCESS_PARAMETER, "priming-concentration"), Sources.PRIMING,
        "every priming agent states its concentration").ifNoneSelected(Outcome.NOT_APPLICABLE).build());
    spec.addCriterion(present(p, "priming-duration", "BIOPROCESS.PRIMING_DURATION",
        Selector.parameter(SelectorKind.PROCESS_PARAMETER, "priming-duration"), Sources.PRIMING,
        "every priming agent states its duration").ifNoneSelected(Outcome.NOT_APPLICABLE).build());
    return spec.build();
  }

  private static void oxygen(ImmutableReleaseSpecification.Builder spec, BioprocessParameters p,
      OxygenCondition claim, QuantityRange window) {
    QuantityRange possible = QuantityRange.between(Quantity.of(0, "%"), Quantity.of(100, "%"));
    for (SelectorKind kind : new SelectorKind[] {SelectorKind.PROCESS_PARAMETER, SelectorKind.EXPANSION_PARAMETER}) {
      String step = kind == SelectorKind.PROCESS_PARAMETER ? "conditioning" : "expansion";
      spec.addCriterion(AcceptanceCriterion.builder().id("oxygen:" + claim.code() + ":" + step)
          .code("BIOPROCESS.OXYGEN")
          .selector(Selector.builder().kind(kind).parameter("oxygen").oxygenCondition(claim.term()).build())
          .limit(possible).warningBand(window).ifNoneSelected(Outcome.NOT_APPLICABLE).severity(p.severity())
          .source(Sources.PHELPS_2023)
          .description("a " + claim.code() + " claim of the " + step + " states its O2 %, consistent with "
              + window.describe() + " (a warning otherwise)").build());
    }
  }

  private static org.paracrine.core.spec.ImmutableAcceptanceCriterion.Builder present(BioprocessParameters p,
      String id, String code, Selector selector, Citation source, String description) {
    return AcceptanceCriterion.builder().id(id).code(code).selector(selector).severity(p.severity()).source(source)
        .description(description);
  }
}
