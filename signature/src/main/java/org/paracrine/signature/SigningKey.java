package org.paracrine.signature;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A private key that signs reports: RSA (signed with PS256 unless the JWK names another {@code alg}) or EC P-256,
 * P-384 or P-521 (ES256, ES384, ES512). Its key id is the JWK's {@code kid}, or for a key without one (and for
 * PKCS#12 entries, whose alias becomes the kid) as loaded; else the RFC 7638 thumbprint. Immutable.
 *
 * <pre>{@code
 * SigningKey key = SigningKey.fromPkcs12(Files.newInputStream(p12), password, null);
 * }</pre>
 */
public final class SigningKey {
  private final JWK jwk;
  private final JWSAlgorithm algorithm;
  private final String keyId;

  private SigningKey(JWK jwk) {
    if (!jwk.isPrivate()) {
      throw new IllegalArgumentException("the key holds no private part: a signing key needs one");
    }
    this.jwk = jwk;
    this.algorithm = KeyMaterial.algorithm(jwk);
    this.keyId = KeyMaterial.keyId(jwk);
  }

  /**
   * Reads a private JSON Web Key (RFC 7517).
   *
   * @param json the JWK text
   * @return the key
   * @throws IllegalArgumentException if the text is not a private RSA or EC JWK
   */
  public static SigningKey fromJwk(String json) {
    return new SigningKey(KeyMaterial.parseJwk(Objects.requireNonNull(json, "json")));
  }

  /**
   * Reads a private JSON Web Key from a stream (UTF-8).
   *
   * @param in the stream, not closed
   * @return the key
   * @throws IllegalArgumentException if the content is not a private RSA or EC JWK
   */
  public static SigningKey fromJwk(InputStream in) {
    return fromJwk(new String(KeyMaterial.readAll(in), StandardCharsets.UTF_8));
  }

  /**
   * Reads the private key of one entry of a PKCS#12 keystore.
   *
   * @param in the keystore, not closed
   * @param password the keystore and key password
   * @param alias the entry, or null when the keystore holds exactly one
   * @return the key
   * @throws IllegalArgumentException if the keystore cannot be opened (e.g. wrong password) or holds no such key
   */
  public static SigningKey fromPkcs12(InputStream in, char[] password, String alias) {
    return new SigningKey(KeyMaterial.loadPkcs12(Objects.requireNonNull(in, "in"), password, alias));
  }

  /**
   * Returns the key id recorded with each signature.
   *
   * @return the kid
   */
  public String keyId() {
    return keyId;
  }

  /**
   * Returns the JWS algorithm used.
   *
   * @return e.g. {@code "ES256"}
   */
  public String algorithm() {
    return algorithm.getName();
  }

  /**
   * Returns the public part, to verify signatures made with this key.
   *
   * @return the verification key
   */
  public VerificationKey verificationKey() {
    return VerificationKey.of(jwk.toPublicJWK(), keyId);
  }

  JWK jwk() {
    return jwk;
  }

  JWSAlgorithm jwsAlgorithm() {
    return algorithm;
  }
}
