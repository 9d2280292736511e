package org.paracrine.validation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.lot.ReferenceSeries;
import org.paracrine.core.product.SecretomeProduct;
import org.paracrine.core.report.CompletenessScore;
import org.paracrine.core.ParacrineLibrary;
import org.paracrine.core.report.DocumentDigester;
import org.paracrine.core.report.Finding;
import org.paracrine.core.report.InputDigest;
import org.paracrine.core.report.InputRole;
import org.paracrine.core.report.JsonPointer;
import org.paracrine.core.report.Outcome;
import org.paracrine.core.report.Provenance;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.core.report.Severity;
import org.paracrine.core.report.SpecificationRef;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.validation.internal.FindingFactory;
import org.paracrine.validation.internal.Sources;
import org.paracrine.validation.internal.SpecificationEvaluator;
import org.paracrine.validation.internal.engine.LimitFunctions;
import org.paracrine.validation.internal.engine.LotIndex;
import org.paracrine.validation.profiles.BuiltInProfiles;
import org.paracrine.validation.profiles.EvReportingChecklist;

/**
 * The release engine: evaluates a lot of a product against built-in profiles and user specifications and returns
 * an explainable {@link ReleaseReport}.
 *
 * <p>Order of evaluation, and so of the findings: (1) record consistency (the lot names this product and version);
 * (2) structural validation ({@link StructuralValidator}), unless switched off; (3) each profile in the order added
 * (a profile that does not apply contributes one {@code PROFILE.NOT_APPLICABLE} finding saying why); (4) each user
 * specification in the order added, one finding per criterion (several for a consistency criterion, which compares
 * the lot with the reference series of its product added with {@link Builder#addReferenceSeries}; the report then
 * names that series in {@code referenceSeries}). Reporting-completeness scores
 * ({@link ReportingChecklist}) are attached beside the findings and never change the verdict. The verdict is
 * derived by {@link org.paracrine.core.report.Verdict#of(java.util.Collection)}: REJECT if any ERROR finding
 * failed, else INCOMPLETE if an ERROR finding is missing data, else RELEASE.
 *
 * <p>Every report carries a {@link Provenance}: the library name and version, the check time from the checker's
 * {@link Builder#clock(Clock) clock} (default: the system clock, UTC), the principal set with
 * {@link Builder#checkedBy(String)}, and an {@link InputDigest} of every input in the order product, lot, profiles,
 * applied specifications, reference series (when a consistency criterion used it). The SHA-256 of each document
 * input is computed by a {@link DocumentDigester}: the one set with {@link Builder#digester(DocumentDigester)}, else
 * the one found with {@link ServiceLoader} ({@code paracrine-serialization} provides it; its digests equal
 * {@code ParacrineJson.sha256}), else none and the inputs are named without digests. A data profile
 * ({@link ReleaseProfile#specification()}) is digested like a specification; a profile written in code is named by
 * id and version (no digest). Digests of profiles, specifications and reference series are computed once, when the
 * checker is built.
 *
 * <p>A checker is immutable, thread-safe and side-effect free; build it once and share it. A rule that throws an
 * unexpected exception does not crash the check: it is reported as an {@code ENGINE.RULE_ERROR} failure.
 *
 * <pre>{@code
 * ReleaseChecker checker = ReleaseChecker.builder()
 *     .addProfiles(BuiltInProfiles.all())
 *     .addSpecification(mySpec)
 *     .build();
 * ReleaseReport report = checker.check(product, lot);
 * report.verdict();   // RELEASE, REJECT or INCOMPLETE
 * }</pre>
 */
public final class ReleaseChecker {
  private final List<ReleaseProfile> profiles;
  private final List<ReleaseSpecification> specifications;
  private final List<SpecificationEvaluator> compiledSpecifications;
  private final Map<ReleaseProfile, SpecificationEvaluator> compiledProfiles;
  /**
   * About how many findings the profiles give: one per compiled criterion, a few for a profile written in code. The
   * list of a check's findings starts this large (plus its specifications' criteria) instead of growing step by
   * step to its size.
   */
  private final int profileFindings;
  private final Map<String, LimitFunction> limitFunctions;
  private final List<ReportingChecklist> checklists;
  private final boolean structuralValidation;
  private final Map<String, ReferenceSeries> referenceSeries;
  private final Clock clock;
  private final Optional<DocumentDigester> digester;
  private final Optional<String> checkedBy;
  private final Map<ReleaseSpecification, InputDigest> specificationDigests;
  private final List<InputDigest> profileDigests;
  private final Map<String, InputDigest> seriesDigests;
  /** Input digests per record instance: a batch checks many lots of one product, and a lot may be checked again. */
  private final org.paracrine.validation.internal.InstanceMemo<InputDigest> inputDigests =
      new org.paracrine.validation.internal.InstanceMemo<>(4096);

