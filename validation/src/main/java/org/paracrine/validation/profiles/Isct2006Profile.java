package org.paracrine.validation.profiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.paracrine.core.assay.MarkerResult;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.quantity.QuantityRange;
import org.paracrine.core.spec.Citation;
import org.paracrine.core.report.Band;
import org.paracrine.core.report.Finding;
import org.paracrine.core.report.ImmutableFinding;
import org.paracrine.core.report.JsonPointer;
import org.paracrine.core.report.Outcome;
import org.paracrine.core.report.Severity;
import org.paracrine.core.source.DifferentiationResult;
import org.paracrine.core.source.MscIdentity;
import org.paracrine.core.vocabulary.DifferentiationLineage;
import org.paracrine.core.vocabulary.Marker;
import org.paracrine.core.vocabulary.QualitativeOutcome;
import org.paracrine.core.vocabulary.SourceMaterialType;
import org.paracrine.validation.FindingCode;
import org.paracrine.validation.ReleaseContext;
import org.paracrine.validation.ReleaseProfile;
import org.paracrine.validation.internal.Comparison;
import org.paracrine.validation.internal.FindingFactory;
import org.paracrine.validation.internal.Located;
import org.paracrine.validation.internal.Markers;
import org.paracrine.validation.internal.Sources;

/**
 * ISCT minimal criteria for MSC identity (Dominici M et al., Cytotherapy 2006;8(4):315-317, DOI
 * 10.1080/14653240600855905): CD73, CD90, CD105 each ≥ 95 % positive; CD45, CD34, CD14 or CD11b, CD79α or CD19,
 * HLA-DR each ≤ 2 % positive; adherence to plastic; osteogenic, adipogenic and chondrogenic differentiation.
 *
 * <p><b>Applies</b> when the product's source material is cultured cells. The identity checked is the lot's
 * {@code cellIdentity} when present (path {@code /lot/cellIdentity}), else the product source's
 * {@code identity} ({@code /product/source/identity}).
 *
 * <p><b>Rules.</b> One finding per positive marker, per negative slot, for adherence and per lineage. Boundaries
 * are inclusive as published: 95.0 % passes, 94.99 % fails; 2.0 % passes, 2.01 % fails. A slot with alternatives
 * passes when at least one alternative was measured and every measured alternative is within the limit (a
 * measured alternative above 2 % fails the slot). A marker reported only qualitatively counts as missing (the
 * criterion is a percentage by flow cytometry). Differentiation passes on a positive or conforming outcome, fails
 * on a negative or non-conforming one and is missing otherwise (indeterminate, invalid).
 *
 * <p>Immutable and thread-safe.
 */
public final class Isct2006Profile extends AbstractReleaseProfile<Isct2006Parameters> {
  /** Profile id. */
  public static final String ID = "paracrine.isct-2006-msc-identity";
  /** Profile version. */
  public static final String VERSION = "1.0.0";

  /** Per negative-marker slot: its names joined by " or " and its criterion id, computed once. */
  private final java.util.Map<List<Marker>, String[]> slotText = new java.util.HashMap<>();

  private Isct2006Profile(Isct2006Parameters parameters) {
    super(ID, VERSION, "ISCT 2006 minimal criteria for MSC identity (Dominici 2006)",
        List.of(Sources.DOMINICI_2006), parameters);
    for (List<Marker> slot : parameters.negativeSlots()) {
      slotText.putIfAbsent(slot, slotText(slot));
    }
  }

  private static String[] slotText(List<Marker> slot) {
    return new String[] {slot.stream().map(Isct2006Profile::name).collect(Collectors.joining(" or ")),
        "negative-marker:" + slot.stream().map(Isct2006Profile::name).collect(Collectors.joining("|"))};
  }

  /**
   * Creates the profile with the published defaults.
   *
   * @return the profile
   */
  public static Isct2006Profile withDefaults() {
    return of(Isct2006Parameters.defaults());
  }

  /**
   * Creates the profile with the given parameters.
   *
   * @param parameters the parameters
   * @return the profile
   */
  public static Isct2006Profile of(Isct2006Parameters parameters) {
    return new Isct2006Profile(parameters);
  }

