package org.paracrine.examples.service;

import jakarta.validation.Valid;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.validation.ReleaseChecker;
import org.paracrine.validation.profiles.BuiltInProfiles;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /release-checks}: checks one lot and answers with its release report. */
@RestController
public class ReleaseCheckController {

  /** Creates the controller. */
  public ReleaseCheckController() {
    // Stateless: a checker is built per request because specifications come with the request.
  }

  /**
   * Checks a lot against the built-in profiles and the request's specifications.
   *
   * @param request product, lot and specifications, validated with Bean Validation
   * @return the release report (200 whatever the verdict; bad input answers 400 with problem details)
   */
  @PostMapping(path = "/release-checks", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  public ReleaseReport check(@Valid @RequestBody ReleaseCheckRequest request) {
    ReleaseChecker checker = ReleaseChecker.builder().addProfiles(BuiltInProfiles.all())
        .addSpecifications(request.specifications()).build();
    return checker.check(request.product(), request.lot());
  }
}
