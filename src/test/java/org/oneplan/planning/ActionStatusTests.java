package org.oneplan.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** When an action is overdue, and by how many days, on a fixed clock. */
class ActionStatusTests {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.now(CLOCK);

    @Test
    void anOpenActionPastItsDateIsLateByTheDaysSince() {
        assertThat(ActionStatus.NOT_STARTED.daysLate(LocalDate.parse("2026-11-29"), TODAY)).isEqualTo(1);
        assertThat(ActionStatus.IN_PROGRESS.daysLate(LocalDate.parse("2026-10-31"), TODAY)).isEqualTo(30);
    }

    @Test
    void anActionDueTodayOrLaterIsNotLate() {
        assertThat(ActionStatus.NOT_STARTED.daysLate(TODAY, TODAY)).isZero();
        assertThat(ActionStatus.IN_PROGRESS.daysLate(TODAY.plusDays(3), TODAY)).isZero();
    }

    @Test
    void aDoneOrNoLongerNeededActionIsNeverLate() {
        assertThat(ActionStatus.DONE.daysLate(LocalDate.parse("2026-01-01"), TODAY)).isZero();
        assertThat(ActionStatus.NO_LONGER_NEEDED.daysLate(LocalDate.parse("2026-01-01"), TODAY)).isZero();
        assertThat(ActionStatus.DONE.open()).isFalse();
        assertThat(ActionStatus.IN_PROGRESS.open()).isTrue();
    }

    @Test
    void aProgressViewIsOverdueOnlyWhenLate() {
        assertThat(new ProgressView(ActionStatus.NOT_STARTED, null, 2, null, null, null, 0).overdue()).isTrue();
        assertThat(new ProgressView(ActionStatus.DONE, null, 0, null, null, null, 1).overdue()).isFalse();
    }
}
