package org.paracrine.core.process;

import java.util.Optional;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.vocabulary.CultureFormat;
import org.paracrine.core.vocabulary.OxygenCondition;
import org.paracrine.core.vocabulary.SupplementType;
import org.paracrine.core.vocabulary.Term;

/**
 * Culture parameters shared by expansion and conditioning steps. MFDS 2024 asks that seeding, confluence,
 * viability, passage, doubling time, O2/CO2, temperature, media and vessels be standardised and reported.
 */
public interface CultureConditions {
  /**
   * Returns the basal medium, e.g. "alpha-MEM".
   *
   * @return the medium, or empty
   */
  Optional<String> medium();

  /**
   * Returns the serum or supplement.
   *
   * @return the supplement, or empty
   */
  Optional<Term<SupplementType>> supplement();

  /**
   * Returns the supplement concentration.
   *
   * @return concentration, typically in {@code %}, or empty
   */
  Optional<Quantity> supplementConcentration();

  /**
   * Returns the culture format.
   *
   * @return the format, or empty
   */
  Optional<Term<CultureFormat>> cultureFormat();

  /**
   * Returns the oxygen level.
   *
   * @return O2 in {@code %}, or empty
   */
  Optional<Quantity> oxygen();

  /**
   * Returns the claimed oxygen condition.
   *
   * @return normoxia, physioxia or hypoxia, or empty
   */
  Optional<Term<OxygenCondition>> oxygenCondition();

  /**
   * Returns the CO2 level.
   *
   * @return CO2 in {@code %}, or empty
   */
  Optional<Quantity> carbonDioxide();

  /**
   * Returns the culture temperature.
   *
   * @return temperature, e.g. {@code 37 Cel}, or empty
   */
  Optional<Quantity> temperature();

  /**
   * Returns the passage of the cells in this step.
   *
   * @return the passage (≥ 0), or empty
   */
  Optional<Integer> passage();

  /**
   * Returns the duration of the step.
   *
   * @return a time, or empty
   */
  Optional<Quantity> duration();
}
