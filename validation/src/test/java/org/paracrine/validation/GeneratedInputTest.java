package org.paracrine.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.paracrine.core.assay.TestResult;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.product.Dose;
import org.paracrine.core.product.DosingRegimen;
import org.paracrine.core.product.SecretomeProduct;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.report.Finding;
import org.paracrine.core.report.JsonPointer;
import org.paracrine.core.report.Outcome;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.core.report.Verdict;
import org.paracrine.core.samples.ReferenceLots;
import org.paracrine.core.samples.ReferenceProducts;
import org.paracrine.core.vocabulary.AnalyticalMethod;
import org.paracrine.core.vocabulary.DoseBasis;
import org.paracrine.core.vocabulary.Marker;
import org.paracrine.core.vocabulary.QualityAttribute;
import org.paracrine.core.vocabulary.RouteOfAdministration;
import org.paracrine.core.vocabulary.Term;
import org.paracrine.validation.profiles.EndotoxinLimit;

/** Invariants over generated inputs (plain seeded {@link Random}, reproducible). */
class GeneratedInputTest {
  private static final long SEED = 20251121L;
  // a fixed clock: the same inputs at the same check time give equal reports (provenance included)
  private static final ReleaseChecker CHECKER = ReleaseChecker.builder()
      .addProfiles(org.paracrine.validation.profiles.BuiltInProfiles.all())
      .clock(java.time.Clock.fixed(java.time.Instant.parse("2026-01-01T00:00:00Z"), java.time.ZoneOffset.UTC))
      .build();
  private static final Set<String> CODES = java.util.Arrays.stream(FindingCode.values()).map(FindingCode::code)
      .collect(Collectors.toSet());

  private static String percent(Random r) {
    return BigDecimal.valueOf(r.nextInt(10001), 2).toPlainString();
  }

  private static Lot randomLot(Random r, Lot base) {
    List<TestResult> results = new ArrayList<>();
    for (TestResult t : base.testResults()) {
      int choice = r.nextInt(5);
      if (choice == 0) {
        continue;
      }
      if (choice == 1 && t.attribute().is(QualityAttribute.ENDOTOXIN)) {
        results.add(TestResult.numeric(QualityAttribute.ENDOTOXIN, AnalyticalMethod.LAL_GEL_CLOT,
            Quantity.of(BigDecimal.valueOf(r.nextInt(40000), 2), "[IU]/mL")));
        continue;
      }
      results.add(t);
    }
    var b = Lot.builder().from(base).testResults(results);
    if (r.nextInt(4) == 0) {
      b.evCharacterisation(Optional.empty());
    }
    return b.build();
  }

  private static SecretomeProduct randomProduct(Random r, SecretomeProduct base) {
    SecretomeProduct p = Fixtures.editIdentity(base, id -> id.markers(Fixtures.setPercent(Fixtures.setPercent(
        Fixtures.markers(), Marker.NT5E, percent(r)), Marker.CD34, BigDecimal.valueOf(r.nextInt(500), 2)
        .toPlainString())));
    RouteOfAdministration route = RouteOfAdministration.values()[r.nextInt(RouteOfAdministration.values().length)];
    DosingRegimen regimen = DosingRegimen.builder().route(Term.of(route))
        .dose(Dose.of(DoseBasis.VOLUME, Quantity.of(BigDecimal.valueOf(1 + r.nextInt(2000), 1), "mL")))
        .referenceBodyMass(Quantity.of(BigDecimal.valueOf(3 + r.nextInt(120)), "kg")).build();
    return Fixtures.editProduct(p, b -> b.regimens(List.of(regimen)));
  }

