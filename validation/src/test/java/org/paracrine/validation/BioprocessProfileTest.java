package org.paracrine.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.paracrine.validation.Fixtures.codes;
import static org.paracrine.validation.Fixtures.editProduct;
import static org.paracrine.validation.Fixtures.notPassing;
import static org.paracrine.validation.Fixtures.only;
import static org.paracrine.validation.Fixtures.run;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.paracrine.core.InvariantViolationException;
import org.paracrine.core.assay.TestResult;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.process.Bioprocess;
import org.paracrine.core.process.ConditioningStep;
import org.paracrine.core.process.ExpansionStep;
import org.paracrine.core.process.ImmutableConditioningStep;
import org.paracrine.core.process.PrimingTreatment;
import org.paracrine.core.product.SecretomeProduct;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.report.Finding;
import org.paracrine.core.report.Outcome;
import org.paracrine.core.report.Severity;
import org.paracrine.core.samples.ReferenceLots;
import org.paracrine.core.spec.AcceptanceCriterion;
import org.paracrine.core.spec.Selector;
import org.paracrine.core.spec.SelectorKind;
import org.paracrine.core.samples.ReferenceProducts;
import org.paracrine.core.vocabulary.AnalyticalMethod;
import org.paracrine.core.vocabulary.OxygenCondition;
import org.paracrine.core.vocabulary.PrimingAgent;
import org.paracrine.core.vocabulary.QualityAttribute;
import org.paracrine.core.vocabulary.SupplementType;
import org.paracrine.core.vocabulary.Term;
import org.paracrine.validation.profiles.BioprocessProfile;

class BioprocessProfileTest {
  private static final BioprocessProfile PROFILE = BioprocessProfile.withDefaults();
  private static final String C = "/product/process/conditioning";

  private static SecretomeProduct lyo(UnaryOperator<ImmutableConditioningStep.Builder> edit) {
    SecretomeProduct p = ReferenceProducts.lyophilisedBoneMarrowSecretomeIntraArticular();
    Bioprocess process = p.process().orElseThrow();
    ConditioningStep c = process.conditioning().orElseThrow();
    return editProduct(p, b -> b.process(Bioprocess.builder().from(process)
        .conditioning(edit.apply(ConditioningStep.builder().from(c)).build()).build()));
  }

  private static List<Finding> check(SecretomeProduct p) {
    return check(p, ReferenceLots.lyophilisedBoneMarrowSecretomeIntraArticular());
  }

  private static List<Finding> check(SecretomeProduct p, Lot lot) {
    return run(PROFILE, p, lot);
  }

  private static final List<String> IDS = List.of("oxygen:hypoxia:conditioning", "oxygen:hypoxia:expansion",
      "oxygen:physioxia:conditioning", "oxygen:physioxia:expansion", "fbs-ev-depletion", "fbs-virus-safety",
      "fbs-residual-serum", "human-serum-ev-depletion", "human-serum-virus-safety", "serum-virus-safety:expansion",
      "harvest-viability", "passage", "priming-concentration", "priming-duration");

