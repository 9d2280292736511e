package org.paracrine.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.paracrine.core.InvariantViolationException;
import org.paracrine.core.ParacrineLibrary;

class ProvenanceTest {
  private static final String DIGEST = "ab".repeat(32);

  private static ReleaseReport report() {
    return ReleaseReport.builder().lotId("L1").build();
  }

  private static ReportSignature signature(String signer, SignatureMeaning meaning) {
    return ReportSignature.builder().signer(signer).signedAt(Instant.parse("2026-01-02T03:04:05Z")).meaning(meaning)
        .algorithm("ES256").jws("eyJhbGciOiJFUzI1NiJ9..c2ln").build();
  }

  @Test
  void theLibraryVersionIsTheProjectVersionWrittenByTheBuild() {
    assertThat(ParacrineLibrary.version()).isNotBlank().doesNotStartWith("${").matches("[0-9]+\\.[0-9]+.*");
    assertThat(ParacrineLibrary.NAME).isEqualTo("paracrine");
  }

  @Test
  void aReportWithoutProvenanceOrSignaturesStillBuilds() {
    assertThat(report().provenance()).isEmpty();
    assertThat(report().signatures()).isEmpty();
  }

  @Test
  void withProvenanceAttachesItAndKeepsEverythingElse() {
    Provenance p = Provenance.builder().libraryName("paracrine").libraryVersion("1.2.3")
        .checkedAt(Instant.parse("2026-11-28T04:43:30Z"))
        .addInput(InputDigest.builder().role(InputRole.LOT).kind("lot").id("L1").sha256(DIGEST).build()).build();
    ReleaseReport r = report().withProvenance(p);
    assertThat(r.provenance()).contains(p);
    assertThat(r.lotId()).isEqualTo("L1");
    assertThat(r.provenance().get().inputs(InputRole.LOT)).hasSize(1);
    assertThat(r.provenance().get().inputs(InputRole.PRODUCT)).isEmpty();
  }

  @Test
  void aDigestMustBe64LowercaseHexDigits() {
    assertThatThrownBy(() -> InputDigest.builder().role(InputRole.LOT).kind("lot").id("L1")
        .sha256(DIGEST.toUpperCase(java.util.Locale.ROOT)).build())
        .isInstanceOf(InvariantViolationException.class).hasMessageContaining("InputDigest.sha256")
        .hasMessageContaining("64 lowercase hexadecimal digits");
    assertThat(InputDigest.isSha256Hex(DIGEST)).isTrue();
    assertThat(InputDigest.isSha256Hex(DIGEST.substring(1))).isFalse();
  }

  @Test
  void theDigestTestAgreesWithTheDocumentedPatternOnGeneratedTexts() {
    java.util.regex.Pattern documented = java.util.regex.Pattern.compile("[0-9a-f]{64}");
    java.util.Random random = new java.util.Random(64L);
    String alphabet = "0123456789abcdefABCDEFgz/:`@G \u00e9\u0660";
    assertThat(InputDigest.isSha256Hex(null)).isFalse();
    for (int i = 0; i < 20_000; i++) {
      int length = random.nextInt(4) == 0 ? random.nextInt(70) : 63 + random.nextInt(3);
      StringBuilder sb = new StringBuilder(length);
      for (int k = 0; k < length; k++) {
        // mostly digest characters, so that near misses (one wrong character, one too many) are common
        sb.append(random.nextInt(40) == 0 ? alphabet.charAt(random.nextInt(alphabet.length()))
            : "0123456789abcdef".charAt(random.nextInt(16)));
      }
      String text = sb.toString();
      assertThat(InputDigest.isSha256Hex(text)).as(text).isEqualTo(documented.matcher(text).matches());
    }
  }

  @Test
  void aSignatureMustHoldADetachedCompactJws() {
    assertThatThrownBy(() -> ReportSignature.builder().signer("A").signedAt(Instant.EPOCH)
        .meaning(SignatureMeaning.APPROVED).algorithm("ES256").jws("eyJhbGciOiJFUzI1NiJ9.cGF5bG9hZA.c2ln").build())
        .isInstanceOf(InvariantViolationException.class).hasMessageContaining("ReportSignature.jws");
  }

  @Test
  void eachSignatureCoversTheReportWithOnlyTheSignaturesBeforeIt() {
    ReportSignature analyst = signature("A. Analyst", SignatureMeaning.AUTHORED);
    ReportSignature qa = signature("Q. Assurance", SignatureMeaning.APPROVED);
    ReleaseReport signed = report().withSignature(analyst).withSignature(qa);
    assertThat(signed.signatures()).containsExactly(analyst, qa);
    assertThat(signed.contentSignedBy(0)).isEqualTo(report());
    assertThat(signed.contentSignedBy(1).signatures()).containsExactly(analyst);
    assertThat(signed.contentSignedBy(2)).isEqualTo(signed);
    assertThatThrownBy(() -> signed.contentSignedBy(3)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
