package org.oneplan.web;

/**
 * A domain object refused a change: {@code field} names what was wrong and {@code messageKey} says why,
 * in a message bundle. Modules extend it so their own handlers can tell their refusals apart.
 */
public class RuleException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public RuleException(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