  private ReleaseChecker(Builder b) {
    this.profiles = List.copyOf(b.profiles);
    this.specifications = List.copyOf(b.specifications);
    this.limitFunctions = Collections.unmodifiableMap(new LinkedHashMap<>(b.limitFunctions));
    List<SpecificationEvaluator> compiled = new ArrayList<>();
    for (ReleaseSpecification s : specifications) {
      compiled.add(SpecificationEvaluator.compile(s, limitFunctions));
    }
    this.compiledSpecifications = List.copyOf(compiled);
    Map<ReleaseProfile, SpecificationEvaluator> byProfile = new java.util.IdentityHashMap<>();
    for (ReleaseProfile p : profiles) {
      p.specification().ifPresent(s -> byProfile.put(p, SpecificationEvaluator.compile(s, limitFunctions)));
    }
    this.compiledProfiles = byProfile;
    int expected = 0;
    for (ReleaseProfile p : profiles) {
      SpecificationEvaluator data = byProfile.get(p);
      expected += data != null ? data.size() : 4;
    }
    this.profileFindings = expected;
    Map<String, ReferenceSeries> byProduct = new LinkedHashMap<>();
    for (ReferenceSeries s : b.referenceSeries) {
      ReferenceSeries before = byProduct.put(s.productId(), s);
      if (before != null) {
        throw new IllegalArgumentException("two reference series for product \"" + s.productId() + "\" ("
            + before.id() + "@" + before.version() + " and " + s.id() + "@" + s.version()
            + "); supply one series per product");
      }
    }
    this.referenceSeries = Collections.unmodifiableMap(byProduct);
    this.checklists = List.copyOf(b.checklists);
    this.structuralValidation = b.structuralValidation;
    Set<String> ids = new HashSet<>();
    for (SpecificationRef r : refs()) {
      if (!ids.add(r.id())) {
        throw new IllegalArgumentException("specification or profile id \"" + r.id()
            + "\" is used more than once; every id in a report must be unique");
      }
    }
    this.clock = b.clock;
    this.digester = b.digester != null ? Optional.of(b.digester) : DefaultDigester.INSTANCE;
    this.checkedBy = Optional.ofNullable(b.checkedBy);
    Map<ReleaseSpecification, InputDigest> specDigests = new java.util.IdentityHashMap<>();
    for (ReleaseSpecification s : specifications) {
      specDigests.put(s, digest(InputRole.SPECIFICATION, "specification", s.id(), Optional.of(s.version()), s));
    }
    this.specificationDigests = Collections.unmodifiableMap(specDigests);
    Map<String, InputDigest> seriesDigest = new LinkedHashMap<>();
    referenceSeries.forEach((product, s) -> seriesDigest.put(product,
        digest(InputRole.REFERENCE_SERIES, "reference-series", s.id(), Optional.of(s.version()), s)));
    this.seriesDigests = Collections.unmodifiableMap(seriesDigest);
    List<InputDigest> profileInputs = new ArrayList<>(profiles.size());
    for (ReleaseProfile profile : profiles) {
      // a data profile is a specification document: its digest proves which criteria and parameters were used
      profileInputs.add(profile.specification()
          .map(spec -> digest(InputRole.PROFILE, "profile", profile.id(), Optional.of(profile.version()), spec))
          .orElseGet(() -> InputDigest.builder().role(InputRole.PROFILE).kind("profile").id(profile.id())
              .version(profile.version()).build()));
    }
    this.profileDigests = List.copyOf(profileInputs);
  }

  /** The digester found with {@link ServiceLoader}, looked up once. */
  private static final class DefaultDigester {
    static final Optional<DocumentDigester> INSTANCE =
        ServiceLoader.load(DocumentDigester.class, ReleaseChecker.class.getClassLoader()).findFirst();
  }

  private InputDigest digest(InputRole role, String kind, String id, Optional<String> version, Object document) {
    return InputDigest.builder().role(role).kind(kind).id(id).version(version)
        .sha256(digester.map(d -> d.sha256(document))).build();
  }

  /** The digest of the product, computed once per product instance. */
  private InputDigest productDigest(SecretomeProduct product) {
    return inputDigests.get(product,
        x -> digest(InputRole.PRODUCT, "product", x.id(), Optional.of(x.version()), x));
  }

