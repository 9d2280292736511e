package org.paracrine.signature;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.AsymmetricJWK;
import com.nimbusds.jose.jwk.JWK;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.Objects;

/**
 * A public key that verifies report signatures, with the key id signatures name it by. Read from a JWK (public or
 * private; only the public part is kept) or from a PKCS#12 keystore entry (key or certificate). Immutable.
 */
public final class VerificationKey {
  private final JWK jwk;
  private final String keyId;

  private VerificationKey(JWK jwk, String keyId) {
    this.jwk = jwk;
    this.keyId = keyId;
  }

  static VerificationKey of(JWK publicJwk, String keyId) {
    return new VerificationKey(publicJwk, keyId);
  }

  /**
   * Reads a JSON Web Key (RFC 7517); a private key is reduced to its public part.
   *
   * @param json the JWK text
   * @return the key
   * @throws IllegalArgumentException if the text is not an RSA or EC JWK
   */
  public static VerificationKey fromJwk(String json) {
    JWK jwk = KeyMaterial.parseJwk(Objects.requireNonNull(json, "json"));
    KeyMaterial.algorithm(jwk);
    return new VerificationKey(jwk.toPublicJWK(), KeyMaterial.keyId(jwk));
  }

  /**
   * Reads a JSON Web Key from a stream (UTF-8).
   *
   * @param in the stream, not closed
   * @return the key
   * @throws IllegalArgumentException if the content is not an RSA or EC JWK
   */
  public static VerificationKey fromJwk(InputStream in) {
    return fromJwk(new String(KeyMaterial.readAll(in), StandardCharsets.UTF_8));
  }

  /**
   * Reads the public key of one entry of a PKCS#12 keystore.
   *
   * @param in the keystore, not closed
   * @param password the keystore password
   * @param alias the entry, or null when the keystore holds exactly one
   * @return the key
   * @throws IllegalArgumentException if the keystore cannot be opened or holds no such entry
   */
  public static VerificationKey fromPkcs12(InputStream in, char[] password, String alias) {
    JWK jwk = KeyMaterial.loadPkcs12(Objects.requireNonNull(in, "in"), password, alias);
    return new VerificationKey(jwk.toPublicJWK(), KeyMaterial.keyId(jwk));
  }

  /**
   * Returns the key id.
   *
   * @return the kid (the JWK's {@code kid}, the PKCS#12 alias, or the RFC 7638 thumbprint)
   */
  public String keyId() {
    return keyId;
  }

  PublicKey publicKey() {
    try {
      return ((AsymmetricJWK) jwk).toPublicKey();
    } catch (JOSEException | ClassCastException e) {
      throw new IllegalArgumentException("the key has no usable public part: " + e.getMessage(), e);
    }
  }
}
