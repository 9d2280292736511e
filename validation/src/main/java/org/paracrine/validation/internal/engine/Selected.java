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
 * @param text a stated text (e.g. a method description), or null
 */
public record Selected(String pointer, String element, String label, String key, Quantity quantity, Censoring censoring,
    Term<QualitativeOutcome> outcome, Term<AnalyticalMethod> method, String text) {

  /**
   * Creates a selected value without a text.
   *
   * @param pointer the JSON Pointer of the value
   * @param element the JSON Pointer of the record element holding the value
   * @param label the name shown in findings
   * @param key the identity used to count distinct values
   * @param quantity the value, or null
   * @param censoring the censoring, or null
   * @param outcome the qualitative outcome, or null
   * @param method the method, or null
   */
  public Selected(String pointer, String element, String label, String key, Quantity quantity, Censoring censoring,
      Term<QualitativeOutcome> outcome, Term<AnalyticalMethod> method) {
    this(pointer, element, label, key, quantity, censoring, outcome, method, null);
  }

  /**
   * Tells whether the value is reported: a quantity, an outcome or a text.
   *
   * @return true if something is stated
   */
  public boolean reported() {
    return quantity != null || outcome != null || text != null;
  }

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
    if (text != null) {
      return text.length() <= 80 ? "\"" + text + "\"" : "\"" + text.substring(0, 77) + "...\"";
    }
    return "reported without a value";
  }
}
