package org.oneplan.budget.internal;

import java.math.BigDecimal;
import java.util.List;

/**
 * The spending plan against the budget, over a year: the whole budget (null until it is recorded), what the
 * lines add up to (one-off costs once), and the flexible allowance. Weekly figures are a fifty-second.
 */
public record SpendingTotals(BigDecimal budgetPerYear, BigDecimal linesPerYear, BigDecimal allowancePerYear) {

    public static SpendingTotals of(Split split, List<SpendingLineView> lines, Allowance allowance) {
        BigDecimal budget = split == null ? null : split.period().perYear(split.whole());
        BigDecimal spent = lines.stream().map(SpendingLineView::perYear).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new SpendingTotals(budget, spent, allowance == null ? BigDecimal.ZERO : allowance.perYear());
    }

    public BigDecimal spentPerYear() {
        return linesPerYear.add(allowancePerYear);
    }

    public BigDecimal spentPerWeek() {
        return Period.weekly(spentPerYear());
    }

    public BigDecimal budgetPerWeek() {
        return Period.weekly(budgetPerYear);
    }

    /** How much more than the budget the plan spends in a year; zero when it does not. */
    public BigDecimal overPerYear() {
        return budgetPerYear == null ? BigDecimal.ZERO : spentPerYear().subtract(budgetPerYear).max(BigDecimal.ZERO);
    }

    /** How much of the budget the plan leaves unspent in a year; zero when it spends it all. */
    public BigDecimal underPerYear() {
        return budgetPerYear == null ? BigDecimal.ZERO : budgetPerYear.subtract(spentPerYear()).max(BigDecimal.ZERO);
    }

    public BigDecimal overPerWeek() {
        return Period.weekly(overPerYear());
    }

    public BigDecimal underPerWeek() {
        return Period.weekly(underPerYear());
    }

    public boolean over() {
        return overPerYear().signum() > 0;
    }

    public boolean under() {
        return underPerYear().signum() > 0;
    }
}
