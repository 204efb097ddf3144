package org.oneplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.oneplan.access.internal.AccountPrincipal;
import org.oneplan.access.internal.UserAccount;
import org.oneplan.budget.SignOffs;
import org.oneplan.planning.Agreement;
import org.oneplan.planning.BudgetAnswer;
import org.oneplan.planning.CarePlans;
import org.oneplan.planning.OutcomeDraft;
import org.oneplan.planning.Outcomes;
import org.oneplan.planning.PlanVersions;
import org.oneplan.planning.SpendingMoney;
import org.oneplan.planning.Whose;
import org.oneplan.support.SignedIn;
import org.oneplan.support.TestAccounts;
import org.oneplan.support.TestPeople;
import org.oneplan.support.TestPlans;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * Sign-off in the browser with a plan waiting: the authoriser's queue, the decision page with its checklist, a
 * return refused for want of reasons, then returned; the plan page with the reasons; and, for the coordinator while
 * it waits, the plan and budget pages saying changes are paused and the page refusing a change. Each page is scanned
 * by axe-core.
 */
@Import(TestPeople.Config.class)
class SignOffBrowserIT extends BrowserSupport {

    @Autowired TestAccounts accounts;
    @Autowired TestPeople testPeople;
    @Autowired ApplicationContext context;
    @Autowired CarePlans plans;
    @Autowired Outcomes outcomes;
    @Autowired SpendingMoney money;
    @Autowired PlanVersions versions;
    @Autowired SignOffs signOffs;

    /** Tess Tour's plan with a budget, agreed by her and sent for sign-off by {@code coordinator} of {@code team}. */
    private UUID sentPlan(UUID team, AccountPrincipal coordinator) {
        UUID person = testPeople.onCaseload(team, "Tess", "Tour").id();
        SignedIn.as(coordinator, () -> {
            plans.start(person);
            UUID outcome = outcomes.add(person, new OutcomeDraft("I want to get to church on Sundays", Whose.PERSON,
                    null, null, null, null, Set.of())).id();
            money.answer(person, BudgetAnswer.YES, null, null);
            new TestPlans(context).everythingButTheBudget(person, outcome);
            new TestPlans(context).wholeBudget(person, outcome);
            versions.markReady(person);
            versions.recordAgreement(person, new Agreement(Agreement.Decision.AGREE, null, Agreement.Captured.IN_PERSON,
                    "Sam Patel", java.time.LocalDate.now(), "Tess", null, null, null));
            return signOffs.submit(person);
        });
        return person;
    }

    @Test
    void whileThePlanIsWithTheAuthoriserItsPagesSayChangesArePausedAndAChangeIsRefused() {
        UUID team = accounts.newTeam("Sign-off paused").id();
        UserAccount coordinator = accounts.newUser(Set.of(team), Role.COORDINATOR);
        UUID person = sentPlan(team, accounts.principal(coordinator));
        driver.get(url("/sign-in"));
        signIn(coordinator.username(), TestAccounts.PASSWORD);
        visit("/people/" + person + "/plan");
        assertThat(driver.findElement(By.id("sign-off")).getText()).contains("With the authoriser \u2014 changes are paused");
        visit("/people/" + person + "/plan/budget");
        visit("/people/" + person + "/plan/next-steps");
        assertThat(driver.findElement(By.id("paused")).getText()).contains("changes are paused");
        assertThat(driver.findElements(By.cssSelector("main a[href$='/new']"))).isEmpty();
        visit("/people/" + person + "/plan/matters-now");
        field("text").sendKeys("Singing");
        submit();
        assertThat(driver.getTitle()).startsWith("This plan is with the authoriser");
        axeScan(driver, "the page refusing a change while the plan is with the authoriser");
    }

    @Test
    void anAuthoriserReturnsAPlanWithReasonsAndEveryPageIsAccessible() {
        UUID team = accounts.newTeam("Sign-off tour").id();
        AccountPrincipal coordinator = accounts.principal(accounts.newUser(Set.of(team), Role.COORDINATOR));
        sentPlan(team, coordinator);
        UserAccount authoriser = accounts.newUser(Set.of(team), Role.AUTHORISER);
        driver.get(url("/sign-in"));
        signIn(authoriser.username(), TestAccounts.PASSWORD);
        visit("/sign-offs");
        driver.findElement(By.linkText("Tess Tour")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.titleIs("Sign off the plan"));
        axeScan(driver, "the decision page");
        driver.findElement(By.linkText("Return it with reasons instead")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("/return"));
        axeScan(driver, "the return page");
        submit();
        assertThat(driver.getTitle()).startsWith("Error:");
        axeScan(driver, "the return page with an error");
        driver.findElement(By.cssSelector("label[for=parts]")).click();
        field("reasons[PREPARATION_PROCESS]").sendKeys("Say how Tess was told about planning");
        submit();
        assertThat(driver.findElement(By.id("sign-off")).getText()).contains("Say how Tess was told about planning");
        axeScan(driver, "the plan page with the reasons of a return");
    }

    private void visit(String path) {
        driver.get(url(path));
        axeScan(driver, path);
    }
}
