package org.paracrine.core.vocabulary;

import java.util.Optional;

/**
 * Pharmaceutical dose forms, coded with EDQM Standard Terms as published in the HL7 Europe UNICOM implementation guide,
 * value set "EDQM Pharmaceutical Dose Form" (github.com/hl7-eu/unicom-ig; see docs/sources.md).
 *
 * <p>Generated from {@code tools/gen_vocabulary.py}; edit the table there.
 */
public enum DoseForm implements Vocabulary {
  /** Solution for injection ({@code EDQM:11201000}). */
  SOLUTION_FOR_INJECTION("solution-for-injection", "Solution for injection", "EDQM:11201000"),
  /** Suspension for injection ({@code EDQM:11202000}). */
  SUSPENSION_FOR_INJECTION("suspension-for-injection", "Suspension for injection", "EDQM:11202000"),
  /** Powder for solution for injection ({@code EDQM:11205000}). */
  POWDER_FOR_SOLUTION_FOR_INJECTION("powder-for-solution-for-injection", "Powder for solution for injection", "EDQM:11205000"),
  /** Powder for suspension for injection ({@code EDQM:11206000}). */
  POWDER_FOR_SUSPENSION_FOR_INJECTION("powder-for-suspension-for-injection", "Powder for suspension for injection", "EDQM:11206000"),
  /** Lyophilisate for solution for injection ({@code EDQM:11217000}). */
  LYOPHILISATE_FOR_SOLUTION_FOR_INJECTION("lyophilisate-for-solution-for-injection", "Lyophilisate for solution for injection", "EDQM:11217000"),
  /** Lyophilisate for suspension for injection ({@code EDQM:11218000}). */
  LYOPHILISATE_FOR_SUSPENSION_FOR_INJECTION("lyophilisate-for-suspension-for-injection", "Lyophilisate for suspension for injection", "EDQM:11218000"),
  /** Solution for infusion ({@code EDQM:11210000}). */
  SOLUTION_FOR_INFUSION("solution-for-infusion", "Solution for infusion", "EDQM:11210000"),
  /** Concentrate for solution for infusion ({@code EDQM:11213000}). */
  CONCENTRATE_FOR_SOLUTION_FOR_INFUSION("concentrate-for-solution-for-infusion", "Concentrate for solution for infusion", "EDQM:11213000"),
  /** Solution for injection/infusion ({@code EDQM:50060000}). */
  SOLUTION_FOR_INJECTION_OR_INFUSION("solution-for-injection-infusion", "Solution for injection/infusion", "EDQM:50060000"),
  /** Dispersion for injection ({@code EDQM:50077000}). */
  DISPERSION_FOR_INJECTION("dispersion-for-injection", "Dispersion for injection", "EDQM:50077000"),
  /** Nebuliser solution ({@code EDQM:11101000}). */
  NEBULISER_SOLUTION("nebuliser-solution", "Nebuliser solution", "EDQM:11101000"),
  /** Nebuliser suspension ({@code EDQM:11102000}). */
  NEBULISER_SUSPENSION("nebuliser-suspension", "Nebuliser suspension", "EDQM:11102000"),
  /** Powder for nebuliser solution ({@code EDQM:11104000}). */
  POWDER_FOR_NEBULISER_SOLUTION("powder-for-nebuliser-solution", "Powder for nebuliser solution", "EDQM:11104000"),
  /** Nasal spray, solution ({@code EDQM:10808000}). */
  NASAL_SPRAY_SOLUTION("nasal-spray-solution", "Nasal spray, solution", "EDQM:10808000"),
  /** Nasal drops, solution ({@code EDQM:10804000}). */
  NASAL_DROPS_SOLUTION("nasal-drops-solution", "Nasal drops, solution", "EDQM:10804000"),
  /** Eye drops, solution ({@code EDQM:10604000}). */
  EYE_DROPS_SOLUTION("eye-drops-solution", "Eye drops, solution", "EDQM:10604000"),
  /** Eye drops, suspension ({@code EDQM:10605000}). */
  EYE_DROPS_SUSPENSION("eye-drops-suspension", "Eye drops, suspension", "EDQM:10605000"),
  /** Gel ({@code EDQM:10503000}). */
  GEL("gel", "Gel", "EDQM:10503000"),
  /** Cream ({@code EDQM:10502000}). */
  CREAM("cream", "Cream", "EDQM:10502000"),
  /** Cutaneous solution ({@code EDQM:10513000}). */
  CUTANEOUS_SOLUTION("cutaneous-solution", "Cutaneous solution", "EDQM:10513000"),
  /** Cutaneous suspension ({@code EDQM:10515000}). */
  CUTANEOUS_SUSPENSION("cutaneous-suspension", "Cutaneous suspension", "EDQM:10515000"),
  /** Cutaneous spray, solution ({@code EDQM:10509000}). */
  CUTANEOUS_SPRAY_SOLUTION("cutaneous-spray-solution", "Cutaneous spray, solution", "EDQM:10509000"),
  /** Implant ({@code EDQM:11301000}). */
  IMPLANT("implant", "Implant", "EDQM:11301000"),
  /** Lyophilisate for suspension ({@code EDQM:10116000}). */
  LYOPHILISATE_FOR_SUSPENSION("lyophilisate-for-suspension", "Lyophilisate for suspension", "EDQM:10116000");

  private final String code;
  private final String display;
  private final String ontologyId;

  DoseForm(String code, String display, String ontologyId) {
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
  public static Optional<DoseForm> fromCode(String code) {
    return Term.lookupCode(DoseForm.class, code);
  }

  /**
   * Wraps this constant in a {@link Term}.
   *
   * @return the term
   */
  public Term<DoseForm> term() {
    return Term.of(this);
  }
}
