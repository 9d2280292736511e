package org.paracrine.core.quantity;

/**
 * UCUM codes used throughout Paracrine, and checks for units that have a domain-specific pitfall.
 *
 * <p>Source: The Unified Code for Units of Measure (unitsofmeasure.org); see docs/sources.md. Counted entities are UCUM
 * annotations ({@code {particles}}, {@code {cells}}); an annotation has unit 1 in UCUM, so Paracrine refuses to
 * compare different annotations (see {@link Quantity}).
 */
public final class Units {
  private Units() {}

  /** Percent ({@code %}). */
  public static final String PERCENT = "%";
  /** Millilitre. */
  public static final String MILLILITRE = "mL";
  /** Litre. */
  public static final String LITRE = "L";
  /** Kilogram (body mass). */
  public static final String KILOGRAM = "kg";
  /** Nanometre (vesicle diameter). */
  public static final String NANOMETRE = "nm";
  /** Micrometre (filter pore size). */
  public static final String MICROMETRE = "um";
  /** Hour. */
  public static final String HOUR = "h";
  /** Day. */
  public static final String DAY = "d";
  /** Degree Celsius (special unit with an offset; converted explicitly). */
  public static final String CELSIUS = "Cel";
  /** Particle count. */
  public static final String PARTICLES = "{particles}";
  /** Particles per millilitre (NTA, TRPS, nano-flow concentration). */
  public static final String PARTICLES_PER_ML = "{particles}/mL";
  /** Particles per kilogram body mass. */
  public static final String PARTICLES_PER_KG = "{particles}/kg";
  /** Particles per microgram protein (purity ratio, Webber &amp; Clayton 2013). */
  public static final String PARTICLES_PER_UG = "{particles}/ug";
  /** Cell count. */
  public static final String CELLS = "{cells}";
  /** Microgram per millilitre (protein concentration). */
  public static final String MICROGRAM_PER_ML = "ug/mL";
  /** Milligram per millilitre. */
  public static final String MILLIGRAM_PER_ML = "mg/mL";
  /** Picomole per kilogram (phospholipid dosing, UNEX-42). */
  public static final String PICOMOLE_PER_KG = "pmol/kg";
  /** Endotoxin units per millilitre, written as international units (1 EU = 1 IU; USP &lt;85&gt;). */
  public static final String ENDOTOXIN_PER_ML = "[IU]/mL";
  /** Endotoxin units per kilogram body mass (the K of USP &lt;85&gt;). */
  public static final String ENDOTOXIN_PER_KG = "[IU]/kg";
  /** Milliosmole per kilogram (osmolality). */
  public static final String MILLIOSMOLE_PER_KG = "mosm/kg";
  /** pH (UCUM special unit {@code [pH]}). */
  public static final String PH = "[pH]";
  /** Colony-forming units per millilitre (mycoplasma NAT sensitivity, Ph. Eur. 2.6.7). */
  public static final String CFU_PER_ML = "[CFU]/mL";
  /** Genome copies per millilitre. */
  public static final String COPIES_PER_ML = "{copies}/mL";
  /** Pure number. */
  public static final String ONE = "1";

  /**
   * Tells whether a text is a valid UCUM code.
   *
   * @param unit the text
   * @return true if valid
   */
  public static boolean isValid(String unit) {
    try {
      UnitRegistry.info(unit);
      return true;
    } catch (InvalidUnitException e) {
      return false;
    }
  }

  /**
   * Checks a UCUM code and returns it.
   *
   * @param unit the text
   * @return the same text
   * @throws InvalidUnitException if it is not valid UCUM, with UCUM's reason
   */
  public static String requireValid(String unit) {
    UnitRegistry.info(unit);
    return unit;
  }

  /**
   * Tells whether two unit codes measure the same kind of thing (see {@link Quantity} for the rules).
   *
   * @param a first UCUM code
   * @param b second UCUM code
   * @return true if a value in {@code a} can be converted to {@code b}
   * @throws InvalidUnitException if either code is invalid
   */
  public static boolean areComparable(String a, String b) {
    return UnitRegistry.incomparability(UnitRegistry.info(a), UnitRegistry.info(b)) == null;
  }

  /**
   * Checks that a unit is acceptable for an endotoxin amount or concentration.
   *
   * <p>Endotoxin is reported in USP endotoxin units, which equal WHO international units (USP &lt;85&gt;), so the
   * UCUM unit must contain {@code [IU]} or the annotation {@code {EU}}. UCUM's {@code [EU]} is the
   * <em>Ehrlich unit</em> (urobilinogen) and is refused with a message saying so.
   *
   * @param unit the UCUM code
   * @return the same code
   * @throws InvalidUnitException if it uses {@code [EU]} or contains neither {@code [IU]} nor {@code {EU}}
   */
  public static String requireEndotoxinUnit(String unit) {
    requireValid(unit);
    if (unit.contains("[EU]")) {
      throw new InvalidUnitException(unit, "[EU] is the UCUM Ehrlich unit, not an endotoxin unit; write endotoxin"
          + " as [IU] (1 EU = 1 IU, USP <85>), e.g. [IU]/mL, or with the annotation {EU}/mL");
    }
    if (!unit.contains("[IU]") && !unit.contains("{EU}")) {
      String[] meant = UnitRegistry.suggest(unit.replaceAll("(?<![A-Za-z\\[{])EU(?![A-Za-z\\]}])", "IU"));
      if (meant != null) {
        throw new InvalidUnitException(unit, "an endotoxin value needs [IU] (1 EU = 1 IU, USP <85>) or {EU};"
            + " in UCUM, EU is the exa-prefixed enzyme unit (10^18 U); did you mean '" + meant[0] + "'?", meant[0]);
      }
      throw new InvalidUnitException(unit, "an endotoxin value needs [IU] (1 EU = 1 IU, USP <85>) or {EU},"
          + " e.g. [IU]/mL");
    }
    return unit;
  }
}
