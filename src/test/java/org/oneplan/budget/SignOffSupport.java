package org.oneplan.budget;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.oneplan.access.Role;
import org.oneplan.access.internal.UserAccount;
import org.oneplan.planning.Agreement;
import org.oneplan.planning.CarePlans;
import org.oneplan.planning.PlanState;
import org.oneplan.planning.PlanVersions;
import org.oneplan.support.SignedIn;
import org.oneplan.support.TestPlans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * As {@link BudgetPagesSupport}, with an authoriser of the person's team and helpers that bring the plan to the
 * point the person agrees it, through the services as the coordinator, and take sign-off's steps as anyone.
 */
abstract class SignOffSupport extends BudgetPagesSupport {

    @Autowired CarePlans plans;
    @Autowired PlanVersions versions;
    @Autowired ApplicationContext context;
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
        asCoordinator(() -> {
            new TestPlans(context).everythingButTheBudget(person, church);
            return null;
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
