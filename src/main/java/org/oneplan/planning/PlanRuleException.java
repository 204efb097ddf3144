package org.oneplan.planning;

import org.oneplan.web.RuleException;

/** The plan refused a change; the message key is in the planning message bundle. */
public class PlanRuleException extends RuleException {

    public PlanRuleException(String field, String messageKey, Object... args) {
        super(field, messageKey, args);
    }
}
