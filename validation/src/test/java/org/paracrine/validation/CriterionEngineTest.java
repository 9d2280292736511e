package org.paracrine.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.paracrine.validation.Fixtures.bmLot;
import static org.paracrine.validation.Fixtures.bmProduct;
import static org.paracrine.validation.Fixtures.editEv;
import static org.paracrine.validation.Fixtures.editIdentity;
import static org.paracrine.validation.Fixtures.editLot;
import static org.paracrine.validation.Fixtures.markers;
import static org.paracrine.validation.Fixtures.remove;
import static org.paracrine.validation.Fixtures.setPercent;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.paracrine.core.assay.AnalyteResult;
import org.paracrine.core.assay.Censoring;
import org.paracrine.core.assay.MarkerResult;
import org.paracrine.core.assay.TestResult;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.product.SecretomeProduct;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.quantity.QuantityRange;
import org.paracrine.core.report.Finding;
import org.paracrine.core.report.Outcome;
import org.paracrine.core.report.Severity;
import org.paracrine.core.spec.AcceptanceCriterion;
import org.paracrine.core.spec.ComputedLimit;
import org.paracrine.core.spec.ImmutableAcceptanceCriterion;
import org.paracrine.core.spec.LimitParameter;
import org.paracrine.core.spec.Quantifier;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.core.spec.Scope;
import org.paracrine.core.spec.Selector;
import org.paracrine.core.spec.SelectorKind;
import org.paracrine.core.spec.SizeStatistic;
import org.paracrine.core.vocabulary.Analyte;
import org.paracrine.core.vocabulary.AnalyticalMethod;
import org.paracrine.core.vocabulary.DifferentiationLineage;
import org.paracrine.core.vocabulary.Marker;
import org.paracrine.core.vocabulary.MisevCategory;
import org.paracrine.core.vocabulary.OutcomeClass;
import org.paracrine.core.vocabulary.ProductType;
import org.paracrine.core.vocabulary.QualitativeOutcome;
import org.paracrine.core.vocabulary.QualityAttribute;
import org.paracrine.core.vocabulary.RouteCategory;
import org.paracrine.core.vocabulary.Term;

/**
 * The one criterion engine: every selector kind, every quantifier, outcome classes, scopes, computed limits and the
 * refusal of specifications the engine cannot evaluate. Each test checks one criterion and counts its findings.
 */
class CriterionEngineTest {
  private static ImmutableAcceptanceCriterion.Builder criterion(String id, Selector selector) {
    return AcceptanceCriterion.builder().id(id).selector(selector);
  }

  private static List<Finding> check(SecretomeProduct product, Lot lot, AcceptanceCriterion... criteria) {
    ReleaseSpecification spec = ReleaseSpecification.builder().id("engine-test").version("1").title("engine test")
        .addCriteria(criteria).build();
    return ReleaseChecker.builder().structuralValidation(false).addSpecification(spec).build()
        .check(product, lot).findings();
  }

  private static Finding single(SecretomeProduct product, Lot lot, AcceptanceCriterion c) {
    List<Finding> f = check(product, lot, c);
    assertThat(f).hasSize(1);
    return f.get(0);
  }

  private static Finding single(Lot lot, AcceptanceCriterion c) {
    return single(bmProduct(), lot, c);
  }

  private static QuantityRange atLeast(String v, String unit) {
    return QuantityRange.atLeast(Quantity.of(v, unit));
  }

  @Nested
  class CellMarkers {
    private final AcceptanceCriterion cd105 = criterion("cd105", Selector.of(SelectorKind.CELL_MARKER, "CD105"))
        .limit(atLeast("95", "%")).build();

    @Test
    void aCdNameSelectsTheResultCodedByItsHgncSymbol() {
      Finding f = single(bmLot(), cd105);
      assertThat(f.outcome()).isEqualTo(Outcome.PASS);
      assertThat(f.code()).isEqualTo("SPEC.CRITERION.PASS");
      assertThat(f.path()).startsWith("/product/source/identity/markers/").endsWith("/percentPositive");
      assertThat(f.criterionId()).contains("cd105");
    }

