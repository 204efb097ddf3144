package org.oneplan.review.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.oneplan.planning.ActionDraft;
import org.oneplan.planning.ActionLayer;
import org.oneplan.planning.ActionOwner;
import org.oneplan.planning.ActionStatus;
import org.oneplan.planning.ActionTracking;
import org.oneplan.planning.ActionView;
import org.oneplan.planning.CheckIn;
import org.oneplan.planning.NextSteps;
import org.oneplan.planning.NextStepsView;
import org.oneplan.planning.OutcomeDraft;
import org.oneplan.planning.OutcomeView;
import org.oneplan.planning.Outcomes;
import org.oneplan.planning.ProgressView;
import org.oneplan.planning.ReviewArrangements;
import org.oneplan.planning.ReviewDraft;
import org.oneplan.planning.TrackedSteps;
import org.oneplan.planning.Whose;
import org.oneplan.review.ActionDecision;
import org.oneplan.review.Progress;
import org.oneplan.review.ReviewRecord;
import org.oneplan.review.ReviewRecords;

/** Completing a review carries the plan's outcomes and actions into its next version through the plan's services. */
class PlanUpdateTests {

    final Outcomes outcomes = mock(Outcomes.class);
    final NextSteps next = mock(NextSteps.class);
    final ActionTracking tracking = mock(ActionTracking.class);
    final PlanUpdate update = new PlanUpdate(outcomes, next, tracking);
    final UUID person = UUID.randomUUID();
    final OutcomeView church = ReviewRulesTests.outcome("I want to get to church on Sundays");
    final OutcomeView garden = ReviewRulesTests.outcome("I want to keep my garden going");
    final OutcomeView bus = ReviewRulesTests.outcome("I want to use the bus on my own");
    final ActionView minibus = action("Ring the church office about the minibus", church.id(), 3);
    final ActionView gardener = action("Find a gardener", garden.id(), 5);
    Map<UUID, ProgressView> progress = Map.of(minibus.id(), status(ActionStatus.NOT_STARTED),
            gardener.id(), status(ActionStatus.IN_PROGRESS));
    final ReviewArrangements arranged = new ReviewArrangements(Set.of(CheckIn.CALL), "Every month", "At home",
            ReviewRulesTests.TODAY.plusMonths(2), "c", Instant.now(), 4);
    final Review review = new ReviewRulesTests().inProgress();
    final UUID swimInPlan = UUID.randomUUID();

    @Test
    void achievedAndUnwantedOutcomesLeaveThePlanChangedOnesAreRewordedAndNewOnesAdded() {
        review.outcome(church.id(), church.words().text(), ReviewRulesTests.progress(Progress.ACHIEVED));
        review.outcome(bus.id(), bus.words().text(), ReviewRulesTests.progress(Progress.NO_LONGER_WANTED));
        review.outcome(garden.id(), garden.words().text(), new ReviewRecords.OutcomeDraft(Progress.PARTLY, 6, null,
                "I want to grow vegetables in my garden", Whose.PERSON, null, null, true));
        review.addOutcome(new ReviewRecords.Answer("I want to swim with my grandson", Whose.PERSON, null));
        apply();

        verify(outcomes).remove(person, church.id(), 0);
        verify(outcomes).remove(person, bus.id(), 0);
        ArgumentCaptor<OutcomeDraft> reworded = ArgumentCaptor.forClass(OutcomeDraft.class);
        verify(outcomes).change(eq(person), eq(garden.id()), reworded.capture(), eq(0L));
        assertThat(reworded.getValue().text()).isEqualTo("I want to grow vegetables in my garden");
        verify(outcomes).add(eq(person), eq(new OutcomeDraft("I want to swim with my grandson", Whose.PERSON, null,
                null, null, null, Set.of())));
    }

    @Test
    void closedActionsLeaveThePlanTheRestCarryOverAndNewOnesServeTheNewOutcomes() {
        review.addOutcome(new ReviewRecords.Answer("I want to swim with my grandson", Whose.PERSON, null));
        UUID swimInReview = review.newOutcomes().get(0).id();
        review.choose(List.of(new ActionChoiceEntry(minibus.id(), minibus.text(), ActionDecision.CLOSE),
                new ActionChoiceEntry(gardener.id(), gardener.text(), ActionDecision.CARRY_OVER)));
        review.addAction(ReviewRulesTests.action(swimInReview), List.of(), ReviewRulesTests.TODAY);
        apply();

        verify(next).remove(person, minibus.id(), 3);
        verify(next, never()).remove(eq(person), eq(gardener.id()), any(Long.class));
        ArgumentCaptor<ActionDraft> added = ArgumentCaptor.forClass(ActionDraft.class);
        verify(next).add(eq(person), added.capture());
        assertThat(added.getValue().outcomeId()).isEqualTo(swimInPlan);
    }

    @Test
    void anUndecidedActionIsClosedWhenDoneOrNoLongerNeededAndCarriedOverOtherwiseAndTheReviewSaysSo() {
        progress = Map.of(minibus.id(), status(ActionStatus.DONE), gardener.id(), status(ActionStatus.IN_PROGRESS));
        apply();

        verify(next).remove(person, minibus.id(), 3);
        verify(next, never()).remove(eq(person), eq(gardener.id()), any(Long.class));
        assertThat(review.choices()).containsExactly(
                new ReviewRecord.ActionChoice(minibus.id(), minibus.text(), ActionDecision.CLOSE),
                new ReviewRecord.ActionChoice(gardener.id(), gardener.text(), ActionDecision.CARRY_OVER));
    }

    @Test
    void aDecisionRecordedByTheReviewWinsOverTheActionsProgress() {
        progress = Map.of(minibus.id(), status(ActionStatus.NO_LONGER_NEEDED), gardener.id(), status(ActionStatus.DONE));
        review.choose(List.of(new ActionChoiceEntry(minibus.id(), minibus.text(), ActionDecision.CARRY_OVER),
                new ActionChoiceEntry(gardener.id(), gardener.text(), ActionDecision.CARRY_OVER)));
        apply();

        verify(next, never()).remove(eq(person), any(UUID.class), any(Long.class));
    }

    @Test
    void theNextReviewDateIsSetKeepingTheOtherArrangements() {
        review.decide(ReviewRulesTests.decisions(ReviewRulesTests.TODAY.plusMonths(6)), ReviewRulesTests.TODAY, 6);
        apply();
        verify(next).arrange(person, new ReviewDraft(Set.of(CheckIn.CALL), "Every month", "At home",
                ReviewRulesTests.TODAY.plusMonths(6)), 4L);
    }

    void apply() {
        when(outcomes.add(eq(person), any())).thenReturn(new OutcomeView(swimInPlan, null, null, null, null, Set.of(),
                List.of()));
        when(tracking.section(person)).thenReturn(Optional.of(new TrackedSteps(
                new NextStepsView(List.of(minibus, gardener), arranged), progress)));
        update.apply(person, review, List.of(church, garden, bus));
    }

    static ProgressView status(ActionStatus status) {
        return new ProgressView(status, null, 0, null, null, null, 0);
    }

    static ActionView action(String text, UUID outcome, long version) {
        return new ActionView(UUID.randomUUID(), text, ActionOwner.THE_PERSON, null, ReviewRulesTests.TODAY.plusWeeks(1),
                ActionLayer.COMMUNITY, outcome, null, "c", Instant.now(), version, List.of(), null, null);
    }

}