  @Override
  public Optional<String> notApplicable(ReleaseContext context) {
    if (context.product().source().type().is(SourceMaterialType.CULTURED_CELLS)) {
      return Optional.empty();
    }
    return Optional.of("the source material is " + context.product().source().type()
        + ", not cultured cells; the ISCT 2006 criteria describe cultured MSCs");
  }

  @Override
  public List<Finding> evaluate(ReleaseContext context) {
    FindingFactory f = new FindingFactory(ref());
    Severity sev = parameters.severity();
    Optional<Located<MscIdentity>> located = context.lot().cellIdentity()
        .map(i -> new Located<>(i, JsonPointer.of("lot", "cellIdentity")))
        .or(() -> context.product().source().identity()
            .map(i -> new Located<>(i, JsonPointer.of("product", "source", "identity"))));
    if (located.isEmpty()) {
      return List.of(f.start(FindingCode.ISCT2006_IDENTITY_MISSING, Outcome.MISSING, sev,
          JsonPointer.of("product", "source", "identity"), Sources.DOMINICI_2006).build());
    }
    MscIdentity id = located.get().value();
    Located<MscIdentity> at = located.get();
    List<Finding> out = new ArrayList<>();
    QuantityRange positive = QuantityRange.atLeast(parameters.positiveMinimum());
    for (Marker m : parameters.positiveMarkers()) {
      out.add(positiveMarker(f, at, m, positive, sev));
    }
    QuantityRange negative = QuantityRange.atMost(parameters.negativeMaximum());
    for (List<Marker> slot : parameters.negativeSlots()) {
      out.add(negativeSlot(f, at, slot, negative, sev));
    }
    if (parameters.requirePlasticAdherence()) {
      String path = at.at("plasticAdherence");
      Optional<Boolean> adh = id.plasticAdherence();
      FindingCode code = adh.isEmpty() ? FindingCode.ISCT2006_ADHERENCE_MISSING
          : adh.get() ? FindingCode.ISCT2006_ADHERENCE_PASS : FindingCode.ISCT2006_ADHERENCE_FAIL;
      Outcome o = adh.isEmpty() ? Outcome.MISSING : adh.get() ? Outcome.PASS : Outcome.FAIL;
      ImmutableFinding.Builder b = f.start(code, o, sev, path, Sources.DOMINICI_2006).criterionId("plastic-adherence")
          .expected("adherent to plastic under standard culture conditions");
      adh.ifPresent(a -> b.observed(a.toString()));
      out.add(b.build());
    }
    for (DifferentiationLineage lineage : parameters.requiredLineages()) {
      out.add(differentiation(f, at, lineage, sev));
    }
    return out;
  }

  private static String name(Marker m) {
    return m.commonName();
  }

  private Finding positiveMarker(FindingFactory f, Located<MscIdentity> at, Marker m, QuantityRange limit,
      Severity sev) {
    List<MarkerResult> markers = at.value().markers();
    OptionalInt idx = Markers.indexOf(markers, m);
    String criterion = "positive-marker:" + name(m);
    if (idx.isEmpty() || markers.get(idx.getAsInt()).percentPositive().isEmpty()) {
      String path = idx.isEmpty() ? at.at("markers") : at.at("markers", idx.getAsInt(), "percentPositive");
      return f.start(FindingCode.ISCT2006_POSITIVE_MARKER_MISSING, Outcome.MISSING, sev, path,
          Sources.DOMINICI_2006, name(m), limit.describe()).criterionId(criterion).limit(limit)
          .expected(limit.describe()).build();
    }
    Quantity p = markers.get(idx.getAsInt()).percentPositive().get();
    Comparison c = Comparison.of(p, Optional.empty(), limit, Optional.empty());
    boolean pass = c.kind() == Comparison.Kind.PASS;
    return f.start(pass ? FindingCode.ISCT2006_POSITIVE_MARKER_PASS : FindingCode.ISCT2006_POSITIVE_MARKER_BELOW_LIMIT,
            pass ? Outcome.PASS : Outcome.FAIL, sev, at.at("markers", idx.getAsInt(), "percentPositive"),
            Sources.DOMINICI_2006, name(m), p, limit.describe())
        .criterionId(criterion).observed(p.toString()).observedQuantity(p).convertedQuantity(c.converted())
        .limit(limit).band(c.band()).expected(limit.describe()).build();
  }

