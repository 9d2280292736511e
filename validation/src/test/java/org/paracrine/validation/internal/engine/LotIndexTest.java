package org.paracrine.validation.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.paracrine.core.assay.TestResult;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.product.SecretomeProduct;
import org.paracrine.core.samples.ReferenceLots;
import org.paracrine.core.samples.ReferenceProducts;
import org.paracrine.core.spec.AcceptanceCriterion;
import org.paracrine.core.spec.Selector;
import org.paracrine.core.vocabulary.AnalyticalMethod;
import org.paracrine.core.vocabulary.QualityAttribute;
import org.paracrine.core.vocabulary.Term;
import org.paracrine.validation.ReleaseContext;
import org.paracrine.validation.ReleaseProfile;
import org.paracrine.validation.profiles.BuiltInProfiles;

/**
 * The name index of {@link LotIndex} selects exactly the results that a scan of every result of the attribute
 * with {@link CompiledSelector#matchesAny} selects, in record order, so that a check of many analyte criteria
 * against many analyte results costs a lookup per criterion instead of a scan.
 */
class LotIndexTest {
  private static final String[] NAMES = {"VEGF-A", "VEGFA", "vegf-a ", "IL-6", "il6", "HGF", " TSG-6", "TSG6",
      "PGE2", "unlisted analyte", "Unlisted Analyte", "CD105", "ENG"};

  @Test
  void theNameIndexSelectsWhatAScanOfTheAttributeSelectsInRecordOrder() {
    Random random = new Random(12L);
    for (int round = 0; round < 200; round++) {
      List<TestResult> results = new ArrayList<>();
      int n = 1 + random.nextInt(40);
      for (int i = 0; i < n; i++) {
        QualityAttribute attribute = random.nextInt(4) == 0 ? QualityAttribute.POTENCY : QualityAttribute.ANALYTE;
        var b = TestResult.builder().attribute(Term.of(attribute))
            .method(Term.of(AnalyticalMethod.ELISA)).value(Quantity.of(String.valueOf(i), "pg/mL"));
        if (random.nextInt(6) != 0) {
          b.analyte(NAMES[random.nextInt(NAMES.length)]);
        }
        results.add(b.build());
      }
      Lot lot = Lot.builder().from(ReferenceLots.boneMarrowEvIntravenous()).testResults(results).build();
      List<String> names = new ArrayList<>();
      for (int k = random.nextInt(4); k > 0; k--) {
        names.add(NAMES[random.nextInt(NAMES.length)]);
      }
      Term<QualityAttribute> attribute = Term.of(random.nextBoolean() ? QualityAttribute.ANALYTE
          : QualityAttribute.POTENCY);
      CompiledSelector selector = CompiledSelector.of(Selector.builder()
          .kind(org.paracrine.core.spec.SelectorKind.TEST_RESULT).attribute(attribute).names(names).build());
      LotIndex index = new LotIndex(lot);
      // a scan of every result: of the attribute, and of the attribute with one of the names
      List<Integer> ofAttribute = new ArrayList<>();
      List<Integer> scanned = new ArrayList<>();
      for (int i = 0; i < results.size(); i++) {
        if (results.get(i).attribute().code().equals(attribute.code())) {
          ofAttribute.add(i);
          if (selector.matchesAny(results.get(i).analyte().orElse(null))) {
            scanned.add(i);
          }
        }
      }
      assertThat(index.resultsOf(attribute)).as("attribute %s in %s", attribute, results)
          .containsExactly(ofAttribute.stream().mapToInt(Integer::intValue).toArray());
      assertThat(index.resultsOf(attribute, selector.keys())).as("names %s in %s", names, results)
          .containsExactly(scanned.stream().mapToInt(Integer::intValue).toArray());
      for (String name : NAMES) { // every single name, each asked of the same index
        List<Integer> one = new ArrayList<>();
        for (int i : ofAttribute) {
          if (results.get(i).analyte().map(a -> Names.key(a).equals(Names.key(name))).orElse(false)) {
            one.add(i);
          }
        }
        assertThat(index.resultsOf(attribute, List.of(Names.key(name))))
            .containsExactly(one.stream().mapToInt(Integer::intValue).toArray());
      }
    }
  }

