package org.oneplan.budget.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A year is 52 weeks or 12 months; weekly figures are a fifty-second of the yearly, to the penny. */
class PeriodTests {

    @ParameterizedTest(name = "{0} {1} is {2} a year and {3} a week")
    @CsvSource({
            "180.00, WEEK, 9360.00, 180.00",
            "9360.00, YEAR, 9360.00, 180.00",
            "2354.00, YEAR, 2354.00, 45.27",
            "100.00, MONTH, 1200.00, 23.08",
            "350.00, ONE_OFF, 350.00, 6.73",
            "0.01, YEAR, 0.01, 0.00",
            "0.26, YEAR, 0.26, 0.01",
    })
    void convertsBetweenWeeksAndYears(String amount, Period period, String yearly, String weekly) {
        BigDecimal a = new BigDecimal(amount);
        assertThat(period.perYear(a)).isEqualByComparingTo(yearly);
        assertThat(period.perWeek(a)).isEqualByComparingTo(weekly);
    }

    @ParameterizedTest(name = "{0} a week is the same each way")
    @CsvSource({"0.01", "45.27", "180.00", "38461.53"})
    void aWeeklyAmountSurvivesTheRoundTripThroughAYear(String weekly) {
        BigDecimal w = new BigDecimal(weekly);
        assertThat(Period.weekly(Period.WEEK.perYear(w))).isEqualByComparingTo(w);
        assertThat(Period.WEEK.mostWithin(Period.WEEK.perYear(w))).isEqualByComparingTo(w);
    }
}
