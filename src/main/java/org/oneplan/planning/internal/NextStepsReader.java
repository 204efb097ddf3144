package org.oneplan.planning.internal;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.oneplan.planning.ActionView;
import org.oneplan.planning.LinkedEntry;
import org.oneplan.planning.NextStepsView;
import org.springframework.stereotype.Component;

/**
 * Reads "What will you do next?" of a plan, each action with the words of the outcome it serves and the community
 * directory entry it names, for the service
 * (after its access check), the plan page's overview and the plan part; it neither checks access nor audits.
 */
@Component
class NextStepsReader {

    private final PlanActionRepository actions;
    private final PlanReviewRepository reviews;
    private final PlanOutcomeRepository outcomes;
    private final DirectoryLinks links;

    NextStepsReader(PlanActionRepository actions, PlanReviewRepository reviews, PlanOutcomeRepository outcomes,
                    DirectoryLinks links) {
        this.actions = actions;
        this.reviews = reviews;
        this.outcomes = outcomes;
        this.links = links;
    }

    NextStepsView view(UUID planId) {
        Map<UUID, String> texts = outcomeTexts(planId);
        List<PlanAction> all = actions.fromThePersonOut(planId);
        Map<UUID, LinkedEntry> entries = links.entries(all.stream().map(PlanAction::directoryEntryId).toList());
        return new NextStepsView(all.stream().map(a -> a.view(texts, entries)).toList(),
                reviews.findByPlanId(planId).map(PlanReview::view).orElse(null));
    }

    /** One action, with {@code outcomeTexts} (see {@link #outcomeTexts}) and the directory entry it names. */
    ActionView view(PlanAction action, Map<UUID, String> outcomeTexts) {
        return action.view(outcomeTexts, links.entries(Collections.singletonList(action.directoryEntryId())));
    }

    /** What the plan says of each current action's directory entry, as saved (see {@link PlanAction#directoryEntryText}). */
    Map<UUID, String> entryTexts(UUID planId) {
        return actions.findByPlanIdAndRemovedAtIsNullOrderByAddedAt(planId).stream()
                .filter(a -> a.directoryEntryText() != null)
                .collect(Collectors.toMap(PlanAction::id, PlanAction::directoryEntryText));
    }

    /** The words of the plan's current outcomes, by id. */
    Map<UUID, String> outcomeTexts(UUID planId) {
        return outcomes.current(planId).stream().collect(Collectors.toMap(PlanOutcome::id, o -> o.view().words().text()));
    }
}
