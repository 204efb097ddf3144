package org.oneplan.web;

/**
 * A domain object refused a change: {@code field} names what was wrong and {@code messageKey} says why,
 * in a message bundle. Modules extend it so their own handlers can tell their refusals apart.
 */
public class RuleException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final Object[] args;

    /** @param args the message's arguments, such as the limit that was passed */
    public RuleException(String field, String messageKey, Object... args) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The message's arguments; null when it has none, as {@code MessageSource} expects. */
    public Object[] args() {
        return args.length == 0 ? null : args.clone();
    }
}
