package org.oneplan.selfassessment;

/**
 * An assessment refused a change: {@code field} names what was wrong and {@code messageKey} says why,
 * in the selfassessment message bundle.
 */
public class AssessmentRuleException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public AssessmentRuleException(String field, String messageKey) {
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
