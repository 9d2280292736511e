package org.paracrine.core.source;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.paracrine.core.vocabulary.DonorTestType;
import org.paracrine.core.vocabulary.QualitativeOutcome;
import org.paracrine.core.vocabulary.SpecimenSource;
import org.paracrine.core.vocabulary.Term;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One donor-screening test: what was tested, on whose specimen, when the specimen was taken and the outcome
 * (21 CFR 1271.80, 1271.85).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDonorTest.class)
@JsonDeserialize(as = ImmutableDonorTest.class)
public abstract class DonorTest {
  DonorTest() {}

  /**
   * Returns the test.
   *
   * @return the test type
   */
  public abstract Term<DonorTestType> test();

  /**
   * Returns the outcome (negative / non-reactive for an eligible donor).
   *
   * @return the outcome
   */
  public abstract Term<QualitativeOutcome> outcome();

  /**
   * Returns the date the specimen was collected.
   *
   * @return the specimen date
   */
  public abstract LocalDate specimenDate();

  /**
   * Returns whose specimen was tested.
   *
   * @return donor or birth mother; default donor
   */
  @Value.Default
  public Term<SpecimenSource> specimenSource() {
    return Term.of(SpecimenSource.DONOR);
  }

  /**
   * Tells whether an FDA-licensed, approved or cleared donor screening test was used (21 CFR 1271.80(c)).
   *
   * @return true/false, or empty if not recorded
   */
  public abstract Optional<Boolean> licensedScreeningTest();

  /**
   * Returns the test kit name.
   *
   * @return the kit, or empty
   */
  public abstract Optional<@Size(max = 200) String> kit();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableDonorTest.Builder builder() {
    return ImmutableDonorTest.builder();
  }

  /**
   * Creates a test on the donor's own specimen with a licensed screening test.
   *
   * @param test the test
   * @param outcome the outcome
   * @param specimenDate the specimen date
   * @return the test record
   */
  public static DonorTest of(DonorTestType test, QualitativeOutcome outcome, LocalDate specimenDate) {
    return builder().test(Term.of(test)).outcome(Term.of(outcome)).specimenDate(specimenDate)
        .licensedScreeningTest(true).build();
  }
}
