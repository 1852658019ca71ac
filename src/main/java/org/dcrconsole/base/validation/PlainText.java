package org.dcrconsole.base.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text a person typed: any letters, digits, punctuation and emoji, but no control characters
 * (line breaks only where {@link #multiline()}), no unpaired surrogates and no Unicode
 * non-characters. PostgreSQL refuses NUL in text, and the rest only ever arrives by mistake
 * or malice; refusing them here gives a message at the field instead of a database error.
 */
@Documented
@Constraint(validatedBy = PlainTextValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    String message() default "{dcr.validation.plainText}";

    boolean multiline() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
