package org.oneplan.review.internal;

import java.util.List;
import java.util.UUID;
import org.oneplan.planning.ActionTracking;
import org.oneplan.planning.OutcomeView;
import org.oneplan.planning.Outcomes;
import org.oneplan.review.ReviewRecord;
import org.oneplan.review.ReviewStatus;
import org.springframework.stereotype.Component;

/**
 * A review's record as the caller sees it. While it is in progress it shows the plan's outcomes and actions as they
 * stand, each action with how it is getting on (read through the plan's services, which audit the reads, and read for
 * all the actions at once), and what is still missing; a scheduled or completed review shows only what it holds.
 */
@Component
class RecordViews {

    private final Outcomes outcomes;
    private final ActionTracking tracking;

    RecordViews(Outcomes outcomes, ActionTracking tracking) {
        this.outcomes = outcomes;
        this.tracking = tracking;
    }

    ReviewRecord view(Review r) {
        if (r.status() != ReviewStatus.IN_PROGRESS) {
            return view(r, List.of(), List.of(), List.of());
        }
        List<OutcomeView> planOutcomes = outcomes.of(r.personId());
        List<ReviewRecord.PlanAction> planActions = tracking.section(r.personId()).map(r::planActions).orElse(List.of());
        return view(r, planOutcomes, planActions, CompletionCheck.gaps(r, planOutcomes));
    }

    /** The ids of the plan's current outcomes. */
    List<UUID> outcomeIds(UUID personId) {
        return outcomes.of(personId).stream().map(OutcomeView::id).toList();
    }

    private static ReviewRecord view(Review r, List<OutcomeView> planOutcomes, List<ReviewRecord.PlanAction> planActions,
                                     List<ReviewRecord.Gap> gaps) {
        return new ReviewRecord(r.id(), r.personId(), r.type(), r.status(), r.reviewOn(), r.whatHappened(),
                r.requestId(), r.completedOn(), r.completedBy(), r.participation(), r.answers(), r.statements(),
                r.outcomes(), r.newOutcomes(), r.choices(), r.newActions(), r.decisions(), r.workingTogether(),
                planOutcomes, planActions, gaps, r.version());
    }
}
