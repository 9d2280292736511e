package org.paracrine.spring.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.paracrine.core.ParacrineLibrary;
import org.paracrine.serialization.DocumentKind;
import org.paracrine.spring.RequestLimits;
import org.paracrine.validation.ReleaseChecker;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

/**
 * Adds a {@code paracrine} section to the Actuator {@code info} endpoint: library version, record-format schema
 * version, the profiles and specifications every check applies, and the request limits.
 */
public class ParacrineInfoContributor implements InfoContributor {
  private final ReleaseChecker checker;
  private final RequestLimits limits;
  private final long maxBodyBytes;

  /**
   * Creates the contributor.
   *
   * @param checker the configured checker
   * @param limits the request limits
   * @param maxBodyBytes the body limit
   */
  public ParacrineInfoContributor(ReleaseChecker checker, RequestLimits limits, long maxBodyBytes) {
    this.checker = checker;
    this.limits = limits;
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  public void contribute(Info.Builder builder) {
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("library", ParacrineLibrary.NAME);
    info.put("version", ParacrineLibrary.version());
    info.put("schemaVersion", DocumentKind.CURRENT_SCHEMA_VERSION);
    info.put("profiles", checker.profiles().stream().map(p -> Map.of("id", p.id(), "version", p.version(),
        "title", p.title())).toList());
    info.put("specifications", checker.specifications().stream().map(s -> Map.of("id", s.id(), "version",
        s.version())).toList());
    info.put("limits", Map.of("maxBodyBytes", maxBodyBytes, "maxSpecifications", limits.maxSpecifications(),
        "maxCriteria", limits.maxCriteria(), "maxTestResults", limits.maxTestResults()));
    builder.withDetail("paracrine", info);
  }
}
