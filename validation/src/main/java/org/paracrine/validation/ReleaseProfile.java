package org.paracrine.validation;

import java.util.List;
import java.util.Optional;
import org.paracrine.core.report.Finding;
import org.paracrine.core.report.SpecificationRef;
import org.paracrine.core.spec.Citation;

/**
 * A named, versioned set of release rules with cited parameters: the built-in profiles in
 * {@link org.paracrine.validation.profiles} implement it as data ({@link #specification()}), and users may add their
 * own, as data or as code for what data cannot say ({@link #evaluate}).
 *
 * <p>Implementations must be immutable, thread-safe, deterministic and side-effect free: the same context always
 * gives the same findings in the same order. Every finding must carry {@link #ref()} as its specification, a
 * code from {@link FindingCode} (or, for user profiles, any code in the documented syntax), a JSON Pointer into the
 * record described in {@link org.paracrine.validation} and a source citation.
 */
public interface ReleaseProfile {
  /**
   * Returns the profile id, recorded in reports.
   *
   * @return a stable id such as {@code "paracrine.compendial-safety"}
   */
  String id();

  /**
   * Returns the profile version, recorded in reports; it changes whenever a rule or default changes.
   *
   * @return the version
   */
  String version();

  /**
   * Returns a one-line title.
   *
   * @return the title
   */
  String title();

  /**
   * Returns the sources (guidelines, pharmacopoeia chapters, regulations, papers) the profile's rules and default
   * parameters come from, as cited in its findings.
   *
   * @return the citations; empty for a profile without cited sources
   */
  default List<Citation> sources() {
    return List.of();
  }

  /**
   * Returns what the profile is for: a release specification, or a characterisation or reporting guideline whose
   * items warn by default ({@link ProfilePurpose#defaultSeverity()}).
   *
   * @return the purpose; {@link ProfilePurpose#RELEASE} unless the profile says otherwise
   */
  default ProfilePurpose purpose() {
    return ProfilePurpose.RELEASE;
  }

  /**
   * Returns the reference recorded in reports and findings.
   *
   * @return {@code SpecificationRef.of(id(), version())}
   */
  default SpecificationRef ref() {
    return SpecificationRef.of(id(), version());
  }

  /**
   * Returns the profile as a specification document, when the profile is data: the checker then evaluates it with
   * the same engine as users' specifications, and {@link #notApplicable} and {@link #evaluate} are not called by
   * the checker. A profile written in code (a custom rule for what data cannot say) returns empty.
   *
   * @return the specification, or empty for a code profile
   */
  default Optional<org.paracrine.core.spec.ReleaseSpecification> specification() {
    return Optional.empty();
  }

  /**
   * Tells why the profile does not apply to the product and lot, if it does not.
   *
   * @param context the product and lot
   * @return the reason, or empty when the profile applies
   */
  Optional<String> notApplicable(ReleaseContext context);

  /**
   * Evaluates the profile; called only when {@link #notApplicable(ReleaseContext)} is empty.
   *
   * @param context the product and lot
   * @return the findings, in a deterministic order
   */
  List<Finding> evaluate(ReleaseContext context);
}
