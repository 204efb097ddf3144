package org.oneplan.budget.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.oneplan.planning.ActionDraft;
import org.oneplan.planning.ActionLayer;
import org.oneplan.planning.ActionOwner;
import org.oneplan.planning.AdviceDraft;
import org.oneplan.planning.AdviceFormat;
import org.oneplan.planning.AdviceGiven;
import org.oneplan.planning.AssessedNeeds;
import org.oneplan.planning.BudgetAnswer;
import org.oneplan.planning.CarePlans;
import org.oneplan.planning.CheckIn;
import org.oneplan.planning.EligibilityDecision;
import org.oneplan.planning.NeedDraft;
import org.oneplan.planning.NextSteps;
import org.oneplan.planning.OptionDraft;
import org.oneplan.planning.OutcomeDraft;
import org.oneplan.planning.Outcomes;
import org.oneplan.planning.PlanPrompt;
import org.oneplan.planning.ReviewDraft;
import org.oneplan.planning.SpendingMoney;
import org.oneplan.planning.SupportArrangements;
import org.oneplan.planning.SupportResource;
import org.oneplan.planning.Whose;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: a whole plan with a personal budget held in a council-managed account, written through the
 * planning and budget services by whoever is signed in, for {@link SignOffDemo}'s plans in the queue.
 */
@Component
@Profile("demo")
class SignOffDemoPlans {

    /** What is particular to one person's plan: their outcome, the support chosen for it, its cost a week. */
    record Words(String conversation, String outcome, String option, String line, String supportType, String perWeek) {
    }

    private final CarePlans plans;
    private final Outcomes outcomes;
    private final AssessedNeeds needs;
    private final AdviceGiven advice;
    private final SupportArrangements arrangements;
    private final NextSteps next;
    private final SpendingMoney money;
    private final PersonalBudgets budgets;
    private final SpendingPlans spending;
    private final Clock clock;

    SignOffDemoPlans(CarePlans plans, Outcomes outcomes, AssessedNeeds needs, AdviceGiven advice,
                     SupportArrangements arrangements, NextSteps next, SpendingMoney money, PersonalBudgets budgets,
                     SpendingPlans spending, Clock clock) {
        this.plans = plans;
        this.outcomes = outcomes;
        this.needs = needs;
        this.advice = advice;
        this.arrangements = arrangements;
        this.next = next;
        this.money = money;
        this.budgets = budgets;
        this.spending = spending;
        this.clock = clock;
    }

    void complete(UUID person, Words w) {
        LocalDate today = LocalDate.now(clock);
        plans.start(person);
        plans.write(person, PlanPrompt.CONVERSATION, w.conversation(), Whose.PERSON, null, null);
        UUID outcome = outcomes.add(person, new OutcomeDraft(w.outcome(), Whose.PERSON, null, null, null, null,
                Set.of("community-facilities"))).id();
        for (String code : new String[] {"community-facilities", "nutrition"}) {
            needs.record(person, code, new NeedDraft(org.oneplan.planning.UnableToAchieve.YES,
                    "Cannot manage this without help", "Low in mood and losing weight", true, "Through the budget"), null);
        }
        needs.decide(person, EligibilityDecision.MEETS, "Unable to achieve two outcomes, a significant impact", null);
        advice.add(person, new AdviceDraft("Local groups and the carers' centre", "Priya Shah", today.minusWeeks(2),
                AdviceFormat.PRINTED));
        arrangements.add(person, outcome, new OptionDraft(w.option(), SupportResource.PERSONAL_BUDGET, true,
                "It is what I want", Whose.PERSON, null));
        next.add(person, new ActionDraft("Meet the support provider", ActionOwner.PRACTITIONER, "Priya Shah",
                today.plusWeeks(2), outcome, ActionLayer.PERSONAL_BUDGET));
        next.arrange(person, new ReviewDraft(Set.of(CheckIn.CALL), null, "At home", today.plusMonths(5)), null);
        money.answer(person, BudgetAnswer.YES, "A council-managed account", null);
        BigDecimal week = new BigDecimal(w.perWeek()).setScale(2);
        Long v = budgets.recordIndicative(person, new Indicative(week, Period.WEEK, today.minusWeeks(4),
                Indicative.Basis.RESOURCE_ALLOCATION, null), null).version();
        v = budgets.recordSplit(person, new Split(week, BigDecimal.ZERO.setScale(2), week, Period.WEEK, java.util.List.of()),
                v).version();
        budgets.decideDeployment(person, new Deployment(Deployment.Way.MANAGED_ACCOUNT, null, null, null, null), v);
        spending.add(person, new SpendingLineDraft(w.line(), Whose.PERSON, null, w.supportType(), Set.of(outcome), week,
                Period.WEEK));
    }
}
