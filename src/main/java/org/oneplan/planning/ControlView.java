package org.oneplan.planning;

import java.util.List;

/**
 * "How will you stay in control?" as the caller may see it: the risks and contingency plans still in the
 * plan (removed ones are not shown), and who the plan is shared with (null until recorded).
 */
public record ControlView(List<ControlItem> risks, List<ControlItem> contingencies, Sharing sharing) {

    public List<ControlItem> items(ControlList list) {
        return list == ControlList.RISKS ? risks : contingencies;
    }

    /**
     * Not started when nothing is recorded; completed when risks (or that there were none to record), at
     * least one contingency plan and the sharing are recorded; otherwise in progress.
     */
    public PlanView.SectionStatus status() {
        boolean risksDone = !risks.isEmpty() || (sharing != null && sharing.noRisksDiscussed());
        if (risks.isEmpty() && contingencies.isEmpty() && sharing == null) {
            return PlanView.SectionStatus.NOT_STARTED;
        }
        return risksDone && !contingencies.isEmpty() && sharing != null
                ? PlanView.SectionStatus.COMPLETED : PlanView.SectionStatus.IN_PROGRESS;
    }

    /** Who sees the plan and what they may see, in someone's words; and whether risks were talked about and none needed writing down. */
    public record Sharing(Words words, boolean noRisksDiscussed) {
    }
}
