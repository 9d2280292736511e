package org.paracrine.signature;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.factories.DefaultJWSSignerFactory;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.core.report.ReportSignature;
import org.paracrine.core.report.SignatureMeaning;
import org.paracrine.serialization.ParacrineJson;

/**
 * Signs release reports and verifies their signatures.
 *
 * <p>Signing adds one {@link ReportSignature} after the present ones. Its {@code jws} is a detached compact JWS
 * (RFC 7515 appendix F) with the unencoded payload option (RFC 7797: {@code "b64": false}, {@code "crit":
 * ["b64"]}); the payload is the UTF-8 canonical form ({@link ParacrineJson#canonical(Object)}) of
 * {@link ReleaseReport#contentSignedBy(int)} of the new signature's index, i.e. the report with the signatures
 * before it. The protected header holds {@code alg}, {@code kid}, and {@value #SIGNER}, {@value #SIGNED_AT}
 * (ISO-8601 instant) and {@value #MEANING} (a {@link SignatureMeaning} name), which verification compares with
 * the recorded values. Meaning, signer and time follow 21 CFR 11.50(a); the signature is linked to its record
 * (21 CFR 11.70) because any change to the signed content breaks it.
 *
 * <pre>{@code
 * ReleaseReport signed = ReportSigning.sign(report, analystKey, "A. Analyst", SignatureMeaning.AUTHORED, now);
 * signed = ReportSigning.sign(signed, qaKey, "Q. Assurance", SignatureMeaning.APPROVED, later);
 * List<SignatureCheck> checks = ReportSigning.verify(signed, List.of(analystPublic, qaPublic));
 * }</pre>
 */
public final class ReportSigning {
  /** Protected-header parameter holding the signer's name. */
  public static final String SIGNER = "paracrine.signer";
  /** Protected-header parameter holding the signing time. */
  public static final String SIGNED_AT = "paracrine.signedAt";
  /** Protected-header parameter holding the meaning of the signature. */
  public static final String MEANING = "paracrine.meaning";

  private static final ParacrineJson JSON = ParacrineJson.strict();

  private ReportSigning() {}

  /**
   * Returns the bytes that the signature at an index covers: the UTF-8 canonical form of
   * {@code report.contentSignedBy(index)}.
   *
   * @param report the report
   * @param index from 0 to {@code report.signatures().size()}
   * @return the payload bytes
   */
  public static byte[] signedBytes(ReleaseReport report, int index) {
    return JSON.canonical(report.contentSignedBy(index)).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Signs a report: returns it with one more signature.
   *
   * @param report the report (possibly already signed)
   * @param key the signer's private key
   * @param signer the signer's printed name
   * @param meaning what the signature means
   * @param signedAt when it is signed
   * @return the signed report
   * @throws IllegalArgumentException if the key cannot sign
   */
  public static ReleaseReport sign(ReleaseReport report, SigningKey key, String signer, SignatureMeaning meaning,
      Instant signedAt) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(meaning, "meaning");
    Objects.requireNonNull(signedAt, "signedAt");
    if (signer == null || signer.isBlank()) {
      throw new IllegalArgumentException("the signer's name must not be blank");
    }
    JWSHeader header = new JWSHeader.Builder(key.jwsAlgorithm()).keyID(key.keyId())
        .base64URLEncodePayload(false).criticalParams(Set.of("b64"))
        .customParam(SIGNER, signer).customParam(SIGNED_AT, signedAt.toString())
        .customParam(MEANING, meaning.name()).build();
    JWSObject jws = new JWSObject(header, new Payload(signedBytes(report, report.signatures().size())));
    try {
      jws.sign(new DefaultJWSSignerFactory().createJWSSigner(key.jwk(), key.jwsAlgorithm()));
    } catch (JOSEException e) {
      throw new IllegalArgumentException("the key cannot sign with " + key.algorithm() + ": " + e.getMessage(), e);
    }
    return report.withSignature(ReportSignature.builder().signer(signer).signedAt(signedAt).meaning(meaning)
        .algorithm(key.algorithm()).keyId(key.keyId()).jws(jws.serialize(true)).build());
  }

  /**
   * Verifies every signature of a report.
   *
   * @param report the report
   * @param keys the public keys of the signers; a signature is verified with the key of its key id
   * @return one check per signature, in order (empty for an unsigned report)
   */
  public static List<SignatureCheck> verify(ReleaseReport report, Collection<VerificationKey> keys) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(keys, "keys");
    List<SignatureCheck> checks = new ArrayList<>();
    for (int i = 0; i < report.signatures().size(); i++) {
      ReportSignature s = report.signatures().get(i);
      String reason = check(report, i, s, keys);
      checks.add(new SignatureCheck(i, s, reason == null, reason == null ? "valid" : reason));
    }
    return checks;
  }

  private static String check(ReleaseReport report, int index, ReportSignature s,
      Collection<VerificationKey> keys) {
    JWSObject jws;
    try {
      jws = JWSObject.parse(s.jws(), new Payload(signedBytes(report, index)));
    } catch (ParseException e) {
      return "the jws is not a detached compact JWS with a readable header";
    }
    JWSHeader h = jws.getHeader();
    if (h.isBase64URLEncodePayload()) {
      return "the JWS header does not declare the unencoded payload (\"b64\": false)";
    }
    if (!h.getAlgorithm().getName().equals(s.algorithm())) {
      return "the JWS header names algorithm " + h.getAlgorithm() + " but the record says " + s.algorithm();
    }
    String kid = h.getKeyID();
    if (!Objects.equals(kid, s.keyId().orElse(null))) {
      return "the JWS header names key " + kid + " but the record says " + s.keyId().orElse("none");
    }
    if (!s.signer().equals(h.getCustomParam(SIGNER))) {
      return "the signed signer name differs from the recorded signer";
    }
    if (!s.meaning().name().equals(h.getCustomParam(MEANING))) {
      return "the signed meaning " + h.getCustomParam(MEANING) + " differs from the recorded " + s.meaning();
    }
    try {
      Object at = h.getCustomParam(SIGNED_AT);
      if (!(at instanceof String) || !Instant.parse((String) at).equals(s.signedAt())) {
        return "the signed time " + at + " differs from the recorded " + s.signedAt();
      }
    } catch (DateTimeParseException e) {
      return "the signed time is not an ISO-8601 instant";
    }
    VerificationKey key = keys.stream().filter(k -> k.keyId().equals(kid)).findFirst().orElse(null);
    if (key == null) {
      return "no verification key with key id " + kid + " was given";
    }
    try {
      JWSVerifier verifier = new DefaultJWSVerifierFactory().createJWSVerifier(h, key.publicKey());
      if (!jws.verify(verifier)) {
        return "the signature does not match: the report content it covers (the report with the " + index
            + " signature" + (index == 1 ? "" : "s") + " before it) or the signature was changed, or the key is not"
            + " the signer's";
      }
    } catch (JOSEException | IllegalArgumentException e) {
      return "the signature cannot be checked with key " + kid + ": " + e.getMessage();
    }
    return null;
  }
}
