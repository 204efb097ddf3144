package org.oneplan.review.internal;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.UUID;
import org.oneplan.review.ActionDecision;
import org.oneplan.review.ReviewRecord;

/** Whether one of the plan's actions carries on or is closed, with its words as they were. */
@Embeddable
class ActionChoiceEntry {

    private UUID actionId;
    private String actionText;
    @Enumerated(EnumType.STRING)
    private ActionDecision decision;

    protected ActionChoiceEntry() {
    }

    ActionChoiceEntry(UUID actionId, String actionText, ActionDecision decision) {
        this.actionId = actionId;
        this.actionText = actionText;
        this.decision = decision;
    }

    /** The decision as things stand for an action of the plan, recorded. */
    static ActionChoiceEntry of(ReviewRecord.PlanAction a) {
        return new ActionChoiceEntry(a.action().id(), a.action().text(), a.decision());
    }

    UUID actionId() { return actionId; }

    ActionDecision decision() { return decision; }

    ReviewRecord.ActionChoice view() {
        return new ReviewRecord.ActionChoice(actionId, actionText, decision);
    }
}