  @Test
  void generatedLotsNeverCrashAndReportsAreConsistent() {
    Random r = new Random(SEED);
    for (int n = 0; n < 300; n++) {
      SecretomeProduct p = randomProduct(r, ReferenceProducts.boneMarrowEvIntravenous());
      Lot lot = randomLot(r, ReferenceLots.boneMarrowEvIntravenous());
      ReleaseReport report = CHECKER.check(p, lot);
      assertThat(report.verdict()).isEqualTo(Verdict.of(report.findings()));
      for (Finding f : report.findings()) {
        assertThat(CODES).as("code of %s", f).contains(f.code());
        assertThat(JsonPointer.isValid(f.path())).isTrue();
        assertThat(f.path().isEmpty() || f.path().startsWith("/lot") || f.path().startsWith("/product")).isTrue();
        assertThat(f.code()).isNotEqualTo("ENGINE.RULE_ERROR");
      }
      assertThat(CHECKER.check(p, lot)).isEqualTo(report);
    }
  }

  @Test
  void endotoxinLimitDecreasesWithDoseAndIncreasesWithBodyMass() {
    Random r = new Random(SEED);
    Quantity k = Quantity.of(5, "[IU]/kg");
    for (int n = 0; n < 500; n++) {
      BigDecimal v = BigDecimal.valueOf(1 + r.nextInt(5000), 1);
      BigDecimal m = BigDecimal.valueOf(1 + r.nextInt(1500), 1);
      Quantity base = EndotoxinLimit.perMillilitre(k, Quantity.of(v, "mL"), Quantity.of(m, "kg"), Optional.empty());
      Quantity moreDose = EndotoxinLimit.perMillilitre(k, Quantity.of(v.add(BigDecimal.ONE), "mL"),
          Quantity.of(m, "kg"), Optional.empty());
      Quantity heavier = EndotoxinLimit.perMillilitre(k, Quantity.of(v, "mL"), Quantity.of(m.add(BigDecimal.ONE),
          "kg"), Optional.empty());
      Quantity slower = EndotoxinLimit.perMillilitre(k, Quantity.of(v, "mL"), Quantity.of(m, "kg"),
          Optional.of(Quantity.of(2 + r.nextInt(10), "h")));
      assertThat(moreDose.compareValue(base)).isLessThanOrEqualTo(0);
      assertThat(heavier.compareValue(base)).isGreaterThanOrEqualTo(0);
      assertThat(slower.compareValue(base)).isGreaterThan(0);
      BigDecimal exact = k.value().multiply(m).divide(v, java.math.MathContext.DECIMAL128);
      assertThat(base.value().compareTo(exact)).as("never rounded up").isLessThanOrEqualTo(0);
    }
  }

  @Test
  void aPassingEndotoxinValueStaysPassingWhenLowered() {
    Random r = new Random(SEED);
    for (int n = 0; n < 200; n++) {
      BigDecimal value = BigDecimal.valueOf(r.nextInt(5000), 1);
      Lot lot = Fixtures.replaceResults(Fixtures.bmLot(), QualityAttribute.ENDOTOXIN, TestResult.numeric(
          QualityAttribute.ENDOTOXIN, AnalyticalMethod.LAL_GEL_CLOT, Quantity.of(value, "[IU]/mL")));
      Lot lower = Fixtures.replaceResults(Fixtures.bmLot(), QualityAttribute.ENDOTOXIN, TestResult.numeric(
          QualityAttribute.ENDOTOXIN, AnalyticalMethod.LAL_GEL_CLOT, Quantity.of(value.divide(BigDecimal.valueOf(2)),
              "[IU]/mL")));
      Outcome o = endotoxinOutcome(lot);
      if (o == Outcome.PASS) {
        assertThat(endotoxinOutcome(lower)).isEqualTo(Outcome.PASS);
      }
    }
  }

  private static Outcome endotoxinOutcome(Lot lot) {
    return Fixtures.run(org.paracrine.validation.profiles.CompendialSafetyProfile.withDefaults(), Fixtures.bmProduct(),
        lot).stream().filter(f -> f.code().startsWith("COMPENDIAL.ENDOTOXIN")).findFirst().orElseThrow().outcome();
  }
}
