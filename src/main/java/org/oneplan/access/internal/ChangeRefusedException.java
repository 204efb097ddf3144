package org.oneplan.access.internal;

/** A change an administrator asked for that the rules do not allow, with the form field and message key to show. */
public class ChangeRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;

    ChangeRefusedException(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    /** The form field the problem belongs to, or null for the whole form. */
    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
