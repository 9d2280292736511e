package org.paracrine.validation.profiles;

import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.report.Severity;
import org.paracrine.core.spec.AcceptanceCriterion;
import org.paracrine.core.spec.ComputedLimit;
import org.paracrine.core.spec.ImmutableScope;
import org.paracrine.core.spec.LimitParameter;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.core.spec.Scope;
import org.paracrine.core.spec.Selector;
import org.paracrine.core.spec.SelectorKind;
import org.paracrine.core.vocabulary.ProductType;
import org.paracrine.validation.ProfilePurpose;
import org.paracrine.validation.internal.Sources;

/**
 * EV purity heuristic from the particle-to-protein ratio (Webber J, Clayton A, J Extracell Vesicles 2013;2:19861,
 * DOI 10.3402/jev.v2i0.19861). <b>The band thresholds are unconfirmed</b> (see {@link EvPurityParameters}); every
 * finding cites them with confidence UNCONFIRMED and the profile never changes the verdict: at most
 * {@link Severity#WARNING}. NTA also counts lipoproteins and protein aggregates, and protein-loaded or engineered
 * EVs lower the ratio legitimately (MFDS 2024; MISEV2018), so a warning asks for a look, not a rejection.
 *
 * <p>A data profile ({@link ProfilePurpose#CHARACTERISATION}): one criterion {@code particle-protein-ratio} (stem
 * {@code EV_PURITY.RATIO}) selects the ratio ({@code PARTICLE_PROTEIN_RATIO}: a reported
 * {@code particle-protein-ratio} result, else derived from the lot's particle and protein concentrations, never from
 * a literature constant) and takes its limit from the named function {@code particle-protein-purity-bands}, whose
 * four band parameters carry the source with its confidence. The finding's criterion id names the band:
 * {@code particle-protein-ratio:impure} (below 1.5 × 10⁹ particles/µg) and {@code :low-purity} (2 × 10⁹ to
 * 2 × 10¹⁰) give {@code OUT_OF_LIMIT} at WARNING; {@code :high-purity} (above 3 × 10¹⁰) and {@code :unclassified}
 * (the gaps between the bands) give {@code PASS}; no ratio gives {@code MISSING} at WARNING.
 *
 * <p><b>Applies</b> to EV preparations. Immutable and thread-safe.
 */
public final class EvPurityProfile extends AbstractDataProfile<EvPurityParameters> {
  /** Profile id. */
  public static final String ID = "paracrine.ev-purity-webber-clayton-2013";
  /** Profile version. */
  public static final String VERSION = "2.0.0";

  private EvPurityProfile(EvPurityParameters parameters) {
    super(specification(parameters), parameters, ProfilePurpose.CHARACTERISATION);
  }

  /**
   * Creates the profile with the (unconfirmed) defaults.
   *
   * @return the profile
   */
  public static EvPurityProfile withDefaults() {
    return of(EvPurityParameters.defaults());
  }

  /**
   * Creates the profile.
   *
   * @param parameters the parameters
   * @return the profile
   */
  public static EvPurityProfile of(EvPurityParameters parameters) {
    return new EvPurityProfile(parameters);
  }

  private static LimitParameter band(String name, Quantity q) {
    return LimitParameter.builder().name(name).quantity(q).source(Sources.WEBBER_CLAYTON_2013).build();
  }

  private static ReleaseSpecification specification(EvPurityParameters p) {
    ImmutableScope.Builder ev = Scope.builder();
    for (ProductType t : ProductType.values()) {
      if (t.evPreparation()) {
        ev.addProductTypes(t.term());
      }
    }
    return ReleaseSpecification.builder().id(ID).version(VERSION)
        .title("EV purity heuristic, particle:protein ratio (Webber & Clayton 2013; thresholds unconfirmed)")
        .addSources(Sources.WEBBER_CLAYTON_2013).scope(ev.build())
        .addCriterion(AcceptanceCriterion.builder().id("particle-protein-ratio").code("EV_PURITY.RATIO")
            .selector(Selector.builder().kind(SelectorKind.PARTICLE_PROTEIN_RATIO).build())
            .computedLimit(ComputedLimit.builder().function("particle-protein-purity-bands")
                .addParameters(band("impure-below", p.impureBelow()), band("low-purity-from", p.lowPurityFrom()),
                    band("low-purity-to", p.lowPurityTo()), band("high-purity-above", p.highPurityAbove()))
                .build())
            .severity(Severity.WARNING).source(Sources.WEBBER_CLAYTON_2013)
            .description("particle:protein ratio in the high-purity band (an unconfirmed heuristic; warns only)")
            .build())
        .build();
  }
}
