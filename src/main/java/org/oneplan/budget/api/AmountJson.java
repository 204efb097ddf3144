package org.oneplan.budget.api;

import java.math.BigDecimal;
import org.oneplan.budget.internal.Period;

/** An amount in pounds as given, with its period, and the same a week and a year (a year is 52 weeks). */
record AmountJson(BigDecimal amount, Period period, BigDecimal perWeek, BigDecimal perYear) {

    static AmountJson of(BigDecimal amount, Period period) {
        return amount == null ? null : new AmountJson(amount, period, period.perWeek(amount), period.perYear(amount));
    }

    static AmountJson yearly(BigDecimal perYear) {
        return of(perYear, Period.YEAR);
    }
}
