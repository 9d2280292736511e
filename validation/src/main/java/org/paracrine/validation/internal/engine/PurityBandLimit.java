package org.paracrine.validation.internal.engine;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.quantity.QuantityRange;
import org.paracrine.core.report.Outcome;
import org.paracrine.core.spec.ComputedLimit;
import org.paracrine.core.spec.LimitParameter;
import org.paracrine.validation.ComputedRange;
import org.paracrine.validation.LimitFunction;
import org.paracrine.validation.ReleaseContext;
import org.paracrine.validation.internal.Located;
import org.paracrine.validation.internal.Ratios;

/**
 * Particle:protein purity bands ({@code "particle-protein-purity-bands"}) attributed to Webber J, Clayton A, "How
 * pure are your vesicles?", J Extracell Vesicles 2013;2:19861, DOI 10.3402/jev.v2i0.19861 (bands unconfirmed in the
 * full text). The function places the lot's particle:protein ratio (the same value as the
 * {@code PARTICLE_PROTEIN_RATIO} selector) in its band and returns the limit that band implies, qualified by the band
 * name: {@code impure} (below {@code impure-below}: limit at least {@code impure-below}, so the ratio fails),
 * {@code low-purity} ({@code low-purity-from} to {@code low-purity-to}, inclusive: limit above {@code low-purity-to},
 * so it fails), {@code high-purity} (above {@code high-purity-above}: passes) and {@code unclassified} (between the
 * bands: passes). Without a ratio it returns the high-purity limit, and the selector reports the ratio missing. A
 * band parameter left out gives {@code BAND_UNDEFINED} (MISSING).
 */
final class PurityBandLimit implements LimitFunction {
  static final String NAME = "particle-protein-purity-bands";
  static final String IMPURE_BELOW = "impure-below";
  static final String LOW_FROM = "low-purity-from";
  static final String LOW_TO = "low-purity-to";
  static final String HIGH_ABOVE = "high-purity-above";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<String> parameterNames() {
    return new LinkedHashSet<>(List.of(IMPURE_BELOW, LOW_FROM, LOW_TO, HIGH_ABOVE));
  }

  @Override
  public Set<String> codeSuffixes() {
    return Set.of("BAND_UNDEFINED");
  }

  @Override
  public List<ComputedRange> compute(ComputedLimit limit, ReleaseContext context) {
    Optional<Quantity> impure = limit.parameter(IMPURE_BELOW).flatMap(LimitParameter::quantity);
    Optional<Quantity> lowFrom = limit.parameter(LOW_FROM).flatMap(LimitParameter::quantity);
    Optional<Quantity> lowTo = limit.parameter(LOW_TO).flatMap(LimitParameter::quantity);
    Optional<Quantity> high = limit.parameter(HIGH_ABOVE).flatMap(LimitParameter::quantity);
    if (impure.isEmpty() || lowFrom.isEmpty() || lowTo.isEmpty() || high.isEmpty()) {
      return List.of(ComputedRange.unavailable("", "BAND_UNDEFINED", Outcome.MISSING, "the purity bands need the"
          + " quantity parameters " + parameterNames() + " of function " + NAME, "", null));
    }
    String bands = "bands (unconfirmed): impure < " + impure.get() + "; low " + lowFrom.get() + " to " + lowTo.get()
        + "; high > " + high.get();
    Optional<Located<Quantity>> ratio = Ratios.particlesPerMicrogram(context.lot());
    if (ratio.isEmpty() || !ratio.get().value().isComparableTo(high.get())) {
      return List.of(ComputedRange.of("", QuantityRange.greaterThan(high.get()), "high purity; " + bands));
    }
    Quantity r = ratio.get().value();
    if (r.compareValue(impure.get()) < 0) {
      return List.of(ComputedRange.of("impure", QuantityRange.atLeast(impure.get()), "likely impure; " + bands));
    }
    if (r.compareValue(lowFrom.get()) >= 0 && r.compareValue(lowTo.get()) <= 0) {
      return List.of(ComputedRange.of("low-purity", QuantityRange.greaterThan(lowTo.get()), "low purity; " + bands));
    }
    if (r.compareValue(high.get()) > 0) {
      return List.of(ComputedRange.of("high-purity", QuantityRange.greaterThan(high.get()), "high purity; " + bands));
    }
    QuantityRange gap = r.compareValue(lowFrom.get()) < 0 ? QuantityRange.atLeast(impure.get())
        : QuantityRange.greaterThan(lowTo.get());
    return List.of(ComputedRange.of("unclassified", gap, "between the bands; " + bands));
  }
}
