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
 * The annotated {@link org.paracrine.core.quantity.Quantity} must have a UCUM unit convertible to at least one of
 * {@link #anyOf()} (same dimension, same annotations and arbitrary units; see
 * {@link org.paracrine.core.quantity.Quantity#isConvertibleTo(String)}). {@code null} and empty values are valid.
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, TYPE_USE})
@Retention(RUNTIME)
public @interface UcumUnit {
  /**
   * Returns the reference units; the value must be convertible to one of them.
   *
   * @return UCUM codes such as {@code "g/mL"}
   */
  String[] anyOf();

  /**
   * Returns the message template.
   *
   * @return the template key
   */
  String message() default "{org.paracrine.core.constraints.UcumUnit.message}";

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
