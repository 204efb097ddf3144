package org.oneplan.review.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oneplan.planning.ActionStatus;
import org.oneplan.planning.ActionView;
import org.oneplan.planning.NextStepsView;
import org.oneplan.planning.TrackedSteps;
import org.oneplan.review.ActionDecision;
import org.oneplan.review.ReviewRecord;

/** Until the review decides about an action, its progress decides: done or no longer needed closes, open carries over. */
class UndecidedActionsTests {

    final ActionView notStarted = PlanUpdateTests.action("Ring the church office", null, 0);
    final ActionView underWay = PlanUpdateTests.action("Find a gardener", null, 0);
    final ActionView done = PlanUpdateTests.action("Book the minibus", null, 0);
    final ActionView unneeded = PlanUpdateTests.action("Ask about a bus pass", null, 0);
    final TrackedSteps steps = new TrackedSteps(new NextStepsView(List.of(notStarted, underWay, done, unneeded), null),
            Map.of(notStarted.id(), PlanUpdateTests.status(ActionStatus.NOT_STARTED),
                    underWay.id(), PlanUpdateTests.status(ActionStatus.IN_PROGRESS),
                    done.id(), PlanUpdateTests.status(ActionStatus.DONE),
                    unneeded.id(), PlanUpdateTests.status(ActionStatus.NO_LONGER_NEEDED)));
    final Review review = new ReviewRulesTests().inProgress();

    @Test
    void anActionThatIsDoneOrNoLongerNeededIsClosedAndAnOpenOneCarriesOver() {
        assertThat(ActionDecision.untilDecided(ActionStatus.NOT_STARTED)).isEqualTo(ActionDecision.CARRY_OVER);
        assertThat(ActionDecision.untilDecided(ActionStatus.IN_PROGRESS)).isEqualTo(ActionDecision.CARRY_OVER);
        assertThat(ActionDecision.untilDecided(ActionStatus.DONE)).isEqualTo(ActionDecision.CLOSE);
        assertThat(ActionDecision.untilDecided(ActionStatus.NO_LONGER_NEEDED)).isEqualTo(ActionDecision.CLOSE);
    }

    @Test
    void eachActionOfThePlanComesWithItsProgressAndTheDecisionItsProgressSuggests() {
        assertThat(review.planActions(steps)).extracting(a -> a.action().id(), a -> a.progress().status(),
                ReviewRecord.PlanAction::decision, ReviewRecord.PlanAction::decided).containsExactly(
                tuple(notStarted.id(), ActionStatus.NOT_STARTED, ActionDecision.CARRY_OVER, false),
                tuple(underWay.id(), ActionStatus.IN_PROGRESS, ActionDecision.CARRY_OVER, false),
                tuple(done.id(), ActionStatus.DONE, ActionDecision.CLOSE, false),
                tuple(unneeded.id(), ActionStatus.NO_LONGER_NEEDED, ActionDecision.CLOSE, false));
    }

    @Test
    void onceTheReviewDecidesItsDecisionWinsAndActionsLeftOutStayUndecided() {
        review.choose(List.of(new ActionChoiceEntry(done.id(), done.text(), ActionDecision.CARRY_OVER),
                new ActionChoiceEntry(underWay.id(), underWay.text(), ActionDecision.CLOSE)));
        assertThat(review.planActions(steps)).extracting(ReviewRecord.PlanAction::decision,
                ReviewRecord.PlanAction::decided).containsExactly(
                tuple(ActionDecision.CARRY_OVER, false), tuple(ActionDecision.CLOSE, true),
                tuple(ActionDecision.CARRY_OVER, true), tuple(ActionDecision.CLOSE, false));
    }
}
