package org.oneplan.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.data.TemporalUnitWithinOffset;
import org.junit.jupiter.api.Test;
import org.oneplan.budget.internal.Deployment;
import org.oneplan.budget.internal.Period;
import org.oneplan.budget.internal.PersonalBudgets;
import org.oneplan.budget.internal.SpendingLineDraft;
import org.oneplan.budget.internal.SpendingPlans;
import org.oneplan.planning.ActionStatus;
import org.oneplan.planning.ActionTracking;
import org.oneplan.planning.CopyDraft;
import org.oneplan.planning.OutcomeDraft;
import org.oneplan.planning.Outcomes;
import org.oneplan.planning.PlanCopies;
import org.oneplan.planning.PlanPrompt;
import org.oneplan.planning.PlanStatus;
import org.oneplan.planning.PlanWithAuthoriserException;
import org.oneplan.planning.ProgressChange;
import org.oneplan.planning.Whose;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * While a plan is with the authoriser nothing in it changes, neither the plan's own parts nor its budget and spending
 * plan, until the authoriser returns it; each refusal is audited. Progress on its actions and copies given are kept
 * outside the plan's content, so they go on.
 */
class PlanWithAuthoriserTests extends SignOffSupport {

    /** Times as the database keeps them, to the microsecond. */
    static final TemporalUnitWithinOffset MS = new TemporalUnitWithinOffset(1, ChronoUnit.MILLIS);

    @Autowired Outcomes outcomes;
    @Autowired PersonalBudgets budgets;
    @Autowired SpendingPlans spending;
    @Autowired ActionTracking tracking;
    @Autowired PlanCopies copies;

    /** One change of each kind: an answer, an outcome, how the budget is managed, a line of the spending plan. */
    List<Runnable> changes() {
        return List.of(
                () -> plans.write(person, PlanPrompt.MATTERS_NOW, "Singing", Whose.PERSON, null, null),
                () -> outcomes.add(person, new OutcomeDraft("I want to sing", Whose.PERSON, null, null, null, null, Set.of())),
                () -> budgets.decideDeployment(person, new Deployment(Deployment.Way.MANAGED_ACCOUNT, null, null, null,
                        null), version()),
                () -> spending.add(person, new SpendingLineDraft("A choir subscription", Whose.PERSON, null,
                        "personal-assistant", Set.of(church), new BigDecimal("5.00"), Period.WEEK)));
    }

    int refusals() {
        return jdbc.queryForObject("select count(*) from audit_event where record_id = ? and action = 'REFUSED' "
                + "and detail like '%with the authoriser'", Integer.class, person);
    }

    @Test
    void noChangeOfAnyKindIsTakenWhileThePlanIsWithTheAuthoriserAndEachRefusalIsAudited() throws Exception {
        agreedPlan();
        SignOffStatus sent = submit();
        for (Runnable change : changes()) {
            assertThatThrownBy(() -> asCoordinator(() -> {
                change.run();
                return null;
            })).isInstanceOf(PlanWithAuthoriserException.class)
                    .satisfies(e -> assertThat(((PlanWithAuthoriserException) e).sentAt()).isCloseTo(sent.submittedAt(), MS));
        }
        assertThatThrownBy(() -> asCoordinator(() -> versions.markReady(person)))
                .isInstanceOf(PlanWithAuthoriserException.class);
        assertThat(refusals()).isEqualTo(5);
        assertThat(asCoordinator(() -> versions.state(person))).satisfies(s -> {
            assertThat(s.status()).isEqualTo(PlanStatus.AGREED_AWAITING_SIGN_OFF);
            assertThat(s.withAuthoriserSince()).isCloseTo(sent.submittedAt(), MS);
        });
        assertThat(asCoordinator(() -> signOffs.status(person)).orElseThrow().changedSinceSubmission()).isFalse();
    }

    @Test
    void progressOnActionsAndCopiesGivenGoOnWhileThePlanIsWithTheAuthoriser() throws Exception {
        agreedPlan();
        submit();
        UUID action = jdbc.queryForObject("select a.id from plan_action a join care_plan p on p.id = a.plan_id "
                + "where p.person_id = ? and a.removed_at is null", UUID.class, person);
        assertThat(asCoordinator(() -> tracking.record(person, action,
                new ProgressChange(ActionStatus.IN_PROGRESS, null, "Rang the agency"), 0L)).progress().status())
                .isEqualTo(ActionStatus.IN_PROGRESS);
        asCoordinator(() -> copies.record(person, new CopyDraft(CopyDraft.Recipient.PERSON, null, null, null,
                CopyDraft.Document.PLAN, null, CopyDraft.Format.PRINTED, LocalDate.now())));
        assertThat(asCoordinator(() -> copies.of(person))).hasSize(1);
        assertThat(asCoordinator(() -> versions.state(person)).status()).isEqualTo(PlanStatus.AGREED_AWAITING_SIGN_OFF);
        assertThat(signOff(authoriser).stage()).isEqualTo(SignOffStatus.Stage.SIGNED_OFF);
    }

    @Test
    void onceReturnedThePlanAndItsBudgetChangeAgain() throws Exception {
        agreedPlan();
        submit();
        as(authoriser, () -> signOffs.returnWithReasons(person, List.of(new SignOffStatus.Reason("NEXT", "Add a date"))));
        for (Runnable change : changes()) {
            asCoordinator(() -> {
                change.run();
                return null;
            });
        }
        assertThat(refusals()).isZero();
        assertThat(asCoordinator(() -> versions.state(person)).withAuthoriser()).isFalse();
        assertThat(asCoordinator(() -> plans.find(person)).orElseThrow().answer(PlanPrompt.MATTERS_NOW)).isPresent();
    }
}
