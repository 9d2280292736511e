package org.paracrine.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paracrine.validation.Fixtures.codes;
import static org.paracrine.validation.Fixtures.editProduct;
import static org.paracrine.validation.Fixtures.notPassing;
import static org.paracrine.validation.Fixtures.only;
import static org.paracrine.validation.Fixtures.run;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.paracrine.core.assay.TestResult;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.process.Bioprocess;
import org.paracrine.core.process.ConditioningStep;
import org.paracrine.core.process.ImmutableConditioningStep;
import org.paracrine.core.process.PrimingTreatment;
import org.paracrine.core.product.SecretomeProduct;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.report.Finding;
import org.paracrine.core.report.Outcome;
import org.paracrine.core.report.Severity;
import org.paracrine.core.samples.ReferenceLots;
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

  @Test
  void hypoxicPrimedProcessIsCompleteAndConsistent() {
    List<Finding> f = check(ReferenceProducts.lyophilisedBoneMarrowSecretomeIntraArticular());
    assertThat(codes(f)).containsExactly("BIOPROCESS.OXYGEN.PASS", "BIOPROCESS.HARVEST_VIABILITY.PASS",
        "BIOPROCESS.PASSAGE.PASS", "BIOPROCESS.PRIMING.PASS");
    assertThat(f.get(0).path()).isEqualTo(C + "/oxygen");
    assertThat(f.get(3).path()).isEqualTo(C + "/priming/0");
  }

  @Test
  void hypoxicClaimWithoutOxygenIsMissingAndFivePercentIsTheBoundary() {
    Finding m = only(check(lyo(b -> b.oxygen(Optional.empty()))), "BIOPROCESS.OXYGEN.MISSING");
    assertThat(m.path()).isEqualTo(C + "/oxygen");
    assertThat(m.outcome()).isEqualTo(Outcome.MISSING);
    assertThat(notPassing(check(lyo(b -> b.oxygen(Quantity.of("5.0", "%")))))).isEmpty();
    Finding w = only(check(lyo(b -> b.oxygen(Quantity.of("5.1", "%")))), "BIOPROCESS.OXYGEN.INCONSISTENT");
    assertThat(w.severity()).isEqualTo(Severity.WARNING);
    assertThat(w.outcome()).isEqualTo(Outcome.WARN);
  }

  @Test
  void physioxiaClaimIsCheckedAgainstTwoToNinePercent() {
    List<Finding> f = check(lyo(b -> b.oxygenCondition(Term.of(OxygenCondition.PHYSIOXIA))
        .oxygen(Quantity.of(12, "%"))));
    assertThat(codes(notPassing(f))).containsExactly("BIOPROCESS.OXYGEN.INCONSISTENT");
  }

  @Test
  void fetalBovineSerumNeedsDepletionVirusSafetyAndResidualSerumResult() {
    SecretomeProduct fbs = lyo(b -> b.supplement(Term.of(SupplementType.FETAL_BOVINE_SERUM)));
    List<Finding> f = check(fbs);
    assertThat(codes(notPassing(f))).containsExactly("BIOPROCESS.FBS_EV_DEPLETION.MISSING",
        "BIOPROCESS.FBS_VIRUS_SAFETY.MISSING", "BIOPROCESS.FBS_RESIDUAL_SERUM.MISSING");
    assertThat(notPassing(f)).extracting(Finding::path).containsExactly(C + "/evDepletionMethod",
        C + "/virusSafetyEvidence", "/lot/testResults");
    SecretomeProduct documented = lyo(b -> b.supplement(Term.of(SupplementType.EV_DEPLETED_FBS))
        .evDepletionMethod("ultracentrifugation 120,000 x g, 18 h").virusSafetyEvidence("gamma-irradiated, certified"));
    Lot withBsa = Lot.builder().from(ReferenceLots.lyophilisedBoneMarrowSecretomeIntraArticular())
        .addTestResult(TestResult.numeric(QualityAttribute.RESIDUAL_SERUM_PROTEIN, AnalyticalMethod.ELISA,
            Quantity.of(12, "ng/mL"))).build();
    List<Finding> ok = check(documented, withBsa);
    assertThat(notPassing(ok)).isEmpty();
    assertThat(only(ok, "BIOPROCESS.FBS_RESIDUAL_SERUM.PASS").path()).isEqualTo("/lot/testResults/8");
  }

  @Test
  void primingWithoutConcentrationOrDurationIsMissing() {
    List<Finding> f = check(lyo(b -> b.priming(List.of(PrimingTreatment.builder()
        .agent(Term.of(PrimingAgent.TNF_ALPHA)).duration(Quantity.of(24, "h")).build()))));
    Finding m = only(f, "BIOPROCESS.PRIMING.MISSING");
    assertThat(m.path()).isEqualTo(C + "/priming/0/concentration");
  }

  @Test
  void harvestViabilityMissingAndPassageFallsBackToTheCellBank() {
    assertThat(only(check(lyo(b -> b.harvestViability(Optional.empty()))), "BIOPROCESS.HARVEST_VIABILITY.MISSING")
        .path()).isEqualTo(C + "/harvestViability");
    List<Finding> bank = check(lyo(b -> b.passage(Optional.empty())));
    assertThat(only(bank, "BIOPROCESS.PASSAGE.PASS").path()).isEqualTo("/product/source/cellBank/passage");
  }

  @Test
  void missingProcessOrConditioningIsMissing() {
    SecretomeProduct none = editProduct(Fixtures.bmProduct(), b -> b.process(Optional.empty()));
    assertThat(codes(check(none, Fixtures.bmLot()))).containsExactly("BIOPROCESS.PROCESS.MISSING");
    SecretomeProduct noConditioning = editProduct(Fixtures.bmProduct(), b -> b.process(Bioprocess.builder()
        .from(Fixtures.bmProduct().process().orElseThrow()).conditioning(Optional.empty()).build()));
    assertThat(codes(check(noConditioning, Fixtures.bmLot()))).containsExactly("BIOPROCESS.CONDITIONING.MISSING");
  }

  @Test
  void nativeBiofluidIsNotApplicable() {
    assertThat(codes(run(PROFILE, ReferenceProducts.amnioticFluidEvIntravenous(),
        ReferenceLots.amnioticFluidEvIntravenous()))).containsExactly("PROFILE.NOT_APPLICABLE");
  }
}
