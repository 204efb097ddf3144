package org.oneplan.budget.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The indicative budget given before planning: an amount a week or a year, the date it was given, and how it
 * was worked out (the council's resource allocation figure, or described in words).
 */
public record Indicative(BigDecimal amount, Period period, LocalDate on, Basis basis, String how) {

    static final int MAX_TEXT = 2000;

    /** How the indicative budget was worked out. */
    public enum Basis { RESOURCE_ALLOCATION, DESCRIBED }

    public BigDecimal perYear() {
        return period.perYear(amount);
    }

    public BigDecimal perWeek() {
        return period.perWeek(amount);
    }

    /** The same budget, checked: every part given, a real amount, a date not in the future, words when described. */
    Indicative checked(LocalDate today) {
        BudgetRuleException.require(period != null && period.forBudgets(), "period", "budget.error.period.required");
        BigDecimal pence = Money.check(Money.required(amount, "amount", "budget.amount.indicative"), period, "amount",
                "budget.amount.indicative");
        BudgetRuleException.require(on != null, "on", "budget.error.indicative.on.required");
        BudgetRuleException.require(!on.isAfter(today), "on", "budget.error.indicative.on.future");
        BudgetRuleException.require(basis != null, "basis", "budget.error.indicative.basis.required");
        String words = Texts.clean(how, "how", MAX_TEXT);
        BudgetRuleException.require(basis != Basis.DESCRIBED || words != null, "how",
                "budget.error.indicative.how.required");
        return new Indicative(pence, period, on, basis, words);
    }
}
