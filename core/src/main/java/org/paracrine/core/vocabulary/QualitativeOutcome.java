package org.paracrine.core.vocabulary;

import java.util.Optional;

/**
 * Qualitative result of a test: sterility ("no growth"), mycoplasma ("negative"), marker presence, conformity.
 *
 * <p>{@link #negative()} marks outcomes meaning "not found" and {@link #positive()} outcomes meaning "found"; the
 * others (conforms, indeterminate, invalid) are neither.
 *
 * <p>Generated from {@code tools/gen_vocabulary.py}; edit the table there.
 */
public enum QualitativeOutcome implements Vocabulary {
  /** no growth. */
  NO_GROWTH("no-growth", "no growth", null, true, false),
  /** growth. */
  GROWTH("growth", "growth", null, false, true),
  /** negative. */
  NEGATIVE("negative", "negative", null, true, false),
  /** positive. */
  POSITIVE("positive", "positive", null, false, true),
  /** not detected. */
  NOT_DETECTED("not-detected", "not detected", null, true, false),
  /** detected. */
  DETECTED("detected", "detected", null, false, true),
  /** absent. */
  ABSENT("absent", "absent", null, true, false),
  /** present. */
  PRESENT("present", "present", null, false, true),
  /** non-reactive. */
  NON_REACTIVE("non-reactive", "non-reactive", null, true, false),
  /** reactive. */
  REACTIVE("reactive", "reactive", null, false, true),
  /** conforms. */
  CONFORMS("conforms", "conforms", null, false, false),
  /** does not conform. */
  DOES_NOT_CONFORM("does-not-conform", "does not conform", null, false, false),
  /** indeterminate. */
  INDETERMINATE("indeterminate", "indeterminate", null, false, false),
  /** invalid test. */
  INVALID("invalid", "invalid test", null, false, false);

  private final String code;
  private final String display;
  private final String ontologyId;
  private final boolean negative;
  private final boolean positive;

  QualitativeOutcome(String code, String display, String ontologyId, boolean negative, boolean positive) {
    this.code = code;
    this.display = display;
    this.ontologyId = ontologyId;
    this.negative = negative;
    this.positive = positive;
  }

  /**
   * {@inheritDoc}
   *
   * @return the stable code
   */
  @Override
  public String code() {
    return code;
  }

  /**
   * {@inheritDoc}
   *
   * @return the label
   */
  @Override
  public String display() {
    return display;
  }

  /**
   * {@inheritDoc}
   *
   * @return the identifier, or empty
   */
  @Override
  public Optional<String> ontologyId() {
    return Optional.ofNullable(ontologyId);
  }

  /**
   * Tells whether the outcome means "not found".
   *
   * @return the value
   */
  public boolean negative() {
    return negative;
  }

  /**
   * Tells whether the outcome means "found".
   *
   * @return the value
   */
  public boolean positive() {
    return positive;
  }

  /**
   * Looks a constant up by its {@link #code()}.
   *
   * @param code the code
   * @return the constant, or empty if unknown
   */
  public static Optional<QualitativeOutcome> fromCode(String code) {
    return Term.lookupCode(QualitativeOutcome.class, code);
  }

  /**
   * Wraps this constant in a {@link Term}.
   *
   * @return the term
   */
  public Term<QualitativeOutcome> term() {
    return Term.of(this);
  }

  /**
   * Returns the class of this outcome: every "not found" wording is {@link OutcomeClass#NEGATIVE}, every "found"
   * wording {@link OutcomeClass#POSITIVE}; conforms, does not conform, and indeterminate or invalid have a class of
   * their own.
   *
   * @return the class
   */
  public OutcomeClass outcomeClass() {
    if (negative) {
      return OutcomeClass.NEGATIVE;
    }
    if (positive) {
      return OutcomeClass.POSITIVE;
    }
    switch (this) {
      case CONFORMS:
        return OutcomeClass.CONFORMS;
      case DOES_NOT_CONFORM:
        return OutcomeClass.DOES_NOT_CONFORM;
      default:
        return OutcomeClass.INCONCLUSIVE;
    }
  }

}
