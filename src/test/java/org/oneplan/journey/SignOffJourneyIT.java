package org.oneplan.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.oneplan.access.internal.AccountPrincipal;
import org.oneplan.budget.Budgets;
import org.oneplan.budget.SignOffDecision;
import org.oneplan.budget.SignOffStatus;
import org.oneplan.budget.SignOffs;
import org.oneplan.notifications.PeopleToNotify;
import org.oneplan.people.ContactMethod;
import org.oneplan.planning.Agreement;
import org.oneplan.planning.BudgetAnswer;
import org.oneplan.planning.CarePlans;
import org.oneplan.planning.OutcomeDraft;
import org.oneplan.planning.Outcomes;
import org.oneplan.planning.PlanPrompt;
import org.oneplan.planning.PlanStatus;
import org.oneplan.planning.PlanVersions;
import org.oneplan.planning.SpendingMoney;
import org.oneplan.planning.VersionView;
import org.oneplan.planning.Whose;
import org.oneplan.support.SignedIn;
import org.oneplan.support.TestAccounts;
import org.oneplan.support.TestPlans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sign-off on H2 or PostgreSQL: a plan with a budget is agreed by the person, sent, returned with reasons, changed,
 * agreed again, sent again and signed off; the version carries both the agreement and the sign-off, the budget is
 * active, and the person's emails wait in the outbox.
 */
@Import(PeopleToNotify.Config.class)
class SignOffJourneyIT extends JourneySupport {

    @Autowired TestAccounts accounts;
    @Autowired PeopleToNotify people;
    @Autowired ApplicationContext context;
    @Autowired CarePlans plans;
    @Autowired Outcomes outcomes;
    @Autowired SpendingMoney money;
    @Autowired PlanVersions versions;
    @Autowired SignOffs signOffs;
    @Autowired Budgets budgets;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aPlanWithABudgetIsSentReturnedChangedSentAgainAndSignedOff() {
        UUID team = accounts.newTeam("Journey sign-off").id();
        UUID person = people.person(team, "Sue", "Journey", ContactMethod.EMAIL, "sue.journey@example.org");
        AccountPrincipal coordinator = accounts.principal(accounts.newUser(Set.of(team), Role.COORDINATOR));
        AccountPrincipal authoriser = accounts.principal(accounts.newUser(Set.of(team), Role.AUTHORISER));
        Agreement agree = new Agreement(Agreement.Decision.AGREE, null, Agreement.Captured.IN_PERSON,
                "Sam Patel, coordinator", LocalDate.now(), "Sue and her daughter", null, null, null);
        TestPlans write = new TestPlans(context);

        SignedIn.as(coordinator, () -> {
            plans.start(person);
            UUID church = outcomes.add(person, new OutcomeDraft("I want to get to church on Sundays", Whose.PERSON, null,
                    null, null, null, Set.of("community-facilities"))).id();
            money.answer(person, BudgetAnswer.YES, null, null);
            write.everythingButTheBudget(person, church);
            write.wholeBudget(person, church);
            versions.markReady(person);
            assertThat(versions.recordAgreement(person, agree).status()).isEqualTo(PlanStatus.AGREED_AWAITING_SIGN_OFF);
            assertThat(versions.state(person).latestVersion()).isZero();
            return signOffs.submit(person);
        });
        SignedIn.as(authoriser, () -> signOffs.returnWithReasons(person,
                List.of(new SignOffStatus.Reason("NEXT", "Add a check-in with her daughter"))));
        SignedIn.as(coordinator, () -> {
            assertThat(versions.state(person).status()).isEqualTo(PlanStatus.DRAFT);
            plans.write(person, PlanPrompt.MATTERS_NOW, "My daughter at my reviews", Whose.PERSON, null, null);
            versions.markReady(person);
            versions.recordAgreement(person, agree);
            return signOffs.submit(person);
        });
        SignOffStatus signed = SignedIn.as(authoriser, () -> signOffs.signOff(person,
                new SignOffDecision("A call at three months", List.of(), LocalDate.now())));

        assertThat(signed.steps()).extracting(SignOffStatus.Step::kind).containsExactly(SignOffStatus.Kind.SUBMITTED,
                SignOffStatus.Kind.RETURNED, SignOffStatus.Kind.RESUBMITTED, SignOffStatus.Kind.SIGNED_OFF);
        SignedIn.as(coordinator, () -> {
            VersionView version = versions.version(person, 1);
            assertThat(version.recordedBy()).isEqualTo(coordinator.getUsername());
            assertThat(version.signOff().signedOffBy()).hasSize(1);
            assertThat(version.signOff().conditions()).endsWith(": A call at three months");
            assertThat(version.sections().toString()).contains("My daughter at my reviews");
            assertThat(versions.state(person).status()).isEqualTo(PlanStatus.AGREED);
            assertThat(budgets.summary(person).orElseThrow().activeFrom()).isEqualTo(LocalDate.now());
            return null;
        });
        assertThat(jdbc.queryForList("select topic from notification_outbox where person_id = ? order by created_at",
                String.class, person)).containsExactlyInAnyOrder("PLAN_SUBMITTED_FOR_SIGN_OFF", "PLAN_RETURNED",
                "PLAN_SUBMITTED_FOR_SIGN_OFF", "PLAN_SIGNED_OFF", "BUDGET_ACTIVE");
    }
}
