package org.paracrine.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paracrine.validation.Fixtures.codes;
import static org.paracrine.validation.Fixtures.replaceResults;
import static org.paracrine.validation.Fixtures.run;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paracrine.core.assay.TestResult;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.report.Finding;
import org.paracrine.core.report.Outcome;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.core.report.Verdict;
import org.paracrine.core.spec.Confidence;
import org.paracrine.core.vocabulary.AnalyticalMethod;
import org.paracrine.core.vocabulary.QualitativeOutcome;
import org.paracrine.core.vocabulary.QualityAttribute;
import org.paracrine.core.vocabulary.SampledMaterial;
import org.paracrine.core.vocabulary.Term;
import org.paracrine.validation.profiles.CompendialSafetyParameters;
import org.paracrine.validation.profiles.CompendialSafetyProfile;

/** Sterility method (USP &lt;71&gt;, 21 CFR 610.12) and mycoplasma NAT (Ph. Eur. 2.6.7, edition 12.2) rules. */
class CompendialMethodRulesTest {
  private static final CompendialSafetyProfile PROFILE = CompendialSafetyProfile.withDefaults();

  private static TestResult sterility(AnalyticalMethod method, String days, Boolean validated) {
    var b = TestResult.builder().attribute(Term.of(QualityAttribute.STERILITY))
        .outcome(Term.of(QualitativeOutcome.NO_GROWTH));
    if (method != null) {
      b.method(Term.of(method));
    }
    if (days != null) {
      b.incubationDuration(Quantity.of(days, "d"));
    }
    if (validated != null) {
      b.methodValidated(validated);
    }
    return b.build();
  }

  private static TestResult nat(AnalyticalMethod method, Quantity lod, SampledMaterial... sampled) {
    var b = TestResult.builder().attribute(Term.of(QualityAttribute.MYCOPLASMA)).method(Term.of(method))
        .outcome(Term.of(QualitativeOutcome.NEGATIVE));
    if (lod != null) {
      b.lod(lod);
    }
    for (SampledMaterial m : sampled) {
      b.addSampledMaterials(Term.of(m));
    }
    return b.build();
  }

  private static Finding criterion(List<Finding> findings, String id) {
    return findings.stream().filter(f -> id.equals(f.criterionId().orElse(""))).findFirst().orElseThrow();
  }

  private static List<Finding> withSterility(TestResult r) {
    return run(PROFILE, Fixtures.bmProduct(), replaceResults(Fixtures.bmLot(), QualityAttribute.STERILITY, r));
  }

  private static List<Finding> withMycoplasma(TestResult r) {
    return run(PROFILE, Fixtures.bmProduct(), replaceResults(Fixtures.bmLot(), QualityAttribute.MYCOPLASMA, r));
  }

  @Test
  void referenceLotMeetsEveryCompendialRuleWithOneFindingPerRule() {
    List<Finding> f = run(PROFILE, Fixtures.bmProduct(), Fixtures.bmLot());
    assertThat(codes(f)).containsExactly("COMPENDIAL.STERILITY.PASS", "COMPENDIAL.MYCOPLASMA.PASS",
        "COMPENDIAL.STERILITY_METHOD.PASS", "COMPENDIAL.STERILITY_INCUBATION.PASS",
        "COMPENDIAL.STERILITY_RAPID_VALIDATED.NOT_APPLICABLE", "COMPENDIAL.MYCOPLASMA_NAT_LOD.PASS",
        "COMPENDIAL.MYCOPLASMA_NAT_LOD_COPIES.NOT_APPLICABLE", "COMPENDIAL.MYCOPLASMA_SAMPLING.PASS",
        "COMPENDIAL.ENDOTOXIN.PASS");
  }

