package org.bridgeway.shared;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

/**
 * Checks a draft's Bean Validation constraints inside a service. Payara does not validate parameters of EJB
 * methods by itself, and a service must refuse bad input even when no form checked it first.
 */
public final class Validated {

    private Validated() {
    }

    public static <T> T check(Validator validator, T value) {
        var violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return value;
    }
}
