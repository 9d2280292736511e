package org.paracrine.examples.service;

import jakarta.servlet.DispatcherType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;

/**
 * Who may call the service. Every request except {@code GET /actuator/health} and {@code GET /actuator/info} needs
 * an authenticated principal: OAuth2 resource-server JWTs when {@code spring.security.oauth2.resourceserver.jwt.*}
 * is configured (Spring Boot then provides the {@link JwtDecoder}), else HTTP Basic with the users of
 * {@link ServiceUsers}. No session, no cookie (so no CSRF token is needed). A refusal is answered 401 or 403
 * with {@code application/problem+json} (the starter renders the error dispatch).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ServiceUsers.class)
public class SecurityConfiguration {
  private static final Logger LOG = LoggerFactory.getLogger(SecurityConfiguration.class);

  /** Creates the configuration. */
  public SecurityConfiguration() {
    // instantiated by Spring
  }

  /**
   * The filter chain.
   *
   * @param http the builder
   * @param jwt the JWT decoder, present when a resource server is configured
   * @return the chain
   * @throws Exception if the chain cannot be built
   */
  @Bean
  public SecurityFilterChain api(HttpSecurity http, ObjectProvider<JwtDecoder> jwt) throws Exception {
    http.authorizeHttpRequests(a -> a
            .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
            .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info")
            .permitAll()
            .anyRequest().authenticated())
        .csrf(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    if (jwt.getIfAvailable() != null) {
      http.oauth2ResourceServer(o -> o.jwt(Customizer.withDefaults())
          .authenticationEntryPoint(problem(new BearerTokenAuthenticationEntryPoint())));
    } else {
      BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
      basic.setRealmName("paracrine");
      basic.afterPropertiesSet();
      http.httpBasic(b -> b.authenticationEntryPoint(problem(basic)));
    }
    return http.build();
  }

  /**
   * Lets an entry point set its challenge headers, then hands the status to the error dispatch, which the starter
   * renders as {@code application/problem+json}.
   */
  private static AuthenticationEntryPoint problem(AuthenticationEntryPoint challenge) {
    return (request, response, e) -> {
      challenge.commence(request, response, e);
      if (!response.isCommitted()) {
        try {
          response.sendError(response.getStatus() >= 400 ? response.getStatus() : 401);
        } catch (IllegalStateException | IOException ignored) {
          // the entry point already wrote the response
        }
      }
    };
  }

  /**
   * The HTTP Basic users from configuration.
   *
   * @param users the configured users
   * @return the user store
   * @throws IllegalStateException if a password is not encoded with a known algorithm
   */
  @Bean
  public UserDetailsService serviceUsers(ServiceUsers users) {
    PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    List<UserDetails> details = new ArrayList<>();
    for (Map.Entry<String, ServiceUsers.User> e : users.users().entrySet()) {
      String password = e.getValue().password();
      if (password == null || !password.matches("\\{[A-Za-z0-9@_.-]+\\}.+") || password.startsWith("{noop}")) {
        throw new IllegalStateException("service.users." + e.getKey() + ".password must be an encoded password "
            + "with its algorithm, e.g. {bcrypt}$2a$10$...; plain-text passwords are not accepted");
      }
      details.add(User.withUsername(e.getKey()).password(password).passwordEncoder(p -> p)
          .roles(e.getValue().roles().toArray(String[]::new)).build());
    }
    if (details.isEmpty()) {
      LOG.warn("no service.users configured and no JWT resource server: every release check will be refused (401)");
    }
    // Only the lookup is exposed: an InMemoryUserDetailsManager bean would also be a UserDetailsPasswordService,
    // and Spring Security would then re-hash every stored password at its default cost on first use, which
    // silently changes the configured cost of every later request.
    InMemoryUserDetailsManager manager = new InMemoryUserDetailsManager(details);
    return manager::loadUserByUsername;
  }

  /**
   * The password encoder that reads the {@code {id}} prefix of each stored password.
   *
   * @return the delegating encoder
   */
  @Bean
  public PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }
}
