package org.bridgeway.shared.freetext;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class NoMarkupValidator implements ConstraintValidator<NoMarkup, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || (value.indexOf('<') < 0 && value.indexOf('>') < 0);
    }
}
