package org.paracrine.validation.profiles;

import java.util.List;
import java.util.Objects;
import org.paracrine.validation.ProfilePurpose;
import org.paracrine.core.spec.Citation;
import org.paracrine.validation.ReleaseProfile;

/**
 * Common part of the built-in profiles: the id, version and title recorded in reports, the cited sources and the
 * immutable parameters the profile was created with. Subclasses implement the rules
 * ({@link #notApplicable(org.paracrine.validation.ReleaseContext)} and
 * {@link #evaluate(org.paracrine.validation.ReleaseContext)}).
 *
 * @param <P> the profile's parameter type (cited defaults, overridable)
 */
public abstract class AbstractReleaseProfile<P> implements ReleaseProfile {
  private final String id;
  private final String version;
  private final String title;
  private final List<Citation> sources;
  /** The parameters the profile was created with; immutable. */
  protected final P parameters;

  private final ProfilePurpose purpose;

  AbstractReleaseProfile(String id, String version, String title, List<Citation> sources, P parameters) {
    this(id, version, title, sources, parameters, ProfilePurpose.RELEASE);
  }

  AbstractReleaseProfile(String id, String version, String title, List<Citation> sources, P parameters,
      ProfilePurpose purpose) {
    this.purpose = Objects.requireNonNull(purpose, "purpose");
    this.id = Objects.requireNonNull(id, "id");
    this.version = Objects.requireNonNull(version, "version");
    this.title = Objects.requireNonNull(title, "title");
    this.sources = List.copyOf(sources);
    this.parameters = Objects.requireNonNull(parameters, "parameters");
  }

  /**
   * Returns the parameters the profile was created with.
   *
   * @return the parameters
   */
  public final P parameters() {
    return parameters;
  }

  /**
   * {@inheritDoc}
   *
   * @return the profile id
   */
  @Override
  public final String id() {
    return id;
  }

  /**
   * {@inheritDoc}
   *
   * @return the profile version
   */
  @Override
  public final String version() {
    return version;
  }

  /**
   * {@inheritDoc}
   *
   * @return the title
   */
  @Override
  public final String title() {
    return title;
  }

  /**
   * {@inheritDoc}
   *
   * @return the purpose the profile was created with
   */
  @Override
  public final ProfilePurpose purpose() {
    return purpose;
  }

  /**
   * {@inheritDoc}
   *
   * @return the cited sources
   */
  @Override
  public final List<Citation> sources() {
    return sources;
  }
}
