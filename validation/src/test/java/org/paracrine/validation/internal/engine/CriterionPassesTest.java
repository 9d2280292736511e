package org.paracrine.validation.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.product.SecretomeProduct;
import org.paracrine.core.report.Finding;
import org.paracrine.core.report.Outcome;
import org.paracrine.core.report.SpecificationRef;
import org.paracrine.core.samples.ReferenceLots;
import org.paracrine.core.samples.ReferenceProducts;
import org.paracrine.core.spec.AcceptanceCriterion;
import org.paracrine.core.spec.Quantifier;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.validation.ReleaseContext;
import org.paracrine.validation.ReleaseProfile;
import org.paracrine.validation.internal.FindingFactory;
import org.paracrine.validation.profiles.BuiltInProfiles;

/**
 * {@link CriterionEvaluator#passes} decides from outcomes alone what the findings of {@link CriterionEvaluator#evaluate}
 * say: for every criterion of the built-in profiles without a computed limit, with each quantifier as written and as
 * ALL and ANY, on every reference product with its own lot and with the lots of the others (so that values are
 * missing, failing and passing), it is true exactly when every finding is PASS.
 */
class CriterionPassesTest {

  @Test
  void passesIsTrueExactlyWhenEveryFindingPasses() {
    List<AcceptanceCriterion> criteria = new ArrayList<>();
    for (ReleaseProfile p : BuiltInProfiles.known()) {
      p.specification().map(ReleaseSpecification::criteria).ifPresent(cs -> {
        for (AcceptanceCriterion c : cs) {
          if (c.computedLimit().isEmpty()) {
            criteria.add(c);
            if (c.consistency().isEmpty() && c.quantifier() != Quantifier.AT_LEAST) {
              criteria.add(AcceptanceCriterion.builder().from(c).quantifier(
                  c.quantifier() == Quantifier.ALL ? Quantifier.ANY : Quantifier.ALL).build());
            }
          }
        }
      });
    }
    FindingFactory f = new FindingFactory(SpecificationRef.of("test", "1"));
    List<SecretomeProduct> products = ReferenceProducts.all();
    List<Lot> lots = ReferenceLots.all();
    int[] counts = new int[4]; // ALL passing, ALL not, ANY passing, ANY not
    for (SecretomeProduct product : products) {
      for (Lot lot : lots) {
        ReleaseContext context = ReleaseContext.of(product, lot);
        LotIndex index = new LotIndex(lot);
        for (AcceptanceCriterion c : criteria) {
          CriterionEvaluator e = new CriterionEvaluator(c, null, "test");
          List<Finding> out = new ArrayList<>();
          e.evaluate(f, context, new LotIndex(lot), out);
          boolean expected = out.stream().allMatch(x -> x.outcome() == Outcome.PASS);
          assertThat(e.passes(f, context, index)).as("%s on %s / %s", c.id(), product.id(), lot.id())
              .isEqualTo(expected);
          if (c.consistency().isEmpty() && c.scope().isEmpty() && c.quantifier() != Quantifier.AT_LEAST) {
            counts[(c.quantifier() == Quantifier.ANY ? 2 : 0) + (expected ? 0 : 1)]++;
          }
        }
      }
    }
    assertThat(java.util.Arrays.stream(counts).min().getAsInt())
        .as("decided from outcomes: ALL pass, ALL not, ANY pass, ANY not %s", java.util.Arrays.toString(counts))
        .isGreaterThan(20);
  }
}
