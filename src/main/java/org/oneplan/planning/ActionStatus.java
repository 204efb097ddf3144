package org.oneplan.planning;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How an action of the plan is getting on. An action is open until it is done or no longer needed; an open
 * action whose due date has passed is overdue. No longer needed always says why.
 */
public enum ActionStatus {
    NOT_STARTED, IN_PROGRESS, DONE, NO_LONGER_NEEDED;

    public boolean open() {
        return this == NOT_STARTED || this == IN_PROGRESS;
    }

    /** How many days late an action due on {@code due} is on {@code today}: 0 unless it is open and past due. */
    public long daysLate(LocalDate due, LocalDate today) {
        return open() && due != null && today.isAfter(due) ? ChronoUnit.DAYS.between(due, today) : 0;
    }

    /** Its words in {@code planning-delivery.properties}. */
    public String messageKey() {
        return "progress.status." + name();
    }

    /** The GOV.UK tag colour it is shown in. */
    public String tagClass() {
        return switch (this) {
            case NOT_STARTED -> "govuk-tag--grey";
            case IN_PROGRESS -> "govuk-tag--light-blue";
            case DONE -> "govuk-tag--green";
            case NO_LONGER_NEEDED -> "govuk-tag--yellow";
        };
    }
}