  @Test
  void hypoxicPrimedProcessIsCompleteAndConsistentWithOneFindingPerCriterion() {
    List<Finding> f = check(ReferenceProducts.lyophilisedBoneMarrowSecretomeIntraArticular());
    assertThat(f).extracting(Finding::criterionId).containsExactlyElementsOf(IDS.stream().map(Optional::of)
        .collect(java.util.stream.Collectors.toList()));
    assertThat(codes(f)).containsExactly("BIOPROCESS.OXYGEN.PASS", "BIOPROCESS.OXYGEN.NOT_APPLICABLE",
        "BIOPROCESS.OXYGEN.NOT_APPLICABLE", "BIOPROCESS.OXYGEN.NOT_APPLICABLE",
        "BIOPROCESS.FBS_EV_DEPLETION.NOT_APPLICABLE", "BIOPROCESS.FBS_VIRUS_SAFETY.NOT_APPLICABLE",
        "BIOPROCESS.FBS_RESIDUAL_SERUM.NOT_APPLICABLE", "BIOPROCESS.HUMAN_SERUM_EV_DEPLETION.NOT_APPLICABLE",
        "BIOPROCESS.HUMAN_SERUM_VIRUS_SAFETY.NOT_APPLICABLE", "BIOPROCESS.SERUM_VIRUS_SAFETY.PASS",
        "BIOPROCESS.HARVEST_VIABILITY.PASS",
        "BIOPROCESS.PASSAGE.PASS", "BIOPROCESS.PRIMING_CONCENTRATION.PASS", "BIOPROCESS.PRIMING_DURATION.PASS");
    assertThat(f.get(0).path()).isEqualTo(C + "/oxygen");
    assertThat(f.get(9).path()).isEqualTo("/product/process/expansion/0/virusSafetyEvidence");
    assertThat(f.get(12).path()).isEqualTo(C + "/priming/0/concentration");
    assertThat(f.get(13).path()).isEqualTo(C + "/priming/0/duration");
    assertThat(f.get(1).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
  }

  @Test
  void hypoxicClaimWithoutOxygenIsMissingAndFivePercentIsTheBoundary() {
    Finding m = only(check(lyo(b -> b.oxygen(Optional.empty()))), "BIOPROCESS.OXYGEN.NO_COMPARABLE_RESULT");
    assertThat(m.path()).isEqualTo(C + "/oxygen");
    assertThat(m.outcome()).isEqualTo(Outcome.MISSING);
    assertThat(m.severity()).isEqualTo(Severity.ERROR);
    assertThat(notPassing(check(lyo(b -> b.oxygen(Quantity.of("5.0", "%")))))).isEmpty();
    Finding w = only(check(lyo(b -> b.oxygen(Quantity.of("5.1", "%")))), "BIOPROCESS.OXYGEN.WARNING_BAND");
    assertThat(w.severity()).isEqualTo(Severity.WARNING);
    assertThat(w.outcome()).isEqualTo(Outcome.WARN);
    assertThat(w.criterionId()).contains("oxygen:hypoxia:conditioning");
  }

  @Test
  void physioxiaClaimIsCheckedAgainstTwoToNinePercent() {
    List<Finding> f = check(lyo(b -> b.oxygenCondition(Term.of(OxygenCondition.PHYSIOXIA))
        .oxygen(Quantity.of(12, "%"))));
    assertThat(codes(notPassing(f))).containsExactly("BIOPROCESS.OXYGEN.WARNING_BAND");
    assertThat(notPassing(f).get(0).criterionId()).contains("oxygen:physioxia:conditioning");
    assertThat(notPassing(check(lyo(b -> b.oxygenCondition(Term.of(OxygenCondition.PHYSIOXIA))
        .oxygen(Quantity.of(9, "%")))))).isEmpty();
  }

  @Test
  void aHypoxicExpansionStepIsJudgedByTheExpansionCriterion() {
    SecretomeProduct p = ReferenceProducts.lyophilisedBoneMarrowSecretomeIntraArticular();
    Bioprocess process = p.process().orElseThrow();
    SecretomeProduct hypoxicExpansion = editProduct(p, b -> b.process(Bioprocess.builder().from(process)
        .expansion(List.of(ExpansionStep.builder().from(process.expansion().get(0))
            .oxygenCondition(Term.of(OxygenCondition.HYPOXIA)).oxygen(Optional.empty()).build())).build()));
    Finding m = only(check(hypoxicExpansion), "BIOPROCESS.OXYGEN.NO_COMPARABLE_RESULT");
    assertThat(m.criterionId()).contains("oxygen:hypoxia:expansion");
    assertThat(m.path()).isEqualTo("/product/process/expansion/0/oxygen");
  }

  @Test
  void fetalBovineSerumNeedsDepletionVirusSafetyAndResidualSerumResult() {
    SecretomeProduct fbs = lyo(b -> b.supplement(Term.of(SupplementType.FETAL_BOVINE_SERUM)));
    List<Finding> f = check(fbs);
    assertThat(codes(notPassing(f))).containsExactly("BIOPROCESS.FBS_EV_DEPLETION.MISSING",
        "BIOPROCESS.FBS_VIRUS_SAFETY.MISSING", "BIOPROCESS.FBS_RESIDUAL_SERUM.MISSING");
    assertThat(notPassing(f)).extracting(Finding::path).containsExactly(C + "/evDepletionMethod",
        C + "/virusSafetyEvidence", "/lot/testResults");
    assertThat(notPassing(f)).extracting(Finding::severity).containsOnly(Severity.ERROR);
    SecretomeProduct documented = lyo(b -> b.supplement(Term.of(SupplementType.EV_DEPLETED_FBS))
        .evDepletionMethod("ultracentrifugation 120,000 x g, 18 h").virusSafetyEvidence("gamma-irradiated, certified"));
    Lot withBsa = Lot.builder().from(ReferenceLots.lyophilisedBoneMarrowSecretomeIntraArticular())
        .addTestResult(TestResult.numeric(QualityAttribute.RESIDUAL_SERUM_PROTEIN, AnalyticalMethod.ELISA,
            Quantity.of(12, "ng/mL"))).build();
    List<Finding> ok = check(documented, withBsa);
    assertThat(notPassing(ok)).isEmpty();
    assertThat(only(ok, "BIOPROCESS.FBS_RESIDUAL_SERUM.PASS").path()).isEqualTo("/lot/testResults/8/value");
    Finding depletion = only(ok, "BIOPROCESS.FBS_EV_DEPLETION.PASS");
    assertThat(depletion.path()).isEqualTo(C + "/evDepletionMethod");
    assertThat(depletion.observed().orElseThrow()).contains("\"ultracentrifugation 120,000 x g, 18 h\"");
  }

  private static SecretomeProduct withExpansion(SecretomeProduct p, org.paracrine.core.process.ExpansionStep... steps) {
    Bioprocess process = p.process().orElseThrow();
    return editProduct(p, b -> b.process(Bioprocess.builder().from(process).expansion(List.of(steps)).build()));
  }

  private static org.paracrine.core.process.ExpansionStep expansion(SupplementType supplement, String evidence) {
    var b = org.paracrine.core.process.ExpansionStep.builder().name(supplement.code() + " expansion")
        .supplement(Term.of(supplement)).passage(2);
    if (evidence != null) {
      b.virusSafetyEvidence(evidence);
    }
    return b.build();
  }

  @Test
  void humanPlateletLysateInConditioningNeedsEvDepletionAndVirusSafetyEvidence() {
    List<Finding> missing = check(lyo(b -> b.supplement(Term.of(SupplementType.HUMAN_PLATELET_LYSATE))));
    assertThat(codes(notPassing(missing))).containsExactly("BIOPROCESS.HUMAN_SERUM_EV_DEPLETION.MISSING",
        "BIOPROCESS.HUMAN_SERUM_VIRUS_SAFETY.MISSING");
    assertThat(only(missing, "BIOPROCESS.HUMAN_SERUM_EV_DEPLETION.MISSING").source().orElseThrow().doi())
        .contains("10.1186/s12967-020-02489-4");
    List<Finding> stated = check(lyo(b -> b.supplement(Term.of(SupplementType.HUMAN_SERUM))
        .evDepletionMethod("ultracentrifugation 120,000 x g, 18 h").virusSafetyEvidence("screened donors")));
    assertThat(codes(notPassing(stated))).isEmpty();
    assertThat(stated).filteredOn(f -> f.criterionId().orElseThrow().startsWith("human-serum")).hasSize(2)
        .allSatisfy(f -> assertThat(f.outcome()).isEqualTo(Outcome.PASS));
  }

  @Test
  void everyExpansionStepWithASerumSupplementStatesItsVirusSafetyEvidence() {
    SecretomeProduct base = ReferenceProducts.lyophilisedBoneMarrowSecretomeIntraArticular();
    // two serum steps, one without evidence: one MISSING finding pointing at that step
    List<Finding> oneMissing = check(withExpansion(base, expansion(SupplementType.HUMAN_PLATELET_LYSATE, "certified"),
        expansion(SupplementType.FETAL_BOVINE_SERUM, null)));
    assertThat(oneMissing).filteredOn(f -> f.criterionId().orElseThrow().equals("serum-virus-safety:expansion"))
        .singleElement().satisfies(f -> {
          assertThat(f.code()).isEqualTo("BIOPROCESS.SERUM_VIRUS_SAFETY.NO_COMPARABLE_RESULT");
          assertThat(f.outcome()).isEqualTo(Outcome.MISSING);
          assertThat(f.path()).isEqualTo("/product/process/expansion/1/virusSafetyEvidence");
        });
    // both stated: passes; serum-free and xeno-free steps are not selected
    List<Finding> stated = check(withExpansion(base, expansion(SupplementType.HUMAN_SERUM, "screened donors"),
        expansion(SupplementType.SERUM_FREE, null)));
    assertThat(only(stated, "BIOPROCESS.SERUM_VIRUS_SAFETY.PASS").path())
        .isEqualTo("/product/process/expansion/0/virusSafetyEvidence");
    // no serum in any expansion step: not applicable
    List<Finding> none = check(withExpansion(base, expansion(SupplementType.SERUM_FREE, null)));
    assertThat(only(none, "BIOPROCESS.SERUM_VIRUS_SAFETY.NOT_APPLICABLE").outcome())
        .isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(none).hasSize(IDS.size());
  }

  @Test
  void serumFreeConditioningMakesTheSerumCriteriaNotApplicableWithTheReason() {
    Finding na = only(check(ReferenceProducts.lyophilisedBoneMarrowSecretomeIntraArticular()),
        "BIOPROCESS.FBS_EV_DEPLETION.NOT_APPLICABLE");
    assertThat(na.severity()).isEqualTo(Severity.INFO);
    assertThat(na.message()).contains("serum-free");
  }

  @Test
  void primingWithoutConcentrationOrDurationIsMissing() {
    List<Finding> f = check(lyo(b -> b.priming(List.of(PrimingTreatment.builder()
        .agent(Term.of(PrimingAgent.TNF_ALPHA)).duration(Quantity.of(24, "h")).build()))));
    Finding m = only(f, "BIOPROCESS.PRIMING_CONCENTRATION.NO_COMPARABLE_RESULT");
    assertThat(m.path()).isEqualTo(C + "/priming/0/concentration");
    assertThat(m.outcome()).isEqualTo(Outcome.MISSING);
    assertThat(only(f, "BIOPROCESS.PRIMING_DURATION.PASS").path()).isEqualTo(C + "/priming/0/duration");
    List<Finding> none = check(lyo(b -> b.priming(List.of())));
    assertThat(only(none, "BIOPROCESS.PRIMING_CONCENTRATION.NOT_APPLICABLE").outcome())
        .isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(only(none, "BIOPROCESS.PRIMING_DURATION.NOT_APPLICABLE").path()).isEqualTo(C + "/priming");
  }

  @Test
  void harvestViabilityMissingAndPassageFallsBackToTheCellBank() {
    assertThat(only(check(lyo(b -> b.harvestViability(Optional.empty()))), "BIOPROCESS.HARVEST_VIABILITY.MISSING")
        .path()).isEqualTo(C + "/harvestViability");
    List<Finding> bank = check(lyo(b -> b.passage(Optional.empty())));
    assertThat(only(bank, "BIOPROCESS.PASSAGE.PASS").path()).isEqualTo("/product/source/cellBank/passage");
  }

  @Test
  void missingProcessOrConditioningLeavesHarvestViabilityMissing() {
    SecretomeProduct none = editProduct(Fixtures.bmProduct(), b -> b.process(Optional.empty()));
    List<Finding> f = check(none, Fixtures.bmLot());
    assertThat(f).hasSize(IDS.size());
    assertThat(codes(notPassing(f))).containsExactly("BIOPROCESS.HARVEST_VIABILITY.MISSING");
    assertThat(only(f, "BIOPROCESS.PASSAGE.PASS").path()).isEqualTo("/product/source/cellBank/passage");
    SecretomeProduct noConditioning = editProduct(Fixtures.bmProduct(), b -> b.process(Bioprocess.builder()
        .from(Fixtures.bmProduct().process().orElseThrow()).conditioning(Optional.empty()).build()));
    assertThat(codes(notPassing(check(noConditioning, Fixtures.bmLot()))))
        .containsExactly("BIOPROCESS.HARVEST_VIABILITY.MISSING");
  }

  @Test
  void theProfileIsASpecificationDocument() {
    assertThat(PROFILE.version()).isEqualTo("2.1.0");
    assertThat(PROFILE.specification().orElseThrow().criteria()).extracting(c -> c.id())
        .containsExactlyElementsOf(IDS);
  }

  @Test
  void aCriterionRefusesAnOutcomeForAnEmptySelectionOtherThanMissingOrNotApplicable() {
    assertThatThrownBy(() -> AcceptanceCriterion.builder().id("x")
        .selector(Selector.parameter(SelectorKind.PROCESS_PARAMETER, "harvest-viability"))
        .ifNoneSelected(Outcome.PASS).build())
        .isInstanceOf(InvariantViolationException.class).hasMessageContaining("ifNoneSelected");
    assertThatThrownBy(() -> Selector.builder().kind(SelectorKind.DOSE).oxygenCondition(OxygenCondition.HYPOXIA.term())
        .build()).isInstanceOf(InvariantViolationException.class).hasMessageContaining("oxygenCondition");
  }

  @Test
  void nativeBiofluidIsNotApplicable() {
    assertThat(codes(run(PROFILE, ReferenceProducts.amnioticFluidEvIntravenous(),
        ReferenceLots.amnioticFluidEvIntravenous()))).containsExactly("PROFILE.NOT_APPLICABLE");
  }
}
