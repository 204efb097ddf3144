package org.oneplan.review.web;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.oneplan.review.ActionDecision;
import org.oneplan.review.ReviewRecord;

/**
 * For each of the plan's actions, by its id: carry it over or close it; it starts from the decision as it stands (the
 * one recorded, or else the one the action's progress suggests).
 */
public class ActionChoicesForm extends RecordForm {

    private Map<UUID, ActionDecision> decisions = new HashMap<>();

    static ActionChoicesForm of(ReviewRecord r) {
        ActionChoicesForm f = new ActionChoicesForm();
        r.planActions().forEach(a -> f.decisions.put(a.action().id(), a.decision()));
        f.setVersion(r.version());
        return f;
    }

    public Map<UUID, ActionDecision> getDecisions() { return decisions; }
    public void setDecisions(Map<UUID, ActionDecision> decisions) { this.decisions = decisions; }
}
