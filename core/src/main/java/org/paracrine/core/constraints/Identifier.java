package org.paracrine.core.constraints;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A record identifier or version: 1 to {@value #MAX_LENGTH} characters, starting with a letter or digit, then
 * letters, digits and {@code . _ : / + -} (e.g. {@code BMEV-25-001}, {@code bm-msc-ev-iv}, {@code 1.0.0}). Reported
 * as a single violation.
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = Identifier.PATTERN)
@Size(min = 1, max = Identifier.MAX_LENGTH)
@ReportAsSingleViolation
@Target({METHOD, FIELD, TYPE_USE})
@Retention(RUNTIME)
public @interface Identifier {
  /** Longest identifier accepted. */
  int MAX_LENGTH = 64;

  /** Regular expression an identifier must match. */
  String PATTERN = "[A-Za-z0-9][A-Za-z0-9._:/+-]*";

  /**
   * Returns the message template.
   *
   * @return the template key
   */
  String message() default "{org.paracrine.core.constraints.Identifier.message}";

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
