package org.oneplan.budget.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The personal budget as the Care Act s26 splits it, a week or a year: the total cost to the council of meeting
 * the needs, what the person pays (their assessed contribution) and what the council pays, which must add up
 * to the total; and other public money, such as an NHS personal health budget, each on a line with its source,
 * so that the plan can hold an integrated budget. The person's and the council's shares may wait for the
 * financial assessment; the completeness check asks for them.
 */
public record Split(BigDecimal total, BigDecimal personPays, BigDecimal councilPays, Period period,
                    List<OtherMoney> other) {

    static final int MAX_OTHER = 5;

    /** Other public money in the budget, and where it comes from. */
    public record OtherMoney(String source, BigDecimal amount) {
    }

    public Split {
        other = other == null ? List.of() : List.copyOf(other);
    }

    /** Whether both shares are recorded. */
    public boolean shared() {
        return personPays != null && councilPays != null;
    }

    public BigDecimal otherTotal() {
        return other.stream().map(OtherMoney::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The whole budget the plan spends, in the split's period: the council's total and any other public money. */
    public BigDecimal whole() {
        return total.add(otherTotal());
    }

    /** The split, checked: the total given, both shares or neither, the shares adding up, each line complete. */
    Split checked() {
        BudgetRuleException.require(period != null && period.forBudgets(), "period", "budget.error.period.required");
        BigDecimal t = Money.check(Money.required(total, "total", "budget.amount.total"), period, "total",
                "budget.amount.total");
        BigDecimal person = Money.check(personPays, period, "personPays", "budget.amount.personPays");
        BigDecimal council = Money.check(councilPays, period, "councilPays", "budget.amount.councilPays");
        BudgetRuleException.require(person != null || council == null, "personPays", "budget.error.split.personPays");
        BudgetRuleException.require(council != null || person == null, "councilPays", "budget.error.split.councilPays");
        if (person != null) {
            BigDecimal sum = person.add(council);
            BudgetRuleException.require(sum.compareTo(t) == 0, "councilPays", "budget.error.split.addsUp",
                    Money.pounds(person), Money.pounds(council), Money.pounds(sum), Money.pounds(t));
        }
        BudgetRuleException.require(other.size() <= MAX_OTHER, "other", "budget.error.other.tooMany", MAX_OTHER);
        List<OtherMoney> lines = new ArrayList<>();
        for (int i = 0; i < other.size(); i++) {
            OtherMoney line = other.get(i);
            String field = "other[" + i + "].";
            String source = Texts.clean(line.source(), field + "source", 200);
            BigDecimal amount = Money.check(line.amount(), period, field + "amount", "budget.amount.other");
            BudgetRuleException.require(source != null || amount == null, field + "source", "budget.error.other.source");
            BudgetRuleException.require(amount != null || source == null, field + "amount", "budget.error.other.amount");
            if (source != null) {
                lines.add(new OtherMoney(source, amount));
            }
        }
        return new Split(t, person, council, period, lines);
    }
}
