package org.paracrine.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.paracrine.core.samples.ReferenceLots;
import org.paracrine.core.samples.ReferenceProducts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@code POST /release-checks} with {@code Accept: application/pdf} or {@code text/html}, over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CertificateEndpointTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Value("${local.server.port}")
  private int port;

  @DynamicPropertySource
  static void users(DynamicPropertyRegistry registry) {
    registry.add("service.users.analyst.password", () -> ServiceClient.PASSWORD_HASH);
  }

  private HttpResponse<byte[]> postAccepting(String body, String accept, boolean authenticated) throws Exception {
    HttpRequest.Builder b = new ServiceClient(port).to("/release-checks").header("Content-Type", "application/json")
        .header("Accept", accept).POST(HttpRequest.BodyPublishers.ofString(body));
    if (authenticated) {
      b.header("Authorization", ServiceClient.basic(ServiceClient.USER, ServiceClient.PASSWORD));
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void acceptingPdfOrHtmlAnswersWithTheCertificateOfAnalysis() throws Exception {
    String body = ServiceClient.request(ReferenceProducts.boneMarrowEvIntravenous(),
        ReferenceLots.boneMarrowEvIntravenous(), "[]");
    HttpResponse<byte[]> pdf = postAccepting(body, "application/pdf", true);
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(pdf.headers().firstValue("Content-Disposition")).hasValue("inline; filename=\"BMEV-25-001.pdf\"");
    HttpResponse<byte[]> html = postAccepting(body, "text/html", true);
    assertThat(html.statusCode()).isEqualTo(200);
    assertThat(new String(html.body(), StandardCharsets.UTF_8))
        .contains("Certificate of Analysis").contains("BMEV-25-001").contains("The lot conforms to")
        .contains(ServiceClient.USER);
  }

  @Test
  void aCertificateNeedsAnAuthenticatedPrincipalToo() throws Exception {
    String body = ServiceClient.request(ReferenceProducts.boneMarrowEvIntravenous(),
        ReferenceLots.boneMarrowEvIntravenous(), "[]");
    assertThat(postAccepting(body, "application/pdf", false).statusCode()).isEqualTo(401);
  }
}
