package org.oneplan.review;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.oneplan.access.internal.AccountPrincipal;
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
import org.oneplan.support.SignedIn;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a complete plan through the planning services and records the person's agreement, as a coordinator would:
 * two outcomes (church, garden), an action for each, a review date three months ahead.
 */
@Transactional
public class AgreedPlans {

    private final CarePlans plans;
    private final Outcomes outcomes;
    private final AssessedNeeds needs;
    private final AdviceGiven advice;
    private final SupportArrangements arrangements;
    private final NextSteps next;
    private final PlanVersions versions;

    public AgreedPlans(CarePlans plans, Outcomes outcomes, AssessedNeeds needs, AdviceGiven advice,
                       SupportArrangements arrangements, NextSteps next, PlanVersions versions) {
        this.plans = plans;
        this.outcomes = outcomes;
        this.needs = needs;
        this.advice = advice;
        this.arrangements = arrangements;
        this.next = next;
        this.versions = versions;
    }

    /** The plan's outcomes and actions by their first word. */
    public record Plan(UUID church, UUID garden, UUID minibus, UUID gardener) {
    }

    public Plan agree(AccountPrincipal coordinator, UUID person, LocalDate agreedOn) {
        return SignedIn.as(coordinator, () -> {
            plans.start(person);
            plans.write(person, PlanPrompt.CONVERSATION, "At home with my son", Whose.PERSON, null, null);
            UUID church = outcome(person, "I want to get to church on Sundays");
            UUID garden = outcome(person, "I want to keep my garden going");
            needs.decide(person, EligibilityDecision.DOES_NOT_MEET, "Manages with her son's help", null);
            advice.add(person, new AdviceDraft("Carers' centre leaflet", "Sam Patel", today(), AdviceFormat.PRINTED));
            for (UUID o : new UUID[] {church, garden}) {
                arrangements.add(person, o, new OptionDraft("My son helps", SupportResource.FAMILY_AND_FRIENDS, true,
                        "He offered", Whose.PERSON, null));
            }
            UUID minibus = action(person, "Ring the church office about the minibus", church);
            UUID gardener = action(person, "Find a gardener", garden);
            next.arrange(person, new ReviewDraft(Set.of(CheckIn.CALL), null, "At home", today().plusMonths(3)), null);
            versions.markReady(person);
            versions.recordAgreement(person, new Agreement(Agreement.Decision.AGREE, null, Agreement.Captured.IN_PERSON,
                    "Sam Patel, coordinator", agreedOn, "Ada and her son", null, null, null));
            return new Plan(church, garden, minibus, gardener);
        });
    }

    private UUID outcome(UUID person, String text) {
        return outcomes.add(person, new OutcomeDraft(text, Whose.PERSON, null, null, null, null, Set.of())).id();
    }

    private UUID action(UUID person, String text, UUID outcome) {
        return next.add(person, new ActionDraft(text, ActionOwner.THE_PERSON, null, today().plusWeeks(2), outcome,
                ActionLayer.COMMUNITY)).id();
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** Put {@code @Import(AgreedPlans.Config.class)} on a test class to inject {@link AgreedPlans}. */
    @Import(AgreedPlans.class)
    public static class Config {
    }
}
