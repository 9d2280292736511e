package org.paracrine.spring;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;
import org.paracrine.core.lot.ReferenceSeries;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.serialization.ParacrineJson;
import org.paracrine.serialization.ParacrineModule;
import org.paracrine.spring.internal.BodyLimitFilter;
import org.paracrine.spring.internal.DocumentLoader;
import org.paracrine.spring.internal.ParacrineExceptionHandler;
import org.paracrine.spring.internal.ParacrineHealthIndicator;
import org.paracrine.spring.internal.ParacrineInfoContributor;
import org.paracrine.spring.internal.ProblemErrorController;
import org.paracrine.validation.ReleaseChecker;
import org.paracrine.validation.ReleaseProfile;
import org.paracrine.validation.StructuralValidator;
import org.paracrine.validation.profiles.BuiltInProfiles;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Auto-configuration of Paracrine for Spring Boot 4.1 services. Every bean backs off when the application
 * declares its own of the same type.
 *
 * <ul>
 *   <li>{@link ParacrineJson} with the {@code paracrine.read.*} limits, and {@link ParacrineModule} on Spring's
 *       own {@code JsonMapper};
 *   <li>{@link ParacrineHttpMessageConverter} ahead of the default converters (strict, exact, bounded by
 *       {@code paracrine.http.max-body-size} and {@code paracrine.request.*});
 *   <li>Paracrine's Hibernate Validator configuration on Spring's validator, so {@code @Valid} sees the
 *       constraints on the core types' fluent accessors;
 *   <li>{@link ReleaseChecks} and a {@link ReleaseChecker} built from {@code paracrine.checker.*} (built-in
 *       profiles on or off, specifications and reference series loaded from resource locations) and from
 *       {@link ReleaseCheckerCustomizer} beans, dated by the clock bean {@code paracrineClock};
 *   <li>in a servlet web application: {@code application/problem+json} for every error (including 404, 405, 406,
 *       415, 500 and errors raised outside Spring MVC such as Spring Security's 401), with observed values cut to
 *       {@code paracrine.http.observed-prefix-length} characters and their length, and a filter answering 413 to
 *       a declared body over the limit;
 *   <li>with Actuator: a {@code paracrine} section in {@code info} and a {@code paracrine} health indicator.
 * </ul>
 */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration")
@EnableConfigurationProperties(ParacrineProperties.class)
public class ParacrineAutoConfiguration {

  /** Creates the configuration. */
  public ParacrineAutoConfiguration() {
    // instantiated by Spring
  }

  /**
   * The record-format reader and writer with the configured read limits.
   *
   * @param properties the settings
   * @return strict {@code ParacrineJson}
   */
  @Bean
  @ConditionalOnMissingBean
  public ParacrineJson paracrineJson(ParacrineProperties properties) {
    return ParacrineJson.builder().limits(properties.getRead().toReadLimits()).build();
  }

  /**
   * Paracrine's Jackson module, which Spring Boot registers on its {@code JsonMapper}.
   *
   * @return the module
   */
  @Bean
  @ConditionalOnMissingBean
  public ParacrineModule paracrineJacksonModule() {
    return new ParacrineModule();
  }

  /**
   * The clock that dates release checks: fixed at {@code paracrine.checker.fixed-clock} when set, else the
   * system clock in UTC.
   *
   * @param properties the settings
   * @return the clock
   */
  @Bean
  @ConditionalOnMissingBean(name = "paracrineClock")
  public Clock paracrineClock(ParacrineProperties properties) {
    Instant fixed = properties.getChecker().getFixedClock();
    return fixed == null ? Clock.systemUTC() : Clock.fixed(fixed, ZoneOffset.UTC);
  }

  /**
   * Release checks built from the properties and customizers.
   *
   * @param properties the settings
   * @param json the document reader
   * @param resolver resolves the specification and reference-series locations
   * @param customizers the application's adjustments, in order
   * @param clock the clock
   * @return the release checks
   */
  @Bean
  @ConditionalOnMissingBean
  public ReleaseChecks paracrineReleaseChecks(ParacrineProperties properties, ParacrineJson json,
      ResourcePatternResolver resolver, ObjectProvider<ReleaseCheckerCustomizer> customizers,
      @Qualifier("paracrineClock") Clock clock) {
    ParacrineProperties.Checker c = properties.getChecker();
    DocumentLoader loader = new DocumentLoader(resolver, json);
    List<ReleaseSpecification> specifications = loader.load(c.getSpecifications(), ReleaseSpecification.class,
        "paracrine.checker.specifications");
    List<ReferenceSeries> series = loader.load(c.getReferenceSeries(), ReferenceSeries.class,
        "paracrine.checker.reference-series");
    List<ReleaseCheckerCustomizer> ordered = customizers.orderedStream().toList();
    List<ReleaseProfile> profiles = c.isBuiltInProfiles() ? BuiltInProfiles.all() : List.of();
    Supplier<ReleaseChecker.Builder> builders = () -> {
      ReleaseChecker.Builder b = ReleaseChecker.builder().structuralValidation(c.isStructuralValidation())
          .clock(clock).addProfiles(profiles).addSpecifications(specifications);
      series.forEach(b::addReferenceSeries);
      ordered.forEach(k -> k.customize(b));
      return b;
    };
    return new ReleaseChecks(builders);
  }

  /**
   * The configured checker.
   *
   * @param checks the release checks
   * @return their shared checker
   */
  @Bean
  @ConditionalOnMissingBean
  public ReleaseChecker paracrineReleaseChecker(ReleaseChecks checks) {
    return checks.checker();
  }

  /**
   * Applies Paracrine's validator configuration (fluent getters, English messages) to Spring's validator.
   *
   * @return the customizer
   */
  @Bean
  @ConditionalOnClass(ValidationConfigurationCustomizer.class)
  public ValidationConfigurationCustomizer paracrineValidationCustomizer() {
    return StructuralValidator::configure;
  }

  /** HTTP parts, in a servlet web application. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @ConditionalOnClass(ServerHttpMessageConvertersCustomizer.class)
  public static class Web {

    /** Creates the configuration. */
    public Web() {
      // instantiated by Spring
    }

    /**
     * The converter for Paracrine documents and requests.
     *
     * @param properties the settings
     * @param json the reader and writer
     * @return the converter
     */
    @Bean
    @ConditionalOnMissingBean
    public ParacrineHttpMessageConverter paracrineHttpMessageConverter(ParacrineProperties properties,
        ParacrineJson json) {
      return new ParacrineHttpMessageConverter(json, maxBodyBytes(properties),
          properties.getRequest().toRequestLimits());
    }

    /**
     * Puts the converter ahead of the default converters of Spring MVC.
     *
     * @param converter the converter
     * @return the customizer
     */
    @Bean
    public ServerHttpMessageConvertersCustomizer paracrineServerConverters(ParacrineHttpMessageConverter converter) {
      return builder -> builder.addCustomConverter(converter);
    }

    /**
     * Problem responses for every error of a Spring MVC handler.
     *
     * @param properties the settings
     * @return the handler
     */
    @Bean
    @ConditionalOnMissingBean
    public ParacrineExceptionHandler paracrineExceptionHandler(ParacrineProperties properties) {
      return new ParacrineExceptionHandler(properties.getHttp().getObservedPrefixLength());
    }

    /**
     * Problem responses for errors outside Spring MVC (replaces Spring Boot's error controller).
     *
     * @return the controller
     */
    @Bean
    @ConditionalOnMissingBean(ErrorController.class)
    public ProblemErrorController paracrineErrorController() {
      return new ProblemErrorController();
    }

    /**
     * The body-size filter, first in the chain.
     *
     * @param properties the settings
     * @return the registration
     */
    @Bean
    @ConditionalOnMissingBean(name = "paracrineBodyLimitFilter")
    public FilterRegistrationBean<BodyLimitFilter> paracrineBodyLimitFilter(ParacrineProperties properties) {
      FilterRegistrationBean<BodyLimitFilter> r = new FilterRegistrationBean<>(
          new BodyLimitFilter(maxBodyBytes(properties)));
      r.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
      return r;
    }

    private static long maxBodyBytes(ParacrineProperties properties) {
      return properties.getHttp().getMaxBodySize() != null ? properties.getHttp().getMaxBodySize().toBytes()
          : properties.getRead().getMaxDocumentLength().toBytes();
    }
  }

  /** Actuator contributions, when Actuator is present. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass({InfoContributor.class, HealthIndicator.class})
  public static class Actuator {

    /** Creates the configuration. */
    public Actuator() {
      // instantiated by Spring
    }

    /**
     * The {@code paracrine} section of the {@code info} endpoint.
     *
     * @param checker the checker
     * @param properties the settings
     * @return the contributor
     */
    @Bean
    @ConditionalOnMissingBean(name = "paracrineInfoContributor")
    public InfoContributor paracrineInfoContributor(ReleaseChecker checker, ParacrineProperties properties) {
      return new ParacrineInfoContributor(checker, properties.getRequest().toRequestLimits(),
          Web.maxBodyBytes(properties));
    }

    /**
     * The {@code paracrine} health indicator.
     *
     * @param checker the checker
     * @return the indicator
     */
    @Bean
    @ConditionalOnMissingBean(name = "paracrineHealthIndicator")
    public HealthIndicator paracrineHealthIndicator(ReleaseChecker checker) {
      return new ParacrineHealthIndicator(checker);
    }
  }
}
