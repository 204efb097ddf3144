package org.oneplan.review.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.oneplan.workingdays.TestWorkingDays;

/** How long a request for a review has waited, in working days, by a fixed clock: Wednesday 8 April 2026. */
class ReviewCalendarTests {

    final Clock clock = Clock.fixed(Instant.parse("2026-04-08T10:00:00Z"), ZoneOffset.UTC);
    final ReviewCalendar calendar = new ReviewCalendar(clock, TestWorkingDays.at(clock));

    @Test
    void aRequestMadeTodayHasWaitedNoDays() {
        assertThat(calendar.age(LocalDate.of(2026, 4, 8))).isZero();
    }

    @Test
    void weekendsAndBankHolidaysDoNotCount() {
        // Thursday 2 April; Good Friday 3 April and Easter Monday 6 April are bank holidays.
        assertThat(calendar.age(LocalDate.of(2026, 4, 2))).isEqualTo(2);
        assertThat(calendar.age(LocalDate.of(2026, 3, 25))).isEqualTo(8);
    }

    @Test
    void theTeamAnswersByTheLastWorkingDayOfItsTarget() {
        assertThat(calendar.respondBy(LocalDate.of(2026, 3, 30), 10)).isEqualTo(LocalDate.of(2026, 4, 15));
        assertThat(calendar.respondBy(LocalDate.of(2026, 4, 8), 2)).isEqualTo(LocalDate.of(2026, 4, 10));
    }

    @Test
    void aRequestIsOverTargetOnlyOnceItHasWaitedLongerThanTheTarget() {
        LocalDate tenWorkingDaysAgo = LocalDate.of(2026, 3, 23);
        assertThat(calendar.age(tenWorkingDaysAgo)).isEqualTo(10);
        assertThat(calendar.overTarget(tenWorkingDaysAgo, 10)).isFalse();
        assertThat(calendar.overTarget(tenWorkingDaysAgo.minusDays(1), 10)).isTrue();
        assertThat(calendar.overTarget(tenWorkingDaysAgo, 5)).isTrue();
    }

    @Test
    void aReviewDueYesterdayIsOneDayLate() {
        assertThat(calendar.daysLate(LocalDate.of(2026, 4, 7))).isEqualTo(1);
        assertThat(calendar.daysLate(LocalDate.of(2026, 4, 9))).isZero();
    }
}
