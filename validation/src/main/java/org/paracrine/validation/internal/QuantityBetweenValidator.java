package org.paracrine.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.paracrine.core.constraints.QuantityBetween;
import org.paracrine.core.quantity.Quantity;
import org.paracrine.core.quantity.QuantityRange;

/**
 * Validates {@link QuantityBetween}: the quantity, converted via UCUM to the annotation's unit, lies in the range; a
 * unit that cannot be converted is invalid.
 */
public final class QuantityBetweenValidator implements ConstraintValidator<QuantityBetween, Quantity> {
  private QuantityRange range;

  /** Creates the validator (instantiated by Hibernate Validator through the service loader). */
  public QuantityBetweenValidator() {}

  @Override
  public void initialize(QuantityBetween annotation) {
    range = QuantityRange.builder()
        .lower(Quantity.of(annotation.min(), annotation.unit())).lowerInclusive(annotation.minInclusive())
        .upper(Quantity.of(annotation.max(), annotation.unit())).upperInclusive(annotation.maxInclusive())
        .build();
  }

  @Override
  public boolean isValid(Quantity value, ConstraintValidatorContext context) {
    return value == null || (range.isComparableTo(value) && range.contains(value));
  }
}
