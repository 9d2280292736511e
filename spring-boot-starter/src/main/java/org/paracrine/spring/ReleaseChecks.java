package org.paracrine.spring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.serialization.Problem;
import org.paracrine.serialization.ProblemType;
import org.paracrine.validation.ReleaseChecker;

/**
 * Runs release checks for a service: the configured checker (built-in profiles, specifications and reference
 * series from {@link ParacrineProperties}, adjusted by {@link ReleaseCheckerCustomizer} beans) plus, per request,
 * the specifications sent with it. Every report carries the engine's {@link org.paracrine.core.report.Provenance}:
 * library name and version, the check time from the configured clock, the principal that asked for the check
 * ({@link ReleaseChecker.Builder#checkedBy(String)}) and the SHA-256 of every document input.
 *
 * <p>A request whose specifications repeat an id, or use the id of a configured profile or specification, is
 * refused with {@code 422} (every id in a report must be unique). Thread-safe.
 */
public class ReleaseChecks {
  private final Supplier<ReleaseChecker.Builder> builders;
  private final ReleaseChecker shared;
  private final Set<String> configuredIds = new HashSet<>();

  /**
   * Creates the service.
   *
   * @param builders supplies a new builder holding the configured profiles, specifications, reference series and
   *     clock; each check without a principal and without request specifications uses one checker built once
   */
  public ReleaseChecks(Supplier<ReleaseChecker.Builder> builders) {
    this.builders = Objects.requireNonNull(builders, "builders");
    this.shared = builders.get().build();
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
    Objects.requireNonNull(request, "request");
    ReleaseChecker checker = shared;
    boolean named = principal != null && !principal.isBlank();
    if (named || !request.specifications().isEmpty()) {
      checkIds(request.specifications());
      ReleaseChecker.Builder b = builders.get().addSpecifications(request.specifications());
      checker = named ? b.checkedBy(principal).build() : b.build();
    }
    return checker.check(request.product(), request.lot());
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
}
