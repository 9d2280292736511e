package org.paracrine.examples.service;

import org.paracrine.serialization.ParacrineModule;
import org.paracrine.validation.StructuralValidator;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;

/**
 * Wires Paracrine into Spring Boot: Paracrine's Jackson module on Spring's own {@code JsonMapper} (strict about
 * unknown properties, duplicate keys and floats, which Spring Boot relaxes by default) and Paracrine's validator
 * configuration on Spring's Bean Validation bootstrap, so {@code @Valid} sees the constraints on the core types'
 * fluent accessors.
 */
@Configuration(proxyBeanMethods = false)
public class ParacrineServiceConfiguration {

  /** Creates the configuration. */
  public ParacrineServiceConfiguration() {
    // Spring instantiates configurations reflectively.
  }

  /**
   * Registers {@link ParacrineModule} and strict reading on the auto-configured mapper.
   *
   * @return the customizer
   */
  @Bean
  public JsonMapperBuilderCustomizer paracrineJson() {
    return builder -> builder.addModule(new ParacrineModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
  }

  /**
   * Applies Paracrine's validator configuration (fluent getters, English messages) to Spring's validator.
   *
   * @return the customizer
   */
  @Bean
  public ValidationConfigurationCustomizer paracrineValidation() {
    return StructuralValidator::configure;
  }
}
