package org.oneplan.review.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OrderColumn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.oneplan.planning.ActionDraft;
import org.oneplan.planning.ProgressView;
import org.oneplan.planning.TrackedSteps;
import org.oneplan.review.ActionDecision;
import org.oneplan.review.ReviewRecord;
import org.oneplan.review.ReviewRecords;

/**
 * What a review changes in the plan: how each outcome went, its new outcomes, what happens to each of the plan's
 * actions, and its new actions. Each change checks that the review is in progress ({@link #inProgress}); an outcome
 * is closed, or a new outcome removed, only while no new action serves it, and a new action may serve only an
 * outcome the review keeps, or one of its new outcomes.
 */
@MappedSuperclass
abstract class ReviewPlanChanges {

    @ElementCollection
    @CollectionTable(name = "review_outcome", joinColumns = @JoinColumn(name = "review_id"))
    private List<OutcomeEntry> outcomes = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "review_new_outcome", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "position")
    private List<NewOutcomeEntry> newOutcomes = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "review_action_choice", joinColumns = @JoinColumn(name = "review_id"))
    private List<ActionChoiceEntry> choices = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "review_new_action", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "position")
    private List<NewActionEntry> newActions = new ArrayList<>();

    abstract void inProgress();

    void outcome(UUID outcomeId, String outcomeText, ReviewRecords.OutcomeDraft d) {
        inProgress();
        OutcomeEntry entry = new OutcomeEntry(outcomeId, outcomeText, d);
        Texts.require(!entry.closes() || newActions.stream().noneMatch(a -> outcomeId.equals(a.outcomeId())),
                "progress", "review.outcome.error.served");
        outcomes.removeIf(o -> o.outcomeId().equals(outcomeId));
        outcomes.add(entry);
    }

    void addOutcome(ReviewRecords.Answer a) {
        inProgress();
        newOutcomes.add(new NewOutcomeEntry(a));
    }

    void removeOutcome(UUID id) {
        inProgress();
        Texts.require(newOutcomes.stream().anyMatch(o -> o.id().equals(id)), "id", "review.error.noSuchEntry");
        Texts.require(newActions.stream().noneMatch(a -> id.equals(a.outcomeId())), "id", "review.newOutcome.error.served");
        newOutcomes.removeIf(o -> o.id().equals(id));
    }

    void choose(List<ActionChoiceEntry> decisions) {
        inProgress();
        choices.clear();
        choices.addAll(decisions);
    }

    /**
     * Each of the plan's current actions with its progress and what the review does with it: the decision recorded,
     * or else the one its progress suggests ({@link ActionDecision#untilDecided}).
     */
    List<ReviewRecord.PlanAction> planActions(TrackedSteps steps) {
        Map<UUID, ActionDecision> recorded = choices.stream()
                .collect(Collectors.toMap(ActionChoiceEntry::actionId, ActionChoiceEntry::decision, (a, b) -> b));
        return steps.next().actions().stream().map(a -> {
            ProgressView p = steps.progress().get(a.id());
            ActionDecision d = recorded.get(a.id());
            return new ReviewRecord.PlanAction(a, p, d != null ? d : ActionDecision.untilDecided(p.status()), d != null);
        }).toList();
    }

    /** {@code planOutcomes}: the plan's current outcomes; the action may serve one the review does not close. */
    void addAction(ActionDraft d, List<UUID> planOutcomes, LocalDate today) {
        inProgress();
        Set<UUID> servable = new HashSet<>(planOutcomes);
        outcomes.stream().filter(OutcomeEntry::closes).map(OutcomeEntry::outcomeId).forEach(servable::remove);
        newOutcomes.stream().map(NewOutcomeEntry::id).forEach(servable::add);
        newActions.add(new NewActionEntry(d, servable, today));
    }

    void removeAction(int index) {
        inProgress();
        Texts.require(index >= 0 && index < newActions.size(), "index", "review.error.noSuchEntry");
        newActions.remove(index);
    }

    List<ReviewRecord.OutcomeReview> outcomes() { return outcomes.stream().map(OutcomeEntry::view).toList(); }
    List<ReviewRecord.NewOutcome> newOutcomes() { return newOutcomes.stream().map(NewOutcomeEntry::view).toList(); }
    List<ReviewRecord.ActionChoice> choices() { return choices.stream().map(ActionChoiceEntry::view).toList(); }
    List<ActionDraft> newActions() { return newActions.stream().map(NewActionEntry::view).toList(); }
}
