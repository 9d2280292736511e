package org.paracrine.core.vocabulary;

import java.util.Optional;

/**
 * Downstream unit operations after conditioned-medium harvest (Korea MFDS, Guideline on Quality, Non-clinical and
 * Clinical Assessment of Extracellular Vesicle Therapy Products, Guidance-0917-03, 2024, isolation section; see
 * docs/sources.md).
 *
 * <p>Generated from {@code tools/gen_vocabulary.py}; edit the table there.
 */
public enum DownstreamOperation implements Vocabulary {
  /** clarification by low-speed centrifugation. */
  CLARIFICATION_CENTRIFUGATION("clarification-centrifugation", "clarification by low-speed centrifugation", null),
  /** clarification by depth or membrane filtration. */
  CLARIFICATION_FILTRATION("clarification-filtration", "clarification by depth or membrane filtration", null),
  /** concentration. */
  CONCENTRATION("concentration", "concentration", null),
  /** diafiltration / buffer exchange. */
  DIAFILTRATION("diafiltration", "diafiltration / buffer exchange", null),
  /** EV isolation or separation. */
  EV_ISOLATION("ev-isolation", "EV isolation or separation", null),
  /** sterile filtration. */
  STERILE_FILTRATION("sterile-filtration", "sterile filtration", null),
  /** lyophilisation (freeze-drying). */
  LYOPHILISATION("lyophilisation", "lyophilisation (freeze-drying)", null),
  /** formulation / dilution. */
  FORMULATION("formulation", "formulation / dilution", null),
  /** fill and finish. */
  FILL_FINISH("fill-finish", "fill and finish", null),
  /** storage of conditioned medium before processing. */
  PRE_PROCESSING_STORAGE("pre-processing-storage", "storage of conditioned medium before processing", null);

  private final String code;
  private final String display;
  private final String ontologyId;

  DownstreamOperation(String code, String display, String ontologyId) {
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
  public static Optional<DownstreamOperation> fromCode(String code) {
    return Term.lookupCode(DownstreamOperation.class, code);
  }

  /**
   * Wraps this constant in a {@link Term}.
   *
   * @return the term
   */
  public Term<DownstreamOperation> term() {
    return Term.of(this);
  }
}
