package org.paracrine.validation.profiles;

import java.util.List;
import java.util.Optional;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.spec.Citation;
import org.paracrine.core.report.Finding;
import org.paracrine.core.report.JsonPointer;
import org.paracrine.core.report.Outcome;
import org.paracrine.core.report.Severity;
import org.paracrine.validation.FindingCode;
import org.paracrine.validation.ReleaseContext;
import org.paracrine.validation.ReleaseProfile;
import org.paracrine.validation.internal.FindingFactory;
import org.paracrine.validation.internal.Located;
import org.paracrine.validation.internal.Ratios;
import org.paracrine.validation.internal.Sources;

/**
 * EV purity heuristic from the particle-to-protein ratio (Webber J, Clayton A, J Extracell Vesicles 2013;2:19861,
 * DOI 10.3402/jev.v2i0.19861). <b>The band thresholds are unconfirmed</b> (see {@link EvPurityParameters}); every
 * finding cites them with confidence UNCONFIRMED and the profile never changes the verdict: at most
 * {@link Severity#WARNING}. NTA also counts lipoproteins and protein aggregates, and protein-loaded or engineered
 * EVs lower the ratio legitimately (MFDS 2024; MISEV2018), so a warning asks for a look, not a rejection.
 *
 * <p><b>Applies</b> to EV preparations. The ratio is a reported {@code particle-protein-ratio} result or is derived
 * from the lot's particle and protein concentrations (never from a literature constant). Bands: impure below
 * 1.5 × 10⁹ particles/µg (warning), low purity 2 × 10⁹–2 × 10¹⁰ (warning), high purity above 3 × 10¹⁰ (pass), other
 * values unclassified (pass, informational). Immutable and thread-safe.
 */
public final class EvPurityProfile extends AbstractReleaseProfile<EvPurityParameters> {
  /** Profile id. */
  public static final String ID = "paracrine.ev-purity-webber-clayton-2013";
  /** Profile version. */
  public static final String VERSION = "1.0.0";

  private EvPurityProfile(EvPurityParameters parameters) {
    super(ID, VERSION, "EV purity heuristic, particle:protein ratio (Webber & Clayton 2013; thresholds unconfirmed)",
        List.of(Sources.WEBBER_CLAYTON_2013), parameters);
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

  @Override
  public Optional<String> notApplicable(ReleaseContext context) {
    return Misev2018Profile.evPreparation(context) ? Optional.empty()
        : Optional.of("product type " + context.product().type() + " is not an EV preparation");
  }

  @Override
  public List<Finding> evaluate(ReleaseContext context) {
    FindingFactory f = new FindingFactory(ref());
    Optional<Located<Quantity>> ratio = Ratios.particlesPerMicrogram(context.lot());
    if (ratio.isEmpty()) {
      return List.of(f.start(FindingCode.EV_PURITY_RATIO_MISSING, Outcome.MISSING, Severity.WARNING,
          JsonPointer.of("lot", "evCharacterisation", "proteinConcentration"), Sources.WEBBER_CLAYTON_2013)
          .criterionId("particle-protein-ratio").build());
    }
    Quantity r = ratio.get().value();
    FindingCode code;
    Outcome outcome;
    Severity severity;
    if (r.compareValue(parameters.impureBelow()) < 0) {
      code = FindingCode.EV_PURITY_RATIO_IMPURE;
      outcome = Outcome.WARN;
      severity = Severity.WARNING;
    } else if (r.compareValue(parameters.lowPurityFrom()) >= 0 && r.compareValue(parameters.lowPurityTo()) <= 0) {
      code = FindingCode.EV_PURITY_RATIO_LOW;
      outcome = Outcome.WARN;
      severity = Severity.WARNING;
    } else if (r.compareValue(parameters.highPurityAbove()) > 0) {
      code = FindingCode.EV_PURITY_RATIO_HIGH;
      outcome = Outcome.PASS;
      severity = Severity.INFO;
    } else {
      code = FindingCode.EV_PURITY_RATIO_UNCLASSIFIED;
      outcome = Outcome.PASS;
      severity = Severity.INFO;
    }
    String bands = "impure < " + parameters.impureBelow() + "; low " + parameters.lowPurityFrom() + " to "
        + parameters.lowPurityTo() + "; high > " + parameters.highPurityAbove();
    return List.of(f.start(code, outcome, severity, ratio.get().path(), Sources.WEBBER_CLAYTON_2013, r, bands)
        .criterionId("particle-protein-ratio").observed(r.toString()).observedQuantity(r)
        .expected("> " + parameters.highPurityAbove() + " for high purity (unconfirmed heuristic)").build());
  }
}
