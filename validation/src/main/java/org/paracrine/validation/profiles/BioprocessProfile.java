package org.paracrine.validation.profiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.paracrine.core.process.Bioprocess;
import org.paracrine.core.process.ConditioningStep;
import org.paracrine.core.process.CultureConditions;
import org.paracrine.core.process.PrimingTreatment;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.quantity.QuantityRange;
import org.paracrine.core.spec.Citation;
import org.paracrine.core.report.Finding;
import org.paracrine.core.report.JsonPointer;
import org.paracrine.core.report.Outcome;
import org.paracrine.core.report.Severity;
import org.paracrine.core.vocabulary.OxygenCondition;
import org.paracrine.core.vocabulary.QualityAttribute;
import org.paracrine.core.vocabulary.SourceMaterialType;
import org.paracrine.core.vocabulary.SupplementType;
import org.paracrine.validation.FindingCode;
import org.paracrine.validation.ReleaseContext;
import org.paracrine.validation.ReleaseProfile;
import org.paracrine.validation.internal.FindingFactory;
import org.paracrine.validation.internal.Located;
import org.paracrine.validation.internal.Sources;

/**
 * Bioprocess completeness and consistency of a conditioned-medium product (MFDS 2024 EV guideline; Chouaib B et
 * al., IJMS 2023;24:12594; Phelps J et al., Stem Cell Res Ther 2023, DOI 10.1186/s13287-023-03439-9).
 *
 * <p><b>Applies</b> to products made from cultured cells. <b>Rules:</b> a culture step claiming hypoxia or
 * physioxia must state its O₂ % (a value outside the claim's window is a warning); animal serum (FBS) in the
 * conditioning step needs an EV-depletion method, bovine-virus safety evidence and a residual-serum (e.g. BSA)
 * result on the lot; harvest viability and the passage at conditioning must be recorded; each priming agent needs
 * a concentration and a duration. Rules that do not apply (no hypoxic claim, no serum, no priming) produce no
 * finding. Immutable and thread-safe.
 */
public final class BioprocessProfile extends AbstractReleaseProfile<BioprocessParameters> {
  /** Profile id. */
  public static final String ID = "paracrine.bioprocess-completeness";
  /** Profile version. */
  public static final String VERSION = "1.0.0";

  private BioprocessProfile(BioprocessParameters parameters) {
    super(ID, VERSION, "Bioprocess completeness and consistency (MFDS 2024)",
        List.of(Sources.MFDS_2024, Sources.PHELPS_2023, Sources.PRIMING), parameters);
  }

  /**
   * Creates the profile with the defaults.
   *
   * @return the profile
   */
  public static BioprocessProfile withDefaults() {
    return of(BioprocessParameters.defaults());
  }

  /**
   * Creates the profile.
   *
   * @param parameters the parameters
   * @return the profile
   */
  public static BioprocessProfile of(BioprocessParameters parameters) {
    return new BioprocessProfile(parameters);
  }

  @Override
  public Optional<String> notApplicable(ReleaseContext context) {
    if (context.product().source().type().is(SourceMaterialType.CULTURED_CELLS)) {
      return Optional.empty();
    }
    return Optional.of("the source material is " + context.product().source().type() + ", made without cell culture");
  }

