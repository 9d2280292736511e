package org.paracrine.examples.service;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Entry point of the example release-check service. */
@SpringBootApplication
public class ServiceApplication {
  /**
   * Starts the service, or with the single argument {@code encode-password} reads a password from standard input
   * and prints it encoded for {@code service.users.<name>.password} ({@code {bcrypt}...}, cost 10), then exits.
   *
   * @param args Spring Boot properties such as {@code --server.port=8080}, or {@code encode-password}
   * @throws java.io.IOException if standard input cannot be read
   */
  public static void main(String[] args) throws java.io.IOException {
    if (args.length == 1 && "encode-password".equals(args[0])) {
      System.exit(encodePassword(System.in, System.out, System.err));
    }
    SpringApplication.run(ServiceApplication.class, args);
  }

  /**
   * Encodes the first line of a stream as a bcrypt password with its algorithm prefix.
   *
   * @param in the stream holding the password
   * @param out where the encoded password is printed
   * @param err where a missing password is reported
   * @return the exit code: 0, or 2 when the line is missing or empty
   * @throws java.io.IOException if the stream cannot be read
   */
  static int encodePassword(InputStream in, PrintStream out, PrintStream err) throws java.io.IOException {
    String password = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
    if (password == null || password.isEmpty()) {
      err.println("encode-password: no password on standard input (expected one line holding the password)");
      return 2;
    }
    out.println("{bcrypt}" + new BCryptPasswordEncoder(10).encode(password));
    return 0;
  }
}
