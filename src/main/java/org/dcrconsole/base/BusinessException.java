package org.dcrconsole.base;

import java.io.Serial;
import java.util.Arrays;

/**
 * A refusal the user must read: a rule of the domain said no (stock would go negative, the
 * booth is taken, the name is in use). Carries a translation key and its arguments so the
 * UI can show it in the user's language; {@link #field()} names the form field it belongs to,
 * if any.
 */
public class BusinessException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] args;
    private final String field;

    public BusinessException(String messageKey, Object... args) {
        this(null, messageKey, args);
    }

    public BusinessException(String field, String messageKey, Object... args) {
        super(messageKey + Arrays.toString(args));
        this.field = field;
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    /** The form field the message belongs to, or null for a message about the whole record. */
    public String field() {
        return field;
    }
}
