package org.oneplan.planning;

import java.time.Instant;

/**
 * "How will you spend your money?" until the personal budget part of OnePlan exists: whether the person will
 * have a personal budget, and an optional note.
 */
public record MoneyView(BudgetAnswer budget, String note, String writtenBy, Instant writtenAt, long version) {

    /** Completed when there will be no personal budget; the budget itself completes the question later. */
    public PlanView.SectionStatus status() {
        return budget == BudgetAnswer.NO ? PlanView.SectionStatus.COMPLETED : PlanView.SectionStatus.IN_PROGRESS;
    }
}
