package org.paracrine.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paracrine.core.InvariantViolationException;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.report.Finding;
import org.paracrine.core.report.Outcome;
import org.paracrine.core.spec.AcceptanceCriterion;
import org.paracrine.core.spec.ComputedLimit;
import org.paracrine.core.spec.LimitParameter;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.core.spec.Scope;
import org.paracrine.core.spec.Selector;
import org.paracrine.core.spec.SelectorKind;
import org.paracrine.core.vocabulary.TissueSource;

/** The donor selector kinds, scope members and the specimen-window function as a user specification writes them. */
class DonorSelectorsTest {
  private static final String TESTS = "/product/source/donor/eligibility/tests";

  private static List<Finding> check(AcceptanceCriterion c) {
    ReleaseSpecification spec = ReleaseSpecification.builder().id("donor-spec").version("1").title("donor")
        .addCriterion(c).build();
    return ReleaseChecker.builder().structuralValidation(false).addSpecification(spec).build()
        .check(Fixtures.bmProduct(), Fixtures.bmLot()).findings();
  }

  private static AcceptanceCriterion window(String daysBefore) {
    return AcceptanceCriterion.builder().id("window").selector(Selector.builder()
            .kind(SelectorKind.DONOR_SPECIMEN_TIMING).build())
        .computedLimit(ComputedLimit.builder().function("cfr1271-80-specimen-window")
            .addParameters(LimitParameter.of("days-before", Quantity.of(daysBefore, "d")),
                LimitParameter.of("days-after", Quantity.of(7, "d")),
                LimitParameter.of("extended-days-before", Quantity.of(30, "d")))
            .build()).build();
  }

  @Test
  void aUserSpecimenWindowWithoutTheExtendedTissueJudgesEverySpecimenByItsDaysBeforeRecovery() {
    // the bone-marrow specimens were taken 14 days before recovery; no extended-window tissue is named
    Finding fourteen = check(window("14")).get(0);
    assertThat(fourteen.code()).isEqualTo("SPEC.CRITERION.PASS");
    assertThat(fourteen.criterionId()).contains("window");
    Finding thirteen = check(window("13")).get(0);
    assertThat(thirteen.code()).isEqualTo("SPEC.CRITERION.OUT_OF_LIMIT");
    assertThat(thirteen.path()).isEqualTo(TESTS + "/0/specimenDate");
    assertThat(thirteen.observedQuantity().orElseThrow()).isEqualTo(Quantity.of(-14, "d"));
    assertThat(check(window("13"))).hasSize(1);
  }

  @Test
  void aSpecimenWindowInAForeignUnitIsRefusedWhenTheCriterionIsBuilt() {
    assertThatThrownBy(() -> AcceptanceCriterion.builder().id("w").selector(Selector.builder()
            .kind(SelectorKind.DONOR_SPECIMEN_TIMING).build())
        .limit(org.paracrine.core.quantity.QuantityRange.atMost(Quantity.of(7, "mg"))).build())
        .isInstanceOf(InvariantViolationException.class).hasMessageContaining("limit");
  }

  @Test
  void theDeterminationAndLicensingSelectorsReadTheDonorRecord() {
    Finding determination = check(AcceptanceCriterion.builder().id("d").selector(Selector.builder()
        .kind(SelectorKind.DONOR_DETERMINATION).build()).addAcceptableClasses(
            org.paracrine.core.vocabulary.OutcomeClass.CONFORMS).build()).get(0);
    assertThat(determination.code()).isEqualTo("SPEC.CRITERION.PASS");
    assertThat(determination.path()).isEqualTo("/product/source/donor/eligibility/eligible");
    Finding hbsag = check(AcceptanceCriterion.builder().id("l").selector(Selector.builder()
        .kind(SelectorKind.DONOR_TEST_LICENSING).addNames("HBsAg").build()).addAcceptableClasses(
            org.paracrine.core.vocabulary.OutcomeClass.CONFORMS).build()).get(0);
    assertThat(hbsag.code()).isEqualTo("SPEC.CRITERION.PASS");
    assertThat(hbsag.path()).isEqualTo(TESTS + "/2/licensedScreeningTest");
  }

  @Test
  void aMaternalSpecimenAgeOnAnAdultDonorCountsTheDonorsOwnSpecimen() {
    Finding f = check(AcceptanceCriterion.builder().id("t").selector(Selector.builder().kind(SelectorKind.DONOR_TEST)
        .addNames("HBsAg").maternalSpecimenAge(Quantity.of(1, "mo")).addPerinatalTissues(TissueSource.UMBILICAL_CORD
            .term()).build()).addAcceptableClasses(org.paracrine.core.vocabulary.OutcomeClass.NEGATIVE).build()).get(0);
    assertThat(f.code()).isEqualTo("SPEC.CRITERION.PASS");
    assertThat(f.outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void donorMembersOnOtherKindsAndBadRecoveryWindowsAreRefused() {
    assertThatThrownBy(() -> Selector.builder().kind(SelectorKind.CELL_MARKER).addNames("CD73")
        .maternalSpecimenAge(Quantity.of(1, "mo")).build()).isInstanceOf(InvariantViolationException.class)
        .hasMessageContaining("maternalSpecimenAge");
    assertThatThrownBy(() -> Selector.builder().kind(SelectorKind.DONOR_TEST).addNames("HBsAg")
        .maternalSpecimenAge(Quantity.of(1, "kg")).build()).isInstanceOf(InvariantViolationException.class)
        .hasMessageContaining("time unit");
    assertThatThrownBy(() -> Scope.builder().recoveryFrom("--13-01").recoveryTo("--10-31").build())
        .isInstanceOf(InvariantViolationException.class).hasMessageContaining("recoveryFrom");
    assertThatThrownBy(() -> Scope.builder().recoveryFrom("--06-01").build())
        .isInstanceOf(InvariantViolationException.class).hasMessageContaining("both ends");
  }
}
