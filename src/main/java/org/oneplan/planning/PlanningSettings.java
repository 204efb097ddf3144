package org.oneplan.planning;

import java.util.UUID;

/**
 * What each organisation decides about its plans. An organisation that has decided nothing uses the
 * configured default ({@code oneplan.planning.max-review-months}).
 */
public interface PlanningSettings {

    /** The most a formal review may be, in months, allowed by the Care Act guidance (at least every 12 months). */
    int LONGEST_REVIEW_MONTHS = 12;

    Settings of(UUID organisationId);

    /**
     * How many months ahead the next formal review may be for this person: the strictest of the organisations
     * whose teams have the person on their caseload, or the default when none has decided.
     */
    int maxReviewMonthsFor(UUID personId);

    /** Changes an organisation's settings; {@code expectedVersion} is null when the writer saw the defaults. */
    Settings change(UUID organisationId, int maxReviewMonths, Long expectedVersion);

    /** @param version null while the organisation uses the defaults */
    record Settings(UUID organisationId, int maxReviewMonths, Long version) {
    }
}
