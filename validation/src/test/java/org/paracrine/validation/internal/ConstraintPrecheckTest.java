package org.paracrine.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;


import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.report.Finding;
import org.paracrine.core.samples.ReferenceCompositions;
import org.paracrine.core.samples.ReferenceLots;
import org.paracrine.core.samples.ReferenceProducts;
import org.paracrine.validation.StructuralValidator;

/**
 * The quick constraint check on the reference records and on small classes with each kind of constraint, cascade
 * and accessor it either understands or leaves to Hibernate Validator. Its agreement with the validator over
 * generated and edited records is tested in {@code paracrine-serialization}, which reads and generates records.
 */
class ConstraintPrecheckTest {
  @Test
  void everyReferenceRecordIsCleanAndFullyUnderstood() {
    List<Object> records = new ArrayList<>();
    records.addAll(ReferenceLots.all());
    records.addAll(ReferenceProducts.all());
    records.add(ReferenceCompositions.referenceSeries());
    records.add(ReferenceCompositions.driftingLot());
    records.add(ReferenceCompositions.consistencySpecification());
    for (Object r : records) {
      assertThat(ConstraintPrecheck.unsupportedBecause(r.getClass())).isEmpty();
      assertThat(ValidatorHolder.validator().validate(r)).isEmpty();
      assertThat(ConstraintPrecheck.clean(r)).as("%s", r).isTrue();
    }
  }

  @Test
  void aValueWithAConstraintOfAnotherKindIsLeftToTheValidator() {
    WithMinimum low = new WithMinimum(0);
    assertThat(ConstraintPrecheck.unsupportedBecause(WithMinimum.class)).hasValueSatisfying(
        why -> assertThat(why).endsWith("WithMinimum: a constraint of another kind on count"));
    assertThat(ConstraintPrecheck.clean(low)).isFalse();
    assertThat(ConstraintPrecheck.clean(new WithMinimum(5))).isFalse(); // valid, but this check cannot tell
    assertThat(ValidatorHolder.validator().validate(low)).hasSize(1);
    assertThat(StructuralValidator.shared().validate(low, "")).extracting(Finding::path).containsExactly("/count");
  }

  @Test
  void aCascadeIntoAMapIsLeftToTheValidator() {
    assertThat(ConstraintPrecheck.unsupportedBecause(WithMap.class)).hasValueSatisfying(
        why -> assertThat(why).endsWith("WithMap: constraints in a container of type java.util.Map on texts"));
    assertThat(ConstraintPrecheck.clean(new WithMap(Map.of("a", new WithText("x"))))).isFalse();
  }

  @Test
  void knownConstraintsOnPlainClassesAreCheckedWithTheValidatorsRules() {
    assertThat(ConstraintPrecheck.unsupportedBecause(WithText.class)).isEmpty();
    assertThat(ConstraintPrecheck.clean(new WithText("abc"))).isTrue();
    assertThat(ConstraintPrecheck.clean(new WithText("abcd"))).isFalse();
    assertThat(ConstraintPrecheck.clean(new WithText(null))).isTrue();
    assertThat(ValidatorHolder.validator().validate(new WithText("abcd"))).hasSize(1);
    assertThat(ValidatorHolder.validator().validate(new WithText(null))).isEmpty();
  }

  @Test
  void anAccessorThatThrowsIsLeftToTheValidator() {
    assertThat(ConstraintPrecheck.unsupportedBecause(Throwing.class)).isEmpty();
    assertThat(ConstraintPrecheck.clean(new Throwing())).isFalse();
  }

  @Test
  void aClassWithoutConstraintsIsClean() {
    assertThat(ConstraintPrecheck.unsupportedBecause(String.class)).isEmpty();
    assertThat(ConstraintPrecheck.clean("anything")).isTrue();
  }

  @Test
  void aLotWithAnOverlongNoteIsNotClean() {
    Lot lot = ReferenceLots.all().get(0);
    Lot noted = Lot.builder().from(lot).testResults(List.of(
        org.paracrine.core.assay.TestResult.builder().from(lot.testResults().get(0)).note("x".repeat(4001))
            .build())).build();
    assertThat(ConstraintPrecheck.clean(lot)).isTrue();
    assertThat(ConstraintPrecheck.clean(noted)).isFalse();
    assertThat(StructuralValidator.shared().validate(noted, "/lot")).extracting(Finding::path)
        .containsExactly("/lot/testResults/0/note");
  }

  /** A value with a constraint the quick check does not know. */
  public static final class WithMinimum {
    private final int count;

    WithMinimum(int count) {
      this.count = count;
    }

    /**
     * Returns the count.
     *
     * @return the count
     */
    @Min(1)
    public int count() {
      return count;
    }
  }

  /** A value whose text is limited to three characters. */
  public static final class WithText {
    private final String text;

    WithText(String text) {
      this.text = text;
    }

    /**
     * Returns the text.
     *
     * @return the text, or null
     */
    @Size(max = 3)
    public String text() {
      return text;
    }
  }

  /** A value that cascades into the values of a map. */
  public static final class WithMap {
    private final Map<String, WithText> texts;

    WithMap(Map<String, WithText> texts) {
      this.texts = texts;
    }

    /**
     * Returns the texts.
     *
     * @return the texts
     */
    public Map<String, @Valid WithText> texts() {
      return texts;
    }
  }

  /** A value whose constrained accessor throws. */
  public static final class Throwing {
    /**
     * Throws.
     *
     * @return never
     */
    @Size(max = 3)
    public String text() {
      throw new IllegalStateException("no text");
    }
  }
}
