package org.oneplan.review.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.oneplan.workingdays.WorkingDays;
import org.springframework.stereotype.Component;

/**
 * Today, from the application's clock, and how long a request for a review has waited in working days: "3 working
 * days" counts the working days after the day it was made up to today, so a request made today has waited 0 days.
 */
@Component
class ReviewCalendar {

    private final Clock clock;
    private final WorkingDays workingDays;

    ReviewCalendar(Clock clock, WorkingDays workingDays) {
        this.clock = clock;
        this.workingDays = workingDays;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Instant now() {
        return clock.instant();
    }

    int age(LocalDate requestedOn) {
        return between(requestedOn, today());
    }

    /** The working days after {@code from} up to and including {@code to}; 0 when {@code to} is not after it. */
    int between(LocalDate from, LocalDate to) {
        return Math.max(0, workingDays.workingDaysBetween(from, to));
    }

    /** The last working day on which an answer is within {@code responseDays}. */
    LocalDate respondBy(LocalDate requestedOn, int responseDays) {
        return workingDays.addWorkingDays(requestedOn, responseDays);
    }

    boolean overTarget(LocalDate requestedOn, int responseDays) {
        return age(requestedOn) > responseDays;
    }

    long daysLate(LocalDate due) {
        return DueRules.daysLate(due, today());
    }
}
