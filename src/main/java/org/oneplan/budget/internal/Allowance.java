package org.oneplan.budget.internal;

import java.math.BigDecimal;

/**
 * Money in the spending plan not set aside for anything yet: a flexible allowance the person can use as their
 * needs and wishes change, a week, a month or a year.
 */
public record Allowance(BigDecimal amount, Period period) {

    public BigDecimal perYear() {
        return period.perYear(amount);
    }

    /** The allowance, checked; null when no amount was given (no allowance). */
    Allowance checked() {
        if (amount == null) {
            return null;
        }
        BudgetRuleException.require(period != null && period.recurring(), "period", "budget.error.period.required");
        return new Allowance(Money.check(amount, period, "amount", "budget.amount.allowance"), period);
    }
}
