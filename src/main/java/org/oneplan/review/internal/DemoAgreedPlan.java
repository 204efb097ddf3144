package org.oneplan.review.internal;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.oneplan.planning.ActionDraft;
import org.oneplan.planning.ActionLayer;
import org.oneplan.planning.ActionOwner;
import org.oneplan.planning.AdviceDraft;
import org.oneplan.planning.AdviceFormat;
import org.oneplan.planning.AdviceGiven;
import org.oneplan.planning.Agreement;
import org.oneplan.planning.AssessedNeeds;
import org.oneplan.planning.CarePlans;
import org.oneplan.planning.CheckIn;
import org.oneplan.planning.EligibilityDecision;
import org.oneplan.planning.NextSteps;
import org.oneplan.planning.OptionDraft;
import org.oneplan.planning.OutcomeDraft;
import org.oneplan.planning.Outcomes;
import org.oneplan.planning.PlanPrompt;
import org.oneplan.planning.PlanVersions;
import org.oneplan.planning.ReviewDraft;
import org.oneplan.planning.SupportArrangements;
import org.oneplan.planning.SupportResource;
import org.oneplan.planning.Whose;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: Arthur Whitfield's plan, written through the planning services and agreed with Joyce six months and
 * twelve days ago, so his formal review (due no later than six months after) is twelve days overdue.
 */
@Component
@Profile("demo")
class DemoAgreedPlan {

    private static final String COORDINATOR = "Priya Shah";

    private final CarePlans plans;
    private final Outcomes outcomes;
    private final AssessedNeeds needs;
    private final AdviceGiven advice;
    private final SupportArrangements arrangements;
    private final NextSteps next;
    private final PlanVersions versions;

    DemoAgreedPlan(CarePlans plans, Outcomes outcomes, AssessedNeeds needs, AdviceGiven advice,
                   SupportArrangements arrangements, NextSteps next, PlanVersions versions) {
        this.plans = plans;
        this.outcomes = outcomes;
        this.needs = needs;
        this.advice = advice;
        this.arrangements = arrangements;
        this.next = next;
        this.versions = versions;
    }

    void arthur(UUID person, LocalDate today) {
        LocalDate agreed = today.minusMonths(6).minusDays(12);
        plans.start(person);
        plans.write(person, PlanPrompt.CONVERSATION, "At home with Joyce, one short question at a time",
                Whose.PRACTITIONER, COORDINATOR, null);
        UUID walk = outcomes.add(person, new OutcomeDraft("I want to walk to the park with Joyce every day",
                Whose.PERSON, null, "It is where we have always gone", null, null, Set.of())).id();
        needs.decide(person, EligibilityDecision.DOES_NOT_MEET, "Manages daily life with Joyce's help", null);
        advice.add(person, new AdviceDraft("The memory café at the library, Thursdays", COORDINATOR, agreed,
                AdviceFormat.EASY_READ));
        arrangements.add(person, walk, new OptionDraft("A walking group for people living with dementia",
                SupportResource.COMMUNITY, true, "Joyce can walk with him and meet other carers", Whose.SUPPORTER,
                "Joyce Whitfield (wife)"));
        next.add(person, new ActionDraft("Ring the walking group about Tuesday mornings", ActionOwner.SUPPORTER,
                "Joyce Whitfield", today.plusWeeks(1), walk, ActionLayer.COMMUNITY));
        next.arrange(person, new ReviewDraft(Set.of(CheckIn.CALL), "Joyce rings if anything changes", "At home",
                today.plusMonths(5)), null);
        versions.markReady(person);
        versions.recordAgreement(person, new Agreement(Agreement.Decision.AGREE, null, Agreement.Captured.IN_PERSON,
                COORDINATOR + ", coordinator", agreed, "Arthur, Joyce and " + COORDINATOR, null, null, null));
    }
}
