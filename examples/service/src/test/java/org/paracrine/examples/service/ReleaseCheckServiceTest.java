package org.paracrine.examples.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paracrine.examples.service.ServiceClient.JSON;
import static org.paracrine.examples.service.ServiceClient.request;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.paracrine.core.assay.TestResult;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.report.InputRole;
import org.paracrine.core.report.Provenance;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.core.report.Verdict;
import org.paracrine.core.samples.ReferenceLots;
import org.paracrine.core.samples.ReferenceProducts;
import org.paracrine.core.vocabulary.QualityAttribute;
import org.paracrine.validation.ReleaseChecker;
import org.paracrine.validation.profiles.BuiltInProfiles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /release-checks} over real HTTP on a random port, with HTTP Basic. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "paracrine.checker.fixed-clock=2026-02-03T04:05:06Z")
class ReleaseCheckServiceTest {
  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  @Value("${local.server.port}")
  private int port;

  @org.springframework.beans.factory.annotation.Autowired
  private Environment environment;

  @DynamicPropertySource
  static void users(DynamicPropertyRegistry registry) {
    registry.add("service.users.analyst.password", () -> ServiceClient.PASSWORD_HASH);
  }

  private ServiceClient client() {
    return new ServiceClient(port);
  }

  @Test
  void aConformingLotIsReleasedAndTheReportReadsBackWithTheLibrarysDigest() throws Exception {
    HttpResponse<String> r = client().post(request(ReferenceProducts.boneMarrowEvIntravenous(),
        ReferenceLots.boneMarrowEvIntravenous(), "[]"));
    assertThat(r.statusCode()).isEqualTo(200);
    ReleaseReport report = JSON.readReport(r.body());
    assertThat(report.verdict()).isEqualTo(Verdict.RELEASE);
    ReleaseReport library = ReleaseChecker.builder().addProfiles(BuiltInProfiles.all())
        .clock(Clock.fixed(Instant.parse("2026-02-03T04:05:06Z"), ZoneOffset.UTC)).checkedBy(ServiceClient.USER)
        .build().check(ReferenceProducts.boneMarrowEvIntravenous(), ReferenceLots.boneMarrowEvIntravenous());
    assertThat(JSON.sha256(report)).isEqualTo(JSON.sha256(library));
    assertThat(JSON.sha256(JSON.readReport(r.body()))).isEqualTo(JSON.sha256(report));
  }

  @Test
  void theProvenanceNamesThePrincipalTheCheckTimeAndTheDigestsOfTheInputs() throws Exception {
    HttpResponse<String> r = client().post(request(ReferenceProducts.boneMarrowEvIntravenous(),
        ReferenceLots.boneMarrowEvIntravenous(), null));
    Provenance p = JSON.readReport(r.body()).provenance().orElseThrow();
    assertThat(p.checkedBy()).contains(ServiceClient.USER);
    assertThat(p.checkedAt()).isEqualTo(Instant.parse("2026-02-03T04:05:06Z"));
    assertThat(p.inputs(InputRole.LOT)).singleElement().satisfies(i -> assertThat(i.sha256())
        .contains(JSON.sha256(ReferenceLots.boneMarrowEvIntravenous())));
    assertThat(p.inputs(InputRole.PRODUCT)).singleElement().satisfies(i -> assertThat(i.sha256())
        .contains(JSON.sha256(ReferenceProducts.boneMarrowEvIntravenous())));
  }

