package org.paracrine.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paracrine.validation.Fixtures.codes;
import static org.paracrine.validation.Fixtures.editIdentity;
import static org.paracrine.validation.Fixtures.markers;
import static org.paracrine.validation.Fixtures.notPassing;
import static org.paracrine.validation.Fixtures.only;
import static org.paracrine.validation.Fixtures.remove;
import static org.paracrine.validation.Fixtures.run;
import static org.paracrine.validation.Fixtures.setPercent;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paracrine.core.assay.MarkerResult;
import org.paracrine.core.product.SecretomeProduct;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.report.Band;
import org.paracrine.core.report.Finding;
import org.paracrine.core.report.Outcome;
import org.paracrine.core.report.Severity;
import org.paracrine.core.report.Verdict;
import org.paracrine.core.samples.ReferenceLots;
import org.paracrine.core.samples.ReferenceProducts;
import org.paracrine.core.source.DifferentiationResult;
import org.paracrine.core.source.MscIdentity;
import org.paracrine.core.spec.Confidence;
import org.paracrine.core.vocabulary.AnalyticalMethod;
import org.paracrine.core.vocabulary.DifferentiationLineage;
import org.paracrine.core.vocabulary.Marker;
import org.paracrine.core.vocabulary.QualitativeOutcome;
import org.paracrine.validation.profiles.Isct2006Parameters;
import org.paracrine.validation.profiles.Isct2006Profile;

class Isct2006ProfileTest {
  private static final Isct2006Profile PROFILE = Isct2006Profile.withDefaults();
  private static final String ID = "/product/source/identity";

  private static List<Finding> check(SecretomeProduct p) {
    return run(PROFILE, p, Fixtures.bmLot());
  }

  @Test
  void conformingCellsPassEveryCriterionWithCitedSource() {
    List<Finding> f = check(Fixtures.bmProduct());
    assertThat(f).hasSize(12).allMatch(x -> x.outcome() == Outcome.PASS);
    assertThat(codes(f)).containsExactly("ISCT2006.POSITIVE_MARKER.PASS", "ISCT2006.POSITIVE_MARKER.PASS",
        "ISCT2006.POSITIVE_MARKER.PASS", "ISCT2006.NEGATIVE_MARKER.PASS", "ISCT2006.NEGATIVE_MARKER.PASS",
        "ISCT2006.NEGATIVE_MARKER.PASS", "ISCT2006.NEGATIVE_MARKER.PASS", "ISCT2006.NEGATIVE_MARKER.PASS",
        "ISCT2006.ADHERENCE.PASS", "ISCT2006.DIFFERENTIATION.PASS", "ISCT2006.DIFFERENTIATION.PASS",
        "ISCT2006.DIFFERENTIATION.PASS");
    assertThat(f).allSatisfy(x -> {
      assertThat(x.source().orElseThrow().doi()).contains("10.1080/14653240600855905");
      assertThat(x.source().orElseThrow().confidence()).isEqualTo(Confidence.CONFIRMED);
      assertThat(x.specification().orElseThrow().id()).isEqualTo(Isct2006Profile.ID);
    });
  }

