package org.oneplan.planning;

import java.util.List;
import java.util.Optional;

/**
 * The plan's assessed needs (all ten eligibility outcomes, in the regulation's order), the eligibility
 * decision (null until recorded) and the advice and information given to prevent or delay needs.
 */
public record NeedsView(List<NeedView> needs, EligibilityView eligibility, List<AdviceView> advice) {

    public List<NeedView> unable() {
        return needs.stream().filter(n -> n.unable() == UnableToAchieve.YES).toList();
    }

    public Optional<NeedView> need(String code) {
        return needs.stream().filter(n -> n.code().equals(code)).findFirst();
    }

    public boolean decided() {
        return eligibility != null && eligibility.decided();
    }

    /**
     * Not started when nothing is recorded; completed when the eligibility is decided, every need the
     * council will meet says how, and some advice and information is recorded; otherwise in progress.
     */
    public PlanView.SectionStatus status() {
        boolean anyNeed = needs.stream().anyMatch(n -> n.version() != null);
        if (!anyNeed && eligibility == null && advice.isEmpty()) {
            return PlanView.SectionStatus.NOT_STARTED;
        }
        return decided() && needs.stream().noneMatch(NeedView::lacksHowMet) && !advice.isEmpty()
                ? PlanView.SectionStatus.COMPLETED : PlanView.SectionStatus.IN_PROGRESS;
    }
}
