package org.oneplan.budget.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How often an amount is paid or spent. A year is 52 weeks or 12 months, so a weekly amount is exactly a
 * fifty-second of its yearly one, rounded to the penny; a one-off cost counts once in the year it is spent.
 */
public enum Period {
    WEEK(52), MONTH(12), YEAR(1), ONE_OFF(1);

    /** Weeks in a year, by which a weekly amount becomes a yearly one. */
    public static final BigDecimal WEEKS = BigDecimal.valueOf(52);

    private final int timesAYear;

    Period(int timesAYear) {
        this.timesAYear = timesAYear;
    }

    /** The amount over a year; null stays null. */
    public BigDecimal perYear(BigDecimal amount) {
        return amount == null ? null : amount.multiply(BigDecimal.valueOf(timesAYear));
    }

    /** The amount a week, to the penny; null stays null. */
    public BigDecimal perWeek(BigDecimal amount) {
        return this == WEEK || amount == null ? amount : weekly(perYear(amount));
    }

    /** A recurring amount, as opposed to a one-off. */
    public boolean recurring() {
        return this != ONE_OFF;
    }

    /** The periods a budget is given in: a week or a year. */
    public boolean forBudgets() {
        return this == WEEK || this == YEAR;
    }

    /** A yearly amount as a weekly one, to the penny (half a penny up). */
    public static BigDecimal weekly(BigDecimal yearly) {
        return yearly == null ? null : yearly.divide(WEEKS, 2, RoundingMode.HALF_UP);
    }

    /** The most in {@code this} period that comes to no more than {@code yearly} over a year, to the penny. */
    public BigDecimal mostWithin(BigDecimal yearly) {
        return yearly.divide(BigDecimal.valueOf(timesAYear), 2, RoundingMode.DOWN);
    }
}
