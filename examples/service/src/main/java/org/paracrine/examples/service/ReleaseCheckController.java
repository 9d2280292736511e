package org.paracrine.examples.service;

import jakarta.validation.Valid;
import java.security.Principal;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.spring.ReleaseCheckRequest;
import org.paracrine.spring.ReleaseChecks;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /release-checks}: checks one lot and answers its release report, whose provenance names the
 * authenticated principal. Reading, limits and error responses come from the Paracrine starter.
 */
@RestController
public class ReleaseCheckController {
  private final ReleaseChecks checks;

  /**
   * Creates the controller.
   *
   * @param checks the starter's release checks
   */
  public ReleaseCheckController(ReleaseChecks checks) {
    this.checks = checks;
  }

  /**
   * Checks a lot against the configured profiles and specifications and the request's specifications.
   *
   * @param request product, lot and specifications, validated with Bean Validation
   * @param principal the authenticated caller (HTTP Basic user or JWT subject)
   * @return the release report (200 whatever the verdict)
   */
  @PostMapping(path = "/release-checks", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  public ReleaseReport check(@Valid @RequestBody ReleaseCheckRequest request, Principal principal) {
    return checks.check(request, principal.getName());
  }
}
