package org.oneplan.budget.internal;

import java.math.BigDecimal;
import java.util.Set;

/**
 * A direct payment as the Care Act s25(2) asks the plan to say it: who holds it (the person, or a nominated or
 * authorised person, named), the needs it meets (assessed needs by their code, or in words), and the amount and
 * how often it is paid.
 */
public record DirectPayment(Holder holder, String holderName, Set<String> needCodes, String needsText,
                            BigDecimal amount, Frequency frequency) {

    /** Who holds the money: the person, someone they nominated, or someone authorised for them. */
    public enum Holder {
        PERSON, NOMINATED_PERSON, AUTHORISED_PERSON;

        public boolean needsName() {
            return this != PERSON;
        }
    }

    /** How often the direct payment is paid. */
    public enum Frequency {
        WEEKLY(52), FORTNIGHTLY(26), FOUR_WEEKLY(13), MONTHLY(12), QUARTERLY(4);

        private final int timesAYear;

        Frequency(int timesAYear) {
            this.timesAYear = timesAYear;
        }

        public BigDecimal perYear(BigDecimal amount) {
            return amount.multiply(BigDecimal.valueOf(timesAYear));
        }
    }

    public DirectPayment {
        needCodes = needCodes == null ? Set.of() : Set.copyOf(needCodes);
    }

    public BigDecimal perYear() {
        return frequency.perYear(amount);
    }

    /** The details, checked: all of them are needed; {@code knownNeeds} are the eligibility outcomes' codes. */
    DirectPayment checked(Set<String> knownNeeds) {
        BudgetRuleException.require(holder != null, "holder", "budget.error.dp.holder.required");
        String name = Texts.clean(holderName, "holderName", 200);
        BudgetRuleException.require(!holder.needsName() || name != null, "holderName",
                "budget.error.dp.holderName.required");
        BudgetRuleException.require(knownNeeds.containsAll(needCodes), "needCodes", "budget.error.dp.needs.unknown");
        String words = Texts.clean(needsText, "needsText", Indicative.MAX_TEXT);
        BudgetRuleException.require(!needCodes.isEmpty() || words != null, "needCodes", "budget.error.dp.needs.required");
        BigDecimal pence = Money.check(Money.required(amount, "amount", "budget.amount.dp"), Period.YEAR, "amount",
                "budget.amount.dp");
        BudgetRuleException.require(frequency != null, "frequency", "budget.error.dp.frequency.required");
        BudgetRuleException.require(frequency.perYear(pence).compareTo(Money.MAX_PER_YEAR) <= 0, "amount",
                "budget.error.dp.amount.tooLarge", Money.pounds(Money.MAX_PER_YEAR));
        return new DirectPayment(holder, holder.needsName() ? name : null, needCodes, words, pence,
                frequency);
    }
}
