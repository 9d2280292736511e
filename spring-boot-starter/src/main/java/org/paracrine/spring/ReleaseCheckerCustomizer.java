package org.paracrine.spring;

import org.paracrine.validation.ReleaseChecker;

/**
 * Callback that adjusts every {@link ReleaseChecker.Builder} the starter uses (the shared {@code ReleaseChecker}
 * bean and the per-request checkers of {@link ReleaseChecks}) after the properties were applied: declare a bean
 * to add your own profiles, checklists or specifications.
 *
 * <pre>{@code
 * @Bean
 * ReleaseCheckerCustomizer siteProfile() {
 *   return builder -> builder.addProfile(new SiteSterilityProfile());
 * }
 * }</pre>
 */
@FunctionalInterface
public interface ReleaseCheckerCustomizer {
  /**
   * Adjusts a builder.
   *
   * @param builder the builder, with the configured profiles, specifications and reference series
   */
  void customize(ReleaseChecker.Builder builder);
}
