package org.oneplan.planning.internal;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.oneplan.planning.NextStepsView;
import org.springframework.stereotype.Component;

/**
 * Reads "What will you do next?" of a plan, each action with the words of the outcome it serves, for the service
 * (after its access check), the plan page's overview and the plan part; it neither checks access nor audits.
 */
@Component
class NextStepsReader {

    private final PlanActionRepository actions;
    private final PlanReviewRepository reviews;
    private final PlanOutcomeRepository outcomes;

    NextStepsReader(PlanActionRepository actions, PlanReviewRepository reviews, PlanOutcomeRepository outcomes) {
        this.actions = actions;
        this.reviews = reviews;
        this.outcomes = outcomes;
    }

    NextStepsView view(UUID planId) {
        Map<UUID, String> texts = outcomeTexts(planId);
        return new NextStepsView(actions.fromThePersonOut(planId).stream().map(a -> a.view(texts)).toList(),
                reviews.findByPlanId(planId).map(PlanReview::view).orElse(null));
    }

    /** The words of the plan's current outcomes, by id. */
    Map<UUID, String> outcomeTexts(UUID planId) {
        return outcomes.current(planId).stream().collect(Collectors.toMap(PlanOutcome::id, o -> o.view().words().text()));
    }
}
