package org.oneplan.planning;

import java.util.Optional;
import java.util.UUID;

/**
 * Question 7 of the plan, "What will you do next?": the action plan and the review arrangements, for a
 * person whose plan has been started. Only people who may see the person read it; only those who may plan
 * with them change it. Every read and change is audited, without the words themselves.
 */
public interface NextSteps {

    /** The section, if the person's plan has been started; empty otherwise. */
    Optional<NextStepsView> find(UUID personId);

    /** The section's status for the plan's task list; reveals no words, so it is not audited as a read. */
    PlanView.SectionStatus statusOf(UUID personId);

    ActionView action(UUID personId, UUID actionId);

    /** Adds an action; the outcome it serves must be one of the plan's current outcomes, if it has any. */
    ActionView add(UUID personId, ActionDraft draft);

    /** Rewrites one; {@code expectedVersion} is its version as the writer saw it. */
    ActionView change(UUID personId, UUID actionId, ActionDraft draft, long expectedVersion);

    /** Takes one out of the plan; it is kept, but no longer shown. */
    void remove(UUID personId, UUID actionId, long expectedVersion);

    /** Records the review arrangements; {@code expectedVersion} is null when the writer saw none. */
    ReviewArrangements arrange(UUID personId, ReviewDraft draft, Long expectedVersion);

    /** How many months ahead of today the person's next formal review may be, at the most. */
    int maxReviewMonths(UUID personId);
}
