package org.paracrine.core.vocabulary;

import java.util.Optional;

/**
 * Agents used to prime (pre-condition) MSCs before or during conditioning (López-García &amp;
 * Castro-Manrreza, IJMS 2021;22:9531; Redondo-Castro 2018; Ferreira JR et al., Front Immunol 2018;9:2837).
 * Concentrations and durations vary by study and are recorded per treatment, never assumed.
 *
 * <p>Generated from {@code tools/gen_vocabulary.py}; edit the table there.
 */
public enum PrimingAgent implements Vocabulary {
  /** interferon gamma. */
  IFN_GAMMA("IFN-gamma", "interferon gamma", null),
  /** tumour necrosis factor alpha. */
  TNF_ALPHA("TNF-alpha", "tumour necrosis factor alpha", null),
  /** interleukin 1 beta. */
  IL1_BETA("IL-1beta", "interleukin 1 beta", null),
  /** lipopolysaccharide. */
  LPS("LPS", "lipopolysaccharide", null),
  /** hydrogen peroxide. */
  HYDROGEN_PEROXIDE("H2O2", "hydrogen peroxide", null),
  /** resveratrol. */
  RESVERATROL("resveratrol", "resveratrol", null);

  private final String code;
  private final String display;
  private final String ontologyId;

  PrimingAgent(String code, String display, String ontologyId) {
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
  public static Optional<PrimingAgent> fromCode(String code) {
    return Term.lookupCode(PrimingAgent.class, code);
  }

  /**
   * Wraps this constant in a {@link Term}.
   *
   * @return the term
   */
  public Term<PrimingAgent> term() {
    return Term.of(this);
  }
}
