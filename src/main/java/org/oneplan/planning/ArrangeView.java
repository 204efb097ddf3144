package org.oneplan.planning;

import java.util.List;

/** "How will you arrange your support?" as the caller may see it: each current outcome with its options. */
public record ArrangeView(List<OutcomeOptions> outcomes) {

    /**
     * Not started with no options; completed when every current outcome has a chosen option; otherwise in
     * progress.
     */
    public PlanView.SectionStatus status() {
        if (outcomes.stream().allMatch(o -> o.options().isEmpty())) {
            return PlanView.SectionStatus.NOT_STARTED;
        }
        return outcomes.stream().allMatch(OutcomeOptions::hasChosen)
                ? PlanView.SectionStatus.COMPLETED : PlanView.SectionStatus.IN_PROGRESS;
    }

    /** Whether some current outcome has no chosen option: the Care Act's "how needs will be met" is missing. */
    public boolean someOutcomeUnmet() {
        return !outcomes.stream().allMatch(OutcomeOptions::hasChosen);
    }

    /** One outcome and its options, in resource order ("from the person out"), oldest first within a resource. */
    public record OutcomeOptions(OutcomeView outcome, List<SupportOption> options) {

        public boolean hasChosen() {
            return options.stream().anyMatch(SupportOption::chosen);
        }
    }
}
