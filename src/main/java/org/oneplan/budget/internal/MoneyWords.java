package org.oneplan.budget.internal;

import java.math.BigDecimal;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Amounts in words for pages and agreed versions: "£180 a week (£9,360 a year)", "£350, once". */
@Component
public class MoneyWords {

    private final MessageSource messages;

    MoneyWords(MessageSource messages) {
        this.messages = messages;
    }

    public String pounds(BigDecimal amount) {
        return Money.pounds(amount);
    }

    /** The amount in its own period, with its weekly and yearly equivalents where they differ. */
    public String both(BigDecimal amount, Period period) {
        if (amount == null || period == null) {
            return "";
        }
        String yearly = Money.pounds(period.perYear(amount));
        return switch (period) {
            case WEEK -> text("budget.money.week", Money.pounds(amount), yearly);
            case MONTH -> text("budget.money.month", Money.pounds(amount), Money.pounds(period.perWeek(amount)), yearly);
            case YEAR -> text("budget.money.year", Money.pounds(amount), Money.pounds(period.perWeek(amount)));
            case ONE_OFF -> text("budget.money.once", Money.pounds(amount));
        };
    }

    /** A yearly amount, with its weekly equivalent. */
    public String yearly(BigDecimal perYear) {
        return both(perYear, Period.YEAR);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
