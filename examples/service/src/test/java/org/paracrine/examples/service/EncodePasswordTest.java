package org.paracrine.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/** {@code java -jar paracrine-service.jar encode-password} prints a password the service accepts. */
class EncodePasswordTest {
  private static String run(String stdin, int expectedExit, boolean wantOut) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = ServiceApplication.encodePassword(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(exit).isEqualTo(expectedExit);
    return (wantOut ? out : err).toString(StandardCharsets.UTF_8).trim();
  }

  @Test
  void theEncodedPasswordMatchesThePasswordWithTheDelegatingEncoder() throws Exception {
    String encoded = run("s3cret words\n", 0, true);
    assertThat(encoded).startsWith("{bcrypt}$2a$10$");
    assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder().matches("s3cret words", encoded)).isTrue();
  }

  @Test
  void anEmptyInputIsAnErrorWithANonZeroExit() throws Exception {
    assertThat(run("", 2, false)).contains("no password on standard input");
  }
}
