package org.paracrine.core.vocabulary;

import java.util.Optional;

/**
 * What a dose amount counts (dose units vary across trials: Wang Y et al., Front Med 2025, DOI
 * 10.3389/fmed.2025.1625787; see docs/sources.md): product volume, particles, protein, lipid, cell-equivalents, or the
 * percentage of secretome in a vehicle. Units must match: volume in a volume unit, particles in
 * {@code {particles}}, protein in a mass unit, lipid in an amount of substance, cell-equivalents in {@code {cells}},
 * percentage in {@code %}.
 *
 * <p>Generated from {@code tools/gen_vocabulary.py}; edit the table there.
 */
public enum DoseBasis implements Vocabulary {
  /** volume of product. */
  VOLUME("volume", "volume of product", null),
  /** particle number. */
  PARTICLES("particles", "particle number", null),
  /** protein mass. */
  PROTEIN("protein", "protein mass", null),
  /** lipid (e.g. phospholipid) amount. */
  LIPID("lipid", "lipid (e.g. phospholipid) amount", null),
  /** cell-equivalents. */
  CELL_EQUIVALENTS("cell-equivalents", "cell-equivalents", null),
  /** percentage of secretome in a vehicle. */
  PERCENT_IN_VEHICLE("percent-in-vehicle", "percentage of secretome in a vehicle", null);

  private final String code;
  private final String display;
  private final String ontologyId;

  DoseBasis(String code, String display, String ontologyId) {
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
  public static Optional<DoseBasis> fromCode(String code) {
    return Term.lookupCode(DoseBasis.class, code);
  }

  /**
   * Wraps this constant in a {@link Term}.
   *
   * @return the term
   */
  public Term<DoseBasis> term() {
    return Term.of(this);
  }
}
