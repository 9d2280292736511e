package org.paracrine.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.paracrine.core.ParacrineLibrary;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.product.SecretomeProduct;
import org.paracrine.core.report.InputDigest;
import org.paracrine.core.report.InputRole;
import org.paracrine.core.report.Provenance;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.core.samples.ReferenceLots;
import org.paracrine.core.samples.ReferenceProducts;
import org.paracrine.validation.profiles.BuiltInProfiles;

class ProvenanceTest {
  private static final Instant T = Instant.parse("2026-03-04T05:06:07.890Z");
  private static final SecretomeProduct PRODUCT = ReferenceProducts.all().get(0);
  private static final Lot LOT = ReferenceLots.all().get(0);

  /** A digester that is not the canonical one: the checker must use what it is given. */
  private static String fakeDigest(Object document) {
    return String.format("%064x", document.hashCode() & 0xffffffffL);
  }

  @Test
  void everyReportCarriesTheLibraryVersionAndTheTimeOfTheCheckersClock() {
    ReleaseReport r = ReleaseChecker.builder().addProfiles(BuiltInProfiles.all())
        .clock(Clock.fixed(T, ZoneOffset.UTC)).checkedBy("qc-service").build().check(PRODUCT, LOT);
    Provenance p = r.provenance().orElseThrow();
    assertThat(p.checkedAt()).isEqualTo(T);
    assertThat(p.libraryName()).isEqualTo("paracrine");
    assertThat(p.libraryVersion()).isEqualTo(ParacrineLibrary.version());
    assertThat(p.checkedBy()).contains("qc-service");
  }

  @Test
  void theInputsAreListedProductLotProfilesThenSpecificationsWithTheDigesterGiven() {
    var spec = org.paracrine.core.spec.ReleaseSpecification.builder().id("s").version("2").title("t")
        .addCriterion(org.paracrine.core.spec.AcceptanceCriterion.builder().id("c")
            .attribute(org.paracrine.core.vocabulary.Term.of(
                org.paracrine.core.vocabulary.QualityAttribute.STERILITY))
            .addAcceptableOutcome(org.paracrine.core.vocabulary.Term.of(
                org.paracrine.core.vocabulary.QualitativeOutcome.NO_GROWTH)).build())
        .build();
    ReleaseReport r = ReleaseChecker.builder().addProfiles(BuiltInProfiles.all()).addSpecification(spec)
        .digester(ProvenanceTest::fakeDigest).build().check(PRODUCT, LOT);
    Provenance p = r.provenance().orElseThrow();
    assertThat(p.inputs()).extracting(InputDigest::role).startsWith(InputRole.PRODUCT, InputRole.LOT)
        .endsWith(InputRole.SPECIFICATION);
    assertThat(p.inputs(InputRole.PROFILE)).hasSize(BuiltInProfiles.all().size());
    for (int i = 0; i < BuiltInProfiles.all().size(); i++) {
      ReleaseProfile profile = BuiltInProfiles.all().get(i);
      InputDigest d = p.inputs(InputRole.PROFILE).get(i);
      assertThat(d.id()).isEqualTo(profile.id());
      // a data profile is digested as its specification document; a code profile is named only
      assertThat(d.sha256()).isEqualTo(profile.specification().map(ProvenanceTest::fakeDigest));
    }
    InputDigest product = p.inputs(InputRole.PRODUCT).get(0);
    assertThat(product.id()).isEqualTo(PRODUCT.id());
    assertThat(product.version()).contains(PRODUCT.version());
    assertThat(product.sha256()).contains(fakeDigest(PRODUCT));
    assertThat(p.inputs(InputRole.LOT).get(0).sha256()).contains(fakeDigest(LOT));
    InputDigest s = p.inputs(InputRole.SPECIFICATION).get(0);
    assertThat(s.id()).isEqualTo("s");
    assertThat(s.version()).contains("2");
    assertThat(s.sha256()).contains(fakeDigest(spec));
  }

  @Test
  void aRecordInstanceIsDigestedOnceAndEveryOtherInstanceGetsItsOwnDigest() {
    java.util.List<Object> digested = new java.util.ArrayList<>();
    ReleaseChecker checker = ReleaseChecker.builder().digester(d -> {
      digested.add(d);
      return fakeDigest(d);
    }).build();
    checker.check(PRODUCT, LOT);
    checker.check(PRODUCT, LOT);
    assertThat(digested).filteredOn(d -> d == PRODUCT).hasSize(1);
    assertThat(digested).filteredOn(d -> d == LOT).hasSize(1);
    org.paracrine.core.lot.Lot changed = org.paracrine.core.lot.Lot.builder().from(LOT).id("another-lot").build();
    ReleaseReport r = checker.check(PRODUCT, changed);
    assertThat(r.provenance().orElseThrow().inputs(InputRole.LOT).get(0).sha256()).contains(fakeDigest(changed))
        .isNotEqualTo(java.util.Optional.of(fakeDigest(LOT)));
  }

  @Test
  void withoutADigesterOnTheClassPathTheInputsAreNamedWithoutDigests() {
    ReleaseReport r = ReleaseChecker.builder().build().check(PRODUCT, LOT);
    assertThat(r.provenance().orElseThrow().inputs()).hasSize(2)
        .allSatisfy(i -> assertThat(i.sha256()).isEmpty());
  }

  @Test
  void aRuleThatOverflowsOnTheDataIsReportedWithoutNamingTheException() {
    ReleaseProfile overflowing = new ReleaseProfile() {
      @Override
      public String id() {
        return "overflow";
      }

      @Override
      public String version() {
        return "1";
      }

      @Override
      public String title() {
        return "overflows";
      }

      @Override
      public java.util.Optional<String> notApplicable(ReleaseContext context) {
        return java.util.Optional.empty();
      }

      @Override
      public java.util.List<org.paracrine.core.report.Finding> evaluate(ReleaseContext context) {
        return java.util.List.of(org.paracrine.core.report.Finding.builder().code("X.Y")
            .outcome(org.paracrine.core.report.Outcome.PASS).severity(org.paracrine.core.report.Severity.INFO)
            .path("").message(new java.math.BigDecimal("1E+999999999").toBigIntegerExact().toString()).build());
      }
    };
    ReleaseReport r = ReleaseChecker.builder().addProfile(overflowing).build().check(PRODUCT, LOT);
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("ENGINE.RULE_ERROR");
      assertThat(f.message()).contains("a value is too large or too precise to compute with")
          .doesNotContain("ArithmeticException");
    });
  }

  @Test
  void rulesSeeTheSameCheckTimeThatTheProvenanceRecords() {
    java.util.List<java.time.Instant> seen = new java.util.ArrayList<>();
    ReleaseProfile clockReader = new ReleaseProfile() {
      @Override
      public String id() {
        return "clock-reader";
      }

      @Override
      public String version() {
        return "1";
      }

      @Override
      public String title() {
        return "reads the check time";
      }

      @Override
      public java.util.Optional<String> notApplicable(ReleaseContext context) {
        context.checkedAt().ifPresent(seen::add);
        return java.util.Optional.of("only reads the time");
      }

      @Override
      public java.util.List<org.paracrine.core.report.Finding> evaluate(ReleaseContext context) {
        return java.util.List.of();
      }
    };
    ReleaseReport r = ReleaseChecker.builder().addProfile(clockReader).clock(Clock.fixed(T, ZoneOffset.UTC)).build()
        .check(PRODUCT, LOT);
    assertThat(seen).containsExactly(T);
    assertThat(r.provenance().orElseThrow().checkedAt()).isEqualTo(T);
  }
}
