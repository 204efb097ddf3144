package org.oneplan.budget.internal;

import org.oneplan.web.RuleException;

/**
 * The budget refused a change: {@code field} names what was wrong and the message key (in the budget bundle)
 * says why. Arguments may be {@code MessageSourceResolvable}s, such as the name of the amount that was wrong.
 */
public class BudgetRuleException extends RuleException {

    public BudgetRuleException(String field, String messageKey, Object... args) {
        super(field, messageKey, args);
    }

    /** Throws unless {@code ok}. */
    public static void require(boolean ok, String field, String messageKey, Object... args) {
        if (!ok) {
            throw new BudgetRuleException(field, messageKey, args);
        }
    }
}
