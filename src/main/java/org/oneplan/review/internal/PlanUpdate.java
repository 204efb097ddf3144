package org.oneplan.review.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.oneplan.planning.ActionDraft;
import org.oneplan.planning.ActionTracking;
import org.oneplan.planning.NextSteps;
import org.oneplan.planning.OutcomeDraft;
import org.oneplan.planning.OutcomeView;
import org.oneplan.planning.Outcomes;
import org.oneplan.planning.ReviewArrangements;
import org.oneplan.planning.ReviewDraft;
import org.oneplan.planning.TrackedSteps;
import org.oneplan.review.ActionDecision;
import org.oneplan.review.ReviewRecord;
import org.oneplan.web.RecordNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Carries a completed review into the plan through the plan's own services, in the completing transaction: achieved
 * and unwanted outcomes leave the plan, changed ones take their new words, new ones are added; closed actions leave
 * it, new ones are added (serving the new outcomes they name), the rest carry over, keeping their progress; and the
 * next review date is set. An action the review did not decide about is closed when it is done or no longer needed
 * and carries over otherwise; the review records what became of every action. The plan's content changes, so it is a
 * draft again: the agreed version it was is never touched.
 */
@Component
class PlanUpdate {

    private final Outcomes outcomes;
    private final NextSteps next;
    private final ActionTracking tracking;

    PlanUpdate(Outcomes outcomes, NextSteps next, ActionTracking tracking) {
        this.outcomes = outcomes;
        this.next = next;
        this.tracking = tracking;
    }

    void apply(UUID personId, ReviewContent review, List<OutcomeView> planOutcomes) {
        Map<UUID, OutcomeView> current = planOutcomes.stream()
                .collect(Collectors.toMap(OutcomeView::id, Function.identity()));
        for (ReviewRecord.OutcomeReview o : review.outcomes()) {
            OutcomeView now = current.get(o.outcomeId());
            if (now != null && o.progress().closes()) {
                outcomes.remove(personId, now.id(), now.words().version());
            } else if (now != null && o.newWording() != null) {
                outcomes.change(personId, now.id(), new OutcomeDraft(o.newWording(), o.wordingWhose(),
                        o.wordingWhoseName(), now.matters(), now.howWeKnow(), now.targetDate(), now.needCodes()),
                        now.words().version());
            }
        }
        Map<UUID, UUID> added = new HashMap<>();
        for (ReviewRecord.NewOutcome n : review.newOutcomes()) {
            added.put(n.id(), outcomes.add(personId, new OutcomeDraft(n.text(), n.whose(), n.whoseName(), null, null,
                    null, Set.of())).id());
        }
        TrackedSteps steps = tracking.section(personId).orElseThrow(() -> new RecordNotFoundException("Plan"));
        actions(personId, review, steps, added);
        ReviewArrangements arranged = steps.next().review();
        next.arrange(personId, arranged == null
                ? new ReviewDraft(Set.of(), null, null, review.decisions().nextReview())
                : new ReviewDraft(arranged.checkIns(), arranged.checkInDetail(), arranged.whereAndHowOften(),
                        review.decisions().nextReview()), arranged == null ? null : arranged.version());
    }

    private void actions(UUID personId, ReviewContent review, TrackedSteps steps, Map<UUID, UUID> added) {
        List<ReviewRecord.PlanAction> decided = review.planActions(steps);
        review.choose(decided.stream().map(ActionChoiceEntry::of).toList());
        decided.stream().filter(a -> a.decision() == ActionDecision.CLOSE).map(ReviewRecord.PlanAction::action)
                .forEach(a -> next.remove(personId, a.id(), a.version()));
        for (ActionDraft a : review.newActions()) {
            next.add(personId, new ActionDraft(a.text(), a.owner(), a.ownerName(), a.dueDate(),
                    added.getOrDefault(a.outcomeId(), a.outcomeId()), a.layer()));
        }
    }
}
