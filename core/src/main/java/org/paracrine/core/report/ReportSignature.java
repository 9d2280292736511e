package org.paracrine.core.report;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.paracrine.core.internal.Check;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An electronic signature on a {@link ReleaseReport}: who signed, when, with which meaning, and the detached JSON
 * Web Signature (RFC 7515, compact serialization with the payload left out as in its appendix F; unencoded payload
 * as in RFC 7797) that proves it.
 *
 * <p>What is signed: the canonical form (RFC 8785, as {@code ParacrineJson.canonical} writes it) of the report
 * as it was when this signature was added, that is {@link ReleaseReport#contentSignedBy(int)} of this signature's
 * index: the report with only the signatures before this one. So a second signature (QA approval) also covers the
 * first (the analyst's), and removing or changing an earlier signature breaks every later one. The JWS protected
 * header repeats {@link #signer()}, {@link #signedAt()} and {@link #meaning()} (header parameters
 * {@code "paracrine.signer"}, {@code "paracrine.signedAt"}, {@code "paracrine.meaning"}), so they are signed too;
 * a verifier checks that they equal the recorded values.
 *
 * <p>In JSON (member {@code signatures} of a report, in signing order):
 *
 * <pre>{@code
 * {"algorithm": "ES256", "jws": "eyJhbGciOi...J9..MEUCIQ...", "keyId": "qa-2026",
 *  "meaning": "APPROVED", "signedAt": "2026-11-28T09:15:00Z", "signer": "Dr. A. Quality"}
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReportSignature.class)
@JsonDeserialize(as = ImmutableReportSignature.class)
public abstract class ReportSignature {
  private static final Pattern DETACHED_COMPACT_JWS = Pattern.compile("[A-Za-z0-9_-]+\\.\\.[A-Za-z0-9_-]+");

  ReportSignature() {}

  /**
   * Returns the printed name of the signer (21 CFR 11.50(a)(1)).
   *
   * @return the name
   */
  public abstract String signer();

  /**
   * Returns when the signature was executed (21 CFR 11.50(a)(2)).
   *
   * @return the instant (UTC)
   */
  public abstract Instant signedAt();

  /**
   * Returns the meaning of the signature (21 CFR 11.50(a)(3)).
   *
   * @return the meaning
   */
  public abstract SignatureMeaning meaning();

  /**
   * Returns the JWS algorithm ({@code "alg"} header), e.g. {@code "ES256"}, {@code "RS256"} or {@code "PS256"}.
   *
   * @return the algorithm name
   */
  public abstract String algorithm();

  /**
   * Returns the id of the signing key ({@code "kid"} header), when the key has one.
   *
   * @return the key id, or empty
   */
  public abstract Optional<String> keyId();

  /**
   * Returns the detached JWS in compact serialization: {@code <protected header>..<signature>}, both base64url.
   *
   * @return the JWS text
   */
  public abstract String jws();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableReportSignature.Builder builder() {
    return ImmutableReportSignature.builder();
  }

  @Value.Check
  void check() {
    Check.notBlank(signer(), "ReportSignature", "signer");
    Check.notBlank(algorithm(), "ReportSignature", "algorithm");
    keyId().ifPresent(k -> Check.notBlank(k, "ReportSignature", "keyId"));
    Check.require(DETACHED_COMPACT_JWS.matcher(jws()).matches(), "ReportSignature", "jws",
        jws().length() > 40 ? jws().substring(0, 40) + "..." : jws(),
        "a detached compact JWS: <base64url header>..<base64url signature>");
  }
}
