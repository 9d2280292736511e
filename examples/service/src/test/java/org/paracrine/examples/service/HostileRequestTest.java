package org.paracrine.examples.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paracrine.examples.service.ServiceClient.JSON;
import static org.paracrine.examples.service.ServiceClient.request;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.paracrine.core.assay.TestResult;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.samples.ReferenceLots;
import org.paracrine.core.samples.ReferenceProducts;
import org.paracrine.core.vocabulary.QualityAttribute;
import org.paracrine.validation.profiles.BuiltInProfiles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile and wrong requests over real HTTP: each is answered 4xx (5xx only for the service's own failure) with
 * {@code application/problem+json} under 4 KB that names no internal class and repeats no large input.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileRequestTest {
  private static final JsonMapper PLAIN = JsonMapper.builder().build();
  /** A Java class or package name, or a parser's internal vocabulary. */
  private static final Pattern INTERNAL = Pattern.compile(
      "(?:\\b(?:java|javax|jakarta|tools|com|org)\\.[a-z]+\\.)|Exception|Immutable|JsonToken|StreamReadConstraints"
          + "|ReadFeature|DeserializationFeature|ReadLimits\\[|DateTimeParse|\\bat [a-z]+\\.|\\$|`");

  @Value("${local.server.port}")
  private int port;

  @DynamicPropertySource
  static void users(DynamicPropertyRegistry registry) {
    registry.add("service.users.analyst.password", () -> ServiceClient.PASSWORD_HASH);
  }

  /** A controller that fails, to see what a 500 says. */
  @TestConfiguration
  static class Failing {
    @Bean
    FailingController failingController() {
      return new FailingController();
    }
  }

  @RestController
  static class FailingController {
    @GetMapping("/test-failure")
    String fail() {
      throw new IllegalStateException("secret internal detail in org.paracrine.Internal$Thing");
    }

    @GetMapping("/test-forbidden")
    String forbidden() {
      throw new org.springframework.security.access.AccessDeniedException("secret reason");
    }

    @GetMapping("/test-conflict")
    String conflict() {
      throw new Conflict();
    }
  }

  @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CONFLICT)
  static class Conflict extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Conflict() {
      super("secret conflict");
    }
  }

  private static String lotWithEndotoxin(String valueText) {
    Lot base = ReferenceLots.boneMarrowEvIntravenous();
    Lot marked = Lot.builder().from(base).testResults(base.testResults().stream()
        .map(t -> t.attribute().is(QualityAttribute.ENDOTOXIN)
            ? TestResult.builder().from(t).value(Quantity.of("98765.4321", "[IU]/mL")).build() : t)
        .toList()).build();
    return JSON.write(marked).replace("98765.4321", valueText);
  }

  private static String product() {
    return JSON.write(ReferenceProducts.boneMarrowEvIntravenous());
  }

  private static String spec(String id) {
    String text = new String(readResource("/example-specification.json"), StandardCharsets.UTF_8);
    return text.replace("\"id\": \"example-ev-iv-release\"", "\"id\": \"" + id + "\"");
  }

  private static byte[] readResource(String name) {
    try (var in = HostileRequestTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static Stream<Arguments> hostileBodies() {
    String lot = JSON.write(ReferenceLots.boneMarrowEvIntravenous());
    return Stream.of(
        Arguments.of("a 20 MB string", request("{\"id\":\"" + "A".repeat(20 * 1024 * 1024) + "\"}", lot, null),
            413, "REQUEST.LIMIT"),
        Arguments.of("nesting depth 10,000", request(product(), "[".repeat(10_000) + "]".repeat(10_000), null),
            413, "REQUEST.LIMIT"),
        Arguments.of("1E+999999999 as the endotoxin value", request(product(), lotWithEndotoxin("1E+999999999"),
            null), 400, "REQUEST.INVALID_VALUE"),
        Arguments.of("duplicate member names", "{\"product\":" + product() + ",\"product\":" + product()
            + ",\"lot\":" + lot + "}", 400, "REQUEST.DUPLICATE_KEY"),
        Arguments.of("NaN as the endotoxin value", request(product(), lotWithEndotoxin("NaN"), null), 400,
            "REQUEST.SYNTAX"),
        Arguments.of("100,000 test results", request(product(), lot.replaceFirst("\"testResults\":\\[",
            "\"testResults\":[" + "{},".repeat(100_000)), null), 413, "REQUEST.LIMIT"),
        Arguments.of("501 real test results", request(product(), lot.replaceFirst("\"testResults\":\\[",
            "\"testResults\":[" + (firstResult(lot) + ",").repeat(501)), null), 413, "REQUEST.LIMIT"),
        Arguments.of("the same specification id twice", request(product(), lot,
            "[" + spec("site-release") + "," + spec("site-release") + "]"), 422, "REQUEST.INVALID_VALUE"),
        Arguments.of("a specification id equal to a built-in profile", request(product(), lot,
            "[" + spec(BuiltInProfiles.all().get(0).id()) + "]"), 422, "REQUEST.INVALID_VALUE"),
        Arguments.of("11 specifications", request(product(), lot, "[" + String.join(",",
            java.util.Collections.nCopies(11, spec("s"))) + "]"), 413, "REQUEST.LIMIT"),
        Arguments.of("a JSON array", "[1,2,3]", 400, "REQUEST.WRONG_TYPE"),
        Arguments.of("an empty body", "", 400, "REQUEST.SYNTAX"),
        Arguments.of("a truncated document", "{\"product\": {\"id\": ", 400, "REQUEST.SYNTAX"));
  }

  private static String firstResult(String lot) {
    JsonNode results = PLAIN.readTree(lot).get("testResults");
    return PLAIN.writeValueAsString(results.get(0));
  }

  private static void assertSafeProblem(HttpResponse<String> r, int status) {
    assertThat(r.statusCode()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(c -> assertThat(c)
        .startsWith("application/problem+json"));
    assertThat(r.body().getBytes(StandardCharsets.UTF_8).length).isLessThan(4096);
    assertThat(INTERNAL.matcher(r.body()).find()).as("internal names in %s", r.body()).isFalse();
    JsonNode problem = PLAIN.readTree(r.body());
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("title").asString()).isNotBlank();
  }

  @ParameterizedTest(name = "{0} is answered {2} with {3}")
  @MethodSource("hostileBodies")
  void aHostileBodyIsAnsweredWithASmallProblemThatNamesNoInternals(String what, String body, int status,
      String code) throws Exception {
    HttpResponse<String> r = new ServiceClient(port).post(body);
    assertSafeProblem(r, status);
    List<String> codes = PLAIN.readTree(r.body()).get("findings").valueStream().map(f -> f.get("code").asString())
        .toList();
    assertThat(codes).contains(code);
  }

  @Test
  void aBodyOverTheLimitWithoutADeclaredLengthIsA413Problem() throws Exception {
    ServiceClient client = new ServiceClient(port);
    byte[] big = request(product(), "{\"id\":\"" + "B".repeat(3 * 1024 * 1024) + "\"}", null)
        .getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> r = client.send(client.to("/release-checks").header("Content-Type", "application/json")
        .header("Authorization", ServiceClient.basic(ServiceClient.USER, ServiceClient.PASSWORD))
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build());
    assertSafeProblem(r, 413);
    assertThat(r.body()).contains("paracrine.http.max-body-size");
  }

  @Test
  void aLimitProblemNamesTheLimitAndItsProperty() throws Exception {
    String lot = JSON.write(ReferenceLots.boneMarrowEvIntravenous());
    HttpResponse<String> r = new ServiceClient(port).post(request(product(), lot.replaceFirst("\"testResults\":\\[",
        "\"testResults\":[" + "{},".repeat(600)), null));
    JsonNode finding = PLAIN.readTree(r.body()).get("findings").get(0);
    assertThat(finding.get("path").asString()).isEqualTo("/lot/testResults");
    assertThat(finding.get("expected").asString()).isEqualTo(
        "at most 500 test results per request (paracrine.request.max-test-results)");
  }

  static Stream<Arguments> wrongRequests() {
    Function<ServiceClient, HttpRequest.Builder> auth = c -> c.to("/release-checks")
        .header("Authorization", ServiceClient.basic(ServiceClient.USER, ServiceClient.PASSWORD));
    return Stream.of(
        Arguments.of("a wrong content type", (Function<ServiceClient, HttpRequest>) c -> auth.apply(c)
            .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("{}")).build(), 415),
        Arguments.of("an unacceptable response type", (Function<ServiceClient, HttpRequest>) c -> auth.apply(c)
            .header("Content-Type", "application/json").header("Accept", "text/csv")
            .POST(HttpRequest.BodyPublishers.ofString(request(product(),
                JSON.write(ReferenceLots.boneMarrowEvIntravenous()), null))).build(), 406),
        Arguments.of("GET on the POST endpoint", (Function<ServiceClient, HttpRequest>) c -> auth.apply(c).GET()
            .build(), 405),
        Arguments.of("an unknown path", (Function<ServiceClient, HttpRequest>) c -> c.to("/nothing/here")
            .header("Authorization", ServiceClient.basic(ServiceClient.USER, ServiceClient.PASSWORD)).GET().build(),
            404),
        Arguments.of("a failing handler", (Function<ServiceClient, HttpRequest>) c -> c.to("/test-failure")
            .header("Authorization", ServiceClient.basic(ServiceClient.USER, ServiceClient.PASSWORD)).GET().build(),
            500),
        Arguments.of("access denied inside a handler", (Function<ServiceClient, HttpRequest>) c ->
            c.to("/test-forbidden").header("Authorization", ServiceClient.basic(ServiceClient.USER,
                ServiceClient.PASSWORD)).GET().build(), 403),
        Arguments.of("an exception with a declared 4xx status", (Function<ServiceClient, HttpRequest>) c ->
            c.to("/test-conflict").header("Authorization", ServiceClient.basic(ServiceClient.USER,
                ServiceClient.PASSWORD)).GET().build(), 409),
        Arguments.of("an unauthenticated unknown path", (Function<ServiceClient, HttpRequest>) c ->
            c.to("/nothing/here").GET().build(), 401),
        Arguments.of("a very long unknown path", (Function<ServiceClient, HttpRequest>) c -> c.to("/" + "p".repeat(6000))
            .header("Authorization", ServiceClient.basic(ServiceClient.USER, ServiceClient.PASSWORD)).GET().build(),
            404),
        Arguments.of("a very long content type", (Function<ServiceClient, HttpRequest>) c -> auth.apply(c)
            .header("Content-Type", "text/" + "x".repeat(6000)).POST(HttpRequest.BodyPublishers.ofString("{}"))
            .build(), 415));
  }

  @ParameterizedTest(name = "{0} is answered {2}")
  @MethodSource("wrongRequests")
  void everyErrorStatusIsAProblem(String what, Function<ServiceClient, HttpRequest> request, int status)
      throws Exception {
    ServiceClient client = new ServiceClient(port);
    HttpResponse<String> r = client.send(request.apply(client));
    assertSafeProblem(r, status);
    assertThat(r.body()).doesNotContain("secret").doesNotContain("x".repeat(200))
        .doesNotContain("p".repeat(200));
  }
}
