package org.paracrine.examples.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Users allowed to call the service with HTTP Basic, from configuration ({@code service.users.<name>.password}
 * and {@code service.users.<name>.roles}). Passwords are stored encoded with their algorithm as prefix, e.g.
 * {@code {bcrypt}$2a$10$...}; a plain-text password is refused at start-up. Unused when the service validates JWTs.
 *
 * @param users the users by name; empty means that nobody can call the service
 */
@ConfigurationProperties("service")
public record ServiceUsers(Map<String, User> users) {

  /**
   * Copies the map.
   *
   * @param users the users, or null for none
   */
  public ServiceUsers {
    users = users == null ? Map.of() : new LinkedHashMap<>(users);
  }

  /**
   * One user.
   *
   * @param password the encoded password, {@code {id}encoded}
   * @param roles the roles (default {@code CHECKER})
   */
  public record User(String password, List<String> roles) {
    /**
     * Defaults the roles.
     *
     * @param password the encoded password
     * @param roles the roles, or null
     */
    public User {
      roles = roles == null || roles.isEmpty() ? List.of("CHECKER") : List.copyOf(roles);
    }
  }
}
