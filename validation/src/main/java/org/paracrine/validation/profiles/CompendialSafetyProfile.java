package org.paracrine.validation.profiles;

import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.spec.AcceptanceCriterion;
import org.paracrine.core.spec.ComputedLimit;
import org.paracrine.core.spec.ImmutableComputedLimit;
import org.paracrine.core.spec.LimitParameter;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.core.spec.Selector;
import org.paracrine.core.quantity.QuantityRange;
import org.paracrine.core.report.Outcome;
import org.paracrine.core.spec.SelectorKind;
import org.paracrine.core.vocabulary.AnalyticalMethod;
import org.paracrine.core.vocabulary.OutcomeClass;
import org.paracrine.core.vocabulary.QualityAttribute;
import org.paracrine.core.vocabulary.RouteCategory;
import org.paracrine.validation.internal.Sources;

/**
 * Compendial safety release tests: sterility (USP &lt;71&gt; / Ph. Eur. 2.6.1: no growth), mycoplasma (Ph. Eur.
 * 2.6.7: negative) and bacterial endotoxins (USP &lt;85&gt;: limit = K/M from route, maximum dose and body mass). A
 * data profile: {@link #specification()} holds the three criteria.
 *
 * <p><b>Applies</b> to every product.
 *
 * <p><b>Sterility and mycoplasma</b> ({@code COMPENDIAL.STERILITY}, {@code COMPENDIAL.MYCOPLASMA}; criterion ids
 * {@code sterility}, {@code mycoplasma}). Every lot result of the attribute is judged and the least favourable is
 * reported (a passing retest never hides a failure). An outcome of class negative (no growth, negative, not
 * detected) or conforms passes; any other conclusive outcome fails ({@code OUTCOME_NOT_ACCEPTABLE}); an
 * indeterminate or invalid test is missing ({@code NO_COMPARABLE_RESULT}).
 *
 * <p><b>Endotoxin</b> ({@code COMPENDIAL.ENDOTOXIN}; criterion id {@code endotoxin:<route>}): the computed limit
 * {@code usp85-endotoxin}, one finding per dosing regimen. K comes from the route category
 * ({@link CompendialSafetyParameters#thresholdPyrogenicDose()}). A route without a compendial K (ophthalmic,
 * inhalation, nasal, topical, ...) never passes silently and never borrows the intravenous K: when a user
 * specification of the same run has an endotoxin criterion, that product-specific limit applies
 * ({@code PRODUCT_SPECIFIC_LIMIT}, not applicable); otherwise the lot is incomplete ({@code LIMIT_REQUIRED}). The
 * dose volume V is the dose itself for a volume dose, else the regimen's delivered volume, else derived from the
 * lot's measured concentration; if none is possible the finding says why ({@code DOSE_VOLUME_UNKNOWN}). Body mass is
 * the regimen's reference body mass, else {@link CompendialSafetyParameters#bodyMass()} if the user set one (named
 * in the finding); it is never assumed, so a flat dose without either is MISSING ({@code BODY_MASS_UNKNOWN}). A
 * dose per kg needs no body mass; a dose per m² uses USP &lt;85&gt;'s K = 2.5 EU/kg and M = (dose/m²/h × 1.80 m²) /
 * 70 kg; a product dosed by protein mass whose lot states endotoxin per mass gets a limit per mg. The comparison is
 * {@code ≤ K/M} ("not more than").
 *
 * <p>Immutable and thread-safe.
 */
public final class CompendialSafetyProfile extends AbstractDataProfile<CompendialSafetyParameters> {
  /** Profile id. */
  public static final String ID = "paracrine.compendial-safety";
  /** Profile version. */
  public static final String VERSION = "2.1.0";

  private CompendialSafetyProfile(CompendialSafetyParameters parameters) {
    super(specification(parameters), parameters);
  }

  /**
   * Creates the profile with the compendial defaults.
   *
   * @return the profile
   */
  public static CompendialSafetyProfile withDefaults() {
    return of(CompendialSafetyParameters.defaults());
  }

