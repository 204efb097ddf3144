package org.oneplan.planning.internal;

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
import org.oneplan.planning.Agreement;
import org.oneplan.planning.AssessedNeeds;
import org.oneplan.planning.BudgetAnswer;
import org.oneplan.planning.CarePlans;
import org.oneplan.planning.CheckIn;
import org.oneplan.planning.ControlList;
import org.oneplan.planning.ControlText;
import org.oneplan.planning.EligibilityDecision;
import org.oneplan.planning.NeedDraft;
import org.oneplan.planning.NextSteps;
import org.oneplan.planning.OptionDraft;
import org.oneplan.planning.OutcomeDraft;
import org.oneplan.planning.Outcomes;
import org.oneplan.planning.PlanPrompt;
import org.oneplan.planning.PlanVersions;
import org.oneplan.planning.ReviewDraft;
import org.oneplan.planning.SpendingMoney;
import org.oneplan.planning.StayingInControl;
import org.oneplan.planning.SupportArrangements;
import org.oneplan.planning.SupportResource;
import org.oneplan.planning.UnableToAchieve;
import org.oneplan.planning.Whose;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** The words of the demo plans, written through the planning services by {@link DemoPlans}. */
@Component
@Profile("demo")
class DemoPlanContent {

    static final String COORDINATOR = "Priya Shah";

    private final CarePlans plans;
    private final Outcomes outcomes;
    private final AssessedNeeds needs;
    private final AdviceGiven advice;
    private final SupportArrangements arrangements;
    private final SpendingMoney money;
    private final StayingInControl control;
    private final NextSteps next;
    private final PlanVersions versions;
    private final Clock clock;

    DemoPlanContent(CarePlans plans, Outcomes outcomes, AssessedNeeds needs, AdviceGiven advice,
                    SupportArrangements arrangements, SpendingMoney money, StayingInControl control, NextSteps next,
                    PlanVersions versions, Clock clock) {
        this.plans = plans;
        this.outcomes = outcomes;
        this.needs = needs;
        this.advice = advice;
        this.arrangements = arrangements;
        this.money = money;
        this.control = control;
        this.next = next;
        this.versions = versions;
        this.clock = clock;
    }

