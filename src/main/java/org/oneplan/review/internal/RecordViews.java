package org.oneplan.review.internal;

import java.util.List;
import java.util.UUID;
import org.oneplan.planning.ActionView;
import org.oneplan.planning.NextSteps;
import org.oneplan.planning.NextStepsView;
import org.oneplan.planning.OutcomeView;
import org.oneplan.planning.Outcomes;
import org.oneplan.review.ReviewRecord;
import org.oneplan.review.ReviewStatus;
import org.springframework.stereotype.Component;

/**
 * A review's record as the caller sees it. While it is in progress it shows the plan's outcomes and actions as they
 * stand (read through the plan's services, which audit the reads) and what is still missing; a scheduled or completed
 * review shows only what it holds.
 */
@Component
class RecordViews {

    private final Outcomes outcomes;
    private final NextSteps next;

    RecordViews(Outcomes outcomes, NextSteps next) {
        this.outcomes = outcomes;
        this.next = next;
    }

    ReviewRecord view(Review r) {
        if (r.status() != ReviewStatus.IN_PROGRESS) {
            return view(r, List.of(), List.of(), List.of());
        }
        List<OutcomeView> planOutcomes = outcomes.of(r.personId());
        List<ActionView> planActions = next.find(r.personId()).map(NextStepsView::actions).orElse(List.of());
        return view(r, planOutcomes, planActions, CompletionCheck.gaps(r, planOutcomes));
    }

    /** The ids of the plan's current outcomes. */
    List<UUID> outcomeIds(UUID personId) {
        return outcomes.of(personId).stream().map(OutcomeView::id).toList();
    }

    private static ReviewRecord view(Review r, List<OutcomeView> planOutcomes, List<ActionView> planActions,
                                     List<ReviewRecord.Gap> gaps) {
        return new ReviewRecord(r.id(), r.personId(), r.type(), r.status(), r.reviewOn(), r.whatHappened(),
                r.requestId(), r.completedOn(), r.completedBy(), r.participation(), r.answers(), r.statements(),
                r.outcomes(), r.newOutcomes(), r.choices(), r.newActions(), r.decisions(), r.workingTogether(),
                planOutcomes, planActions, gaps, r.version());
    }
}