  /**
   * Creates the profile.
   *
   * @param parameters the parameters
   * @return the profile
   */
  public static CompendialSafetyProfile of(CompendialSafetyParameters parameters) {
    return new CompendialSafetyProfile(parameters);
  }

  private static ReleaseSpecification specification(CompendialSafetyParameters p) {
    var spec = ReleaseSpecification.builder().id(ID).version(VERSION)
        .title("Compendial safety: sterility (USP <71>), mycoplasma (Ph. Eur. 2.6.7), endotoxins (USP <85>)")
        .addSources(Sources.FDA_ENDOTOXIN_QA_2012, Sources.PH_EUR_267, Sources.USP_71, Sources.USP_85,
            Sources.CFR_610_12, Sources.PH_EUR_267_NAT);
    if (p.requireSterility()) {
      spec.addCriterion(AcceptanceCriterion.builder().id("sterility").code("COMPENDIAL.STERILITY")
          .selector(Selector.testResult(QualityAttribute.STERILITY))
          .addAcceptableClasses(OutcomeClass.NEGATIVE, OutcomeClass.CONFORMS).source(Sources.USP_71)
          .description("no growth after at least 14 days (USP <71> / Ph. Eur. 2.6.1)").build());
    }
    if (p.requireMycoplasma()) {
      spec.addCriterion(AcceptanceCriterion.builder().id("mycoplasma").code("COMPENDIAL.MYCOPLASMA")
          .selector(Selector.testResult(QualityAttribute.MYCOPLASMA))
          .addAcceptableClasses(OutcomeClass.NEGATIVE, OutcomeClass.CONFORMS).source(Sources.PH_EUR_267)
          .description("mycoplasma negative (Ph. Eur. 2.6.7)").build());
    }
    if (p.requireSterilityMethod()) {
      var compendial = java.util.List.of(AnalyticalMethod.STERILITY_MEMBRANE_FILTRATION.term(),
          AnalyticalMethod.STERILITY_DIRECT_INOCULATION.term());
      spec.addCriterion(AcceptanceCriterion.builder().id("sterility-method").code("COMPENDIAL.STERILITY_METHOD")
          .selector(Selector.builder().kind(SelectorKind.TEST_RESULT).attribute(QualityAttribute.STERILITY.term())
              .addAllMethods(compendial).addMethods(AnalyticalMethod.STERILITY_RAPID.term()).build())
          .ifNoneSelected(Outcome.NOT_APPLICABLE).source(Sources.CFR_610_12)
          .description("the record says which sterility method was used: USP <71> membrane filtration or direct"
              + " inoculation, or a rapid method (21 CFR 610.12)").build());
      spec.addCriterion(AcceptanceCriterion.builder().id("sterility-incubation")
          .code("COMPENDIAL.STERILITY_INCUBATION")
          .selector(Selector.builder().kind(SelectorKind.TEST_RESULT).attribute(QualityAttribute.STERILITY.term())
              .addAllMethods(compendial).parameter("incubation-duration").build())
          .limit(QuantityRange.atLeast(p.sterilityIncubation())).ifNoneSelected(Outcome.NOT_APPLICABLE)
          .source(Sources.USP_71)
          .description("a compendial sterility test incubates at least 14 days (USP <71> / Ph. Eur. 2.6.1)").build());
      spec.addCriterion(AcceptanceCriterion.builder().id("sterility-rapid-validated")
          .code("COMPENDIAL.STERILITY_RAPID_VALIDATED")
          .selector(Selector.builder().kind(SelectorKind.TEST_RESULT).attribute(QualityAttribute.STERILITY.term())
              .addMethods(AnalyticalMethod.STERILITY_RAPID.term()).parameter("method-validated").build())
          .addAcceptableClasses(OutcomeClass.CONFORMS).ifNoneSelected(Outcome.NOT_APPLICABLE)
          .source(Sources.CFR_610_12)
          .description("a rapid sterility method is declared validated (21 CFR 610.12)").build());
    }
    if (p.requireMycoplasmaNatSensitivity()) {
      spec.addCriterion(AcceptanceCriterion.builder().id("mycoplasma-nat-lod-cfu").code("COMPENDIAL.MYCOPLASMA_NAT_LOD")
          .selector(Selector.builder().kind(SelectorKind.TEST_RESULT).attribute(QualityAttribute.MYCOPLASMA.term())
              .addMethods(AnalyticalMethod.MYCOPLASMA_NAT.term(), AnalyticalMethod.QPCR.term())
              .parameter("lod-cfu").build())
          .limit(QuantityRange.atMost(p.natDetectionLimitCfu())).ifNoneSelected(Outcome.NOT_APPLICABLE)
          .source(Sources.PH_EUR_267_NAT)
          .description("a mycoplasma NAT result states its LOD, not more than 10 CFU/mL (Ph. Eur. 2.6.7)").build());
      spec.addCriterion(AcceptanceCriterion.builder().id("mycoplasma-nat-lod-genome-copies")
          .code("COMPENDIAL.MYCOPLASMA_NAT_LOD_COPIES")
          .selector(Selector.builder().kind(SelectorKind.TEST_RESULT).attribute(QualityAttribute.MYCOPLASMA.term())
              .addMethods(AnalyticalMethod.MYCOPLASMA_NAT.term(), AnalyticalMethod.QPCR.term())
              .parameter("lod-genome-copies").build())
          .limit(QuantityRange.lessThan(p.natDetectionLimitGenomeCopies())).ifNoneSelected(Outcome.NOT_APPLICABLE)
          .source(Sources.PH_EUR_267_NAT)
          .description("a mycoplasma NAT LOD stated in genome copies is below 100 copies/mL (Ph. Eur. 2.6.7,"
              + " edition 12.2)").build());
      spec.addCriterion(AcceptanceCriterion.builder().id("mycoplasma-sampling").code("COMPENDIAL.MYCOPLASMA_SAMPLING")
          .selector(Selector.builder().kind(SelectorKind.TEST_RESULT).attribute(QualityAttribute.MYCOPLASMA.term())
              .parameter("sampled-cells-and-supernatant").build())
          .addAcceptableClasses(OutcomeClass.CONFORMS).ifNoneSelected(Outcome.NOT_APPLICABLE).source(Sources.PH_EUR_267_NAT)
          .description("mycoplasma samples include the cells and the supernatant (Ph. Eur. 2.6.7)").build());
    }
    if (p.requireEndotoxin()) {
      ImmutableComputedLimit.Builder limit = ComputedLimit.builder().function("usp85-endotoxin");
      for (RouteCategory c : RouteCategory.values()) {
        Quantity k = p.thresholdPyrogenicDose().get(c);
        if (k != null) {
          limit.addParameters(LimitParameter.builder().name("k." + c.name().toLowerCase(java.util.Locale.ROOT)
              .replace('_', '-')).quantity(k).source(Sources.USP_85).build());
        }
      }
      limit.addParameters(LimitParameter.builder().name("k.per-m2")
          .quantity(p.thresholdPyrogenicDosePerSquareMetre()).source(Sources.USP_85).build());
      limit.addParameters(LimitParameter.builder().name("bsa.reference-area").quantity(Quantity.of("1.80", "m2"))
          .source(Sources.USP_85).build());
      limit.addParameters(LimitParameter.builder().name("bsa.reference-body-mass").quantity(Quantity.of(70, "kg"))
          .source(Sources.USP_85).build());
      p.bodyMass().ifPresent(m -> limit.addParameters(LimitParameter.builder().name("body-mass").quantity(m)
          .build()));
      spec.addCriterion(AcceptanceCriterion.builder().id("endotoxin").code("COMPENDIAL.ENDOTOXIN")
          .selector(Selector.testResult(QualityAttribute.ENDOTOXIN)).computedLimit(limit.build())
          .source(Sources.USP_85).description("not more than K/M per dosing regimen (USP <85>)").build());
    }
    return spec.build();
  }
}
