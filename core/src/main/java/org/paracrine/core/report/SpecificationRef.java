package org.paracrine.core.report;

import org.immutables.value.Value;
import org.paracrine.core.internal.Check;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** Identifies the specification (or built-in profile) and version that produced a finding or report. */
@Value.Immutable
@JsonSerialize(as = ImmutableSpecificationRef.class)
@JsonDeserialize(as = ImmutableSpecificationRef.class)
public abstract class SpecificationRef {
  SpecificationRef() {}

  /**
   * Returns the specification id.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the specification version.
   *
   * @return the version
   */
  public abstract String version();

  /**
   * Creates a reference.
   *
   * @param id the id
   * @param version the version
   * @return the reference
   */
  public static SpecificationRef of(String id, String version) {
    return ImmutableSpecificationRef.builder().id(id).version(version).build();
  }

  /**
   * Returns {@code id@version}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return id() + "@" + version();
  }

  @Value.Check
  void check() {
    Check.all(() -> {
      Check.notBlank(id(), "SpecificationRef", "id");
      Check.notBlank(version(), "SpecificationRef", "version");
    });
  }
}
