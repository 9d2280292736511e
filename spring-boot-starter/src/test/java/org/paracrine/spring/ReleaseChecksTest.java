package org.paracrine.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paracrine.core.ParacrineLibrary;
import org.paracrine.core.report.InputRole;
import org.paracrine.core.report.Provenance;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.core.samples.ReferenceLots;
import org.paracrine.core.samples.ReferenceProducts;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.serialization.ParacrineJson;
import org.paracrine.validation.ReleaseChecker;
import org.paracrine.validation.profiles.BuiltInProfiles;

/** Per-request checks: unique ids, provenance with the principal, and the same findings as the library. */
class ReleaseChecksTest {
  private static final ParacrineJson JSON = ParacrineJson.strict();
  private static final Instant NOW = Instant.parse("2026-03-04T05:06:07Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private final ReleaseChecks checks = new ReleaseChecks(
      () -> ReleaseChecker.builder().addProfiles(BuiltInProfiles.all()).clock(CLOCK));

  private static ReleaseSpecification spec() {
    return JSON.readSpecification(ReleaseChecksTest.class.getResourceAsStream(
        "/specifications/example-ev-iv-release.json"));
  }

  private static ReleaseCheckRequest request(List<ReleaseSpecification> specs) {
    return new ReleaseCheckRequest(ReferenceProducts.boneMarrowEvIntravenous(),
        ReferenceLots.boneMarrowEvIntravenous(), specs);
  }

  @Test
  void theReportHasTheLibrarysFindingsAndAProvenanceNamingThePrincipalClockAndInputDigests() {
    ReleaseReport report = checks.check(request(List.of(spec())), "analyst");
    ReleaseReport library = ReleaseChecker.builder().addProfiles(BuiltInProfiles.all()).addSpecification(spec())
        .clock(CLOCK).checkedBy("analyst").build()
        .check(ReferenceProducts.boneMarrowEvIntravenous(), ReferenceLots.boneMarrowEvIntravenous());
    assertThat(JSON.sha256(report)).isEqualTo(JSON.sha256(library));
    Provenance p = report.provenance().orElseThrow();
    assertThat(p.checkedBy()).contains("analyst");
    assertThat(p.checkedAt()).isEqualTo(NOW);
    assertThat(p.libraryVersion()).isEqualTo(ParacrineLibrary.version());
    assertThat(p.inputs(InputRole.PRODUCT)).singleElement().satisfies(i -> assertThat(i.sha256())
        .contains(JSON.sha256(ReferenceProducts.boneMarrowEvIntravenous())));
    assertThat(p.inputs(InputRole.LOT)).singleElement().satisfies(i -> assertThat(i.sha256())
        .contains(JSON.sha256(ReferenceLots.boneMarrowEvIntravenous())));
    assertThat(p.inputs(InputRole.SPECIFICATION)).singleElement().satisfies(i -> assertThat(i.sha256())
        .contains(JSON.sha256(spec())));
    assertThat(p.inputs(InputRole.PROFILE)).hasSameSizeAs(BuiltInProfiles.all());
  }

  @Test
  void twoRequestSpecificationsWithOneIdAreRefusedWith422AtTheSecondId() {
    ReleaseCheckRequestException e = catchThrowableOfType(ReleaseCheckRequestException.class,
        () -> checks.check(request(List.of(spec(), spec())), "analyst"));
    assertThat(e.status()).isEqualTo(422);
    assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.pointer())
        .isEqualTo("/specifications/1/id"));
  }

  @Test
  void aRequestSpecificationWithTheIdOfABuiltInProfileIsRefusedWith422() {
    String profileId = BuiltInProfiles.all().get(0).id();
    ReleaseSpecification clash = ReleaseSpecification.builder().from(spec()).id(profileId).build();
    ReleaseCheckRequestException e = catchThrowableOfType(ReleaseCheckRequestException.class,
        () -> checks.check(request(List.of(clash)), "analyst"));
    assertThat(e.status()).isEqualTo(422);
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.pointer()).isEqualTo("/specifications/0/id");
      assertThat(p.message()).contains(profileId);
    });
  }

  @Test
  void withoutAPrincipalTheProvenanceNamesNone() {
    assertThat(checks.check(request(List.of()), null).provenance().orElseThrow().checkedBy()).isEmpty();
  }
}
