package org.paracrine.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.product.SecretomeProduct;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.core.samples.ReferenceLots;
import org.paracrine.core.samples.ReferenceProducts;
import org.paracrine.validation.profiles.BuiltInProfiles;

/**
 * A checker keeps what one check can reuse from the last (scope decisions, the window of the specimen-timing limit,
 * record digests). Whatever it has checked before, a check must give the report a new checker gives.
 */
class SharedCheckerTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);

  private static ReleaseChecker checker() {
    return ReleaseChecker.builder().addProfiles(BuiltInProfiles.known()).clock(CLOCK).build();
  }

  /** The reference products plus variants whose tissue (and so the specimen window) or donor differs. */
  private static List<SecretomeProduct> products() {
    List<SecretomeProduct> products = new ArrayList<>(ReferenceProducts.all());
    for (SecretomeProduct p : ReferenceProducts.all()) {
      if (p.source().tissue().isPresent()) {
        products.add(Fixtures.editSource(p, s -> s.tissue(java.util.Optional.empty())));
      }
    }
    return products;
  }

  @Test
  void theReportingChecklistScoresAfterOtherScoresAsANewChecklistDoes() {
    List<SecretomeProduct> products = products();
    List<Lot> lots = ReferenceLots.all();
    var shared = org.paracrine.validation.profiles.EvReportingChecklist.standard();
    SplittableRandom r = new SplittableRandom(2018);
    int scored = 0;
    for (int i = 0; i < 300; i++) {
      ReleaseContext c = ReleaseContext.of(products.get(r.nextInt(products.size())), lots.get(r.nextInt(lots.size())));
      var fresh = org.paracrine.validation.profiles.EvReportingChecklist.of(
          org.paracrine.validation.profiles.Misev2018Profile.withDefaults(),
          org.paracrine.validation.profiles.Misev2023Profile.withDefaults());
      var expected = fresh.score(c);
      assertThat(shared.score(c)).as("score %d", i).isEqualTo(expected);
      scored += expected.isPresent() ? 1 : 0;
    }
    assertThat(scored).isPositive();
  }

  @Test
  void aCheckAfterOtherChecksGivesTheReportOfANewChecker() {
    List<SecretomeProduct> products = products();
    List<Lot> lots = ReferenceLots.all();
    ReleaseChecker shared = checker();
    SplittableRandom r = new SplittableRandom(1271);
    int released = 0;
    int rejected = 0;
    for (int i = 0; i < 300; i++) {
      SecretomeProduct p = products.get(r.nextInt(products.size()));
      Lot lot = lots.get(r.nextInt(lots.size()));
      ReleaseReport expected = checker().check(p, lot);
      ReleaseReport actual = shared.check(p, lot);
      assertThat(actual).as("check %d: %s / %s", i, p.id(), lot.id()).isEqualTo(expected);
      released += actual.verdict() == org.paracrine.core.report.Verdict.RELEASE ? 1 : 0;
      rejected += actual.verdict() == org.paracrine.core.report.Verdict.REJECT ? 1 : 0;
    }
    assertThat(released).isPositive(); // the generated order covers more than one verdict
    assertThat(rejected).isPositive();
  }
}
