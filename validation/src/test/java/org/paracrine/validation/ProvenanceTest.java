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
    assertThat(p.inputs(InputRole.PROFILE)).hasSize(BuiltInProfiles.all().size())
        .allSatisfy(i -> assertThat(i.sha256()).isEmpty());
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
  void withoutADigesterOnTheClassPathTheInputsAreNamedWithoutDigests() {
    ReleaseReport r = ReleaseChecker.builder().build().check(PRODUCT, LOT);
    assertThat(r.provenance().orElseThrow().inputs()).hasSize(2)
        .allSatisfy(i -> assertThat(i.sha256()).isEmpty());
  }
}