  private Finding negativeSlot(FindingFactory f, Located<MscIdentity> at, List<Marker> slot, QuantityRange limit,
      Severity sev) {
    List<MarkerResult> markers = at.value().markers();
    String[] text = slotText.get(slot);
    if (text == null) {
      text = slotText(slot);
    }
    String names = text[0];
    String criterion = text[1];
    int firstMeasured = -1;
    for (Marker m : slot) {
      OptionalInt idx = Markers.indexOf(markers, m);
      if (idx.isEmpty() || markers.get(idx.getAsInt()).percentPositive().isEmpty()) {
        continue;
      }
      int i = idx.getAsInt();
      Quantity p = markers.get(i).percentPositive().get();
      Comparison c = Comparison.of(p, Optional.empty(), limit, Optional.empty());
      if (c.kind() != Comparison.Kind.PASS) {
        return f.start(FindingCode.ISCT2006_NEGATIVE_MARKER_ABOVE_LIMIT, Outcome.FAIL, sev,
                at.at("markers", i, "percentPositive"), Sources.DOMINICI_2006, name(m), p, limit.describe())
            .criterionId(criterion).observed(p.toString()).observedQuantity(p).convertedQuantity(c.converted())
            .limit(limit).band(c.band()).expected(limit.describe()).build();
      }
      if (firstMeasured < 0) {
        firstMeasured = i;
      }
    }
    if (firstMeasured < 0) {
      return f.start(FindingCode.ISCT2006_NEGATIVE_MARKER_MISSING, Outcome.MISSING, sev, at.at("markers"),
          Sources.DOMINICI_2006, names, limit.describe()).criterionId(criterion).limit(limit)
          .expected(limit.describe()).build();
    }
    MarkerResult r = markers.get(firstMeasured);
    Quantity p = r.percentPositive().get();
    return f.start(FindingCode.ISCT2006_NEGATIVE_MARKER_PASS, Outcome.PASS, sev,
            at.at("markers", firstMeasured, "percentPositive"), Sources.DOMINICI_2006, r.marker().known().map(Marker::commonName).orElse(r.marker().code()), p,
            limit.describe(), names)
        .criterionId(criterion).observed(p.toString()).observedQuantity(p)
        .convertedQuantity(p.to(limit.unit())).limit(limit).band(Band.IN)
        .expected(limit.describe()).build();
  }

  private Finding differentiation(FindingFactory f, Located<MscIdentity> at, DifferentiationLineage lineage,
      Severity sev) {
    List<DifferentiationResult> results = at.value().differentiation();
    String criterion = "differentiation:" + lineage.code();
    for (int i = 0; i < results.size(); i++) {
      DifferentiationResult r = results.get(i);
      if (!r.lineage().is(lineage)) {
        continue;
      }
      Optional<QualitativeOutcome> o = r.outcome().known();
      boolean pass = o.map(x -> x.positive() || x == QualitativeOutcome.CONFORMS).orElse(false);
      boolean fail = o.map(x -> x.negative() || x == QualitativeOutcome.DOES_NOT_CONFORM).orElse(false);
      FindingCode code = pass ? FindingCode.ISCT2006_DIFFERENTIATION_PASS
          : fail ? FindingCode.ISCT2006_DIFFERENTIATION_FAIL : FindingCode.ISCT2006_DIFFERENTIATION_MISSING;
      Outcome outcome = pass ? Outcome.PASS : fail ? Outcome.FAIL : Outcome.MISSING;
      return f.start(code, outcome, sev, at.at("differentiation", i, "outcome"), Sources.DOMINICI_2006,
              lineage.display(), r.outcome())
          .criterionId(criterion).observed(r.outcome().toString()).expected("differentiation shown (positive)")
          .build();
    }
    return f.start(FindingCode.ISCT2006_DIFFERENTIATION_MISSING, Outcome.MISSING, sev, at.at("differentiation"),
        Sources.DOMINICI_2006, lineage.display(), "not tested").criterionId(criterion)
        .expected("differentiation shown (positive)").build();
  }
}
