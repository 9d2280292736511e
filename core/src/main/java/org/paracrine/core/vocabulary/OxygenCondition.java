package org.paracrine.core.vocabulary;

import java.util.Optional;

/**
 * Oxygen condition claimed for a culture step. Incubator normoxia is about 18.4-21 % O2, physioxia 2-9 % O2
 * (Phelps J et al., Stem Cell Res Ther 2023, DOI 10.1186/s13287-023-03439-9); hypoxic conditioning of MSC is typically
 * 1-5 % O2 in reviews, with 5 % O2 used for example in Front Bioeng Biotechnol 2019, DOI 10.3389/fbioe.2019.00292 (the
 * lower bound is to be verified; see docs/sources.md). A claim must be backed by a recorded O2 percentage.
 *
 * <p>Generated from {@code tools/gen_vocabulary.py}; edit the table there.
 */
public enum OxygenCondition implements Vocabulary {
  /** normoxia (incubator air). */
  NORMOXIA("normoxia", "normoxia (incubator air)", null),
  /** physioxia. */
  PHYSIOXIA("physioxia", "physioxia", null),
  /** hypoxia. */
  HYPOXIA("hypoxia", "hypoxia", null);

  private final String code;
  private final String display;
  private final String ontologyId;

  OxygenCondition(String code, String display, String ontologyId) {
    this.code = code;
    this.display = display;
    this.ontologyId = ontologyId;
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
   * Looks a constant up by its {@link #code()}.
   *
   * @param code the code
   * @return the constant, or empty if unknown
   */
  public static Optional<OxygenCondition> fromCode(String code) {
    return Term.lookupCode(OxygenCondition.class, code);
  }

  /**
   * Wraps this constant in a {@link Term}.
   *
   * @return the term
   */
  public Term<OxygenCondition> term() {
    return Term.of(this);
  }
}
