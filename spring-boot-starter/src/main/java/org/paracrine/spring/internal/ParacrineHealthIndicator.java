package org.paracrine.spring.internal;

import org.paracrine.core.ParacrineLibrary;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.core.samples.ReferenceLots;
import org.paracrine.core.samples.ReferenceProducts;
import org.paracrine.core.report.Verdict;
import org.paracrine.validation.ReleaseChecker;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Health of the release engine: checks the library's reference lot with the configured checker once per call and
 * reports UP when the check completes with a verdict, with the library version and the number of profiles and
 * specifications. A checker that throws is DOWN (without the exception's message).
 */
public class ParacrineHealthIndicator implements HealthIndicator {
  private final ReleaseChecker checker;

  /**
   * Creates the indicator.
   *
   * @param checker the configured checker
   */
  public ParacrineHealthIndicator(ReleaseChecker checker) {
    this.checker = checker;
  }

  @Override
  public Health health() {
    try {
      ReleaseReport r = checker.check(ReferenceProducts.boneMarrowEvIntravenous(),
          ReferenceLots.boneMarrowEvIntravenous());
      Verdict v = r.verdict();
      return Health.up().withDetail("version", ParacrineLibrary.version())
          .withDetail("profiles", checker.profiles().size())
          .withDetail("specifications", checker.specifications().size())
          .withDetail("referenceCheck", v.name()).build();
    } catch (RuntimeException e) {
      return Health.down().withDetail("version", ParacrineLibrary.version())
          .withDetail("error", "the release engine failed on the reference lot").build();
    }
  }
}