    /**
     * Margaret Okafor: every part filled in, agreed a month ago, then her garden outcome changed and agreed today;
     * whether she will have a personal budget was not known yet (the budget module's demo adds it afterwards).
     */
    void margaret(UUID person) {
        plans.start(person);
        for (PlanPrompt prompt : MargaretsWords.PREPARATION.keySet()) {
            answer(person, prompt, MargaretsWords.PREPARATION.get(prompt));
        }
        UUID church = outcome(person, "I want to get to church on Sundays", "My church friends are my family here",
                Set.of("community-facilities"));
        UUID garden = outcome(person, "I want to keep my garden going", "I have grown roses there for forty years",
                Set.of("habitable-home"));
        needs.record(person, "community-facilities", new NeedDraft(UnableToAchieve.YES,
                "Cannot manage the bus or the walk to church since her fall", "Lonely and low in mood without it",
                true, "Community transport arranged and paid for through her personal budget"), null);
        needs.record(person, "home-safely", new NeedDraft(UnableToAchieve.YES,
                "Cannot get up and down the garden steps safely", "Afraid of falling, so stays indoors",
                true, "A handrail fitted and a gardener two hours a fortnight"), null);
        needs.decide(person, EligibilityDecision.MEETS, "Unable to achieve two outcomes, with a significant impact "
                + "on her wellbeing", null);
        advice.add(person, new AdviceDraft("Falls prevention leaflet and the number for the handyperson service",
                COORDINATOR, today().minusWeeks(6), AdviceFormat.LARGE_PRINT));
        option(person, church, SupportResource.COMMUNITY, "The church minibus picks me up", "The vicar offered");
        arrangements.add(person, church, new OptionDraft("David drives me every Sunday", SupportResource.FAMILY_AND_FRIENDS,
                false, "David works most Sundays", Whose.PERSON, null));
        option(person, garden, SupportResource.PERSONAL_BUDGET, "A gardener two hours a fortnight",
                "I can tell them what to plant");
        money.answer(person, BudgetAnswer.NOT_KNOWN_YET, "A direct payment if there is a budget, with David's help",
                null);
        control.add(person, ControlList.RISKS, new ControlText("I might fall in the garden",
                "I want to keep doing the roses myself", "A kneeler with handles and my pendant alarm", Whose.PERSON, null));
        control.add(person, ControlList.CONTINGENCIES, new ControlText("If the minibus does not come",
                "Ring David and he will try to come", "David Okafor, 07700 900982", Whose.PERSON, null));
        control.share(person, "My GP, the district nurses and David", Whose.PERSON, null, false, null);
        next.add(person, new ActionDraft("Ring the church office about the minibus", ActionOwner.THE_PERSON, null,
                today().plusWeeks(2), church, ActionLayer.COMMUNITY));
        next.add(person, new ActionDraft("Find a gardener through the direct payment", ActionOwner.PRACTITIONER,
                COORDINATOR, today().plusMonths(1), garden, ActionLayer.PERSONAL_BUDGET));
        review(person);
        versions.markReady(person);
        versions.recordAgreement(person, agreement(Agreement.Decision.AGREE, null, 30, "Margaret, her son David"));
        outcomes.change(person, garden, new OutcomeDraft("I want to keep my garden going and grow vegetables again",
                Whose.PERSON, null, "I have grown roses there for forty years", null, null, Set.of("habitable-home")),
                outcomes.one(person, garden).words().version());
        versions.markReady(person);
        versions.recordAgreement(person, agreement(Agreement.Decision.AGREE, null, 0, "Margaret"));
    }

    /** Everything the completeness check asks for, with one outcome and the option chosen for it. */
    void complete(UUID person, String outcomeText, String optionText) {
        plans.start(person);
        answer(person, PlanPrompt.CONVERSATION, "At home, with my nephew on the phone");
        UUID outcome = outcome(person, outcomeText, null, Set.of());
        needs.decide(person, EligibilityDecision.DOES_NOT_MEET, "Manages daily life with his family's help", null);
        advice.add(person, new AdviceDraft("Age UK lunch clubs near him", COORDINATOR, today().minusWeeks(1),
                AdviceFormat.PRINTED));
        option(person, outcome, SupportResource.FAMILY_AND_FRIENDS, optionText, "He offered");
        next.add(person, new ActionDraft("Ring the lunch club", ActionOwner.THE_PERSON, null, today().plusWeeks(1),
                outcome, ActionLayer.COMMUNITY));
        review(person);
    }

    void answer(UUID person, PlanPrompt prompt, String text) {
        Whose whose = prompt.usually();
        plans.write(person, prompt, text, whose, whose == Whose.PRACTITIONER ? COORDINATOR : null, null);
    }

    Agreement agreement(Agreement.Decision decision, String reasons, int daysAgo, String whoTookPart) {
        return new Agreement(decision, reasons, Agreement.Captured.IN_PERSON, COORDINATOR + ", coordinator",
                today().minusDays(daysAgo), whoTookPart + " and " + COORDINATOR, null, null, null);
    }

    private UUID outcome(UUID person, String text, String matters, Set<String> needCodes) {
        return outcomes.add(person, new OutcomeDraft(text, Whose.PERSON, null, matters, null, null, needCodes)).id();
    }

    private void option(UUID person, UUID outcome, SupportResource resource, String text, String why) {
        arrangements.add(person, outcome, new OptionDraft(text, resource, true, why, Whose.PERSON, null));
    }

    private void review(UUID person) {
        next.arrange(person, new ReviewDraft(Set.of(CheckIn.CALL), null, "At home, every six months",
                today().plusMonths(5)), null);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
