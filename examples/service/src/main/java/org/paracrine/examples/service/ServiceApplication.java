package org.paracrine.examples.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Entry point of the example release-check service. */
@SpringBootApplication
public class ServiceApplication {
  /**
   * Starts the service.
   *
   * @param args command-line arguments (Spring Boot properties such as {@code --server.port=8080})
   */
  public static void main(String[] args) {
    SpringApplication.run(ServiceApplication.class, args);
  }
}