  @Test
  void positiveMarkerBelowNinetyFivePercentFails() {
    List<Finding> f = check(editIdentity(Fixtures.bmProduct(),
        id -> id.markers(setPercent(markers(), Marker.NT5E, "94.9"))));
    assertThat(notPassing(f)).hasSize(1);
    Finding x = only(f, "ISCT2006.POSITIVE_MARKER.OUT_OF_LIMIT");
    assertThat(x.path()).isEqualTo(ID + "/markers/0/percentPositive");
    assertThat(x.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(x.severity()).isEqualTo(Severity.ERROR);
    assertThat(x.band()).contains(Band.OUT);
    assertThat(x.observedQuantity()).contains(Quantity.of("94.9", "%"));
    assertThat(x.limit().orElseThrow().describe()).isEqualTo("≥ 95 %");
  }

  @Test
  void boundariesAreInclusiveAsPublished() {
    List<Finding> f = check(editIdentity(Fixtures.bmProduct(), id -> id.markers(
        setPercent(setPercent(markers(), Marker.THY1, "95.0"), Marker.CD34, "2.0"))));
    assertThat(notPassing(f)).isEmpty();
    List<Finding> justOver = check(editIdentity(Fixtures.bmProduct(), id -> id.markers(
        setPercent(setPercent(markers(), Marker.THY1, "94.99"), Marker.CD34, "2.01"))));
    assertThat(codes(notPassing(justOver))).containsExactly("ISCT2006.POSITIVE_MARKER.OUT_OF_LIMIT",
        "ISCT2006.NEGATIVE_MARKER.OUT_OF_LIMIT");
    assertThat(notPassing(justOver)).extracting(Finding::path)
        .containsExactly(ID + "/markers/1/percentPositive", ID + "/markers/5/percentPositive");
  }

  @Test
  void missingPositiveMarkerIsMissingAndPointsAtTheMarkerList() {
    List<Finding> f = check(editIdentity(Fixtures.bmProduct(), id -> id.markers(remove(markers(), Marker.ENG))));
    assertThat(notPassing(f)).hasSize(1);
    Finding x = only(f, "ISCT2006.POSITIVE_MARKER.MISSING");
    assertThat(x.path()).isEqualTo(ID + "/markers");
    assertThat(x.outcome()).isEqualTo(Outcome.MISSING);
    assertThat(Fixtures.report(PROFILE, editIdentity(Fixtures.bmProduct(),
        id -> id.markers(remove(markers(), Marker.ENG))), Fixtures.bmLot()).verdict())
        .isEqualTo(Verdict.INCOMPLETE);
  }

  @Test
  void eitherOrSlotAcceptsTheAlternativeMarker() {
    List<Finding> f = check(editIdentity(Fixtures.bmProduct(), id -> id.markers(setPercent(setPercent(
        remove(markers(), Marker.CD14, Marker.CD19), Marker.ITGAM, "0.5"), Marker.CD79A, "1.1"))));
    assertThat(notPassing(f)).isEmpty();
    assertThat(f.stream().filter(x -> x.criterionId().orElse("").equals("negative-marker:CD14_or_CD11b")))
        .singleElement().satisfies(x -> assertThat(x.observed()).contains("0.5 %"));
  }

  @Test
  void eitherOrSlotWithNeitherMarkerIsMissingAndAMeasuredAlternativeAboveTwoPercentFails() {
    List<Finding> neither = check(editIdentity(Fixtures.bmProduct(),
        id -> id.markers(remove(markers(), Marker.CD14, Marker.ITGAM))));
    assertThat(codes(notPassing(neither))).containsExactly("ISCT2006.NEGATIVE_MARKER.MISSING");
    assertThat(notPassing(neither).get(0).criterionId()).contains("negative-marker:CD14_or_CD11b");
    List<Finding> high = check(editIdentity(Fixtures.bmProduct(), id -> id.markers(
        setPercent(setPercent(markers(), Marker.CD14, "3.5"), Marker.ITGAM, "0.1"))));
    Finding x = only(high, "ISCT2006.NEGATIVE_MARKER.OUT_OF_LIMIT");
    assertThat(x.path()).isEqualTo(ID + "/markers/6/percentPositive");
    assertThat(notPassing(high)).hasSize(1);
  }

  @Test
  void qualitativeOnlyMarkerCountsAsMissingPercentage() {
    List<MarkerResult> edited = new ArrayList<>(markers());
    edited.set(0, MarkerResult.qualitative(Marker.NT5E, AnalyticalMethod.FLOW_CYTOMETRY, QualitativeOutcome.POSITIVE));
    List<Finding> f = check(editIdentity(Fixtures.bmProduct(), id -> id.markers(edited)));
    assertThat(notPassing(f)).hasSize(1);
    Finding x = only(f, "ISCT2006.POSITIVE_MARKER.NO_COMPARABLE_RESULT");
    assertThat(x.path()).isEqualTo(ID + "/markers/0");
    assertThat(x.outcome()).isEqualTo(Outcome.MISSING);
  }

  @Test
  void adherenceAndDifferentiationFailMissingAndPass() {
    List<Finding> noAdherence = check(editIdentity(Fixtures.bmProduct(), id -> id.plasticAdherence(false)));
    assertThat(codes(notPassing(noAdherence))).containsExactly("ISCT2006.ADHERENCE.OUTCOME_NOT_ACCEPTABLE");
    assertThat(notPassing(noAdherence).get(0).path()).isEqualTo(ID + "/plasticAdherence");
    List<Finding> unknownAdherence = check(editIdentity(Fixtures.bmProduct(),
        id -> id.plasticAdherence(java.util.Optional.empty())));
    assertThat(codes(notPassing(unknownAdherence))).containsExactly("ISCT2006.ADHERENCE.MISSING");
    List<Finding> chondroNegative = check(editIdentity(Fixtures.bmProduct(), id -> id.differentiation(List.of(
        DifferentiationResult.of(DifferentiationLineage.OSTEOGENIC, QualitativeOutcome.POSITIVE, "Alizarin Red"),
        DifferentiationResult.of(DifferentiationLineage.CHONDROGENIC, QualitativeOutcome.NEGATIVE, "Alcian blue")))));
    assertThat(codes(notPassing(chondroNegative))).containsExactly("ISCT2006.DIFFERENTIATION.MISSING",
        "ISCT2006.DIFFERENTIATION.OUTCOME_NOT_ACCEPTABLE");
    assertThat(notPassing(chondroNegative)).extracting(Finding::path)
        .containsExactly(ID + "/differentiation", ID + "/differentiation/1/outcome");
  }

  @Test
  void noIdentityAtAllMakesEveryCriterionMissingAtTheIdentity() {
    SecretomeProduct p = Fixtures.editSource(Fixtures.bmProduct(), s -> s.identity(java.util.Optional.empty()));
    List<Finding> f = check(p);
    assertThat(f).hasSize(12).allSatisfy(x -> {
      assertThat(x.outcome()).isEqualTo(Outcome.MISSING);
      assertThat(x.code()).endsWith(".MISSING");
      assertThat(x.path()).isEqualTo(ID);
    });
  }

  @Test
  void lotCellIdentityTakesPrecedenceOverTheProductSource() {
    MscIdentity lotIdentity = MscIdentity.builder().from(Fixtures.bmProduct().source().identity().orElseThrow())
        .markers(setPercent(Fixtures.bmProduct().source().identity().orElseThrow().markers(), Marker.ENG, "80"))
        .build();
    List<Finding> f = run(PROFILE, Fixtures.bmProduct(), Fixtures.editLot(Fixtures.bmLot(),
        l -> l.cellIdentity(lotIdentity)));
    assertThat(only(f, "ISCT2006.POSITIVE_MARKER.OUT_OF_LIMIT").path())
        .isEqualTo("/lot/cellIdentity/markers/2/percentPositive");
  }

  @Test
  void nativeBiofluidProductIsNotApplicable() {
    List<Finding> f = run(PROFILE, ReferenceProducts.amnioticFluidEvIntravenous(),
        ReferenceLots.amnioticFluidEvIntravenous());
    assertThat(codes(f)).containsExactly("PROFILE.NOT_APPLICABLE");
    assertThat(f.get(0).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(f.get(0).message()).contains("native-biofluid");
  }

  @Test
  void parametersCanBeOverridden() {
    Isct2006Profile strict = Isct2006Profile.of(Isct2006Parameters.builder()
        .positiveMinimum(Quantity.of(99, "%")).build());
    List<Finding> f = run(strict, Fixtures.bmProduct(), Fixtures.bmLot());
    assertThat(codes(notPassing(f))).containsExactly("ISCT2006.POSITIVE_MARKER.OUT_OF_LIMIT",
        "ISCT2006.POSITIVE_MARKER.OUT_OF_LIMIT");
  }
}