    @Test
    void synonymsSelectTheSameResult() {
      for (String[] pair : new String[][] {{"CD105", "ENG"}, {"CD73", "NT5E"}, {"HLA-DR", "HLA-DRA"},
          {"cd105", "eng"}}) {
        Finding a = single(bmLot(), criterion("a", Selector.of(SelectorKind.CELL_MARKER, pair[0]))
            .limit(QuantityRange.atLeast(Quantity.of(0, "%"))).build());
        Finding b = single(bmLot(), criterion("a", Selector.of(SelectorKind.CELL_MARKER, pair[1]))
            .limit(QuantityRange.atLeast(Quantity.of(0, "%"))).build());
        assertThat(a.path()).as(pair[0] + " vs " + pair[1]).isEqualTo(b.path());
        assertThat(a.outcome()).isEqualTo(Outcome.PASS);
      }
    }

    @Test
    void exactlyTheLimitPassesAndJustBelowFails() {
      SecretomeProduct at = editIdentity(bmProduct(), b -> b.markers(setPercent(markers(), Marker.ENG, "95.0")));
      SecretomeProduct below = editIdentity(bmProduct(), b -> b.markers(setPercent(markers(), Marker.ENG, "94.99")));
      assertThat(single(at, bmLot(), cd105).outcome()).isEqualTo(Outcome.PASS);
      Finding f = single(below, bmLot(), cd105);
      assertThat(f.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(f.code()).isEqualTo("SPEC.CRITERION.OUT_OF_LIMIT");
      assertThat(f.observed().get()).contains("94.99 %");
    }

    @Test
    void aMissingMarkerIsMissingAtTheMarkerList() {
      SecretomeProduct none = editIdentity(bmProduct(), b -> b.markers(remove(markers(), Marker.ENG)));
      Finding f = single(none, bmLot(), cd105);
      assertThat(f.outcome()).isEqualTo(Outcome.MISSING);
      assertThat(f.code()).isEqualTo("SPEC.CRITERION.MISSING");
      assertThat(f.path()).isEqualTo("/product/source/identity/markers");
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void theLotsOwnCellIdentityTakesPrecedenceOverTheProducts() {
      Lot lot = editLot(bmLot(), b -> b.cellIdentity(bmProduct().source().identity().orElseThrow()));
      assertThat(single(lot, cd105).path()).startsWith("/lot/cellIdentity/markers/");
    }

    @Test
    void anEitherOrSlotNeedsOneMeasuredAlternativeAndEveryMeasuredOneWithinTheLimit() {
      AcceptanceCriterion slot = criterion("cd14-or-cd11b", Selector.of(SelectorKind.CELL_MARKER, "CD14", "CD11b"))
          .limit(QuantityRange.atMost(Quantity.of(2, "%"))).build();
      assertThat(single(bmLot(), slot).outcome()).isEqualTo(Outcome.PASS);
      SecretomeProduct high = editIdentity(bmProduct(), b -> b.markers(setPercent(markers(), Marker.ITGAM, "2.01")));
      assertThat(single(high, bmLot(), slot).outcome()).isEqualTo(Outcome.FAIL);
      SecretomeProduct neither = editIdentity(bmProduct(), b -> b.markers(remove(markers(), Marker.CD14,
          Marker.ITGAM)));
      assertThat(single(neither, bmLot(), slot).outcome()).isEqualTo(Outcome.MISSING);
    }
  }

  @Nested
  class OutcomeClasses {
    private final AcceptanceCriterion sterility = AcceptanceCriterion.builder().id("sterility")
        .attribute(QualityAttribute.STERILITY.term()).addAcceptableOutcome(QualitativeOutcome.NEGATIVE.term())
        .build();

    @Test
    void noGrowthIsAcceptedAsANegativeSterilityResult() {
      Finding f = single(bmLot(), sterility);
      assertThat(f.outcome()).isEqualTo(Outcome.PASS);
      assertThat(f.observed().get()).contains("no-growth");
    }

    @Test
    void growthIsRejected() {
      Lot grown = Fixtures.replaceResults(bmLot(), QualityAttribute.STERILITY, TestResult.qualitative(
          QualityAttribute.STERILITY, AnalyticalMethod.STERILITY_MEMBRANE_FILTRATION, QualitativeOutcome.GROWTH));
      Finding f = single(grown, sterility);
      assertThat(f.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(f.code()).isEqualTo("SPEC.CRITERION.OUTCOME_NOT_ACCEPTABLE");
    }

    @Test
    void anIndeterminateResultIsMissingNotAFailure() {
      Lot unsure = Fixtures.replaceResults(bmLot(), QualityAttribute.STERILITY, TestResult.qualitative(
          QualityAttribute.STERILITY, AnalyticalMethod.STERILITY_MEMBRANE_FILTRATION,
          QualitativeOutcome.INDETERMINATE));
      Finding f = single(unsure, sterility);
      assertThat(f.outcome()).isEqualTo(Outcome.MISSING);
      assertThat(f.code()).isEqualTo("SPEC.CRITERION.NO_COMPARABLE_RESULT");
    }

    @Test
    void aClassCanBeAcceptedExplicitly() {
      AcceptanceCriterion byClass = criterion("sterility", Selector.testResult(QualityAttribute.STERILITY))
          .addAcceptableClasses(OutcomeClass.NEGATIVE, OutcomeClass.CONFORMS).build();
      assertThat(single(bmLot(), byClass).outcome()).isEqualTo(Outcome.PASS);
      Lot conforms = Fixtures.replaceResults(bmLot(), QualityAttribute.STERILITY, TestResult.qualitative(
          QualityAttribute.STERILITY, AnalyticalMethod.STERILITY_MEMBRANE_FILTRATION, QualitativeOutcome.CONFORMS));
      assertThat(single(conforms, byClass).outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void everyOutcomeBelongsToExactlyTheClassItsWordingSays() {
      assertThat(QualitativeOutcome.NO_GROWTH.outcomeClass()).isEqualTo(OutcomeClass.NEGATIVE);
      assertThat(QualitativeOutcome.NON_REACTIVE.outcomeClass()).isEqualTo(OutcomeClass.NEGATIVE);
      assertThat(QualitativeOutcome.DETECTED.outcomeClass()).isEqualTo(OutcomeClass.POSITIVE);
      assertThat(QualitativeOutcome.CONFORMS.outcomeClass()).isEqualTo(OutcomeClass.CONFORMS);
      assertThat(QualitativeOutcome.DOES_NOT_CONFORM.outcomeClass()).isEqualTo(OutcomeClass.DOES_NOT_CONFORM);
      assertThat(QualitativeOutcome.INVALID.outcomeClass()).isEqualTo(OutcomeClass.INCONCLUSIVE);
    }
  }

  @Nested
  class EvMarkersAndQuantifiers {
    private final Selector category1 = Selector.builder().kind(SelectorKind.EV_MARKER)
        .category(MisevCategory.TRANSMEMBRANE_OR_GPI.term()).build();

    @Test
    void anyPassesWithOnePresentMarkerOfTheCategory() {
      Finding f = single(bmLot(), criterion("m1", category1).quantifier(Quantifier.ANY)
          .addAcceptableOutcome(QualitativeOutcome.PRESENT.term()).build());
      assertThat(f.outcome()).isEqualTo(Outcome.PASS);
      assertThat(f.path()).startsWith("/lot/evCharacterisation/markers/");
    }

    @Test
    void anyFailsWhenEveryMarkerOfTheCategoryIsAbsent() {
      Lot absent = editEv(bmLot(), b -> b.markers(List.of(
          MarkerResult.qualitative(Marker.CD9, AnalyticalMethod.WESTERN_BLOT, QualitativeOutcome.ABSENT),
          MarkerResult.qualitative(Marker.CD63, AnalyticalMethod.WESTERN_BLOT, QualitativeOutcome.ABSENT))));
      Finding f = single(absent, criterion("m1", category1).quantifier(Quantifier.ANY)
          .addAcceptableOutcome(QualitativeOutcome.PRESENT.term()).build());
      assertThat(f.outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void atLeastCountsDistinctMarkersAndSaysHowMany() {
      AcceptanceCriterion two = criterion("tetraspanins", Selector.of(SelectorKind.EV_MARKER, "CD9", "CD63", "CD81"))
          .quantifier(Quantifier.AT_LEAST).minimumCount(3).addAcceptableOutcome(QualitativeOutcome.PRESENT.term())
          .build();
      Finding pass = single(bmLot(), two);
      assertThat(pass.outcome()).isEqualTo(Outcome.PASS);
      assertThat(pass.observed().get()).startsWith("3 of 3");
      Lot oneAbsent = editEv(bmLot(), b -> b.markers(List.of(
          MarkerResult.qualitative(Marker.CD9, AnalyticalMethod.WESTERN_BLOT, QualitativeOutcome.PRESENT),
          MarkerResult.qualitative(Marker.CD63, AnalyticalMethod.WESTERN_BLOT, QualitativeOutcome.ABSENT),
          MarkerResult.qualitative(Marker.CD81, AnalyticalMethod.WESTERN_BLOT, QualitativeOutcome.PRESENT))));
      Finding fail = single(oneAbsent, two);
      assertThat(fail.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(fail.code()).isEqualTo("SPEC.CRITERION.TOO_FEW");
      Lot oneUnsure = editEv(bmLot(), b -> b.markers(List.of(
          MarkerResult.qualitative(Marker.CD9, AnalyticalMethod.WESTERN_BLOT, QualitativeOutcome.PRESENT),
          MarkerResult.qualitative(Marker.CD63, AnalyticalMethod.WESTERN_BLOT, QualitativeOutcome.INDETERMINATE),
          MarkerResult.qualitative(Marker.CD81, AnalyticalMethod.WESTERN_BLOT, QualitativeOutcome.PRESENT))));
      Finding unsure = single(oneUnsure, two);
      assertThat(unsure.outcome()).isEqualTo(Outcome.MISSING);
      assertThat(unsure.code()).isEqualTo("SPEC.CRITERION.COUNT_INCONCLUSIVE");
    }

    @Test
    void aMarkerThatMustBeAbsentFailsWhenPresent() {
      AcceptanceCriterion gm130 = criterion("gm130", Selector.of(SelectorKind.EV_MARKER, "GM130"))
          .addAcceptableOutcome(QualitativeOutcome.ABSENT.term()).build();
      assertThat(single(bmLot(), gm130).outcome()).isEqualTo(Outcome.PASS);
      Lot present = editEv(bmLot(), b -> b.markers(List.of(MarkerResult.qualitative(Marker.GOLGA2,
          AnalyticalMethod.WESTERN_BLOT, QualitativeOutcome.PRESENT))));
      assertThat(single(present, gm130).outcome()).isEqualTo(Outcome.FAIL);
      Lot none = editEv(bmLot(), b -> b.markers(List.of()));
      assertThat(single(none, gm130).outcome()).isEqualTo(Outcome.MISSING);
    }
  }

  @Nested
  class QuantitiesAndDistributions {
    @Test
    void d90AtTheStrictLimitFailsAndBelowPasses() {
      AcceptanceCriterion d90 = criterion("d90", Selector.builder().kind(SelectorKind.SIZE)
          .statistic(SizeStatistic.D90).build()).limit(QuantityRange.lessThan(Quantity.of(200, "nm"))).build();
      assertThat(single(bmLot(), d90).outcome()).isEqualTo(Outcome.PASS);
      Lot at = editEv(bmLot(), b -> b.sizeDistribution(org.paracrine.core.ev.SizeDistribution.builder()
          .from(bmLot().evCharacterisation().get().sizeDistribution().get()).d90(Quantity.of(200, "nm")).build()));
      Finding f = single(at, d90);
      assertThat(f.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(f.path()).isEqualTo("/lot/evCharacterisation/sizeDistribution/d90");
    }

    @Test
    void theFractionInsideASizeRangeSumsTheBinsEntirelyInside() {
      AcceptanceCriterion fraction = criterion("below-200", Selector.builder().kind(SelectorKind.SIZE)
          .statistic(SizeStatistic.FRACTION_WITHIN).sizeRange(QuantityRange.lessThan(Quantity.of(200, "nm")))
          .build()).limit(atLeast("90", "%")).build();
      Finding f = single(bmLot(), fraction);
      assertThat(f.outcome()).isEqualTo(Outcome.PASS);
      assertThat(f.observedQuantity().get().value()).isEqualByComparingTo("93");
    }

    @Test
    void theParticleToProteinRatioIsDerivedFromTheLotsConcentrations() {
      AcceptanceCriterion ratio = criterion("ratio", Selector.builder().kind(SelectorKind.PARTICLE_PROTEIN_RATIO)
          .build()).limit(atLeast("1E+10", "{particles}/ug")).build();
      Finding f = single(bmLot(), ratio);
      assertThat(f.outcome()).isEqualTo(Outcome.PASS);
      assertThat(f.observedQuantity().get().unit()).isEqualTo("{particles}/ug");
    }

    @Test
    void aCensoredConcentrationThatCannotDecideTheLimitIsMissing() {
      Lot censored = editEv(bmLot(), b -> b.particleConcentration(org.paracrine.core.assay.Measurement.builder()
          .value(Quantity.of("1E+9", "{particles}/mL")).censoring(Censoring.BELOW_LOQ).build()));
      AcceptanceCriterion atMost = criterion("p", Selector.builder().kind(SelectorKind.PARTICLE_CONCENTRATION)
          .build()).limit(QuantityRange.atLeast(Quantity.of("5E+8", "{particles}/mL"))).build();
      Finding f = single(censored, atMost);
      assertThat(f.outcome()).isEqualTo(Outcome.MISSING);
      assertThat(f.code()).isEqualTo("SPEC.CRITERION.CENSORED_INCONCLUSIVE");
    }

    @Test
    void compositionAnalytesMatchByCommonName() {
      Lot lot = editLot(bmLot(), b -> b.addComposition(AnalyteResult.perMillilitre(Analyte.VEGFA,
          Quantity.of(1000, "pg/mL"), AnalyticalMethod.ELISA)));
      AcceptanceCriterion vegf = criterion("vegf", Selector.of(SelectorKind.COMPOSITION, "VEGFA"))
          .limit(atLeast("500", "pg/mL")).build();
      Finding f = single(lot, vegf);
      assertThat(f.outcome()).isEqualTo(Outcome.PASS);
      assertThat(f.path()).isEqualTo("/lot/composition/0/value");
      assertThat(single(bmLot(), vegf).outcome()).isEqualTo(Outcome.MISSING);
    }

    @Test
    void formulationAndProcessParametersAreSelectable() {
      AcceptanceCriterion dose = criterion("dose", Selector.builder().kind(SelectorKind.DOSE).build()).build();
      Finding f = single(bmLot(), dose);
      assertThat(f.outcome()).isEqualTo(Outcome.PASS);
      assertThat(f.path()).isEqualTo("/product/regimens/0/dose/amount");
      AcceptanceCriterion o2 = criterion("o2", Selector.parameter(SelectorKind.PROCESS_PARAMETER, "oxygen")).build();
      Finding oxygen = single(bmLot(), o2);
      assertThat(oxygen.path()).isEqualTo("/product/process/conditioning/oxygen");
    }

    @Test
    void differentiationAndAdherenceAreOutcomes() {
      AcceptanceCriterion osteo = criterion("osteo", Selector.builder().kind(SelectorKind.DIFFERENTIATION)
          .lineage(DifferentiationLineage.values()[0].term()).build())
          .addAcceptableClasses(OutcomeClass.POSITIVE, OutcomeClass.CONFORMS).build();
      assertThat(single(bmLot(), osteo).path()).contains("/differentiation/");
      AcceptanceCriterion adherence = criterion("adherence", Selector.builder().kind(SelectorKind.PLASTIC_ADHERENCE)
          .build()).addAcceptableClasses(OutcomeClass.CONFORMS).build();
      assertThat(single(bmLot(), adherence).outcome()).isEqualTo(Outcome.PASS);
    }
  }

  @Nested
  class Scopes {
    @Test
    void aCriterionOutOfScopeSaysWhy() {
      AcceptanceCriterion onlyGels = criterion("ph", Selector.testResult(QualityAttribute.PH))
          .scope(Scope.builder().addProductTypes(ProductType.CONDITIONED_MEDIUM.term()).build())
          .limit(QuantityRange.between(Quantity.of("6.8", "[pH]"), Quantity.of("7.6", "[pH]"))).build();
      Finding f = single(bmLot(), onlyGels);
      assertThat(f.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
      assertThat(f.code()).isEqualTo("SPEC.CRITERION.NOT_APPLICABLE");
      assertThat(f.message()).contains("product type ev-fraction");
    }

    @Test
    void aRouteCategoryScopeMatchesAnyRegimen() {
      AcceptanceCriterion parenteral = criterion("ph", Selector.testResult(QualityAttribute.PH))
          .scope(Scope.builder().addRouteCategories(RouteCategory.PARENTERAL).build())
          .limit(QuantityRange.between(Quantity.of("6.8", "[pH]"), Quantity.of("7.6", "[pH]"))).build();
      assertThat(single(bmLot(), parenteral).outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void aSpecificationOutOfScopeGivesOneNotApplicableFinding() {
      ReleaseSpecification spec = ReleaseSpecification.builder().id("gel-only").version("1").title("gel only")
          .scope(Scope.builder().addProductTypes(ProductType.CONDITIONED_MEDIUM.term()).build())
          .addCriterion(criterion("ph", Selector.testResult(QualityAttribute.PH)).build())
          .addCriterion(criterion("os", Selector.testResult(QualityAttribute.OSMOLALITY)).build()).build();
      List<Finding> f = ReleaseChecker.builder().structuralValidation(false).addSpecification(spec).build()
          .check(bmProduct(), bmLot()).findings();
      assertThat(f).extracting(Finding::code).containsExactly("PROFILE.NOT_APPLICABLE");
    }
  }

  @Nested
  class ComputedLimits {
    private final AcceptanceCriterion endotoxin = AcceptanceCriterion.builder().id("endotoxin")
        .attribute(QualityAttribute.ENDOTOXIN.term()).code("SITE.ENDOTOXIN")
        .computedLimit(ComputedLimit.of("usp85-endotoxin", LimitParameter.of("k.parenteral",
            Quantity.of(5, "[IU]/kg")), LimitParameter.of("default-body-mass", Quantity.of(70, "kg"))))
        .build();

    @Test
    void theLimitIsComputedPerRegimenAndItsDerivationShown() {
      Finding f = single(bmLot(), endotoxin);
      assertThat(f.outcome()).isEqualTo(Outcome.PASS);
      assertThat(f.code()).isEqualTo("SITE.ENDOTOXIN.PASS");
      assertThat(f.criterionId().get()).startsWith("endotoxin:");
      assertThat(f.expected().get()).contains("K = 5 [IU]/kg");
    }

    @Test
    void withoutABodyMassTheLimitCannotBeComputed() {
      AcceptanceCriterion noMass = AcceptanceCriterion.builder().from(endotoxin)
          .computedLimit(ComputedLimit.of("usp85-endotoxin", LimitParameter.of("k.parenteral",
              Quantity.of(5, "[IU]/kg")))).build();
      SecretomeProduct p = Fixtures.editProduct(bmProduct(), b -> b.regimens(bmProduct().regimens().stream()
          .map(r -> org.paracrine.core.product.DosingRegimen.builder().from(r).referenceBodyMass(
              java.util.Optional.empty()).build()).collect(Collectors.toList())));
      Finding f = single(p, bmLot(), noMass);
      assertThat(f.outcome()).isEqualTo(Outcome.MISSING);
      assertThat(f.code()).isEqualTo("SITE.ENDOTOXIN.BODY_MASS_UNKNOWN");
    }
  }

  @Nested
  class BadSpecifications {
    private ReleaseChecker build(AcceptanceCriterion c) {
      return ReleaseChecker.builder().addSpecification(ReleaseSpecification.builder().id("bad").version("1")
          .title("bad").addCriterion(criterion("ok", Selector.testResult(QualityAttribute.PH)).build())
          .addCriterion(c).build()).build();
    }

    @Test
    void anUnknownComputedLimitFunctionIsRefusedWhenTheCheckerIsBuilt() {
      AcceptanceCriterion c = AcceptanceCriterion.builder().id("x").attribute(QualityAttribute.ENDOTOXIN.term())
          .computedLimit(ComputedLimit.of("usp999")).build();
      assertThatThrownBy(() -> build(c)).isInstanceOf(InvalidSpecificationException.class)
          .hasMessageContaining("/criteria/1/computedLimit/function").hasMessageContaining("usp85-endotoxin")
          .satisfies(e -> assertThat(((InvalidSpecificationException) e).pointer())
              .isEqualTo("/criteria/1/computedLimit/function"));
    }

    @Test
    void anUnknownParameterIsRefusedWithItsPointer() {
      AcceptanceCriterion c = AcceptanceCriterion.builder().id("x").attribute(QualityAttribute.ENDOTOXIN.term())
          .computedLimit(ComputedLimit.of("usp85-endotoxin", LimitParameter.of("k.moon", "x"))).build();
      assertThatThrownBy(() -> build(c)).isInstanceOf(InvalidSpecificationException.class)
          .hasMessageContaining("/criteria/1/computedLimit/parameters/0/name");
    }

    @Test
    void aCountLargerThanTheNamedSetIsRefused() {
      AcceptanceCriterion c = criterion("x", Selector.of(SelectorKind.EV_MARKER, "CD9", "CD81"))
          .quantifier(Quantifier.AT_LEAST).minimumCount(3).build();
      assertThatThrownBy(() -> build(c)).isInstanceOf(InvalidSpecificationException.class)
          .hasMessageContaining("/criteria/1/minimumCount");
    }

    @Test
    void aLimitInAUnitForeignToTheSelectedValueIsRefusedAtConstruction() {
      assertThatThrownBy(() -> criterion("x", Selector.of(SelectorKind.CELL_MARKER, "CD73"))
          .limit(atLeast("95", "mL")).build()).hasMessageContaining("limit")
          .hasMessageContaining("comparable with %");
    }

    @Test
    void aSelectorMemberTheKindDoesNotUseIsRefused() {
      assertThatThrownBy(() -> Selector.builder().kind(SelectorKind.DOSE).statistic(SizeStatistic.D90).build())
          .hasMessageContaining("statistic");
      assertThatThrownBy(() -> Selector.builder().kind(SelectorKind.TEST_RESULT).build())
          .hasMessageContaining("attribute");
      assertThatThrownBy(() -> Selector.parameter(SelectorKind.FORMULATION, "colour"))
          .hasMessageContaining("ph");
    }

    @Test
    void atLeastNeedsACountAndOtherQuantifiersRefuseOne() {
      assertThatThrownBy(() -> criterion("x", Selector.of(SelectorKind.EV_MARKER, "CD9"))
          .quantifier(Quantifier.AT_LEAST).build()).hasMessageContaining("minimumCount");
      assertThatThrownBy(() -> criterion("x", Selector.of(SelectorKind.EV_MARKER, "CD9")).minimumCount(1).build())
          .hasMessageContaining("minimumCount");
    }

    @Test
    void anAttributeAndASelectorTogetherAreRefused() {
      assertThatThrownBy(() -> criterion("x", Selector.testResult(QualityAttribute.PH))
          .attribute(QualityAttribute.PH.term()).build()).hasMessageContaining("exactly one of attribute");
    }

    @Test
    void everyBuiltInFunctionNameIsKnownToANewChecker() {
      assertThat(ReleaseChecker.builder().build().limitFunctions().keySet()).isEqualTo(Set.of("usp85-endotoxin",
          "particle-protein-purity-bands", "cfr1271-80-specimen-window", "stated-shelf-life"));
    }
  }

  @Test
  void methodsNarrowTheSelection() {
    AcceptanceCriterion nta = criterion("p", Selector.builder().kind(SelectorKind.PARTICLE_CONCENTRATION)
        .addMethod(Term.of(AnalyticalMethod.TRPS)).build()).build();
    Finding f = single(bmLot(), nta);
    assertThat(f.code()).isEqualTo("SPEC.CRITERION.METHOD_NOT_ALLOWED");
    assertThat(f.outcome()).isEqualTo(Outcome.MISSING);
    assertThat(f.path()).isEqualTo("/lot/evCharacterisation/particleConcentration/method");
  }
}