  @Test
  void aLotOverItsEndotoxinLimitIsRejectedWithTheFindingAndItsSource() throws Exception {
    Lot base = ReferenceLots.boneMarrowEvIntravenous();
    Lot over = Lot.builder().from(base).testResults(base.testResults().stream()
        .map(t -> t.attribute().is(QualityAttribute.ENDOTOXIN)
            ? TestResult.builder().from(t).value(Quantity.of("30", "[IU]/mL")).build() : t)
        .toList()).build();
    HttpResponse<String> r = client().post(request(ReferenceProducts.boneMarrowEvIntravenous(), over, null));
    assertThat(r.statusCode()).isEqualTo(200);
    ReleaseReport report = JSON.readReport(r.body());
    assertThat(report.verdict()).isEqualTo(Verdict.REJECT);
    assertThat(report.findings()).anySatisfy(f -> {
      assertThat(f.code()).isEqualTo("COMPENDIAL.ENDOTOXIN.OUT_OF_LIMIT");
      assertThat(f.path()).isEqualTo("/lot/testResults/2/value");
      assertThat(f.source().orElseThrow().label()).isEqualTo("USP <85>");
    });
  }

  @Test
  void withoutCredentialsThePostIsA401ProblemWithABasicChallenge() throws Exception {
    HttpResponse<String> r = client().send(client().to("/release-checks").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(request(ReferenceProducts.boneMarrowEvIntravenous(),
            ReferenceLots.boneMarrowEvIntravenous(), null))).build());
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(c -> assertThat(c)
        .startsWith("application/problem+json"));
    JsonNode problem = PLAIN.readTree(r.body());
    assertThat(problem.get("status").asInt()).isEqualTo(401);
    assertThat(problem.get("instance").asString()).isEqualTo("/release-checks");
  }

  @Test
  void anUnknownPathIsA404ProblemWithAFixedDetail() throws Exception {
    HttpResponse<String> r = client().send(client().to("/no/such/path")
        .header("Authorization", ServiceClient.basic(ServiceClient.USER, ServiceClient.PASSWORD)).GET().build());
    assertThat(r.statusCode()).isEqualTo(404);
    JsonNode problem = PLAIN.readTree(r.body());
    assertThat(problem.get("detail").asString()).isEqualTo("no resource at this path");
    assertThat(problem.get("instance").asString()).isEqualTo("/no/such/path");
  }

  @Test
  void aWrongPasswordIsA401Problem() throws Exception {
    HttpResponse<String> r = client().send(client().to("/release-checks").header("Content-Type", "application/json")
        .header("Authorization", ServiceClient.basic(ServiceClient.USER, "wrong"))
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(c -> assertThat(c)
        .startsWith("application/problem+json"));
  }

  @Test
  void anUnknownPropertyIsA400WithItsPointerAndTheExpectedMembers() throws Exception {
    String lot = JSON.write(ReferenceLots.boneMarrowEvIntravenous()).replaceFirst("\\{", "{\"colour\":\"blue\",");
    HttpResponse<String> r = client().post(request(JSON.write(ReferenceProducts.boneMarrowEvIntravenous()), lot,
        null));
    assertThat(r.statusCode()).isEqualTo(400);
    JsonNode finding = PLAIN.readTree(r.body()).get("findings").get(0);
    assertThat(finding.get("code").asString()).isEqualTo("REQUEST.UNKNOWN_PROPERTY");
    assertThat(finding.get("path").asString()).isEqualTo("/lot/colour");
    assertThat(finding.get("expected").asString()).contains("manufactureDate");
  }

  @Test
  void aBrokenInvariantIsA400NamingTheAttributeAndRule() throws Exception {
    String json = JSON.write(ReferenceLots.boneMarrowEvIntravenous())
        .replace("\"expiryDate\":\"2026-09-01\"", "\"expiryDate\":\"2025-01-01\"");
    HttpResponse<String> r = client().post(request(JSON.write(ReferenceProducts.boneMarrowEvIntravenous()), json,
        null));
    assertThat(r.statusCode()).isEqualTo(400);
    JsonNode finding = PLAIN.readTree(r.body()).get("findings").get(0);
    assertThat(finding.get("code").asString()).isEqualTo("REQUEST.INVARIANT");
    assertThat(finding.get("path").asString()).isEqualTo("/lot/expiryDate");
    assertThat(finding.get("expected").asString()).contains("manufactureDate");
  }

  @Test
  void beanValidationReportsTheViolationWithItsPointerAndCutsALongObservedValue() throws Exception {
    String longId = "BMEV 25 001 " + "x".repeat(5000);
    Lot lot = Lot.builder().from(ReferenceLots.boneMarrowEvIntravenous()).id(longId)
        .manufactureDate(LocalDate.of(2025, 9, 1)).build();
    HttpResponse<String> r = client().post(request(ReferenceProducts.boneMarrowEvIntravenous(), lot, null));
    assertThat(r.statusCode()).isEqualTo(400);
    JsonNode problem = PLAIN.readTree(r.body());
    assertThat(problem.get("title").asString()).isEqualTo("Invalid release-check request");
    assertThat(problem.get("findings")).anySatisfy(f -> {
      assertThat(f.get("code").asString()).isEqualTo("REQUEST.CONSTRAINT_VIOLATED");
      assertThat(f.get("path").asString()).isEqualTo("/lot/id");
      assertThat(f.get("observed").asString()).startsWith("BMEV 25 001 xxx").endsWith("(5012 characters)")
          .hasSizeLessThan(80);
    });
    assertThat(r.body().length()).isLessThan(4096);
  }

  @Test
  void aMissingLotIsA400AtItsPointer() throws Exception {
    HttpResponse<String> r = client().post("{\"product\":" + JSON.write(ReferenceProducts.boneMarrowEvIntravenous())
        + "}");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(PLAIN.readTree(r.body()).get("findings").get(0).get("path").asString()).isEqualTo("/lot");
  }

  @Test
  void healthAndInfoAreOpenAndNameTheLibraryAndItsProfiles() throws Exception {
    HttpResponse<String> health = client().send(client().to("/actuator/health").GET().build());
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(PLAIN.readTree(health.body()).get("status").asString()).isEqualTo("UP");
    HttpResponse<String> info = client().send(client().to("/actuator/info").GET().build());
    JsonNode paracrine = PLAIN.readTree(info.body()).get("paracrine");
    assertThat(paracrine.get("version").asString()).isEqualTo(org.paracrine.core.ParacrineLibrary.version());
    assertThat(paracrine.get("profiles").size()).isPositive();
    assertThat(paracrine.get("limits").get("maxTestResults").asInt()).isEqualTo(500);
  }

  @org.springframework.beans.factory.annotation.Autowired
  private org.springframework.security.core.userdetails.UserDetailsService users;

  @Test
  void storedPasswordsAreNeverReHashedSoTheConfiguredCostHolds() {
    assertThat(users).isNotInstanceOf(
        org.springframework.security.core.userdetails.UserDetailsPasswordService.class);
    assertThat(users.loadUserByUsername(ServiceClient.USER).getPassword()).isEqualTo(ServiceClient.PASSWORD_HASH);
  }

  @Test
  void theServiceBindsToLoopbackByDefault() {
    assertThat(environment.getProperty("server.address")).isEqualTo("127.0.0.1");
  }

  @Test
  void theSampleRequestOfTheReadmeIsTheReferenceLotAndIsReleased() throws Exception {
    java.nio.file.Path file = java.nio.file.Path.of("sample-request.json");
    var mapper = JSON.mapper();
    String generated = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(mapper.readTree(request(
        ReferenceProducts.boneMarrowEvIntravenous(), ReferenceLots.boneMarrowEvIntravenous(), null))) + "\n";
    if (Boolean.getBoolean("paracrine.regenerate")) {
      java.nio.file.Files.writeString(file, generated);
    }
    String sample = java.nio.file.Files.readString(file);
    assertThat(sample).as("regenerate with -Dparacrine.regenerate=true").isEqualTo(generated);
    HttpResponse<String> r = client().post(sample);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(JSON.readReport(r.body()).verdict()).isEqualTo(Verdict.RELEASE);
  }
}
