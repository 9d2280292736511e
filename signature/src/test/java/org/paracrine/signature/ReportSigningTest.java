package org.paracrine.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.report.Finding;
import org.paracrine.core.report.Outcome;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.core.report.ReportSignature;
import org.paracrine.core.report.Severity;
import org.paracrine.core.report.SignatureMeaning;
import org.paracrine.serialization.ParacrineJson;

class ReportSigningTest {
  private static final Instant T1 = Instant.parse("2026-11-28T05:00:00Z");
  private static final Instant T2 = Instant.parse("2026-11-28T09:15:00.250Z");
  private static SigningKey analyst;
  private static SigningKey qa;

  @BeforeAll
  static void keys() throws Exception {
    ECKey ec = new ECKeyGenerator(Curve.P_256).keyID("analyst-2026").generate();
    RSAKey rsa = new RSAKeyGenerator(2048).generate();
    analyst = SigningKey.fromJwk(ec.toJSONString());
    qa = SigningKey.fromJwk(rsa.toJSONString());
  }

  private static ReleaseReport report() {
    return ReleaseReport.builder().lotId("BMEV-25-001").productId("bm-msc-ev-iv")
        .addFinding(Finding.builder().code("SPEC.ENDOTOXIN.PASS").outcome(Outcome.PASS).severity(Severity.ERROR)
            .path("/testResults/0/value").message("endotoxin 0.12 [IU]/mL is below 0.50 [IU]/mL")
            .observed("0.12 [IU]/mL").observedQuantity(Quantity.of("0.12", "[IU]/mL")).build())
        .build();
  }

  private static ReleaseReport signedTwice() {
    ReleaseReport r = ReportSigning.sign(report(), analyst, "A. Analyst", SignatureMeaning.AUTHORED, T1);
    return ReportSigning.sign(r, qa, "Q. Assurance", SignatureMeaning.APPROVED, T2);
  }

  private static List<VerificationKey> publicKeys() {
    return List.of(analyst.verificationKey(), qa.verificationKey());
  }

  @Test
  void anAnalystThenAQaSignatureBothVerifyAfterAJsonRoundTrip() {
    ReleaseReport signed = signedTwice();
    String json = ParacrineJson.strict().writePretty(signed);
    ReleaseReport back = ParacrineJson.strict().readReport(json);
    List<SignatureCheck> checks = ReportSigning.verify(back, publicKeys());
    assertThat(checks).hasSize(2).allSatisfy(c -> assertThat(c.valid()).as(c.toString()).isTrue());
    ReportSignature first = back.signatures().get(0);
    assertThat(first.signer()).isEqualTo("A. Analyst");
    assertThat(first.meaning()).isEqualTo(SignatureMeaning.AUTHORED);
    assertThat(first.algorithm()).isEqualTo("ES256");
    assertThat(first.keyId()).contains("analyst-2026");
    assertThat(back.signatures().get(1).algorithm()).isEqualTo("PS256");
    assertThat(first.jws()).matches("[A-Za-z0-9_-]+\\.\\.[A-Za-z0-9_-]+");
    assertThat(checks.get(1).toString())
        .isEqualTo("signature 2 (APPROVED by Q. Assurance at 2026-11-28T09:15:00.250Z): valid");
  }

  @Test
  void changingOneDigitOfOneValueMakesEverySignatureFailWithTheReason() {
    String json = ParacrineJson.strict().writePretty(signedTwice());
    String tampered = json.replace("\"value\": 0.12", "\"value\": 0.13");
    assertThat(tampered).isNotEqualTo(json);
    List<SignatureCheck> checks = ReportSigning.verify(ParacrineJson.strict().readReport(tampered), publicKeys());
    assertThat(checks).allSatisfy(c -> {
      assertThat(c.valid()).isFalse();
      assertThat(c.reason()).startsWith("the signature does not match");
    });
  }

  @Test
  void removingTheAnalystsSignatureBreaksTheQaSignatureThatCoveredIt() {
    ReleaseReport signed = signedTwice();
    ReleaseReport withoutAnalyst = signed.contentSignedBy(0).withSignature(signed.signatures().get(1));
    assertThat(ReportSigning.verify(withoutAnalyst, publicKeys())).singleElement()
        .satisfies(c -> assertThat(c.valid()).isFalse());
  }

  @Test
  void aChangedSignerNameOrMeaningIsReported() {
    ReleaseReport signed = signedTwice();
    ReportSignature s = signed.signatures().get(0);
    ReleaseReport renamed = signed.contentSignedBy(0)
        .withSignature(ReportSignature.builder().from(s).signer("Someone Else").build());
    assertThat(ReportSigning.verify(renamed, publicKeys()).get(0).reason())
        .isEqualTo("the signed signer name differs from the recorded signer");
    ReleaseReport reMeant = signed.contentSignedBy(0)
        .withSignature(ReportSignature.builder().from(s).meaning(SignatureMeaning.APPROVED).build());
    assertThat(ReportSigning.verify(reMeant, publicKeys()).get(0).reason())
        .isEqualTo("the signed meaning AUTHORED differs from the recorded APPROVED");
  }

