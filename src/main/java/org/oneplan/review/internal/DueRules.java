package org.oneplan.review.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * When a formal review is due. After each agreement: on the date the plan's review arrangements give, but no later
 * than the organisation's most months after the person agreed. A new plan's first review, where the organisation
 * asks for one, is 6 to 8 weeks after its first agreement. No review in 12 months is a warning sign.
 */
final class DueRules {

    static final int FIRST_REVIEW_FROM_WEEKS = 6;
    static final int FIRST_REVIEW_BY_WEEKS = 8;
    static final int NOT_REVIEWED_MONTHS = 12;

    private DueRules() {
    }

    /** Due after an agreement on {@code agreedOn}; {@code arranged} is the plan's next review date, if any. */
    static LocalDate due(LocalDate agreedOn, LocalDate arranged, int maxMonths) {
        LocalDate latest = agreedOn.plusMonths(maxMonths);
        return arranged == null || arranged.isAfter(latest) ? latest : arranged;
    }

    /** The earliest a new plan's first review should be. */
    static LocalDate firstReviewFrom(LocalDate firstAgreedOn) {
        return firstAgreedOn.plusWeeks(FIRST_REVIEW_FROM_WEEKS);
    }

    /** The latest a new plan's first review may be. */
    static LocalDate firstReviewBy(LocalDate firstAgreedOn) {
        return firstAgreedOn.plusWeeks(FIRST_REVIEW_BY_WEEKS);
    }

    static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** How many days after {@code due} today is; 0 on the day and before it. */
    static long daysLate(LocalDate due, LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(due, today));
    }

    /** The day before which a person's last review (or first agreement) means no review in 12 months. */
    static LocalDate notReviewedBefore(LocalDate today) {
        return today.minusMonths(NOT_REVIEWED_MONTHS);
    }
}
