package org.paracrine.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paracrine.examples.cli.SampleDataTest.DATA;
import static org.paracrine.examples.cli.SampleDataTest.cli;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.serialization.ParacrineJson;

/** verify-report proves a report from its inputs; sign and verify add and check signatures. */
class SigningCommandsTest {
  private static final ParacrineJson JSON = ParacrineJson.strict();

  private static Path report(Path dir, Path lot) throws IOException {
    SampleDataTest.Run run = cli("check", "--format", "json", DATA.resolve("products").toString(),
        DATA.resolve("specifications").toString(), lot.toString());
    ReleaseReport r = JSON.readReport(run.out.lines().findFirst().orElseThrow());
    Path file = dir.resolve("report.json");
    Files.writeString(file, JSON.writePretty(r));
    return file;
  }

  @Test
  void verifyReportConfirmsTheVerdictFromTheInputsAndFindsAChangedLot(@TempDir Path dir) throws IOException {
    Path lot = dir.resolve("lot.json");
    Files.copy(DATA.resolve("lots/06-bm-ev-iv-endotoxin-over-limit.json"), lot);
    Path report = report(dir, lot);
    SampleDataTest.Run ok = cli("verify-report", report.toString(), "--inputs", DATA.resolve("products").toString(),
        DATA.resolve("specifications").toString(), lot.toString());
    assertThat(ok.exit).as(ok.out + ok.err).isEqualTo(ExitCodes.RELEASED);
    assertThat(ok.out).contains("ok       lot BMEV-25-002 sha256 ")
        .contains("CONFIRMED  lot BMEV-25-002: verdict REJECT; the re-check reproduces the report exactly");
    Files.writeString(lot, Files.readString(lot).replace("\"value\": 25.0", "\"value\": 15.0"));
    SampleDataTest.Run changed = cli("verify-report", report.toString(), "--inputs",
        DATA.resolve("products").toString(), DATA.resolve("specifications").toString(), lot.toString());
    assertThat(changed.exit).isEqualTo(ExitCodes.VERIFICATION_FAILED);
    assertThat(changed.out).contains("CHANGED  lot BMEV-25-002: sha256 ").contains("NOT CONFIRMED");
  }

  @Test
  void anAnalystAndAQaSignatureVerifyAndOneChangedDigitFailsWithTheReason(@TempDir Path dir) throws Exception {
    Path report = report(dir, DATA.resolve("lots/01-bm-ev-iv-conforming.json"));
    ECKey analyst = new ECKeyGenerator(Curve.P_256).keyID("analyst").generate();
    RSAKey qa = new RSAKeyGenerator(2048).keyID("qa").generate();
    Path analystKey = dir.resolve("analyst.jwk");
    Path qaKey = dir.resolve("qa.jwk");
    Path analystPublic = dir.resolve("analyst.pub.jwk");
    Path qaPublic = dir.resolve("qa.pub.jwk");
    Files.writeString(analystKey, analyst.toJSONString());
    Files.writeString(qaKey, qa.toJSONString());
    Files.writeString(analystPublic, analyst.toPublicJWK().toJSONString());
    Files.writeString(qaPublic, qa.toPublicJWK().toJSONString());
    SampleDataTest.Run s1 = cli("sign", report.toString(), "--key", analystKey.toString(), "--signer", "A. Analyst",
        "--meaning", "authored", "-o", report.toString());
    assertThat(s1.exit).as(s1.err).isEqualTo(ExitCodes.RELEASED);
    SampleDataTest.Run s2 = cli("sign", report.toString(), "--key", qaKey.toString(), "--signer", "Q. Assurance",
        "--meaning", "approved", "-o", report.toString());
    assertThat(s2.exit).as(s2.err).isEqualTo(ExitCodes.RELEASED);
    assertThat(s2.err).contains("signed: signature 2 (APPROVED by Q. Assurance, key qa, PS256)");
    SampleDataTest.Run v = cli("verify", report.toString(), "--key", analystPublic.toString(), "--key",
        qaPublic.toString());
    assertThat(v.exit).as(v.out + v.err).isEqualTo(ExitCodes.RELEASED);
    assertThat(v.out).startsWith("VALID  lot BMEV-25-001  verdict RELEASE  2 signatures")
        .contains("signature 1 (AUTHORED by A. Analyst at ").contains("signature 2 (APPROVED by Q. Assurance at ");
    String text = Files.readString(report);
    int at = text.indexOf("\"value\": ") + 9;
    char d = text.charAt(at);
    Files.writeString(report, text.substring(0, at) + (char) (d == '9' ? '1' : d + 1) + text.substring(at + 1));
    SampleDataTest.Run tampered = cli("verify", report.toString(), "--key", analystPublic.toString(), "--key",
        qaPublic.toString());
    assertThat(tampered.exit).isEqualTo(ExitCodes.VERIFICATION_FAILED);
    assertThat(tampered.out).startsWith("INVALID").contains("INVALID: the signature does not match");
  }

  @Test
  void verifyWithoutTheSignersKeySaysWhichKeyIsMissing(@TempDir Path dir) throws Exception {
    Path report = report(dir, DATA.resolve("lots/01-bm-ev-iv-conforming.json"));
    ECKey analyst = new ECKeyGenerator(Curve.P_256).keyID("analyst").generate();
    ECKey other = new ECKeyGenerator(Curve.P_256).keyID("other").generate();
    Path key = dir.resolve("analyst.jwk");
    Path otherPublic = dir.resolve("other.pub.jwk");
    Files.writeString(key, analyst.toJSONString());
    Files.writeString(otherPublic, other.toPublicJWK().toJSONString());
    assertThat(cli("sign", report.toString(), "--key", key.toString(), "--signer", "A", "--meaning", "reviewed",
        "-o", report.toString()).exit).isZero();
    SampleDataTest.Run v = cli("verify", report.toString(), "--key", otherPublic.toString());
    assertThat(v.exit).isEqualTo(ExitCodes.VERIFICATION_FAILED);
    assertThat(v.out).contains("no verification key with key id analyst was given");
    SampleDataTest.Run unsigned = cli("verify", dir.resolve("nope.json").toString(), "--key", otherPublic.toString());
    assertThat(unsigned.exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(unsigned.err).contains("cannot read: " + dir.resolve("nope.json") + ": no such file");
  }
}
