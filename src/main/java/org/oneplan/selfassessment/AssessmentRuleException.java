package org.oneplan.selfassessment;

import org.oneplan.web.RuleException;

/** An assessment refused a change; the message key is in the selfassessment message bundle. */
public class AssessmentRuleException extends RuleException {

    public AssessmentRuleException(String field, String messageKey) {
        super(field, messageKey);
    }
}