  @Test
  void compendialSterilityIncubationOfFourteenDaysPassesAndThirteenFails() {
    Finding boundary = criterion(withSterility(sterility(AnalyticalMethod.STERILITY_MEMBRANE_FILTRATION, "14",
        null)), "sterility-incubation");
    assertThat(boundary.outcome()).isEqualTo(Outcome.PASS);
    Finding shorter = criterion(withSterility(sterility(AnalyticalMethod.STERILITY_DIRECT_INOCULATION, "13", null)),
        "sterility-incubation");
    assertThat(shorter.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(shorter.code()).isEqualTo("COMPENDIAL.STERILITY_INCUBATION.OUT_OF_LIMIT");
    assertThat(shorter.path()).isEqualTo("/lot/testResults/0/incubationDuration");
  }

  @Test
  void compendialSterilityWithoutItsIncubationIsMissing() {
    Finding f = criterion(withSterility(sterility(AnalyticalMethod.STERILITY_MEMBRANE_FILTRATION, null, null)),
        "sterility-incubation");
    assertThat(f.outcome()).isEqualTo(Outcome.MISSING);
    assertThat(f.source().orElseThrow().confidence()).isEqualTo(Confidence.CONFIRMED);
  }

  @Test
  void rapidSterilityMethodMustBeDeclaredValidated() {
    assertThat(criterion(withSterility(sterility(AnalyticalMethod.STERILITY_RAPID, null, true)),
        "sterility-rapid-validated").outcome()).isEqualTo(Outcome.PASS);
    Finding no = criterion(withSterility(sterility(AnalyticalMethod.STERILITY_RAPID, null, false)),
        "sterility-rapid-validated");
    assertThat(no.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(no.source().orElseThrow().label()).isEqualTo("21 CFR 610.12");
    assertThat(criterion(withSterility(sterility(AnalyticalMethod.STERILITY_RAPID, null, null)),
        "sterility-rapid-validated").outcome()).isEqualTo(Outcome.MISSING);
    assertThat(criterion(withSterility(sterility(AnalyticalMethod.STERILITY_RAPID, null, true)),
        "sterility-incubation").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
  }

  @Test
  void sterilityResultThatDoesNotSayWhichMethodLeavesTheLotIncomplete() {
    TestResult noMethod = sterility(null, "14", null);
    Finding f = criterion(withSterility(noMethod), "sterility-method");
    assertThat(f.outcome()).isEqualTo(Outcome.MISSING);
    assertThat(f.code()).isEqualTo("COMPENDIAL.STERILITY_METHOD.METHOD_NOT_ALLOWED");
    ReleaseReport r = ReleaseChecker.builder().addProfile(PROFILE).build().check(Fixtures.bmProduct(),
        replaceResults(Fixtures.bmLot(), QualityAttribute.STERILITY, noMethod));
    assertThat(r.verdict()).isEqualTo(Verdict.INCOMPLETE);
  }

  @Test
  void natWithAStatedLodOfTenCfuPerMillilitrePassesAndOneHundredIsNotAnAcceptableReleaseResult() {
    SampledMaterial[] both = {SampledMaterial.CELLS, SampledMaterial.SUPERNATANT};
    assertThat(criterion(withMycoplasma(nat(AnalyticalMethod.MYCOPLASMA_NAT, Quantity.of(10, "[CFU]/mL"), both)),
        "mycoplasma-nat-lod-cfu").outcome()).isEqualTo(Outcome.PASS);
    Finding hundred = criterion(withMycoplasma(nat(AnalyticalMethod.MYCOPLASMA_NAT, Quantity.of(100, "[CFU]/mL"),
        both)), "mycoplasma-nat-lod-cfu");
    assertThat(hundred.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(hundred.path()).isEqualTo("/lot/testResults/1/lod");
    assertThat(hundred.source().orElseThrow().confidence()).isEqualTo(Confidence.VERIFY);
    assertThat(criterion(withMycoplasma(nat(AnalyticalMethod.QPCR, Quantity.of(11, "[CFU]/mL"), both)),
        "mycoplasma-nat-lod-cfu").outcome()).isEqualTo(Outcome.FAIL);
    ReleaseReport r = ReleaseChecker.builder().addProfile(PROFILE).build().check(Fixtures.bmProduct(),
        replaceResults(Fixtures.bmLot(), QualityAttribute.MYCOPLASMA, nat(AnalyticalMethod.MYCOPLASMA_NAT,
            Quantity.of(100, "[CFU]/mL"), both)));
    assertThat(r.verdict()).isEqualTo(Verdict.REJECT);
  }

  @Test
  void natLodInGenomeCopiesMustStayStrictlyBelowOneHundred() {
    SampledMaterial[] both = {SampledMaterial.CELLS, SampledMaterial.SUPERNATANT};
    List<Finding> ok = withMycoplasma(nat(AnalyticalMethod.MYCOPLASMA_NAT, Quantity.of(99, "{copies}/mL"), both));
    assertThat(criterion(ok, "mycoplasma-nat-lod-genome-copies").outcome()).isEqualTo(Outcome.PASS);
    assertThat(criterion(ok, "mycoplasma-nat-lod-cfu").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(criterion(withMycoplasma(nat(AnalyticalMethod.MYCOPLASMA_NAT, Quantity.of(100, "{copies}/mL"),
        both)), "mycoplasma-nat-lod-genome-copies").outcome()).isEqualTo(Outcome.FAIL);
  }

  @Test
  void natWithoutAStatedLodIsMissingAndACultureMethodIsNotJudgedForSensitivity() {
    SampledMaterial[] both = {SampledMaterial.CELLS, SampledMaterial.SUPERNATANT};
    Finding missing = criterion(withMycoplasma(nat(AnalyticalMethod.MYCOPLASMA_NAT, null, both)),
        "mycoplasma-nat-lod-cfu");
    assertThat(missing.outcome()).isEqualTo(Outcome.MISSING);
    List<Finding> culture = withMycoplasma(nat(AnalyticalMethod.MYCOPLASMA_CULTURE, null, both));
    assertThat(criterion(culture, "mycoplasma-nat-lod-cfu").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(criterion(culture, "mycoplasma-nat-lod-genome-copies").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
  }

  @Test
  void mycoplasmaSamplesMustIncludeCellsAndSupernatant() {
    Quantity lod = Quantity.of(10, "[CFU]/mL");
    assertThat(criterion(withMycoplasma(nat(AnalyticalMethod.MYCOPLASMA_NAT, lod, SampledMaterial.CELLS,
        SampledMaterial.SUPERNATANT)), "mycoplasma-sampling").outcome()).isEqualTo(Outcome.PASS);
    Finding cellsOnly = criterion(withMycoplasma(nat(AnalyticalMethod.MYCOPLASMA_NAT, lod, SampledMaterial.CELLS)),
        "mycoplasma-sampling");
    assertThat(cellsOnly.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(cellsOnly.path()).isEqualTo("/lot/testResults/1/sampledMaterials");
    assertThat(criterion(withMycoplasma(nat(AnalyticalMethod.MYCOPLASMA_NAT, lod)), "mycoplasma-sampling")
        .outcome()).isEqualTo(Outcome.MISSING);
  }

  @Test
  void theNewRulesCanBeSwitchedOff() {
    CompendialSafetyProfile off = CompendialSafetyProfile.of(CompendialSafetyParameters.builder()
        .requireSterilityMethod(false).requireMycoplasmaNatSensitivity(false).build());
    assertThat(codes(run(off, Fixtures.bmProduct(), Fixtures.bmLot()))).containsExactly("COMPENDIAL.STERILITY.PASS",
        "COMPENDIAL.MYCOPLASMA.PASS", "COMPENDIAL.ENDOTOXIN.PASS");
  }

  @Test
  void lotWithoutMycoplasmaResultGetsOneMissingFindingAndTheNatRulesDoNotApply() {
    Lot none = Fixtures.withoutResults(Fixtures.bmLot(), QualityAttribute.MYCOPLASMA);
    List<Finding> f = run(PROFILE, Fixtures.bmProduct(), none);
    assertThat(codes(f)).contains("COMPENDIAL.MYCOPLASMA.MISSING", "COMPENDIAL.MYCOPLASMA_NAT_LOD.NOT_APPLICABLE");
  }
}
