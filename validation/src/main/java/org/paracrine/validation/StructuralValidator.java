package org.paracrine.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.paracrine.core.constraints.Identifier;
import org.paracrine.core.constraints.QuantityBetween;
import org.paracrine.core.constraints.UcumUnit;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.product.SecretomeProduct;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.report.Finding;
import org.paracrine.core.report.ImmutableFinding;
import org.paracrine.core.report.JsonPointer;
import org.paracrine.core.report.Outcome;
import org.paracrine.core.report.Severity;
import org.paracrine.validation.internal.ConstraintPrecheck;
import org.paracrine.validation.internal.FindingFactory;
import org.paracrine.validation.internal.InstanceMemo;
import org.paracrine.validation.internal.Sources;
import org.paracrine.validation.internal.ValidatorHolder;

/**
 * Checks the Jakarta Validation constraints declared on the core types (identifier syntax, length bounds, unit
 * dimensions, plausibility ranges, cascading into nested values) and reports <em>all</em> violations at once as
 * {@link Finding}s: stable code ({@code STRUCTURE.*}), severity {@link Severity#ERROR}, outcome
 * {@link Outcome#FAIL}, JSON Pointer into the record, English message, observed value and expectation.
 *
 * <p>A value is first looked at by a quick check derived from the validator's own metadata, which walks the
 * constrained members directly; only a value it cannot vouch for (one with a violation, or with a constraint it does
 * not know) goes through Hibernate Validator, which explains each violation. The findings are the same either way.
 *
 * <p>Construction-time invariants of the core types (which throw when broken) are not repeated here. The single
 * Hibernate Validator factory behind this class is built once, configured to see fluent accessors, and shared;
 * this class is immutable and thread-safe.
 *
 * <pre>{@code
 * List<Finding> findings = StructuralValidator.shared().validate(product, lot);
 * }</pre>
 */
public final class StructuralValidator {
  private static final StructuralValidator SHARED = new StructuralValidator();
  private static final int MAX_OBSERVED_LENGTH = 200;
  private static final Map<Class<? extends Annotation>, FindingCode> CODES = Map.of(
      Identifier.class, FindingCode.STRUCTURE_IDENTIFIER,
      UcumUnit.class, FindingCode.STRUCTURE_UCUM_UNIT,
      QuantityBetween.class, FindingCode.STRUCTURE_QUANTITY_RANGE,
      jakarta.validation.constraints.Size.class, FindingCode.STRUCTURE_SIZE,
      jakarta.validation.constraints.Pattern.class, FindingCode.STRUCTURE_PATTERN,
      jakarta.validation.constraints.NotNull.class, FindingCode.STRUCTURE_NOT_NULL);

  private final FindingFactory factory = new FindingFactory(null);
  /** Findings per product and lot instance: the records are immutable, so an instance is validated once. */
  private static final InstanceMemo<List<Finding>> PRODUCTS = new InstanceMemo<>(1024);
  private static final InstanceMemo<List<Finding>> LOTS = new InstanceMemo<>(4096);

  private StructuralValidator() {}

  /**
   * Returns the shared instance.
   *
   * @return the validator
   */
  public static StructuralValidator shared() {
    return SHARED;
  }

  /**
   * Returns the shared, configured Jakarta {@link Validator}, for callers that want raw constraint violations.
   *
   * @return the validator (thread-safe)
   */
  public static Validator jakartaValidator() {
    return ValidatorHolder.validator();
  }

  /**
   * Configures a Jakarta Validation bootstrap (for example Spring's) the way Paracrine's own validator is
   * configured: a getter strategy that sees the fluent accessors of the core types (without it Hibernate Validator
   * silently ignores their constraints) and English messages from Paracrine's bundle.
   *
   * <pre>{@code
   * @Bean
   * ValidationConfigurationCustomizer paracrine() {
   *   return StructuralValidator::configure;
   * }
   * }</pre>
   *
   * @param configuration a Hibernate Validator configuration
   * @throws IllegalArgumentException if the configuration is not Hibernate Validator's
   */
  public static void configure(jakarta.validation.Configuration<?> configuration) {
    if (!(configuration instanceof org.hibernate.validator.HibernateValidatorConfiguration)) {
      throw new IllegalArgumentException("Paracrine's constraints need Hibernate Validator; the configuration is a "
          + configuration.getClass().getName());
    }
    ValidatorHolder.configure((org.hibernate.validator.HibernateValidatorConfiguration) configuration);
    PRODUCTS.clear(); // findings remembered under the former configuration no longer hold
    LOTS.clear();
  }

