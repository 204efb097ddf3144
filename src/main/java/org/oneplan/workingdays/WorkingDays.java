package org.oneplan.workingdays;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Working days are Monday to Friday except bank holidays. "3 working days since 14 March" counts the
 * working days after the 14th up to and including today, so a plan submitted today has waited 0 days.
 */
public class WorkingDays {

    /** Days begin and end in UK time, whatever the server's zone. */
    public static final ZoneId UK = ZoneId.of("Europe/London");

    private final BankHolidays holidays;
    private final Clock clock;

    WorkingDays(BankHolidays holidays, Clock clock) {
        this.holidays = holidays;
        this.clock = clock;
    }

    public boolean isWorkingDay(LocalDate date) {
        return !isWeekend(date) && !holidays.contains(date);
    }

    /** The bank holiday's title (e.g. "Good Friday") if the date is one. */
    public Optional<String> bankHoliday(LocalDate date) {
        return Optional.ofNullable(holidays.days().get(date));
    }

    /**
     * The working days after {@code from} up to and including {@code to}; negative when {@code to} is
     * before {@code from}, so {@code workingDaysBetween(a, b) == -workingDaysBetween(b, a)}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        long weekdays = weekdaysUpTo(to) - weekdaysUpTo(from);
        long holidaysOnWeekdays = holidays.after(from, to).keySet().stream().filter(d -> !isWeekend(d)).count();
        return Math.toIntExact(weekdays - holidaysOnWeekdays);
    }

    /**
     * The working day {@code days} working days after {@code date} (before it when negative); the date
     * itself when {@code days} is 0, whether or not it is a working day.
     */
    public LocalDate addWorkingDays(LocalDate date, int days) {
        int step = days < 0 ? -1 : 1;
        LocalDate day = date;
        for (int left = Math.abs(days); left > 0; ) {
            day = day.plusDays(step);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** Today in the UK, from the application's clock. */
    public LocalDate today() {
        return today(clock);
    }

    /** The working days from {@code from} up to today, e.g. how long a plan has waited for sign-off. */
    public int workingDaysSince(LocalDate from) {
        return workingDaysBetween(from, today());
    }

    /** The last day whose bank holidays are known (31 December of the file's last year). */
    public LocalDate knownUntil() {
        return LocalDate.of(holidays.lastYear(), 12, 31);
    }

    static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), UK);
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** Monday to Friday days from a fixed Monday up to and including the date (a running count). */
    private static long weekdaysUpTo(LocalDate date) {
        long sinceMonday = date.toEpochDay() + 3; // 1970-01-01 was a Thursday
        return Math.floorDiv(sinceMonday, 7) * 5 + Math.min(Math.floorMod(sinceMonday, 7) + 1, 5);
    }
}
