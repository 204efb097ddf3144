package org.oneplan.budget.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.oneplan.workingdays.WorkingDays;
import org.springframework.stereotype.Component;

/**
 * How long plans wait for sign-off, in working days (weekends and bank holidays do not count), by UK dates from
 * the injected clock: a plan sent today has waited 0 days. A wait is flagged at half the target and at the target,
 * and falls in one of the dashboard's bands: 0 to 5, 6 to 10, over 10.
 */
@Component
public class SignOffAges {

    public enum Flag { NONE, HALFWAY, TARGET }

    public enum Band {
        UP_TO_5(5), UP_TO_10(10), OVER_10(Integer.MAX_VALUE);

        /** The most working days a wait in the band can be. */
        final int most;

        Band(int most) {
            this.most = most;
        }
    }

    private final WorkingDays days;
    private final Clock clock;

    SignOffAges(WorkingDays days, Clock clock) {
        this.days = days;
        this.clock = clock;
    }

    public LocalDate today() {
        return date(clock.instant());
    }

    /** Working days from the day of {@code from} up to today. */
    public int since(Instant from) {
        return days.workingDaysBetween(date(from), today());
    }

    /** Working days from the day of {@code from} up to the day of {@code to}. */
    public int between(Instant from, Instant to) {
        return days.workingDaysBetween(date(from), date(to));
    }

    /**
     * When the plans that have waited at most {@code workingDays} working days were sent: on or after the start of
     * the earliest such day, as waits only grow the earlier a plan was sent.
     */
    public Instant sentWithin(int workingDays) {
        LocalDate today = today();
        LocalDate day = today;
        while (days.workingDaysBetween(day.minusDays(1), today) <= workingDays) {
            day = day.minusDays(1);
        }
        return day.atStartOfDay(WorkingDays.UK).toInstant();
    }

    public static LocalDate date(Instant at) {
        return LocalDate.ofInstant(at, WorkingDays.UK);
    }

    /** At the target or past it; else at half the target (rounded down, at least 1) or past it; else none. */
    public static Flag flag(int workingDays, int target) {
        return workingDays >= target ? Flag.TARGET : workingDays >= Math.max(1, target / 2) ? Flag.HALFWAY : Flag.NONE;
    }

    public static Band band(int workingDays) {
        return workingDays <= Band.UP_TO_5.most ? Band.UP_TO_5
                : workingDays <= Band.UP_TO_10.most ? Band.UP_TO_10 : Band.OVER_10;
    }
}
