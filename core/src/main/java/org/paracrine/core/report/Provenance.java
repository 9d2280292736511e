package org.paracrine.core.report;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.paracrine.core.internal.Check;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What a release report was produced from, so that the report alone proves what was checked: the library name and
 * version that ran the check, the check time (from the checker's clock, the same one date rules use), optionally
 * the principal that ran it, and a {@link InputDigest} of every input (product, lot, each specification and
 * profile, reference series).
 *
 * <p>In JSON (member {@code provenance} of a report):
 *
 * <pre>{@code
 * "provenance": {
 *   "checkedAt": "2026-11-28T04:43:30Z",
 *   "checkedBy": "analyst@example.org",
 *   "inputs": [
 *     {"id": "BMEV-IV", "kind": "product", "role": "PRODUCT", "sha256": "3f...", "version": "2"},
 *     {"id": "BMEV-25-001", "kind": "lot", "role": "LOT", "sha256": "9a..."}
 *   ],
 *   "libraryName": "paracrine",
 *   "libraryVersion": "0.1.0"
 * }
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProvenance.class)
@JsonDeserialize(as = ImmutableProvenance.class)
public abstract class Provenance {
  Provenance() {}

  /**
   * Returns the name of the library that ran the check.
   *
   * @return e.g. {@code "paracrine"}
   */
  public abstract String libraryName();

  /**
   * Returns the version of the library that ran the check.
   *
   * @return e.g. {@code "0.1.0"}
   */
  public abstract String libraryVersion();

  /**
   * Returns when the check ran, from the checker's clock.
   *
   * @return the instant (UTC)
   */
  public abstract Instant checkedAt();

  /**
   * Returns the name of the principal (user or service account) that ran the check, when known.
   *
   * @return the principal name, or empty
   */
  public abstract Optional<String> checkedBy();

  /**
   * Returns the inputs of the check with their digests, in the order: product, lot, profiles, specifications,
   * reference series.
   *
   * @return the inputs
   */
  public abstract List<InputDigest> inputs();

  /**
   * Returns the inputs that played a role.
   *
   * @param role the role
   * @return matching inputs, in order
   */
  public List<InputDigest> inputs(InputRole role) {
    return inputs().stream().filter(i -> i.role() == role).collect(java.util.stream.Collectors.toList());
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableProvenance.Builder builder() {
    return ImmutableProvenance.builder();
  }

  @Value.Check
  void check() {
    Check.notBlank(libraryName(), "Provenance", "libraryName");
    Check.notBlank(libraryVersion(), "Provenance", "libraryVersion");
    checkedBy().ifPresent(b -> Check.notBlank(b, "Provenance", "checkedBy"));
  }
}
