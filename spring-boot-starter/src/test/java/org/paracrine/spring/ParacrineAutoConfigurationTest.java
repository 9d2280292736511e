package org.paracrine.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.paracrine.core.samples.ReferenceLots;
import org.paracrine.core.samples.ReferenceProducts;
import org.paracrine.serialization.ParacrineJson;
import org.paracrine.validation.ReleaseChecker;
import org.paracrine.validation.profiles.BuiltInProfiles;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The auto-configuration's beans, their properties and how an application overrides them. */
class ParacrineAutoConfigurationTest {
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(ParacrineAutoConfiguration.class));

  @Test
  void theDefaultCheckerHasEveryBuiltInProfileAndNoSpecification() {
    runner.run(context -> {
      ReleaseChecker checker = context.getBean(ReleaseChecker.class);
      assertThat(checker.profiles()).hasSameSizeAs(BuiltInProfiles.all());
      assertThat(checker.specifications()).isEmpty();
      assertThat(context).hasSingleBean(ParacrineJson.class).hasSingleBean(ReleaseChecks.class)
          .doesNotHaveBean(ParacrineHttpMessageConverter.class);
    });
  }

  @Test
  void specificationsAreLoadedFromAClassPathPatternAndBuiltInProfilesCanBeSwitchedOff() {
    runner.withPropertyValues("paracrine.checker.built-in-profiles=false",
        "paracrine.checker.specifications=classpath*:specifications/*.json").run(context -> {
          ReleaseChecker checker = context.getBean(ReleaseChecker.class);
          assertThat(checker.profiles()).isEmpty();
          assertThat(checker.specifications()).singleElement()
              .satisfies(s -> assertThat(s.id()).isEqualTo("example-ev-iv-release"));
        });
  }

  @Test
  void aLocationThatMatchesNothingStopsTheStartNamingTheProperty() {
    runner.withPropertyValues("paracrine.checker.specifications=classpath*:nowhere/*.json").run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause()
          .hasMessageContaining("paracrine.checker.specifications").hasMessageContaining("classpath*:nowhere/*.json");
    });
  }

  @Test
  void readLimitsAndRequestLimitsAreBoundFromProperties() {
    new WebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(ParacrineAutoConfiguration.class))
        .withPropertyValues("paracrine.read.max-nesting-depth=12", "paracrine.http.max-body-size=64KB",
            "paracrine.request.max-test-results=7")
        .run(context -> {
          assertThat(context.getBean(ParacrineJson.class).limits().maxNestingDepth()).isEqualTo(12);
          assertThat(context.getBean(ParacrineHttpMessageConverter.class).maxBodyBytes()).isEqualTo(64 * 1024);
          assertThat(context.getBean(ParacrineProperties.class).getRequest().toRequestLimits().maxTestResults())
              .isEqualTo(7);
        });
  }

  @Test
  void theBodyLimitDefaultsToTheDocumentReadLimit() {
    new WebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(ParacrineAutoConfiguration.class))
        .withPropertyValues("paracrine.read.max-document-length=3MB")
        .run(context -> assertThat(context.getBean(ParacrineHttpMessageConverter.class).maxBodyBytes())
            .isEqualTo(3L * 1024 * 1024));
  }

  @Test
  void anApplicationsOwnCheckerReplacesTheConfiguredOne() {
    runner.withUserConfiguration(OwnChecker.class).run(context ->
        assertThat(context.getBean(ReleaseChecker.class)).isSameAs(OwnChecker.CHECKER));
  }

  @Test
  void customizerBeansAdjustEveryCheckerTheStarterBuilds() {
    runner.withUserConfiguration(OneProfile.class).withPropertyValues("paracrine.checker.built-in-profiles=false")
        .run(context -> {
          assertThat(context.getBean(ReleaseChecker.class).profiles()).singleElement()
              .isSameAs(OneProfile.PROFILE);
          var report = context.getBean(ReleaseChecks.class).check(new ReleaseCheckRequest(
              ReferenceProducts.boneMarrowEvIntravenous(), ReferenceLots.boneMarrowEvIntravenous(),
              java.util.List.of(ParacrineJson.strict().readSpecification(getClass().getResourceAsStream(
                  "/specifications/example-ev-iv-release.json")))), "qa");
          assertThat(report.specifications()).extracting(r -> r.id())
              .containsExactly(OneProfile.PROFILE.id(), "example-ev-iv-release");
        });
  }

  @Test
  void theFixedClockDatesEveryReport() {
    runner.withPropertyValues("paracrine.checker.fixed-clock=2026-01-02T03:04:05Z").run(context -> {
      var report = context.getBean(ReleaseChecks.class).check(new ReleaseCheckRequest(
          ReferenceProducts.boneMarrowEvIntravenous(), ReferenceLots.boneMarrowEvIntravenous(), null), "qa");
      assertThat(report.provenance().orElseThrow().checkedAt()).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
      assertThat(context.getBean("paracrineClock", Clock.class).instant())
          .isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
    });
  }

  @Test
  void configurationMetadataDescribesEveryPropertyGroup() throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
      assertThat(in).isNotNull();
      JsonNode metadata = JsonMapper.builder().build().readTree(in);
      assertThat(metadata.get("properties").valueStream().map(p -> p.get("name").asString()))
          .contains("paracrine.read.max-nesting-depth", "paracrine.http.max-body-size",
              "paracrine.request.max-test-results", "paracrine.request.max-criteria",
              "paracrine.request.max-specifications", "paracrine.checker.built-in-profiles",
              "paracrine.checker.specifications", "paracrine.checker.fixed-clock");
      assertThat(metadata.get("properties").valueStream()
          .filter(p -> p.get("name").asString().startsWith("paracrine.request."))
          .allMatch(p -> p.has("description"))).isTrue();
    }
  }

  @Test
  void springBootsOwnJsonMapperWritesTheRecordFormat() {
    new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(
        org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration.class,
        ParacrineAutoConfiguration.class)).run(context -> {
          JsonMapper mapper = context.getBean(JsonMapper.class);
          assertThat(mapper.registeredModules())
              .anyMatch(m -> m instanceof org.paracrine.serialization.ParacrineModule);
          assertThat(mapper.writeValueAsString(ReferenceLots.boneMarrowEvIntravenous()))
              .isEqualTo(ParacrineJson.strict().write(ReferenceLots.boneMarrowEvIntravenous()));
        });
  }

  @Test
  void theAutoConfigurationIsRegisteredForSpringBootToFind() throws Exception {
    try (InputStream in = getClass().getResourceAsStream(
        "/META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports")) {
      assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim())
          .isEqualTo(ParacrineAutoConfiguration.class.getName());
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnChecker {
    static final ReleaseChecker CHECKER = ReleaseChecker.builder().build();

    @Bean
    ReleaseChecker myChecker() {
      return CHECKER;
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class OneProfile {
    static final org.paracrine.validation.ReleaseProfile PROFILE = BuiltInProfiles.all().get(0);

    @Bean
    ReleaseCheckerCustomizer oneProfile() {
      return b -> b.addProfile(PROFILE);
    }
  }
}
