package org.oneplan.budget.internal;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Amounts of money in pounds and pence: typed as "1,250.50" or "£1250.5", kept as a {@link BigDecimal} with two
 * decimal places, never negative, with at most pence, and no more than {@link #MAX_PER_YEAR} over a year.
 * Refusals name the amount by its message key (such as {@code budget.amount.total}), so one message serves all.
 */
public final class Money {

    /** More than any one person's care and support costs in a year: a larger figure is a typing mistake. */
    public static final BigDecimal MAX_PER_YEAR = new BigDecimal("2000000");

    private static final Pattern PLAIN = Pattern.compile("(?:\\d+(?:\\.\\d*)?|\\.\\d+)");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d*)?");

    private Money() {
    }

    /**
     * The amount typed into {@code field}, or null when nothing was typed. Refused when it is not an amount,
     * is negative or has fractions of a penny; its size is checked by {@link #check}.
     */
    public static BigDecimal parse(String typed, String field, String nameKey) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = typed.strip().replace(" ", "");
        boolean negative = text.startsWith("-") || text.startsWith("\u00a3-");
        text = text.replaceFirst("^-?\u00a3?-?", "");
        if (GROUPED.matcher(text).matches()) {
            text = text.replace(",", "");
        }
        BudgetRuleException.require(PLAIN.matcher(text).matches(), field, "budget.error.amount.format", name(nameKey));
        BudgetRuleException.require(!negative || new BigDecimal(text).signum() == 0, field,
                "budget.error.amount.negative", name(nameKey));
        return scaled(new BigDecimal(text), field, nameKey);
    }

    /** Refuses a negative amount, fractions of a penny, or more than the maximum over a year; null passes. */
    public static BigDecimal check(BigDecimal amount, Period period, String field, String nameKey) {
        if (amount == null) {
            return null;
        }
        BudgetRuleException.require(amount.signum() >= 0, field, "budget.error.amount.negative", name(nameKey));
        BigDecimal pence = scaled(amount, field, nameKey);
        Period per = period == null ? Period.YEAR : period;
        BudgetRuleException.require(per.perYear(pence).compareTo(MAX_PER_YEAR) <= 0, field,
                "budget.error.amount.tooLarge", name(nameKey),
                new DefaultMessageSourceResolvable(new String[] {"budget.amount.per." + per},
                        new Object[] {pounds(per.mostWithin(MAX_PER_YEAR))}));
        return pence;
    }

    /** Refuses a missing amount. */
    public static BigDecimal required(BigDecimal amount, String field, String nameKey) {
        BudgetRuleException.require(amount != null, field, "budget.error.amount.required", name(nameKey));
        return amount;
    }

    /** "£1,250.50", or "£75" for whole pounds, as GOV.UK writes money. */
    public static String pounds(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        DecimalFormat format = new DecimalFormat(whole ? "#,##0" : "#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        return "\u00a3" + format.format(amount);
    }

    private static BigDecimal scaled(BigDecimal amount, String field, String nameKey) {
        BudgetRuleException.require(amount.stripTrailingZeros().scale() <= 2, field, "budget.error.amount.decimals",
                name(nameKey));
        return amount.setScale(2);
    }

    private static DefaultMessageSourceResolvable name(String key) {
        return new DefaultMessageSourceResolvable(key);
    }
}
