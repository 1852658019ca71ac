package org.dcrconsole.base.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.dcrconsole.base.BusinessException;

/** Checks {@link PlainText}; null is valid (use {@code @NotNull}/{@code @NotBlank} for presence). */
public final class PlainTextValidator implements ConstraintValidator<PlainText, CharSequence> {

    private boolean multiline;

    @Override
    public void initialize(PlainText annotation) {
        multiline = annotation.multiline();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || isPlain(value, multiline);
    }

    /**
     * For a service taking text as a plain parameter: refuses text that is not plain at the
     * form's field, as {@code @PlainText} does for a validated bean. Null passes.
     */
    public static void require(String field, CharSequence value, boolean multiline) {
        if (value != null && !isPlain(value, multiline)) {
            throw new BusinessException(field, "validation.plainText");
        }
    }

    /** Whether the text holds only characters a person would type (see {@link PlainText}). */
    public static boolean isPlain(CharSequence value, boolean multiline) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return false;
                }
                int cp = Character.toCodePoint(c, value.charAt(++i));
                if ((cp & 0xFFFE) == 0xFFFE) {
                    return false;
                }
                continue;
            }
            if (Character.isLowSurrogate(c)) {
                return false;
            }
            if (c == '\n' || c == '\r' || c == '\t') {
                if (!multiline) {
                    return false;
                }
                continue;
            }
            if (c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0xFFFE || c == 0xFFFF || (c >= 0xFDD0 && c <= 0xFDEF)
                    || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
                return false;
            }
        }
        return true;
    }
}
