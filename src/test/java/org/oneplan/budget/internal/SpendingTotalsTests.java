package org.oneplan.budget.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.planning.Whose;
import org.oneplan.planning.Words;

/** The spending plan against the budget over a year, one-off costs once, with the allowance. */
class SpendingTotalsTests {

    static SpendingLineView line(String cost, Period period) {
        return new SpendingLineView(UUID.randomUUID(), new Words("x", Whose.PERSON, null, "u", null, 0), "other",
                Set.of(), new BigDecimal(cost), period, List.of());
    }

    static final Split BUDGET = new Split(new BigDecimal("9360"), null, null, Period.YEAR, List.of());

    @Test
    void linesAndTheAllowanceThatSpendTheWholeBudgetAreNeitherOverNorUnder() {
        SpendingTotals t = SpendingTotals.of(BUDGET, List.of(line("95", Period.WEEK), line("25", Period.WEEK),
                line("8", Period.WEEK), line("350", Period.ONE_OFF)), new Allowance(new BigDecimal("2354"), Period.YEAR));
        assertThat(t.linesPerYear()).isEqualByComparingTo("7006");
        assertThat(t.spentPerYear()).isEqualByComparingTo("9360");
        assertThat(t.spentPerWeek()).isEqualByComparingTo("180");
        assertThat(t.over()).isFalse();
        assertThat(t.under()).isFalse();
    }

    @Test
    void overAndUnderSayByHowMuchAYearAndAWeek() {
        SpendingTotals over = SpendingTotals.of(BUDGET, List.of(line("190", Period.WEEK)), null);
        assertThat(over.over()).isTrue();
        assertThat(over.overPerYear()).isEqualByComparingTo("520");
        assertThat(over.overPerWeek()).isEqualByComparingTo("10");
        assertThat(over.underPerYear()).isEqualByComparingTo("0");
        SpendingTotals under = SpendingTotals.of(BUDGET, List.of(line("500", Period.MONTH)), null);
        assertThat(under.under()).isTrue();
        assertThat(under.underPerYear()).isEqualByComparingTo("3360");
        assertThat(under.underPerWeek()).isEqualByComparingTo("64.62");
    }

    @Test
    void withoutABudgetThereIsNothingToBeOverOrUnder() {
        SpendingTotals t = SpendingTotals.of(null, List.of(line("10", Period.WEEK)), null);
        assertThat(t.budgetPerYear()).isNull();
        assertThat(t.over()).isFalse();
        assertThat(t.under()).isFalse();
        assertThat(t.spentPerYear()).isEqualByComparingTo("520");
    }
}