  @Override
  public List<Finding> evaluate(ReleaseContext context) {
    FindingFactory f = new FindingFactory(ref());
    Severity sev = parameters.severity();
    Optional<Bioprocess> process = context.product().process();
    if (process.isEmpty()) {
      return List.of(f.start(FindingCode.BIOPROCESS_PROCESS_MISSING, Outcome.MISSING, sev,
          JsonPointer.of("product", "process"), Sources.MFDS_2024).build());
    }
    Located<Bioprocess> p = new Located<>(process.get(), JsonPointer.of("product", "process"));
    List<Finding> out = new ArrayList<>();
    for (int i = 0; i < p.value().expansion().size(); i++) {
      oxygen(f, p.value().expansion().get(i), p.at("expansion", i), sev).ifPresent(out::add);
    }
    if (p.value().conditioning().isEmpty()) {
      out.add(f.start(FindingCode.BIOPROCESS_CONDITIONING_MISSING, Outcome.MISSING, sev, p.at("conditioning"),
          Sources.MFDS_2024).build());
      return out;
    }
    ConditioningStep c = p.value().conditioning().get();
    String cp = p.at("conditioning");
    oxygen(f, c, cp, sev).ifPresent(out::add);
    if (c.supplement().flatMap(s -> s.known()).map(SupplementType::animalSerum).orElse(false)) {
      out.add(present(f, c.evDepletionMethod().isPresent(), FindingCode.BIOPROCESS_FBS_EV_DEPLETION_PASS,
          FindingCode.BIOPROCESS_FBS_EV_DEPLETION_MISSING, cp + "/evDepletionMethod", sev, "fbs-ev-depletion"));
      out.add(present(f, c.virusSafetyEvidence().isPresent(), FindingCode.BIOPROCESS_FBS_VIRUS_SAFETY_PASS,
          FindingCode.BIOPROCESS_FBS_VIRUS_SAFETY_MISSING, cp + "/virusSafetyEvidence", sev, "fbs-virus-safety"));
      int idx = indexOf(context, QualityAttribute.RESIDUAL_SERUM_PROTEIN);
      out.add(present(f, idx >= 0, FindingCode.BIOPROCESS_FBS_RESIDUAL_SERUM_PASS,
          FindingCode.BIOPROCESS_FBS_RESIDUAL_SERUM_MISSING,
          idx >= 0 ? JsonPointer.of("lot", "testResults", idx) : JsonPointer.of("lot", "testResults"), sev,
          "fbs-residual-serum"));
    }
    out.add(present(f, c.harvestViability().isPresent(), FindingCode.BIOPROCESS_HARVEST_VIABILITY_PASS,
        FindingCode.BIOPROCESS_HARVEST_VIABILITY_MISSING, cp + "/harvestViability", sev, "harvest-viability",
        c.harvestViability().map(Object::toString).orElse("")));
    boolean bankPassage = context.product().source().cellBank().flatMap(b -> b.passage()).isPresent();
    String passagePath = c.passage().isPresent() || !bankPassage ? cp + "/passage"
        : JsonPointer.of("product", "source", "cellBank", "passage");
    out.add(present(f, c.passage().isPresent() || bankPassage, FindingCode.BIOPROCESS_PASSAGE_PASS,
        FindingCode.BIOPROCESS_PASSAGE_MISSING, passagePath, sev, "passage"));
    for (int i = 0; i < c.priming().size(); i++) {
      PrimingTreatment t = c.priming().get(i);
      String tp = cp + "/priming/" + i;
      if (t.concentration().isEmpty() || t.duration().isEmpty()) {
        String missing = t.concentration().isEmpty() ? "concentration" : "duration";
        out.add(f.start(FindingCode.BIOPROCESS_PRIMING_MISSING, Outcome.MISSING, sev, tp + "/" + missing,
            Sources.PRIMING, t.agent(), missing).criterionId("priming:" + t.agent().code())
            .expected("agent with concentration and duration").build());
      } else {
        out.add(f.start(FindingCode.BIOPROCESS_PRIMING_PASS, Outcome.PASS, sev, tp, Sources.PRIMING, t.agent(),
                t.concentration().get(), t.duration().get())
            .criterionId("priming:" + t.agent().code()).expected("agent with concentration and duration").build());
      }
    }
    return out;
  }

  private Optional<Finding> oxygen(FindingFactory f, CultureConditions step, String path, Severity sev) {
    Optional<OxygenCondition> claim = step.oxygenCondition().flatMap(c -> c.known());
    if (claim.isEmpty() || claim.get() == OxygenCondition.NORMOXIA) {
      return Optional.empty();
    }
    String criterion = "oxygen:" + claim.get().code();
    if (step.oxygen().isEmpty()) {
      return Optional.of(f.start(FindingCode.BIOPROCESS_OXYGEN_MISSING, Outcome.MISSING, sev, path + "/oxygen",
          Sources.PHELPS_2023, claim.get().code()).criterionId(criterion).expected("O2 in %").build());
    }
    Quantity o2 = step.oxygen().get();
    QuantityRange window = claim.get() == OxygenCondition.HYPOXIA
        ? QuantityRange.atMost(parameters.hypoxiaMaximumOxygen()) : parameters.physioxiaOxygen();
    boolean consistent = window.isComparableTo(o2) && window.contains(o2);
    return Optional.of(f.start(consistent ? FindingCode.BIOPROCESS_OXYGEN_PASS : FindingCode.BIOPROCESS_OXYGEN_INCONSISTENT,
            consistent ? Outcome.PASS : Outcome.WARN, consistent ? sev : Severity.WARNING, path + "/oxygen",
            Sources.PHELPS_2023, claim.get().code(), o2, window.describe())
        .criterionId(criterion).observed(o2.toString()).observedQuantity(o2).limit(window)
        .expected(window.describe()).build());
  }

  private static Finding present(FindingFactory f, boolean ok, FindingCode pass, FindingCode missing, String path,
      Severity sev, String criterion, Object... args) {
    return f.start(ok ? pass : missing, ok ? Outcome.PASS : Outcome.MISSING, sev, path, Sources.MFDS_2024, args)
        .criterionId(criterion).build();
  }

  private static int indexOf(ReleaseContext context, QualityAttribute attribute) {
    for (int i = 0; i < context.lot().testResults().size(); i++) {
      if (context.lot().testResults().get(i).attribute().is(attribute)) {
        return i;
      }
    }
    return -1;
  }
}
