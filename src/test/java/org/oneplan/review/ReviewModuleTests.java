package org.oneplan.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.oneplan.access.internal.AccountPrincipal;
import org.oneplan.planning.PlanAgreed;
import org.oneplan.support.SignedIn;
import org.oneplan.support.TestAccounts;
import org.oneplan.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.ActiveProfiles;

/**
 * The review module with the modules it depends on: an agreed plan (planning's {@link PlanAgreed}) schedules the next
 * review, and completing a review publishes {@link ReviewCompleted} carrying only the statements the person consented
 * to share, naming nobody.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
@Import({TestAccounts.Config.class, TestPeople.Config.class, AgreedPlans.Config.class})
class ReviewModuleTests {

    @Autowired TestAccounts accounts;
    @Autowired TestPeople testPeople;
    @Autowired AgreedPlans agreedPlans;
    @Autowired Reviews reviews;
    @Autowired ReviewRecords records;

    UUID team;
    UUID person;
    AccountPrincipal coordinator;
    AgreedPlans.Plan plan;

    @BeforeEach
    void agreedPlan() {
        team = accounts.newTeam("Module").id();
        person = testPeople.onCaseload(team, "Ada", "Module").id();
        coordinator = accounts.principal(accounts.newUser(Set.of(team), Role.COORDINATOR));
        plan = agreedPlans.agree(coordinator, person, AgreedPlans.today());
    }

    @Test
    void agreeingAPlanSchedulesItsNextReview(AssertablePublishedEvents events) {
        UUID another = testPeople.onCaseload(team, "Bea", "Module").id();
        agreedPlans.agree(coordinator, another, AgreedPlans.today());
        assertThat(events).contains(PlanAgreed.class).matching(PlanAgreed::personId, another)
                .matching(PlanAgreed::nextReview, AgreedPlans.today().plusMonths(3));
        assertThat(SignedIn.as(coordinator, () -> reviews.nextReviewDate(another)))
                .contains(AgreedPlans.today().plusMonths(3));
    }

    @Test
    void completingAReviewPublishesTheStatementsThePersonConsentedToShare(AssertablePublishedEvents events) {
        complete(true);
        assertThat(events).contains(ReviewCompleted.class)
                .matching(ReviewCompleted::consented, true)
                .matching(ReviewCompleted::working, java.util.List.of("My garden keeps me going", "My son visits"))
                .matching(ReviewCompleted::notWorking, java.util.List.of("The bus to church stopped"))
                .matching(ReviewCompleted::future, java.util.List.of("To swim with my grandson"))
                .matching(ReviewCompleted::teamIds, Set.of(team))
                .matching(e -> !e.reference().equals(person), true);
    }

    @Test
    void withoutConsentTheEventCarriesNoStatements(AssertablePublishedEvents events) {
        complete(false);
        assertThat(events).contains(ReviewCompleted.class)
                .matching(ReviewCompleted::consented, false)
                .matching(e -> e.working().isEmpty() && e.notWorking().isEmpty() && e.future().isEmpty(), true);
    }

    void complete(boolean consent) {
        SignedIn.as(coordinator, () -> {
            UUID id = reviews.open(person, new Reviews.Opening(ReviewType.PLANNED, AgreedPlans.today(), null, null)).id();
            long v = records.participants(person, id, new ReviewRecord.Participants(true, true, "Ada, her son", null), 0)
                    .version();
            v = records.addStatement(person, id, new ReviewRecords.StatementDraft(true, Perspective.PERSON, null,
                    "My garden keeps me going"), v).version();
            for (UUID outcome : new UUID[] {plan.church(), plan.garden()}) {
                v = records.outcome(person, id, outcome, new ReviewRecords.OutcomeDraft(Progress.PARTLY, 5, null, null,
                        null, null, null, false), v).version();
            }
            v = records.decisions(person, id, new ReviewRecord.Decisions(false, null, false, null,
                    AgreedPlans.today().plusMonths(6)), v).version();
            v = records.workingTogether(person, id, new ReviewRecord.WorkingTogether("My garden keeps me going",
                    "My son visits", "The bus to church stopped", null, "To swim with my grandson", consent), v).version();
            return reviews.complete(person, id, v);
        });
    }
}
