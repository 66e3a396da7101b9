package org.bridgeway.shared.freetext;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The free-text guard: a note or comment field that carries this refuses text that looks like an A-number,
 * a social security number or a passport number. Pages show the matching reminder next to the field.
 */
@Documented
@Constraint(validatedBy = NoIdentityNumbersValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface NoIdentityNumbers {

    String message() default "{org.bridgeway.shared.freetext.NoIdentityNumbers.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
