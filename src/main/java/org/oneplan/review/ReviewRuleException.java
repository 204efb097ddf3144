package org.oneplan.review;

import org.oneplan.web.RuleException;

/** A review refused a change; the message key is in the review message bundle. */
public class ReviewRuleException extends RuleException {

    public ReviewRuleException(String field, String messageKey, Object... args) {
        super(field, messageKey, args);
    }
}
