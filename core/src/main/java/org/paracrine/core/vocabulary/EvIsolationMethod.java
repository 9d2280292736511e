package org.paracrine.core.vocabulary;

import java.util.Optional;

/**
 * Methods that separate or concentrate EVs (local codes: no ontology identifiers were found; see docs/sources.md).
 * Methods may be combined (MFDS 2024: two or more techniques may be paired).
 *
 * <p>Generated from {@code tools/gen_vocabulary.py}; edit the table there.
 */
public enum EvIsolationMethod implements Vocabulary {
  /** differential ultracentrifugation. */
  DIFFERENTIAL_ULTRACENTRIFUGATION("DUC", "differential ultracentrifugation", null),
  /** density-gradient ultracentrifugation. */
  DENSITY_GRADIENT_ULTRACENTRIFUGATION("DGUC", "density-gradient ultracentrifugation", null),
  /** size-exclusion chromatography. */
  SIZE_EXCLUSION_CHROMATOGRAPHY("SEC", "size-exclusion chromatography", null),
  /** tangential-flow filtration. */
  TANGENTIAL_FLOW_FILTRATION("TFF", "tangential-flow filtration", null),
  /** ultrafiltration. */
  ULTRAFILTRATION("UF", "ultrafiltration", null),
  /** polymer (PEG) precipitation. */
  POLYMER_PRECIPITATION("PPT", "polymer (PEG) precipitation", null),
  /** immunoaffinity capture. */
  IMMUNOAFFINITY_CAPTURE("IAC", "immunoaffinity capture", null),
  /** asymmetric-flow field-flow fractionation. */
  ASYMMETRIC_FLOW_FIELD_FLOW_FRACTIONATION("AF4", "asymmetric-flow field-flow fractionation", null),
  /** ion-exchange chromatography. */
  ION_EXCHANGE_CHROMATOGRAPHY("IEX", "ion-exchange chromatography", null);

  private final String code;
  private final String display;
  private final String ontologyId;

  EvIsolationMethod(String code, String display, String ontologyId) {
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
  public static Optional<EvIsolationMethod> fromCode(String code) {
    return Term.lookupCode(EvIsolationMethod.class, code);
  }

  /**
   * Wraps this constant in a {@link Term}.
   *
   * @return the term
   */
  public Term<EvIsolationMethod> term() {
    return Term.of(this);
  }
}