  /** The digest of the lot, computed once per lot instance. */
  private InputDigest lotDigest(Lot lot) {
    return inputDigests.get(lot, x -> digest(InputRole.LOT, "lot", x.id(), Optional.empty(), x));
  }

  private Provenance provenance(SecretomeProduct product, Lot lot, List<ReleaseSpecification> applied,
      Optional<ReferenceSeries> seriesUsed, java.time.Instant checkedAt) {
    org.paracrine.core.report.ImmutableProvenance.Builder p = Provenance.builder().libraryName(ParacrineLibrary.NAME)
        .libraryVersion(ParacrineLibrary.version()).checkedAt(checkedAt).checkedBy(checkedBy);
    p.addInput(productDigest(product));
    p.addInput(lotDigest(lot));
    profileDigests.forEach(p::addInput);
    applied.forEach(s -> p.addInput(specificationDigests.get(s)));
    seriesUsed.ifPresent(s -> p.addInput(seriesDigests.get(s.productId())));
    return p.build();
  }

  /**
   * Returns the clock that dates the checks.
   *
   * @return the clock set with {@link Builder#clock(Clock)}, or the system clock in UTC
   */
  public Clock clock() {
    return clock;
  }

  /**
   * Returns a builder with structural validation and the EV reporting checklist switched on and no profiles.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a checker with all built-in profiles at their default parameters
   * ({@link BuiltInProfiles#all()}), structural validation and the EV reporting checklist.
   *
   * @return the checker
   */
  public static ReleaseChecker withBuiltInProfiles() {
    return builder().addProfiles(BuiltInProfiles.all()).build();
  }

  /**
   * Returns the profiles, in evaluation order.
   *
   * @return the profiles
   */
  public List<ReleaseProfile> profiles() {
    return profiles;
  }

  /**
   * Returns the user specifications, in evaluation order.
   *
   * @return the specifications
   */
  public List<ReleaseSpecification> specifications() {
    return specifications;
  }

  /**
   * Returns the references of all profiles and specifications: profiles first, then specifications. A report
   * lists the profiles and only the specifications that apply to its product ({@code ReleaseSpecification.products()}).
   *
   * @return the references
   */
  public List<SpecificationRef> refs() {
    return refs(specifications);
  }

  private List<SpecificationRef> refs(List<ReleaseSpecification> applied) {
    List<SpecificationRef> refs = new ArrayList<>(profiles.size() + applied.size());
    for (ReleaseProfile p : profiles) {
      SpecificationEvaluator data = compiledProfiles.get(p);
      refs.add(data != null ? data.ref() : p.ref()); // the instance the findings carry: equal at a glance
    }
    for (ReleaseSpecification s : applied) {
      SpecificationRef ref = null;
      for (int i = 0; i < specifications.size() && ref == null; i++) {
        if (specifications.get(i) == s) {
          ref = compiledSpecifications.get(i).ref();
        }
      }
      refs.add(ref != null ? ref : SpecificationRef.of(s.id(), s.version()));
    }
    return refs;
  }

  /**
   * Checks a lot of a product. Specifications scoped to other products ({@code ReleaseSpecification.products()})
   * are skipped and not listed in the report.
   *
   * @param product the product the lot was made to (route, dose, source, process, formulation)
   * @param lot the lot with its results
   * @return the report
   */
  public ReleaseReport check(SecretomeProduct product, Lot lot) {
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(lot, "lot");
    List<ReleaseSpecification> applied = new ArrayList<>(specifications.size());
    List<SpecificationEvaluator> appliedCompiled = new ArrayList<>(specifications.size());
    int expected = profileFindings + 8;
    for (int i = 0; i < specifications.size(); i++) {
      if (specifications.get(i).appliesTo(product.id())) {
        applied.add(specifications.get(i));
        appliedCompiled.add(compiledSpecifications.get(i));
        expected += compiledSpecifications.get(i).size();
      }
    }
    Optional<ReferenceSeries> series = Optional.ofNullable(referenceSeries.get(product.id()));
    java.time.Instant checkedAt = clock.instant();
    ReleaseContext context = ReleaseContext.of(product, lot, applied, series, checkedAt);
    List<Finding> consistency = consistency(product, lot);
    List<Finding> findings = new ArrayList<>(consistency.size() + expected);
    findings.addAll(consistency);
    if (structuralValidation) {
      findings.addAll(StructuralValidator.shared().validate(product, lot));
    }
    LotIndex index = LotIndex.of(context);
    for (ReleaseProfile p : profiles) {
      SpecificationEvaluator data = compiledProfiles.get(p);
      if (data != null) {
        runData(data, p, context, index, findings);
      } else {
        findings.addAll(run(p, context));
      }
    }
    for (SpecificationEvaluator s : appliedCompiled) {
      runData(s, null, context, index, findings);
    }
    boolean seriesUsed = series.isPresent() && applied.stream().anyMatch(s -> s.criteria().stream()
        .anyMatch(c -> c.consistency().isPresent()));
    List<CompletenessScore> scores = new ArrayList<>(checklists.size());
    for (ReportingChecklist c : checklists) {
      Optional<CompletenessScore> score = c.score(context);
      if (score.isPresent()) {
        scores.add(score.get());
      }
    }
    return ReleaseReport.builder().lotId(lot.id()).productId(product.id()).specifications(refs(applied))
        .referenceSeries(seriesUsed ? Optional.of(SpecificationRef.of(series.get().id(), series.get().version()))
            : Optional.empty())
        .findings(findings).completeness(scores)
        .provenance(provenance(product, lot, applied, seriesUsed ? series : Optional.empty(), checkedAt)).build();
  }

