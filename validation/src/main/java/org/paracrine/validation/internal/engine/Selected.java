package org.paracrine.validation.internal.engine;

import java.util.Objects;
import java.util.function.Supplier;
import org.paracrine.core.assay.Censoring;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.vocabulary.AnalyticalMethod;
import org.paracrine.core.vocabulary.QualitativeOutcome;
import org.paracrine.core.vocabulary.Term;

/**
 * One value a selector selected: where it is, what it is called in messages, and what it holds (a quantity with its
 * censoring, a qualitative outcome, or neither when the member is reported without a comparable value).
 *
 * <p>A value whose name has to be written from several parts (a donor test with its specimen date) can be created
 * with the name's recipe ({@link #named}); the name is then written the first time {@link #label()} is asked for,
 * which most checks never do: it appears only in the messages of some findings, which are themselves formatted
 * when read. Equality and hash code are those of a record of the nine values. Not thread-safe (a selected value
 * lives in one check).
 */
public final class Selected {
  private final String pointer;
  private final String element;
  private String label;
  private final Supplier<String> labelRecipe;
  private final String key;
  private final Quantity quantity;
  private final Censoring censoring;
  private final Term<QualitativeOutcome> outcome;
  private final Term<AnalyticalMethod> method;
  private final String text;

  /**
   * Creates a selected value.
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
  public Selected(String pointer, String element, String label, String key, Quantity quantity, Censoring censoring,
      Term<QualitativeOutcome> outcome, Term<AnalyticalMethod> method, String text) {
    this(pointer, element, label, null, key, quantity, censoring, outcome, method, text);
  }

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

  private Selected(String pointer, String element, String label, Supplier<String> labelRecipe, String key,
      Quantity quantity, Censoring censoring, Term<QualitativeOutcome> outcome, Term<AnalyticalMethod> method,
      String text) {
    this.pointer = pointer;
    this.element = element;
    this.label = label;
    this.labelRecipe = labelRecipe;
    this.key = key;
    this.quantity = quantity;
    this.censoring = censoring;
    this.outcome = outcome;
    this.method = method;
    this.text = text;
  }

  /**
   * Creates a selected value whose name is written when first asked for.
   *
   * @param pointer the JSON Pointer of the value
   * @param element the JSON Pointer of the record element holding the value
   * @param label writes the name shown in findings; called at most once, and it must give the same text whenever
   *     called
   * @param key the identity used to count distinct values
   * @param quantity the value, or null
   * @param outcome the qualitative outcome, or null
   * @return the selected value
   */
  public static Selected named(String pointer, String element, Supplier<String> label, String key, Quantity quantity,
      Term<QualitativeOutcome> outcome) {
    return new Selected(pointer, element, null, Objects.requireNonNull(label, "label"), key, quantity, null, outcome,
        null, null);
  }

  /**
   * Returns the JSON Pointer of the value in the {@code {"product": ..., "lot": ...}} record.
   *
   * @return the pointer
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Returns the JSON Pointer of the record element holding the value.
   *
   * @return the pointer
   */
  public String element() {
    return element;
  }

  /**
   * Returns the name shown in findings, written now if it was given as a recipe.
   *
   * @return the name
   */
  public String label() {
    String l = label;
    if (l == null && labelRecipe != null) {
      l = labelRecipe.get();
      label = l;
    }
    return l;
  }

  /**
   * Returns the identity used to count distinct values under {@code AT_LEAST}.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * Returns the value.
   *
   * @return the quantity, or null
   */
  public Quantity quantity() {
    return quantity;
  }

  /**
   * Returns the censoring of the value.
   *
   * @return the censoring, or null
   */
  public Censoring censoring() {
    return censoring;
  }

  /**
   * Returns the qualitative outcome.
   *
   * @return the outcome, or null
   */
  public Term<QualitativeOutcome> outcome() {
    return outcome;
  }

  /**
   * Returns the method the value was obtained with.
   *
   * @return the method, or null
   */
  public Term<AnalyticalMethod> method() {
    return method;
  }

  /**
   * Returns a stated text.
   *
   * @return the text, or null
   */
  public String text() {
    return text;
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

  /**
   * Tells whether another object is a selected value with the same nine values (the name written if needed).
   *
   * @param o the object
   * @return true if equal
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Selected)) {
      return false;
    }
    Selected s = (Selected) o;
    return Objects.equals(pointer, s.pointer) && Objects.equals(element, s.element)
        && Objects.equals(label(), s.label()) && Objects.equals(key, s.key) && Objects.equals(quantity, s.quantity) && censoring == s.censoring
        && Objects.equals(outcome, s.outcome) && Objects.equals(method, s.method) && Objects.equals(text, s.text);
  }

  /**
   * Returns a hash code of the nine values.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(pointer, element, label(), key, quantity, censoring, outcome, method, text);
  }

  /**
   * Lists the nine values, as a record would.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "Selected[pointer=" + pointer + ", element=" + element + ", label=" + label() + ", key=" + key
        + ", quantity=" + quantity + ", censoring=" + censoring + ", outcome=" + outcome + ", method=" + method
        + ", text=" + text + "]";
  }
}