  /**
   * Validates a product and a lot, locating findings under {@code /product} and {@code /lot}. Each product and lot
   * instance is validated once: records are immutable, so later calls with the same instance return the findings
   * remembered for it (held weakly and bounded in number; {@link #configure} forgets them).
   *
   * @param product the product
   * @param lot the lot
   * @return all violations as findings, product first, each part ordered by path
   */
  public List<Finding> validate(SecretomeProduct product, Lot lot) {
    List<Finding> ofProduct = PRODUCTS.get(product, p -> List.copyOf(validate(p, "/product")));
    List<Finding> ofLot = LOTS.get(lot, l -> List.copyOf(validate(l, "/lot")));
    if (ofProduct.isEmpty() && ofLot.isEmpty()) {
      return new ArrayList<>(0); // valid records, the usual case: a list of no capacity, for a caller that adds
    }
    List<Finding> out = new ArrayList<>(ofProduct.size() + ofLot.size());
    out.addAll(ofProduct);
    out.addAll(ofLot);
    return out;
  }

  /**
   * Validates any core value and all values nested in it.
   *
   * @param value the value, e.g. a {@link Lot} or a {@link org.paracrine.core.spec.ReleaseSpecification}
   * @param basePointer the JSON Pointer of the value in the record, {@code ""} for the root
   * @return all violations as findings, ordered by path and code
   */
  public List<Finding> validate(Object value, String basePointer) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(basePointer, "basePointer");
    if (ConstraintPrecheck.clean(value)) {
      return new ArrayList<>(0); // the usual case: a list of no capacity, for a caller that adds
    }
    Set<ConstraintViolation<Object>> violations = ValidatorHolder.validator().validate(value);
    List<Finding> out = new ArrayList<>();
    for (ConstraintViolation<Object> v : violations) {
      out.add(toFinding(v, basePointer));
    }
    out.sort(Comparator.comparing(Finding::path).thenComparing(Finding::code).thenComparing(Finding::message));
    return out;
  }

  private Finding toFinding(ConstraintViolation<?> v, String base) {
    String path = pointer(base, v.getPropertyPath());
    FindingCode code = CODES.getOrDefault(v.getConstraintDescriptor().getAnnotation().annotationType(),
        FindingCode.STRUCTURE_CONSTRAINT);
    Object invalid = v.getInvalidValue();
    ImmutableFinding.Builder b = factory.start(code, Outcome.FAIL, Severity.ERROR, path, Sources.PARACRINE,
        path.isEmpty() ? "/" : path, v.getMessage())
        .criterionId("structure").expected(v.getMessage());
    if (invalid != null) {
      String text = String.valueOf(invalid);
      b.observed(text.length() > MAX_OBSERVED_LENGTH ? text.substring(0, MAX_OBSERVED_LENGTH) + "..." : text);
      if (invalid instanceof Quantity) {
        b.observedQuantity((Quantity) invalid);
      }
    }
    return b.build();
  }

  /**
   * Converts a Jakarta Validation property path ({@code testResults[3].value}) to a JSON Pointer
   * ({@code /testResults/3/value}) below a base pointer.
   *
   * @param base the base pointer
   * @param path the property path
   * @return the pointer
   */
  static String pointer(String base, Path path) {
    StringBuilder sb = new StringBuilder(base);
    for (Path.Node n : path) {
      if (n.getIndex() != null) {
        sb.append('/').append(n.getIndex());
      } else if (n.getKey() != null) {
        sb.append('/').append(JsonPointer.escape(String.valueOf(n.getKey())));
      }
      String name = n.getName();
      if (name != null && !name.isEmpty() && !name.startsWith("<")) {
        sb.append('/').append(JsonPointer.escape(name));
      }
    }
    return sb.toString();
  }
}
