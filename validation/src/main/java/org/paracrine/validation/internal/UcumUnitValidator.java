package org.paracrine.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.paracrine.core.constraints.UcumUnit;
import org.paracrine.core.quantity.Quantity;

/** Validates {@link UcumUnit}: the quantity's unit converts to at least one of the listed units. */
public final class UcumUnitValidator implements ConstraintValidator<UcumUnit, Quantity> {
  private String[] anyOf;

  /** Creates the validator (instantiated by Hibernate Validator through the service loader). */
  public UcumUnitValidator() {}

  @Override
  public void initialize(UcumUnit annotation) {
    anyOf = annotation.anyOf().clone();
  }

  @Override
  public boolean isValid(Quantity value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    for (String unit : anyOf) {
      if (value.isConvertibleTo(unit)) {
        return true;
      }
    }
    return false;
  }
}
