package org.oneplan.budget.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Amounts typed in pounds and pence: what is taken, and why anything else is refused. */
class MoneyTests {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "125.50      | 125.50",
            "125.5       | 125.50",
            "125         | 125.00",
            "£125.50     | 125.50",
            "' £ 1,250 ' | 1250.00",
            "1,234,567.8 | 1234567.80",
            "0           | 0.00",
            "-0          | 0.00",
            ".5          | 0.50",
            "12.500      | 12.50",
    })
    void takesAmountsAsPeopleTypeThem(String typed, String expected) {
        assertThat(Money.parse(typed, "amount", "budget.amount.total")).isEqualTo(new BigDecimal(expected));
    }

    @ParameterizedTest(name = "\"{0}\" is refused: {1}")
    @CsvSource(delimiter = '|', value = {
            "-5          | budget.error.amount.negative",
            "£-5         | budget.error.amount.negative",
            "12.345      | budget.error.amount.decimals",
            "lots        | budget.error.amount.format",
            "12,34       | budget.error.amount.format",
            "1.2.3       | budget.error.amount.format",
            "£           | budget.error.amount.format",
            "1e6         | budget.error.amount.format",
    })
    void refusesWhatIsNotAnAmountOfPoundsAndPence(String typed, String messageKey) {
        assertThatThrownBy(() -> Money.parse(typed, "total", "budget.amount.total"))
                .isInstanceOfSatisfying(BudgetRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(messageKey);
                    assertThat(e.field()).isEqualTo("total");
                });
    }

    @Test
    void nothingTypedIsNoAmount() {
        assertThat(Money.parse("  ", "total", "budget.amount.total")).isNull();
        assertThatThrownBy(() -> Money.required(null, "total", "budget.amount.total"))
                .hasMessage("budget.error.amount.required");
    }

    @Test
    void theMostOverAYearIsTwoMillionPoundsInAnyPeriod() {
        assertThat(Money.check(new BigDecimal("2000000"), Period.YEAR, "a", "n")).isEqualByComparingTo("2000000");
        assertThat(Money.check(new BigDecimal("38461.53"), Period.WEEK, "a", "n")).isEqualByComparingTo("38461.53");
        assertThatThrownBy(() -> Money.check(new BigDecimal("38461.54"), Period.WEEK, "a", "n"))
                .hasMessage("budget.error.amount.tooLarge");
        assertThatThrownBy(() -> Money.check(new BigDecimal("2000000.01"), Period.ONE_OFF, "a", "n"))
                .hasMessage("budget.error.amount.tooLarge");
        assertThatThrownBy(() -> Money.check(new BigDecimal("-0.01"), Period.YEAR, "a", "n"))
                .hasMessage("budget.error.amount.negative");
    }

    @Test
    void writesMoneyAsGovukDoesWithPenceOnlyWhenThereArePence() {
        assertThat(Money.pounds(new BigDecimal("9360.00"))).isEqualTo("£9,360");
        assertThat(Money.pounds(new BigDecimal("45.27"))).isEqualTo("£45.27");
        assertThat(Money.pounds(new BigDecimal("0.50"))).isEqualTo("£0.50");
    }
}
