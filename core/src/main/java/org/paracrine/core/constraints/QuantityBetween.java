package org.paracrine.core.constraints;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated {@link org.paracrine.core.quantity.Quantity}, converted to {@link #unit()} via UCUM, must lie
 * between {@link #min()} and {@link #max()} (inclusive unless stated otherwise). A value whose unit cannot be
 * converted to {@link #unit()} is a violation. {@code null} and empty values are valid.
 *
 * <p>Example: {@code @QuantityBetween(min = "0", max = "130", unit = "a")} accepts {@code 0 d} and {@code 34 a}
 * and refuses {@code 200 a} and {@code 3 kg}.
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, TYPE_USE})
@Retention(RUNTIME)
public @interface QuantityBetween {
  /**
   * Returns the lower bound as decimal text in {@link #unit()}.
   *
   * @return the lower bound
   */
  String min();

  /**
   * Returns the upper bound as decimal text in {@link #unit()}.
   *
   * @return the upper bound
   */
  String max();

  /**
   * Returns the UCUM unit of the bounds.
   *
   * @return the unit
   */
  String unit();

  /**
   * Tells whether the lower bound itself is allowed.
   *
   * @return true for {@code ≥}
   */
  boolean minInclusive() default true;

  /**
   * Tells whether the upper bound itself is allowed.
   *
   * @return true for {@code ≤}
   */
  boolean maxInclusive() default true;

  /**
   * Returns the message template.
   *
   * @return the template key
   */
  String message() default "{org.paracrine.core.constraints.QuantityBetween.message}";

  /**
   * Returns the validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * Returns the payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};
}