  private static List<Finding> run(ReleaseProfile p, ReleaseContext context) {
    FindingFactory f = new FindingFactory(p.ref());
    try {
      Optional<String> why = p.notApplicable(context);
      if (why.isPresent()) {
        return List.of(f.start(FindingCode.PROFILE_NOT_APPLICABLE, Outcome.NOT_APPLICABLE, Severity.INFO, "",
            Sources.PARACRINE, p.id(), why.get()).criterionId("scope").build());
      }
      return p.evaluate(context);
    } catch (ArithmeticException e) {
      // caused by the data (a value too large or too precise to compute with), not by the rule: say so plainly
      return List.of(f.start(FindingCode.ENGINE_RULE_ERROR, Outcome.FAIL, Severity.ERROR, "", Sources.PARACRINE,
          p.id(), "a value is too large or too precise to compute with (" + e.getMessage() + ")").criterionId("engine")
          .build());
    } catch (RuntimeException e) {
      return List.of(f.start(FindingCode.ENGINE_RULE_ERROR, Outcome.FAIL, Severity.ERROR, "", Sources.PARACRINE,
          p.id(), e.getClass().getSimpleName() + ": " + e.getMessage()).criterionId("engine").build());
    }
  }

  private static void runData(SpecificationEvaluator s, ReleaseProfile p, ReleaseContext context, LotIndex index,
      List<Finding> findings) {
    int before = findings.size();
    try {
      s.evaluate(context, index, findings);
    } catch (RuntimeException e) {
      findings.subList(before, findings.size()).clear();
      SpecificationRef ref = SpecificationRef.of(s.specification().id(), s.specification().version());
      findings.add(new FindingFactory(ref).start(FindingCode.ENGINE_RULE_ERROR, Outcome.FAIL, Severity.ERROR, "",
          Sources.PARACRINE, ref.id(), e.getClass().getSimpleName() + ": " + e.getMessage()).criterionId("engine")
          .build());
    }
  }

  /**
   * Returns the computed-limit functions this checker knows, by name.
   *
   * @return the functions
   */
  public Map<String, LimitFunction> limitFunctions() {
    return limitFunctions;
  }

  private static List<Finding> consistency(SecretomeProduct product, Lot lot) {
    FindingFactory f = new FindingFactory(null);
    List<Finding> out = new ArrayList<>();
    if (!lot.productId().equals(product.id())) {
      out.add(f.start(FindingCode.RECORD_PRODUCT_MISMATCH, Outcome.FAIL, Severity.ERROR,
          JsonPointer.of("lot", "productId"), Sources.PARACRINE, lot.productId(), product.id())
          .criterionId("record-link").observed(lot.productId()).expected(product.id()).build());
    }
    if (lot.productVersion().isPresent() && !lot.productVersion().get().equals(product.version())) {
      out.add(f.start(FindingCode.RECORD_PRODUCT_VERSION_MISMATCH, Outcome.FAIL, Severity.ERROR,
          JsonPointer.of("lot", "productVersion"), Sources.PARACRINE, lot.productVersion().get(),
          product.version()).criterionId("record-link").observed(lot.productVersion().get())
          .expected(product.version()).build());
    }
    return out;
  }

