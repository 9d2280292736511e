package org.paracrine.core.assay;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.paracrine.core.InvariantViolationException;
import org.paracrine.core.internal.Check;
import org.paracrine.core.quantity.InvalidUnitException;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.quantity.Units;
import org.paracrine.core.vocabulary.AnalyticalMethod;
import org.paracrine.core.vocabulary.QualitativeOutcome;
import org.paracrine.core.vocabulary.QualityAttribute;
import org.paracrine.core.vocabulary.SampledMaterial;
import org.paracrine.core.vocabulary.Term;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One test result recorded on a lot: the attribute tested, the method, and a value and/or a qualitative
 * outcome, with detection limits and sampling information.
 *
 * <p>Invariants: a value or an outcome is present; an incubation period is a positive time; sampled materials are
 * unique; a censored result has a value; LOD ≤ LOQ in units comparable
 * with the value; an endotoxin value uses {@code [IU]} or {@code {EU}} — UCUM's {@code [EU]} is the Ehrlich unit
 * and is refused (USP &lt;85&gt;: 1 EU = 1 IU).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTestResult.class)
@JsonDeserialize(as = ImmutableTestResult.class)
public abstract class TestResult {
  TestResult() {}

  /**
   * Returns the quality attribute tested.
   *
   * @return the attribute
   */
  public abstract Term<QualityAttribute> attribute();

  /**
   * Returns what was measured within the attribute: a marker symbol, an analyte name, a potency read-out.
   *
   * @return the analyte, or empty
   */
  public abstract Optional<@Size(max = 200) String> analyte();

  /**
   * Returns the method.
   *
   * @return the method, or empty
   */
  public abstract Optional<Term<AnalyticalMethod>> method();

  /**
   * Returns the numeric result.
   *
   * @return the value, or empty for a purely qualitative test
   */
  public abstract Optional<Quantity> value();

  /**
   * Returns the qualitative result.
   *
   * @return the outcome, or empty for a purely numeric test
   */
  public abstract Optional<Term<QualitativeOutcome>> outcome();

  /**
   * Returns the limit of detection.
   *
   * @return the LOD, or empty
   */
  public abstract Optional<Quantity> lod();

  /**
   * Returns the limit of quantification.
   *
   * @return the LOQ, or empty
   */
  public abstract Optional<Quantity> loq();

  /**
   * Returns how the value is censored.
   *
   * @return the censoring, or empty
   */
  public abstract Optional<Censoring> censoring();

  /**
   * Returns the test date.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> testDate();

  /**
   * Returns the sampling point, e.g. "pooled cells and medium at end of final culture, before EV isolation".
   *
   * @return the sampling description, or empty
   */
  public abstract Optional<@Size(max = 2000) String> samplingPoint();

  /**
   * Returns what the sample was taken from (Ph. Eur. 2.6.7: mycoplasma is tested on the cells and the culture
   * supernatant).
   *
   * @return the sampled materials, possibly empty (not recorded)
   */
  @Size(max = 10)
  public abstract List<Term<SampledMaterial>> sampledMaterials();

  /**
   * Returns the incubation period of a culture-based test (USP &lt;71&gt; / Ph. Eur. 2.6.1 sterility: at least
   * 14 days).
   *
   * @return a time, or empty
   */
  public abstract Optional<Quantity> incubationDuration();

  /**
   * Tells whether the method is declared validated for this product, as 21 CFR 610.12 requires of a sterility test
   * other than the compendial culture method (a rapid or non-culture method).
   *
   * @return true or false as declared, or empty when the record does not say
   */
  public abstract Optional<Boolean> methodValidated();

  /**
   * Returns a free-text note.
   *
   * @return the note, or empty
   */
  public abstract Optional<@Size(max = 4000) String> note();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static ImmutableTestResult.Builder builder() {
    return ImmutableTestResult.builder();
  }

  /**
   * Creates a numeric result.
   *
   * @param attribute the attribute
   * @param method the method
   * @param value the value
   * @return the result
   */
  public static TestResult numeric(QualityAttribute attribute, AnalyticalMethod method, Quantity value) {
    return builder().attribute(Term.of(attribute)).method(Term.of(method)).value(value).build();
  }

  /**
   * Creates a qualitative result.
   *
   * @param attribute the attribute
   * @param method the method
   * @param outcome the outcome
   * @return the result
   */
  public static TestResult qualitative(QualityAttribute attribute, AnalyticalMethod method,
      QualitativeOutcome outcome) {
    return builder().attribute(Term.of(attribute)).method(Term.of(method)).outcome(Term.of(outcome)).build();
  }

  @Value.Check
  void check() {
    Check.all(() -> {
      Check.require(value().isPresent() || outcome().isPresent(), "TestResult", "value/outcome", "neither",
          () -> "a value or a qualitative outcome for attribute " + attribute().code());
      Check.require(censoring().isEmpty() || value().isPresent(), "TestResult", "censoring", censoring().orElse(null),
          "a value holding the limit the result is censored at");
      analyte().ifPresent(a -> Check.notBlank(a, "TestResult", "analyte"));
      Check.dimension(incubationDuration(), "h", "a time", "TestResult", "incubationDuration");
      incubationDuration().ifPresent(d -> Check.positive(d, "TestResult", "incubationDuration"));
      Check.unique(sampledMaterials(), Term::code, "TestResult", "sampledMaterials");
      if (value().isPresent()) {
        Limits.check("TestResult", value().get(), lod(), loq());
        if (attribute().is(QualityAttribute.ENDOTOXIN)) {
          try {
            Units.requireEndotoxinUnit(value().get().unit());
          } catch (InvalidUnitException e) {
            throw new InvariantViolationException("TestResult", "value", value().get(), e.getMessage()
                .replace("invalid UCUM unit", "an endotoxin unit instead of"));
          }
        }
      }
    });
  }
}