  @Test
  void aChangedSignatureOrAnotherKeyFails() throws Exception {
    ReleaseReport signed = ReportSigning.sign(report(), analyst, "A. Analyst", SignatureMeaning.AUTHORED, T1);
    ReportSignature s = signed.signatures().get(0);
    String jws = s.jws();
    char last = jws.charAt(jws.length() - 2);
    String changed = jws.substring(0, jws.length() - 2) + (last == 'A' ? 'B' : 'A') + jws.charAt(jws.length() - 1);
    ReleaseReport forged = report().withSignature(ReportSignature.builder().from(s).jws(changed).build());
    assertThat(ReportSigning.verify(forged, publicKeys()).get(0).valid()).isFalse();
    ECKey other = new ECKeyGenerator(Curve.P_256).keyID("analyst-2026").generate();
    assertThat(ReportSigning.verify(signed, List.of(VerificationKey.fromJwk(other.toPublicJWK().toJSONString())))
        .get(0).reason()).startsWith("the signature does not match");
    assertThat(ReportSigning.verify(signed, List.of(qa.verificationKey())).get(0).reason())
        .isEqualTo("no verification key with key id analyst-2026 was given");
  }

  @Test
  void aPublicJwkCannotSign() throws Exception {
    ECKey ec = new ECKeyGenerator(Curve.P_256).generate();
    assertThatThrownBy(() -> SigningKey.fromJwk(ec.toPublicJWK().toJSONString()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no private part");
    assertThatThrownBy(() -> SigningKey.fromJwk("{\"kty\":\"nope\"}")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not a JSON Web Key");
  }

  @Test
  void keysFromAPkcs12KeystoreSignAndVerify(@TempDir Path dir) throws Exception {
    Path p12 = dir.resolve("qa.p12");
    Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
        "-genkeypair", "-alias", "qa", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=Q. Assurance",
        "-validity", "365", "-storetype", "PKCS12", "-keystore", p12.toString(), "-storepass", "changeit",
        "-keypass", "changeit").redirectErrorStream(true).start();
    assertThat(keytool.waitFor()).as(new String(keytool.getInputStream().readAllBytes())).isZero();
    SigningKey key;
    try (InputStream in = Files.newInputStream(p12)) {
      key = SigningKey.fromPkcs12(in, "changeit".toCharArray(), null);
    }
    assertThat(key.keyId()).isEqualTo("qa");
    ReleaseReport signed = ReportSigning.sign(report(), key, "Q. Assurance", SignatureMeaning.APPROVED, T2);
    VerificationKey pub;
    try (InputStream in = Files.newInputStream(p12)) {
      pub = VerificationKey.fromPkcs12(in, "changeit".toCharArray(), "qa");
    }
    assertThat(ReportSigning.verify(signed, List.of(pub))).singleElement()
        .satisfies(c -> assertThat(c.valid()).isTrue());
    assertThatThrownBy(() -> SigningKey.fromPkcs12(new ByteArrayInputStream(Files.readAllBytes(p12)),
        "wrong".toCharArray(), null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("cannot open the PKCS#12 keystore");
  }

  @Test
  void twoThousandSeededMutationsOfAJwsNeverThrowAndNeverVerify() {
    ReleaseReport signed = ReportSigning.sign(report(), analyst, "A. Analyst", SignatureMeaning.AUTHORED, T1);
    ReportSignature s = signed.signatures().get(0);
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    java.util.Random random = new java.util.Random(20261128L);
    int tried = 0;
    for (int i = 0; i < 2000; i++) {
      StringBuilder jws = new StringBuilder(s.jws());
      int edits = 1 + random.nextInt(3);
      for (int e = 0; e < edits; e++) {
        int at = random.nextInt(jws.length());
        if (jws.charAt(at) != '.') {
          jws.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      if (sameBytes(jws.toString(), s.jws())) {
        // base64url's last character carries unused bits: a change there can decode to the same bytes, which is
        // the same signature, not a mutation (ECDSA signatures differ from run to run, so this does happen)
        continue;
      }
      ReleaseReport mutated = report().withSignature(ReportSignature.builder().from(s).jws(jws.toString()).build());
      List<SignatureCheck> checks = ReportSigning.verify(mutated, publicKeys());
      assertThat(checks).singleElement().satisfies(c -> assertThat(c.valid()).as(jws.toString()).isFalse());
      tried++;
    }
    assertThat(tried).isGreaterThan(1900);
  }

  /** Tells whether two compact JWS strings decode to the same bytes, segment by segment. */
  private static boolean sameBytes(String a, String b) {
    String[] x = a.split("\\.", -1);
    String[] y = b.split("\\.", -1);
    if (x.length != y.length) {
      return false;
    }
    try {
      for (int i = 0; i < x.length; i++) {
        if (!java.util.Arrays.equals(java.util.Base64.getUrlDecoder().decode(x[i]),
            java.util.Base64.getUrlDecoder().decode(y[i]))) {
          return false;
        }
      }
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
