package org.paracrine.core.vocabulary;

import java.util.Optional;

/**
 * Culture format during expansion or conditioning. 3D spheroids change the secretome relative to 2D (Redondo-Castro E
 * et al., Stem Cell Res Ther 2018, DOI 10.1186/s13287-017-0753-5; Bartosh TJ et al., PNAS 2010;107:13724);
 * bioreactors change yield and profile (Kouroupis and Correa, Front Bioeng Biotechnol 2021; see docs/sources.md).
 *
 * <p>Generated from {@code tools/gen_vocabulary.py}; edit the table there.
 */
public enum CultureFormat implements Vocabulary {
  /** 2D monolayer (flasks, multilayer vessels). */
  MONOLAYER_2D("2D", "2D monolayer (flasks, multilayer vessels)", null),
  /** 3D spheroids. */
  SPHEROID_3D("3D-spheroid", "3D spheroids", null),
  /** 3D scaffold or hydrogel. */
  SCAFFOLD_3D("3D-scaffold", "3D scaffold or hydrogel", null),
  /** microcarriers in a stirred bioreactor. */
  MICROCARRIER_BIOREACTOR("microcarrier-bioreactor", "microcarriers in a stirred bioreactor", null),
  /** hollow-fibre bioreactor. */
  HOLLOW_FIBRE_BIOREACTOR("hollow-fibre-bioreactor", "hollow-fibre bioreactor", null);

  private final String code;
  private final String display;
  private final String ontologyId;

  CultureFormat(String code, String display, String ontologyId) {
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
  public static Optional<CultureFormat> fromCode(String code) {
    return Term.lookupCode(CultureFormat.class, code);
  }

  /**
   * Wraps this constant in a {@link Term}.
   *
   * @return the term
   */
  public Term<CultureFormat> term() {
    return Term.of(this);
  }
}
