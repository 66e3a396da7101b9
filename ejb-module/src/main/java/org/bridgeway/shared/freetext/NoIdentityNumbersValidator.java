package org.bridgeway.shared.freetext;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class NoIdentityNumbersValidator implements ConstraintValidator<NoIdentityNumbers, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return !IdentityNumbers.containsOne(value);
    }
}