  /** Builds a {@link ReleaseChecker}. Not thread-safe; the checker it builds is. */
  public static final class Builder {
    private final List<ReleaseProfile> profiles = new ArrayList<>();
    private final List<ReleaseSpecification> specifications = new ArrayList<>();
    private final List<ReportingChecklist> checklists = new ArrayList<>(List.of(EvReportingChecklist.standard()));
    private final List<ReferenceSeries> referenceSeries = new ArrayList<>();
    private boolean structuralValidation = true;
    private final Map<String, LimitFunction> limitFunctions = new LinkedHashMap<>(LimitFunctions.builtIn());
    private Clock clock = Clock.systemUTC();
    private DocumentDigester digester;
    private String checkedBy;

    private Builder() {}

    /**
     * Adds a computed-limit function that criteria can name ({@code computedLimit.function}).
     *
     * @param function the function
     * @return this builder
     * @throws IllegalArgumentException if a function of that name is already registered
     */
    public Builder addLimitFunction(LimitFunction function) {
      Objects.requireNonNull(function, "function");
      if (limitFunctions.putIfAbsent(function.name(), function) != null) {
        throw new IllegalArgumentException("a computed-limit function named \"" + function.name()
            + "\" is already registered");
      }
      return this;
    }

    /**
     * Sets the clock that dates each check ({@code Provenance.checkedAt}); default {@link Clock#systemUTC()}.
     * Pass a fixed clock to reproduce a check.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the digester of the inputs' canonical forms; default: the one found with {@link ServiceLoader}
     * ({@code paracrine-serialization} registers {@code ParacrineJson.strict()::sha256}), else none. The checker
     * calls it at most once per record instance (records are immutable; the digest of a product checked with many
     * lots, or of a lot checked again, is remembered), so it must depend on the document's content only.
     *
     * @param digester the digester, e.g. {@code ParacrineJson.strict()::sha256}
     * @return this builder
     */
    public Builder digester(DocumentDigester digester) {
      this.digester = Objects.requireNonNull(digester, "digester");
      return this;
    }

    /**
     * Sets the principal recorded as having run the checks ({@code Provenance.checkedBy}); default none.
     *
     * @param principal the user or service account name
     * @return this builder
     */
    public Builder checkedBy(String principal) {
      this.checkedBy = Objects.requireNonNull(principal, "principal");
      return this;
    }

    /**
     * Adds a profile.
     *
     * @param profile the profile
     * @return this builder
     */
    public Builder addProfile(ReleaseProfile profile) {
      profiles.add(Objects.requireNonNull(profile, "profile"));
      return this;
    }

    /**
     * Adds profiles in order.
     *
     * @param more the profiles
     * @return this builder
     */
    public Builder addProfiles(Collection<? extends ReleaseProfile> more) {
      more.forEach(this::addProfile);
      return this;
    }

    /**
     * Adds a user specification.
     *
     * @param specification the specification
     * @return this builder
     */
    public Builder addSpecification(ReleaseSpecification specification) {
      specifications.add(Objects.requireNonNull(specification, "specification"));
      return this;
    }

    /**
     * Adds user specifications in order.
     *
     * @param more the specifications
     * @return this builder
     */
    public Builder addSpecifications(Collection<? extends ReleaseSpecification> more) {
      more.forEach(this::addSpecification);
      return this;
    }

    /**
     * Adds the reference series of one product: consistency criteria ({@code AcceptanceCriterion.consistency()})
     * of the specifications compare each lot of that product with it. At most one series per product.
     *
     * @param series the series of earlier lots
     * @return this builder
     */
    public Builder addReferenceSeries(ReferenceSeries series) {
      referenceSeries.add(Objects.requireNonNull(series, "series"));
      return this;
    }

    /**
     * Replaces the reporting checklists (default: {@link EvReportingChecklist#standard()}).
     *
     * @param replacement the checklists, possibly empty
     * @return this builder
     */
    public Builder checklists(Collection<? extends ReportingChecklist> replacement) {
      checklists.clear();
      replacement.forEach(c -> checklists.add(Objects.requireNonNull(c, "checklist")));
      return this;
    }

    /**
     * Switches structural validation on or off (default on).
     *
     * @param enabled true to validate the records' constraints
     * @return this builder
     */
    public Builder structuralValidation(boolean enabled) {
      this.structuralValidation = enabled;
      return this;
    }

    /**
     * Builds the checker.
     *
     * @return the checker
     * @throws InvalidSpecificationException if a specification or data profile names an unknown computed-limit
     *     function or parameter, or asks for a count its selection can never reach
     * @throws IllegalArgumentException if two profiles or specifications share an id, or two reference series
     *     are of the same product
     */
    public ReleaseChecker build() {
      return new ReleaseChecker(this);
    }
  }
}
