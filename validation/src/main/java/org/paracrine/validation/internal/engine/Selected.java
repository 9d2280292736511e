package org.paracrine.validation.internal.engine;

import org.paracrine.core.assay.Censoring;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.vocabulary.AnalyticalMethod;
import org.paracrine.core.vocabulary.QualitativeOutcome;
import org.paracrine.core.vocabulary.Term;

/**
 * One value a selector selected: where it is, what it is called in messages, and what it holds (a quantity with its
 * censoring, a qualitative outcome, or neither when the member is reported without a comparable value).
 *
 * @param pointer the JSON Pointer of the value in the {@code {"product": ..., "lot": ...}} record
 * @param element the JSON Pointer of the record element holding the value (a test result, a marker result)
 * @param label the name shown in findings (marker, analyte, parameter)
 * @param key the identity used to count distinct values under {@code AT_LEAST}
 * @param quantity the value, or null
 * @param censoring the censoring of the value, or null
 * @param outcome the qualitative outcome, or null
 * @param method the method the value was obtained with, or null
 */
public record Selected(String pointer, String element, String label, String key, Quantity quantity, Censoring censoring,
    Term<QualitativeOutcome> outcome, Term<AnalyticalMethod> method) {

  /**
   * Describes the value as reported, e.g. {@code "BELOW_LOQ 15.6 pg/mL"} or {@code "no-growth"}.
   *
   * @return the text
   */
  public String observed() {
    if (quantity != null) {
      return censoring == null ? quantity.toString() : censoring + " " + quantity;
    }
    if (outcome != null) {
      return outcome.toString();
    }
    return "reported without a value";
  }
}
