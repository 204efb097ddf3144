package org.oneplan.budget.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oneplan.support.OnePlanSpringBootTest;
import org.oneplan.workingdays.WorkingDays;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * How long a plan has waited, in working days of England and Wales by UK dates, from a fixed clock: Friday
 * 10 April 2026, after Easter (Good Friday 3 April and Easter Monday 6 April are bank holidays).
 */
@OnePlanSpringBootTest
class SignOffAgesTests {

    static final Clock FRIDAY_10_APRIL = Clock.fixed(Instant.parse("2026-04-10T11:00:00Z"), ZoneOffset.UTC);

    @Autowired WorkingDays workingDays;

    @ParameterizedTest(name = "sent {0}: {1} working days")
    @CsvSource({
            "2026-04-10T08:00:00Z, 0",
            "2026-04-09T16:00:00Z, 1",
            "2026-04-01T09:00:00Z, 5",
            "2026-03-31T23:30:00Z, 5",
            "2026-03-31T22:30:00Z, 6",
            "2026-03-27T09:00:00Z, 8",
            "2026-03-20T09:00:00Z, 13"})
    void aPlanHasWaitedTheWorkingDaysAfterTheDayItWasSentUpToToday(String sent, int days) {
        SignOffAges ages = new SignOffAges(workingDays, FRIDAY_10_APRIL);
        assertThat(ages.since(Instant.parse(sent))).isEqualTo(days);
    }

    @Test
    void theTimeToSignOffCountsWorkingDaysBetweenTheTwoDays() {
        SignOffAges ages = new SignOffAges(workingDays, FRIDAY_10_APRIL);
        assertThat(ages.between(Instant.parse("2026-04-02T15:00:00Z"), Instant.parse("2026-04-07T09:00:00Z")))
                .isEqualTo(1);
        assertThat(ages.today()).hasToString("2026-04-10");
    }

    @ParameterizedTest(name = "{0} working days against a target of {1}: {2}")
    @CsvSource({"0, 10, NONE", "4, 10, NONE", "5, 10, HALFWAY", "9, 10, HALFWAY", "10, 10, TARGET", "12, 10, TARGET",
            "3, 7, HALFWAY", "0, 1, NONE", "1, 1, TARGET"})
    void aPlanIsFlaggedAtHalfTheTargetAndAtTheTarget(int days, int target, SignOffAges.Flag flag) {
        assertThat(SignOffAges.flag(days, target)).isEqualTo(flag);
    }

    @ParameterizedTest(name = "{0} working days: {1}")
    @CsvSource({"0, UP_TO_5", "5, UP_TO_5", "6, UP_TO_10", "10, UP_TO_10", "11, OVER_10"})
    void theDashboardBandsWaitsAtFiveAndTenDays(int days, SignOffAges.Band band) {
        assertThat(SignOffAges.band(days)).isEqualTo(band);
    }

    @ParameterizedTest(name = "waited at most {0} working days: sent from {1}")
    @CsvSource({"0, 2026-04-09T23:00:00Z", "5, 2026-03-31T23:00:00Z", "6, 2026-03-30T23:00:00Z",
            "10, 2026-03-25T00:00:00Z"})
    void theDashboardsBandsStartAtTheStartOfAUkDay(int days, String from) {
        SignOffAges ages = new SignOffAges(workingDays, FRIDAY_10_APRIL);
        assertThat(ages.sentWithin(days)).isEqualTo(Instant.parse(from));
        assertThat(ages.since(Instant.parse(from))).isLessThanOrEqualTo(days);
        assertThat(ages.since(Instant.parse(from).minusSeconds(1))).isGreaterThan(days);
    }
}
