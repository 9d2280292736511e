package org.paracrine.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.paracrine.core.assay.TestResult;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.core.report.Verdict;
import org.paracrine.core.samples.ReferenceLots;
import org.paracrine.core.samples.ReferenceProducts;
import org.paracrine.core.vocabulary.QualityAttribute;
import org.paracrine.serialization.ParacrineJson;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Exercises {@code POST /release-checks} over real HTTP on a random port. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReleaseCheckServiceTest {
  private static final ParacrineJson JSON = ParacrineJson.strict();
  private static final JsonMapper PLAIN = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Value("${local.server.port}")
  private int port;

  private HttpResponse<String> post(String body) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/release-checks"))
        .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<byte[]> postAccepting(String body, String accept) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/release-checks"))
        .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json").header("Accept", accept)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void acceptingPdfOrHtmlAnswersWithTheCertificateOfAnalysis() throws Exception {
    String body = request(JSON.write(ReferenceProducts.boneMarrowEvIntravenous()),
        JSON.write(ReferenceLots.boneMarrowEvIntravenous()), "[]");
    HttpResponse<byte[]> pdf = postAccepting(body, "application/pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(pdf.headers().firstValue("Content-Disposition")).hasValue("inline; filename=\"BMEV-25-001.pdf\"");
    HttpResponse<byte[]> html = postAccepting(body, "text/html");
    assertThat(html.statusCode()).isEqualTo(200);
    assertThat(new String(html.body(), java.nio.charset.StandardCharsets.UTF_8))
        .contains("Certificate of Analysis").contains("BMEV-25-001").contains("The lot conforms to");
  }

  private static String request(String product, String lot, String specifications) {
    return "{\"product\":" + product + ",\"lot\":" + lot
        + (specifications == null ? "" : ",\"specifications\":" + specifications) + "}";
  }

  @Test
  void aConformingLotIsReleased() throws Exception {
    HttpResponse<String> r = post(request(JSON.write(ReferenceProducts.boneMarrowEvIntravenous()),
        JSON.write(ReferenceLots.boneMarrowEvIntravenous()), "[]"));
    assertThat(r.statusCode()).isEqualTo(200);
    ReleaseReport report = JSON.readReport(r.body());
    assertThat(report.verdict()).isEqualTo(Verdict.RELEASE);
    assertThat(report.lotId()).isEqualTo("BMEV-25-001");
  }

  @Test
  void aLotOverItsEndotoxinLimitIsRejectedWithTheFindingAndItsSource() throws Exception {
    Lot base = ReferenceLots.boneMarrowEvIntravenous();
    Lot over = Lot.builder().from(base).testResults(base.testResults().stream()
        .map(t -> t.attribute().is(QualityAttribute.ENDOTOXIN)
            ? TestResult.builder().from(t).value(Quantity.of("30", "[IU]/mL")).build() : t)
        .toList()).build();
    HttpResponse<String> r = post(request(JSON.write(ReferenceProducts.boneMarrowEvIntravenous()),
        JSON.write(over), null));
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
  void anUnknownPropertyIsA400WithItsPointer() throws Exception {
    String lot = JSON.write(ReferenceLots.boneMarrowEvIntravenous()).replaceFirst("\\{", "{\"colour\":\"blue\",");
    HttpResponse<String> r = post(request(JSON.write(ReferenceProducts.boneMarrowEvIntravenous()), lot, null));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(c -> assertThat(c)
        .startsWith("application/problem+json"));
    JsonNode problem = PLAIN.readTree(r.body());
    assertThat(problem.get("status").asInt()).isEqualTo(400);
    JsonNode finding = problem.get("findings").get(0);
    assertThat(finding.get("code").asString()).isEqualTo("REQUEST.UNKNOWN_PROPERTY");
    assertThat(finding.get("path").asString()).isEqualTo("/lot/colour");
    assertThat(finding.get("expected").asString()).contains("manufactureDate").contains("testResults");
    assertThat(r.body()).doesNotContain("Exception").doesNotContain("Immutable").doesNotContain("tools.jackson");
  }

  @Test
  void aBrokenInvariantIsA400NamingTheAttributeValueAndRule() throws Exception {
    Lot lot = ReferenceLots.boneMarrowEvIntravenous();
    String json = JSON.write(lot).replace("\"expiryDate\":\"2026-09-01\"", "\"expiryDate\":\"2025-01-01\"");
    HttpResponse<String> r = post(request(JSON.write(ReferenceProducts.boneMarrowEvIntravenous()), json, null));
    assertThat(r.statusCode()).isEqualTo(400);
    JsonNode finding = PLAIN.readTree(r.body()).get("findings").get(0);
    assertThat(finding.get("code").asString()).isEqualTo("REQUEST.INVARIANT_VIOLATED");
    assertThat(finding.get("path").asString()).isEqualTo("/lot/expiryDate");
    assertThat(finding.get("message").asString()).contains("Lot.expiryDate: was 2025-01-01")
        .contains("on or after manufactureDate 2025-09-01");
  }

  @Test
  void beanValidationOnTheRequestReportsEveryViolationWithItsPointer() throws Exception {
    Lot lot = Lot.builder().from(ReferenceLots.boneMarrowEvIntravenous()).id("BMEV 25 001")
        .manufactureDate(LocalDate.of(2025, 9, 1)).build();
    HttpResponse<String> r = post(request(JSON.write(ReferenceProducts.boneMarrowEvIntravenous()),
        JSON.write(lot), null));
    assertThat(r.statusCode()).isEqualTo(400);
    JsonNode problem = PLAIN.readTree(r.body());
    assertThat(problem.get("title").asString()).isEqualTo("Invalid release-check request");
    JsonNode finding = problem.get("findings").get(0);
    assertThat(finding.get("code").asString()).isEqualTo("REQUEST.CONSTRAINT_VIOLATED");
    assertThat(finding.get("path").asString()).isEqualTo("/lot/id");
    assertThat(finding.get("observed").asString()).isEqualTo("BMEV 25 001");
    assertThat(problem.get("findings")).hasSize(1);
  }

  @Test
  void aMissingLotIsA400() throws Exception {
    HttpResponse<String> r = post("{\"product\":" + JSON.write(ReferenceProducts.boneMarrowEvIntravenous()) + "}");
    assertThat(r.statusCode()).isEqualTo(400);
    JsonNode finding = PLAIN.readTree(r.body()).get("findings").get(0);
    assertThat(finding.get("path").asString()).isEqualTo("/lot");
  }

  @Test
  void malformedJsonIsA400WithItsLocation() throws Exception {
    HttpResponse<String> r = post("{\"product\": {\"id\": ");
    assertThat(r.statusCode()).isEqualTo(400);
    JsonNode finding = PLAIN.readTree(r.body()).get("findings").get(0);
    assertThat(finding.get("code").asString()).isEqualTo("REQUEST.UNREADABLE");
    assertThat(finding.get("message").asString()).contains("line 1");
    assertThat(r.body()).doesNotContain("Immutable").doesNotContain("tools.jackson");
  }

  @Test
  void aWrongTypeNamesTheMemberWithoutJavaClassNames() throws Exception {
    String lot = JSON.write(ReferenceLots.boneMarrowEvIntravenous()).replaceFirst("\\{", "{\"parentLots\":42,")
        .replaceFirst(",\"parentLots\":\\[\"BMCM-25-014\"\\]", "");
    HttpResponse<String> r = post(request(JSON.write(ReferenceProducts.boneMarrowEvIntravenous()), lot, null));
    assertThat(r.statusCode()).isEqualTo(400);
    JsonNode finding = PLAIN.readTree(r.body()).get("findings").get(0);
    assertThat(finding.get("path").asString()).isEqualTo("/lot/parentLots");
    assertThat(r.body()).doesNotContain("Immutable").doesNotContain("org.paracrine").doesNotContain("java.util");
  }
}