  @Test
  void theNewbornDecisionIsMadeOncePerQuestionInACheck() {
    LotIndex index = new LotIndex(ReferenceLots.boneMarrowEvIntravenous());
    int[] asked = new int[1];
    Quantity oneMonth = Quantity.of(1, "mo");
    List<String> tissues = List.of("UC", "WJ");
    for (int i = 0; i < 12; i++) {
      assertThat(index.newborn(List.of(oneMonth, tissues), () -> {
        asked[0]++;
        return true;
      })).isTrue();
    }
    assertThat(asked[0]).isEqualTo(1);
    // an equal question from another criterion's selector shares the answer; a different one is decided anew
    assertThat(index.newborn(List.of(Quantity.of(1, "mo"), List.of("UC", "WJ")), () -> false)).isTrue();
    assertThat(index.newborn(List.of(Quantity.of(2, "mo"), tissues), () -> false)).isFalse();
    assertThat(index.newborn(List.of(oneMonth, List.of("PL")), () -> false)).isFalse();
    // a new check (a new index) decides again
    assertThat(new LotIndex(ReferenceLots.boneMarrowEvIntravenous()).newborn(List.of(oneMonth, tissues), () -> false))
        .isFalse();
  }

  @Test
  void equalSelectorsShareOneNewbornQuestionAndItsAnswer() {
    java.util.function.Function<String, CompiledSelector> selector = test -> CompiledSelector.of(Selector.builder()
        .kind(org.paracrine.core.spec.SelectorKind.DONOR_TEST).addNames(test)
        .maternalSpecimenAge(Quantity.of(1, "mo")).addPerinatalTissues(
            Term.of(org.paracrine.core.vocabulary.TissueSource.UMBILICAL_CORD)).build());
    CompiledSelector hiv = selector.apply("HIV-1-NAT");
    CompiledSelector hbv = selector.apply("HBsAg");
    assertThat(hiv.newbornQuestion()).isSameAs(hbv.newbornQuestion()).isNotNull();
    assertThat(CompiledSelector.of(Selector.builder().kind(org.paracrine.core.spec.SelectorKind.DONOR_TEST)
        .addNames("HBsAg").build()).newbornQuestion()).isNull();
    LotIndex index = new LotIndex(ReferenceLots.boneMarrowEvIntravenous());
    assertThat(index.newbornKnown(hiv.newbornQuestion())).isNull();
    assertThat(index.newborn(hiv.newbornQuestion(), () -> true)).isTrue();
    assertThat(index.newbornKnown(hbv.newbornQuestion())).isTrue();
    assertThat(index.newbornKnown(List.of(Quantity.of(1, "mo"), hiv.selector().perinatalTissues()))).isTrue();
  }

  /**
   * A check refills one selection for every criterion. Every selector of the built-in profiles, resolved in a
   * seeded random order against one index per reference lot, selects exactly what it selects against an index of its
   * own: nothing of the previous criterion's values, method rejections or set-aside donor tests is left over.
   */
  @Test
  void aRefilledSelectionHoldsNothingOfThePreviousCriterion() {
    List<CompiledSelector> selectors = new ArrayList<>();
    for (ReleaseProfile p : BuiltInProfiles.known()) {
      p.specification().ifPresent(s -> {
        for (AcceptanceCriterion c : s.criteria()) {
          if (c.consistency().isEmpty()) {
            Selector sel = c.effectiveSelector();
            selectors.add(CompiledSelector.of(sel));
            if (sel.kind() == org.paracrine.core.spec.SelectorKind.TEST_RESULT) {
              // the same values by a method no reference lot uses for them: every value is rejected
              selectors.add(CompiledSelector.of(Selector.builder().from(sel)
                  .methods(List.of(Term.of(AnalyticalMethod.NTA))).build()));
            }
          }
        }
      });
    }
    assertThat(selectors).hasSizeGreaterThan(50);
    Random random = new Random(31L);
    List<SecretomeProduct> products = ReferenceProducts.all();
    List<Lot> lots = ReferenceLots.all();
    int rejectedSeen = 0;
    for (int k = 0; k < products.size(); k++) {
      ReleaseContext context = ReleaseContext.of(products.get(k), lots.get(k));
      LotIndex shared = new LotIndex(context.lot());
      List<CompiledSelector> order = new ArrayList<>(selectors);
      java.util.Collections.shuffle(order, random);
      for (CompiledSelector s : order) {
        List<Object> refilled = snapshot(SelectorResolver.resolve(s, context, shared));
        List<Object> own = snapshot(SelectorResolver.resolve(s, context, new LotIndex(context.lot())));
        assertThat(refilled).as("%s on lot %d", s, k).isEqualTo(own);
        rejectedSeen += ((List<?>) own.get(1)).isEmpty() ? 0 : 1;
      }
    }
    assertThat(rejectedSeen).as("selections with values rejected for their method").isPositive();
  }

  private static List<Object> snapshot(Selection s) {
    return List.of(List.copyOf(s.values()), List.copyOf(s.methodRejected()), s.emptyPointer(),
        List.copyOf(s.maternalSetAside()));
  }
}
