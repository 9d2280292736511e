package org.paracrine.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
 *
 * <p>Integrity: {@link #provenance()} names the library version, the check time and the SHA-256 of every input,
 * so the report alone proves what was checked; {@link #signatures()} holds electronic signatures (analyst, then
 * QA ...), each a detached JWS over the canonical form of {@link #contentSignedBy(int)}. Both are optional, so
 * reports written before they existed still read.
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
   * Returns what the report was produced from: library, check time and input digests.
   *
   * @return the provenance, or empty for a report written without it
   */
  public abstract Optional<Provenance> provenance();

  /**
   * Returns the electronic signatures on the report, in signing order.
   *
   * @return the signatures, possibly empty
   */
  public abstract List<ReportSignature> signatures();

  /**
   * Returns this report with the given provenance (replacing any present).
   *
   * @param provenance the provenance
   * @return a new report
   */
  public ReleaseReport withProvenance(Provenance provenance) {
    return builder().from(this).provenance(Objects.requireNonNull(provenance, "provenance")).build();
  }

  /**
   * Returns this report with one more signature, after the present ones.
   *
   * @param signature the signature, computed over {@code contentSignedBy(signatures().size())} of this report
   * @return a new report
   */
  public ReleaseReport withSignature(ReportSignature signature) {
    List<ReportSignature> all = new ArrayList<>(signatures());
    all.add(Objects.requireNonNull(signature, "signature"));
    return builder().from(this).signatures(all).build();
  }

  /**
   * Returns the report as it was when the signature at an index was added: this report with only the signatures
   * before that index. Its canonical form is the payload that signature covers; {@code contentSignedBy(0)} is the
   * unsigned report, and {@code contentSignedBy(signatures().size())} is this report.
   *
   * @param index the signature index, from 0 to {@code signatures().size()} inclusive
   * @return the report content covered by the signature at that index
   * @throws IndexOutOfBoundsException if the index is outside that range
   */
  public ReleaseReport contentSignedBy(int index) {
    Objects.checkIndex(index, signatures().size() + 1);
    if (index == signatures().size()) {
      return this;
    }
    return builder().from(this).signatures(signatures().subList(0, index)).build();
  }

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
      // the expectation text is built only on failure: this runs for every finding of every report; consecutive
      // findings of one specification carry the same reference, which is looked up once
      SpecificationRef known = null;
      for (Finding f : findings()) {
        SpecificationRef ref = f.specificationOrNull();
        if (ref != null && ref != known) {
          if (specifications().contains(ref)) {
            known = ref;
          } else {
            Check.require(false, "ReleaseReport", "findings.specification", ref,
                () -> "one of the report's specifications " + specifications());
          }
        }
      }
    });
  }
}
