package org.paracrine.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.paracrine.signature.SigningKey;
import org.paracrine.signature.VerificationKey;
import picocli.CommandLine.Option;

/**
 * Key options shared by {@code sign} and {@code verify}: a JWK file, or a PKCS#12 keystore ({@code .p12},
 * {@code .pfx}) with its password taken from an environment variable or a file (never from the command line, where
 * other users could see it).
 */
final class Keys {
  @Option(names = "--alias", paramLabel = "ALIAS",
      description = "The PKCS#12 entry to use (default: the keystore's only entry).")
  String alias;

  @Option(names = "--password-env", paramLabel = "VAR",
      description = "Environment variable holding the PKCS#12 password.")
  String passwordEnv;

  @Option(names = "--password-file", paramLabel = "FILE",
      description = "File holding the PKCS#12 password (first line).")
  Path passwordFile;

  static boolean isPkcs12(Path f) {
    String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".p12") || n.endsWith(".pfx");
  }

  private char[] password() throws IOException {
    if (passwordEnv != null) {
      String v = System.getenv(passwordEnv);
      if (v == null) {
        throw new IllegalArgumentException("the environment variable " + passwordEnv + " is not set");
      }
      return v.toCharArray();
    }
    if (passwordFile != null) {
      String v = Files.readString(passwordFile, StandardCharsets.UTF_8);
      int nl = v.indexOf('\n');
      return (nl >= 0 ? v.substring(0, nl) : v).replace("\r", "").toCharArray();
    }
    throw new IllegalArgumentException("a PKCS#12 keystore needs its password: give --password-env or "
        + "--password-file");
  }

  SigningKey signing(Path f) throws IOException {
    try (InputStream in = Files.newInputStream(f)) {
      return isPkcs12(f) ? SigningKey.fromPkcs12(in, password(), alias) : SigningKey.fromJwk(in);
    }
  }

  VerificationKey verification(Path f) throws IOException {
    try (InputStream in = Files.newInputStream(f)) {
      return isPkcs12(f) ? VerificationKey.fromPkcs12(in, password(), alias) : VerificationKey.fromJwk(in);
    }
  }
}
