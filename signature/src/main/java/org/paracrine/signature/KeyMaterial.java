package org.paracrine.signature;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Loading and describing keys (package-private helper). */
final class KeyMaterial {
  private KeyMaterial() {}

  static JWK parseJwk(String json) {
    try {
      return JWK.parse(json);
    } catch (ParseException e) {
      throw new IllegalArgumentException("not a JSON Web Key (RFC 7517): " + e.getMessage(), e);
    }
  }

  static JWK loadPkcs12(InputStream in, char[] password, String alias) {
    KeyStore ks;
    try {
      ks = KeyStore.getInstance("PKCS12");
      ks.load(in, password);
    } catch (IOException e) {
      if (e.getCause() instanceof java.security.UnrecoverableKeyException || e.getMessage() != null
          && e.getMessage().contains("password")) {
        throw new IllegalArgumentException("cannot open the PKCS#12 keystore: wrong password", e);
      }
      throw new IllegalArgumentException("cannot open the PKCS#12 keystore: " + e.getMessage(), e);
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("cannot open the PKCS#12 keystore: " + e.getMessage(), e);
    }
    try {
      String chosen = alias;
      if (chosen == null) {
        List<String> aliases = new ArrayList<>();
        for (String a : Collections.list(ks.aliases())) {
          if (ks.isKeyEntry(a) || ks.isCertificateEntry(a)) {
            aliases.add(a);
          }
        }
        if (aliases.size() != 1) {
          throw new IllegalArgumentException("the PKCS#12 keystore holds " + aliases.size() + " entries "
              + aliases + "; name the one to use (alias)");
        }
        chosen = aliases.get(0);
      } else if (!ks.containsAlias(chosen)) {
        throw new IllegalArgumentException("the PKCS#12 keystore has no entry \"" + chosen + "\"; it holds "
            + Collections.list(ks.aliases()));
      }
      return toJwk(ks, chosen, password);
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("cannot read the key from the PKCS#12 keystore: " + e.getMessage(), e);
    }
  }

  /** Builds the JWK of a keystore entry with the JDK alone (no certificate parsing library needed). */
  private static JWK toJwk(KeyStore ks, String alias, char[] password) throws GeneralSecurityException {
    java.security.cert.Certificate cert = ks.getCertificate(alias);
    if (cert == null) {
      throw new IllegalArgumentException("the PKCS#12 entry \"" + alias + "\" has no certificate");
    }
    java.security.PublicKey pub = cert.getPublicKey();
    java.security.Key priv = ks.isKeyEntry(alias) ? ks.getKey(alias, password) : null;
    if (pub instanceof java.security.interfaces.RSAPublicKey) {
      RSAKey.Builder b = new RSAKey.Builder((java.security.interfaces.RSAPublicKey) pub).keyID(alias);
      if (priv instanceof java.security.PrivateKey) {
        b.privateKey((java.security.PrivateKey) priv);
      }
      return b.build();
    }
    if (pub instanceof java.security.interfaces.ECPublicKey) {
      java.security.interfaces.ECPublicKey ec = (java.security.interfaces.ECPublicKey) pub;
      Curve curve = Curve.forECParameterSpec(ec.getParams());
      if (curve == null) {
        throw new IllegalArgumentException("the EC curve of PKCS#12 entry \"" + alias + "\" is not supported; use "
            + "P-256, P-384 or P-521");
      }
      ECKey.Builder b = new ECKey.Builder(curve, ec).keyID(alias);
      if (priv instanceof java.security.PrivateKey) {
        b.privateKey((java.security.PrivateKey) priv);
      }
      return b.build();
    }
    throw new IllegalArgumentException("the PKCS#12 entry \"" + alias + "\" holds a " + pub.getAlgorithm()
        + " key; use an RSA or EC key");
  }

  /** Reads a whole (small) key file. */
  static byte[] readAll(InputStream in) {
    try {
      return in.readNBytes(1024 * 1024);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the key", e);
    }
  }

  static JWSAlgorithm algorithm(JWK jwk) {
    if (jwk.getAlgorithm() != null) {
      return JWSAlgorithm.parse(jwk.getAlgorithm().getName());
    }
    if (jwk instanceof RSAKey) {
      return JWSAlgorithm.PS256;
    }
    if (jwk instanceof ECKey) {
      Curve c = ((ECKey) jwk).getCurve();
      if (Curve.P_256.equals(c)) {
        return JWSAlgorithm.ES256;
      } else if (Curve.P_384.equals(c)) {
        return JWSAlgorithm.ES384;
      } else if (Curve.P_521.equals(c)) {
        return JWSAlgorithm.ES512;
      }
      throw new IllegalArgumentException("EC curve " + c + " is not supported; use P-256, P-384 or P-521");
    }
    throw new IllegalArgumentException("a " + jwk.getKeyType() + " key is not supported; use an RSA (2048 bits or "
        + "more) or EC (P-256, P-384, P-521) key");
  }

  static String keyId(JWK jwk) {
    if (jwk.getKeyID() != null && !jwk.getKeyID().isBlank()) {
      return jwk.getKeyID();
    }
    try {
      return jwk.computeThumbprint().toString(); // RFC 7638
    } catch (JOSEException e) {
      throw new IllegalArgumentException("cannot compute the key's thumbprint: " + e.getMessage(), e);
    }
  }
}
