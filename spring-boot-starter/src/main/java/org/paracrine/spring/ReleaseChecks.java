package org.paracrine.spring;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.paracrine.core.ParacrineLibrary;
import org.paracrine.core.lot.ReferenceSeries;
import org.paracrine.core.report.InputDigest;
import org.paracrine.core.report.InputRole;
import org.paracrine.core.report.Provenance;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.core.report.SpecificationRef;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.serialization.ParacrineJson;
import org.paracrine.serialization.Problem;
import org.paracrine.serialization.ProblemType;
import org.paracrine.validation.ReleaseChecker;
import org.paracrine.validation.ReleaseProfile;

/**
 * Runs release checks for a service: the configured checker (built-in profiles, specifications and reference
 * series from {@link ParacrineProperties}, adjusted by {@link ReleaseCheckerCustomizer} beans) plus, per request,
 * the specifications sent with it. Every report carries a {@link Provenance}: library name and version, the
 * check time from the configured clock, the principal that asked for the check and the SHA-256
 * ({@link ParacrineJson#sha256(Object)}) of every document input.
 *
 * <p>A request whose specifications repeat an id, or use the id of a configured profile or specification, is
 * refused with {@code 422} (every id in a report must be unique). Thread-safe.
 */
public class ReleaseChecks {
  private final Supplier<ReleaseChecker.Builder> builders;
  private final ReleaseChecker shared;
  private final Clock clock;
  private final ParacrineJson json;
  private final Map<String, ReferenceSeries> seriesByProduct = new HashMap<>();
  private final Set<String> configuredIds = new HashSet<>();

  /**
   * Creates the service.
   *
   * @param builders supplies a new builder holding the configured profiles, specifications and reference series
   * @param referenceSeries the reference series those builders add (named in provenance when used)
   * @param clock the clock that dates the checks
   * @param json computes the input digests
   */
  public ReleaseChecks(Supplier<ReleaseChecker.Builder> builders, List<ReferenceSeries> referenceSeries,
      Clock clock, ParacrineJson json) {
    this.builders = Objects.requireNonNull(builders, "builders");
    this.shared = builders.get().build();
    this.clock = Objects.requireNonNull(clock, "clock");
    this.json = Objects.requireNonNull(json, "json");
    referenceSeries.forEach(s -> seriesByProduct.put(s.productId(), s));
    shared.refs().forEach(r -> configuredIds.add(r.id()));
  }

  /**
   * Returns the configured checker, shared by all checks without request specifications.
   *
   * @return the checker
   */
  public ReleaseChecker checker() {
    return shared;
  }

  /**
   * Checks the lot of a request.
   *
   * @param request product, lot and request specifications
   * @param principal the name of the authenticated principal, or null when the service has no authentication
   * @return the report with its provenance
   * @throws ReleaseCheckRequestException (422) if a request specification's id is not unique
   */
  public ReleaseReport check(ReleaseCheckRequest request, String principal) {
    ReleaseChecker checker = shared;
    if (!request.specifications().isEmpty()) {
      checkIds(request.specifications());
      checker = builders.get().addSpecifications(request.specifications()).build();
    }
    ReleaseReport report = checker.check(request.product(), request.lot());
    return report.withProvenance(provenance(report, request, checker, principal));
  }

  private void checkIds(List<ReleaseSpecification> specifications) {
    List<Problem> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < specifications.size(); i++) {
      String id = specifications.get(i).id();
      String pointer = "/specifications/" + i + "/id";
      if (configuredIds.contains(id)) {
        problems.add(Problem.at(ProblemType.INVALID_VALUE, pointer, "specification id \"" + cut(id)
            + "\" is already the id of a profile or specification of this service",
            "an id other than " + cut(String.join(", ", new java.util.TreeSet<>(configuredIds)))));
      } else if (!seen.add(id)) {
        problems.add(Problem.at(ProblemType.INVALID_VALUE, pointer, "specification id \"" + cut(id)
            + "\" is used by an earlier specification of this request", "a unique id per specification"));
      }
    }
    if (!problems.isEmpty()) {
      throw new ReleaseCheckRequestException(422, "Conflicting specification ids", problems);
    }
  }

  private static String cut(String s) {
    return s.length() <= 64 ? s : s.substring(0, 64) + "... (" + s.length() + " characters)";
  }

  private Provenance provenance(ReleaseReport report, ReleaseCheckRequest request, ReleaseChecker checker,
      String principal) {
    Optional<String> by = Optional.ofNullable(principal).filter(p -> !p.isBlank());
    if (report.provenance().isPresent()) {
      Provenance p = report.provenance().get();
      return by.isPresent() && p.checkedBy().isEmpty() ? Provenance.builder().from(p).checkedBy(by).build() : p;
    }
    var b = Provenance.builder().libraryName(ParacrineLibrary.NAME).libraryVersion(ParacrineLibrary.version())
        .checkedAt(clock.instant()).checkedBy(by);
    b.addInput(InputDigest.builder().role(InputRole.PRODUCT).kind("product").id(request.product().id())
        .version(request.product().version()).sha256(json.sha256(request.product())).build());
    b.addInput(InputDigest.builder().role(InputRole.LOT).kind("lot").id(request.lot().id())
        .sha256(json.sha256(request.lot())).build());
    Set<SpecificationRef> listed = new HashSet<>(report.specifications());
    for (ReleaseProfile profile : checker.profiles()) {
      b.addInput(InputDigest.builder().role(InputRole.PROFILE).kind("profile").id(profile.id())
          .version(profile.version()).build());
    }
    for (ReleaseSpecification s : checker.specifications()) {
      if (listed.contains(SpecificationRef.of(s.id(), s.version()))) {
        b.addInput(InputDigest.builder().role(InputRole.SPECIFICATION).kind("specification").id(s.id())
            .version(s.version()).sha256(json.sha256(s)).build());
      }
    }
    report.referenceSeries().ifPresent(ref -> {
      ReferenceSeries s = seriesByProduct.get(request.product().id());
      if (s != null) {
        b.addInput(InputDigest.builder().role(InputRole.REFERENCE_SERIES).kind("reference-series").id(s.id())
            .version(s.version()).sha256(json.sha256(s)).build());
      }
    });
    return b.build();
  }
}
