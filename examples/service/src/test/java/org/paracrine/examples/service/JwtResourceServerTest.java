package org.paracrine.examples.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paracrine.examples.service.ServiceClient.JSON;
import static org.paracrine.examples.service.ServiceClient.request;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.paracrine.core.samples.ReferenceLots;
import org.paracrine.core.samples.ReferenceProducts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With {@code spring.security.oauth2.resourceserver.jwt.*} configured the service takes Bearer JWTs instead. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class JwtResourceServerTest {
  private static final KeyPair KEYS = keys();

  @Value("${local.server.port}")
  private int port;

  private static KeyPair keys() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048);
      return g.generateKeyPair();
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @DynamicPropertySource
  static void jwt(DynamicPropertyRegistry registry) throws Exception {
    Path pem = Files.createTempFile("paracrine-test-jwt", ".pub");
    pem.toFile().deleteOnExit();
    Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(
        KEYS.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
    registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + pem);
    registry.add("service.users.analyst.password", () -> ServiceClient.PASSWORD_HASH);
  }

  private static String token(String subject) throws Exception {
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), new JWTClaimsSet.Builder().subject(subject)
        .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(300))).build());
    jwt.sign(new RSASSASigner(KEYS.getPrivate()));
    return jwt.serialize();
  }

  private HttpResponse<String> post(String authorization) throws Exception {
    ServiceClient c = new ServiceClient(port);
    return c.send(c.to("/release-checks").header("Content-Type", "application/json")
        .header("Authorization", authorization).POST(HttpRequest.BodyPublishers.ofString(request(
            ReferenceProducts.boneMarrowEvIntravenous(), ReferenceLots.boneMarrowEvIntravenous(), null))).build());
  }

  @Test
  void aValidBearerTokenIsAcceptedAndItsSubjectIsRecordedInTheProvenance() throws Exception {
    HttpResponse<String> r = post("Bearer " + token("qa-robot"));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(JSON.readReport(r.body()).provenance().orElseThrow().checkedBy()).contains("qa-robot");
  }

  @Test
  void httpBasicIsNotAcceptedWhenJwtIsConfigured() throws Exception {
    HttpResponse<String> r = post(ServiceClient.basic(ServiceClient.USER, ServiceClient.PASSWORD));
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(c -> assertThat(c)
        .startsWith("application/problem+json"));
  }

  @Test
  void aTokenSignedByAnotherKeyIsA401Problem() throws Exception {
    SignedJWT forged = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), new JWTClaimsSet.Builder()
        .subject("mallory").expirationTime(Date.from(Instant.now().plusSeconds(300))).build());
    forged.sign(new RSASSASigner(keys().getPrivate()));
    HttpResponse<String> r = post("Bearer " + forged.serialize());
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(c -> assertThat(c)
        .startsWith("application/problem+json"));
    assertThat(r.body()).doesNotContain("mallory").doesNotContain("Exception");
  }
}
