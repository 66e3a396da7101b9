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
 * Text typed by the public carries no markup: "&lt;" and "&gt;" (the start of any tag or script) are refused with a
 * message. Quotes and ampersands are fine — pages escape everything they show.
 */
@Documented
@Constraint(validatedBy = NoMarkupValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface NoMarkup {

    String message() default "{org.bridgeway.shared.freetext.NoMarkup.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
