package org.oneplan.budget;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.oneplan.access.Role;
import org.oneplan.access.internal.UserAccount;
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
import org.oneplan.planning.NeedDraft;
import org.oneplan.planning.NextSteps;
import org.oneplan.planning.OptionDraft;
import org.oneplan.planning.PlanPrompt;
import org.oneplan.planning.PlanState;
import org.oneplan.planning.PlanVersions;
import org.oneplan.planning.ReviewDraft;
import org.oneplan.planning.SupportArrangements;
import org.oneplan.planning.SupportResource;
import org.oneplan.planning.UnableToAchieve;
import org.oneplan.planning.Whose;
import org.oneplan.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * As {@link BudgetPagesSupport}, with an authoriser of the person's team and helpers that bring the plan to the
 * point the person agrees it, through the services as the coordinator, and take sign-off's steps as anyone.
 */
abstract class SignOffSupport extends BudgetPagesSupport {

    @Autowired CarePlans plans;
    @Autowired AssessedNeeds needs;
    @Autowired AdviceGiven advice;
    @Autowired SupportArrangements arrangements;
    @Autowired NextSteps next;
    @Autowired PlanVersions versions;
    @Autowired SignOffs signOffs;

    UserAccount authoriser;

    @BeforeEach
    void setUpAuthoriser() {
        authoriser = accounts.newUser(Set.of(team), Role.AUTHORISER);
    }

    <T> T asCoordinator(Supplier<T> work) {
        return as(coordinator, work);
    }

    <T> T as(UserAccount account, Supplier<T> work) {
        return SignedIn.as(accounts.principal(account), work);
    }

    /** Everything the check asks for of the plan itself, with eligible needs the council will meet. */
    void everythingButTheBudget() {
        LocalDate today = LocalDate.now();
        asCoordinator(() -> {
            plans.write(person, PlanPrompt.CONVERSATION, "At home, with my daughter", Whose.PERSON, null, null);
            for (String code : new String[] {"community-facilities", "home-safely"}) {
                needs.record(person, code, new NeedDraft(UnableToAchieve.YES, "Cannot manage alone", "Stays in",
                        true, "Through her personal budget"), null);
            }
            needs.decide(person, EligibilityDecision.MEETS, "Unable to achieve two outcomes", null);
            advice.add(person, new AdviceDraft("Falls leaflet", "Sam Patel", today.minusDays(1), AdviceFormat.PRINTED));
            arrangements.add(person, church, new OptionDraft("A personal assistant", SupportResource.PERSONAL_BUDGET,
                    true, "I choose who", Whose.PERSON, null));
            next.add(person, new ActionDraft("Find a personal assistant", ActionOwner.THE_PERSON, null,
                    today.plusWeeks(2), church, ActionLayer.PERSONAL_BUDGET));
            return next.arrange(person, new ReviewDraft(Set.of(CheckIn.CALL), null, "At home", today.plusMonths(3)), null);
        });
    }

    /** The whole plan and budget written, checked as ready and agreed by the person: it waits to be sent. */
    void agreedPlan() throws Exception {
        everythingButTheBudget();
        recordWholeBudget();
        agreeAgain();
    }

    /** The plan as it stands marked ready and agreed by the person. */
    PlanState agreeAgain() {
        asCoordinator(() -> versions.markReady(person));
        return asCoordinator(() -> versions.recordAgreement(person, new Agreement(Agreement.Decision.AGREE, null,
                Agreement.Captured.IN_PERSON, "Sam Patel", LocalDate.now(), "Bea and Sam", null, null, null)));
    }

    SignOffStatus submit() {
        return asCoordinator(() -> signOffs.submit(person));
    }

    SignOffStatus signOff(UserAccount who) {
        return as(who, () -> signOffs.signOff(person, new SignOffDecision(null, null, null)));
    }
}
