package org.paracrine.examples.service;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.product.SecretomeProduct;
import org.paracrine.serialization.ParacrineJson;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** A plain HTTP client of the service, and the user the tests configure. */
final class ServiceClient {
  static final String USER = "analyst";
  static final String PASSWORD = "correct horse battery staple";
  /** BCrypt at cost 4 keeps the tests fast; production hashes use cost 10 or more. */
  static final String PASSWORD_HASH = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD);
  static final ParacrineJson JSON = ParacrineJson.strict();

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final int port;

  ServiceClient(int port) {
    this.port = port;
  }

  static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  static String request(SecretomeProduct product, Lot lot, String specifications) {
    return request(JSON.write(product), JSON.write(lot), specifications);
  }

  static String request(String product, String lot, String specifications) {
    return "{\"product\":" + product + ",\"lot\":" + lot
        + (specifications == null ? "" : ",\"specifications\":" + specifications) + "}";
  }

  HttpRequest.Builder to(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(60));
  }

  HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String body) throws IOException, InterruptedException {
    return send(to("/release-checks").header("Content-Type", "application/json")
        .header("Authorization", basic(USER, PASSWORD)).POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }
}
