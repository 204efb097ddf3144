package org.oneplan.review;

import org.oneplan.planning.ActionStatus;

/** What the review decides for an action of the plan: it carries on into the next version, or it is closed. */
public enum ActionDecision {
    CARRY_OVER, CLOSE;

    /**
     * What happens to an action the review has not decided about, by how it is getting on: one that is done or no
     * longer needed is closed, an open one carries over.
     */
    public static ActionDecision untilDecided(ActionStatus status) {
        return status.open() ? CARRY_OVER : CLOSE;
    }
}
