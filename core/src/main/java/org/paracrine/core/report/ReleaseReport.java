package org.paracrine.core.report;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.paracrine.core.internal.Check;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The explainable result of checking one lot: the verdict, the specifications (id and version) that produced it,
 * every finding, and reporting-completeness scores kept beside the verdict.
 *
 * <p>Invariants: the verdict equals {@link Verdict#of(java.util.Collection)} of the findings (it defaults to it);
 * every finding's specification is among {@link #specifications()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReleaseReport.class)
@JsonDeserialize(as = ImmutableReleaseReport.class)
public abstract class ReleaseReport {
  ReleaseReport() {}

  /**
   * Returns the lot id.
   *
   * @return the lot id
   */
  public abstract String lotId();

  /**
   * Returns the product id.
   *
   * @return the product id, or empty
   */
  public abstract Optional<String> productId();

  /**
   * Returns the specifications and profiles evaluated, with their versions.
   *
   * @return the references
   */
  public abstract List<SpecificationRef> specifications();

  /**
   * Returns the reference series (id and version) that consistency criteria were evaluated against.
   *
   * @return the reference, or empty when no reference series was used
   */
  public abstract Optional<SpecificationRef> referenceSeries();

  /**
   * Returns the findings, in evaluation order.
   *
   * @return the findings
   */
  public abstract List<Finding> findings();

  /**
   * Returns the verdict.
   *
   * @return the verdict derived from the findings
   */
  @Value.Default
  public Verdict verdict() {
    return Verdict.of(findings());
  }

  /**
   * Returns reporting-completeness scores (informational).
   *
   * @return scores, possibly empty
   */
  public abstract List<CompletenessScore> completeness();

  /**
   * Returns findings with the given outcome.
   *
   * @param outcome the outcome
   * @return matching findings
   */
  public List<Finding> findings(Outcome outcome) {
    return findings().stream().filter(f -> f.outcome() == outcome).collect(Collectors.toList());
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableReleaseReport.Builder builder() {
    return ImmutableReleaseReport.builder();
  }

  @Value.Check
  void check() {
    Check.all(() -> {
      Check.notBlank(lotId(), "ReleaseReport", "lotId");
      Verdict expected = Verdict.of(findings());
      Check.require(verdict() == expected, "ReleaseReport", "verdict", verdict(),
          () -> expected + " (the verdict the findings imply)");
      for (Finding f : findings()) {
        // the expectation text is built only on failure: this runs for every finding of every report
        if (f.specification().isPresent() && !specifications().contains(f.specification().get())) {
          Check.require(false, "ReleaseReport", "findings.specification", f.specification().get(),
              () -> "one of the report's specifications " + specifications());
        }
      }
    });
  }
}
