package org.oneplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.oneplan.access.internal.AccountPrincipal;
import org.oneplan.access.internal.UserAccount;
import org.oneplan.review.AgreedPlans;
import org.oneplan.support.TestAccounts;
import org.oneplan.support.TestPeople;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * A person-centred review in the browser, in data like the demo's: the team's list shows whose review is overdue and
 * whose is due; the person asks for a review, which is on the team's list until a review answers it; the coordinator
 * records the person's part, progress on the outcomes (a mistake shown in the error summary, with what was typed
 * kept), the Working Together for Change statements with consent, and completes it; the new draft is agreed and the
 * next review date shows. axe-core scans every page on the way.
 */
@Import({TestPeople.Config.class, AgreedPlans.Config.class})
class ReviewBrowserIT extends BrowserSupport {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Autowired TestAccounts accounts;
    @Autowired TestPeople testPeople;
    @Autowired AgreedPlans agreedPlans;

    final LocalDate today = AgreedPlans.today();

    @Test
    void aPersonAsksForAReviewTheCoordinatorRecordsAndCompletesItAndTheNewPlanIsAgreed() {
        UUID team = accounts.newTeam("Review walk").id();
        UserAccount coordinator = accounts.newUser(Set.of(team), Role.COORDINATOR);
        AccountPrincipal planner = accounts.principal(coordinator);
        LocalDate arthurAgreed = today.minusMonths(6).minusDays(12);
        agreedPlans.agree(planner, testPeople.onCaseload(team, "Arthur", "Whitfield").id(), arthurAgreed);
        LocalDate eileenAgreed = today.minusMonths(6).plusDays(10);
        agreedPlans.agree(planner, testPeople.onCaseload(team, "Eileen", "Porter").id(), eileenAgreed);
        UUID rita = testPeople.onCaseload(team, "Rita", "Walk").id();
        AgreedPlans.Plan plan = agreedPlans.agree(planner, rita, today.minusMonths(2));
        String reviews = "/people/" + rita + "/reviews";

        signInAs(coordinator);
        visit("/reviews");
        assertThat(main()).contains("Overdue (1)", "Arthur Whitfield",
                ChronoUnit.DAYS.between(arthurAgreed.plusMonths(6), today) + " days").doesNotContain("Eileen Porter");
        follow(By.partialLinkText("Due in the next 4 weeks"));
        assertThat(main()).contains("Eileen Porter", eileenAgreed.plusMonths(6).format(DAY)).doesNotContain("Arthur Whitfield");
        axeScan(driver, "reviews due in the next 4 weeks");
        signOut();

        signInAs(accounts.linkToPerson(accounts.newUser(Set.of(), Role.PERSON), rita));
        visit(reviews);
        follow(By.linkText("Ask for a review"));
        axeScan(driver, "the person asking for a review");
        choose("requestedBy");
        date("requestedOn", today);
        field("why").sendKeys("I want to stop going to church and start swimming");
        submit();
        assertThat(main()).contains("Request for a review recorded", "I want to stop going to church and start swimming");
        axeScan(driver, "the person's reviews with their request");
        signOut();

        signInAs(coordinator);
        visit("/reviews?list=requested");
        assertThat(main()).contains("Requested, not answered (1)", "Rita Walk");
        follow(By.linkText("Rita Walk"));
        follow(By.linkText("Arrange a review for it"));
        axeScan(driver, "arranging the review a request asks for");
        date("on", today);
        submit();
        assertThat(main()).contains("Review started", "Who took part");
        axeScan(driver, "the review record's task list");
        String record = driver.getCurrentUrl().substring(url("").length());
        visit("/reviews?list=requested");
        assertThat(main()).as("answered by the review").contains("Requested, not answered (0)").doesNotContain("Rita Walk");

        visit(record + "/participants");
        choose("personTookPart");
        choose("personChoseWho");
        field("names").sendKeys("Rita, her son Tom, Sam Patel (coordinator)");
        submit();
        visit(record + "/statements/new");
        choose("working-2");
        choose("perspective");
        field("text").sendKeys("Church is too far now that the minibus has stopped");
        submit();
        assertThat(main()).contains("Church is too far now that the minibus has stopped");
        axeScan(driver, "what is working and not working");

        visit(record + "/outcomes/" + plan.church());
        choose("progress-4");
        field("rating").sendKeys("12");
        field("notes").sendKeys("She would rather swim");
        submit();
        assertThat(driver.getTitle()).startsWith("Error:");
        WebElement summary = driver.findElement(By.cssSelector(".govuk-error-summary"));
        assertThat(summary.getText()).contains("There is a problem", "Enter a rating from 1 to 10");
        assertThat(summary.findElement(By.linkText("Enter a rating from 1 to 10")).getAttribute("href")).endsWith("#rating");
        assertThat(field("rating").getDomProperty("value")).isEqualTo("12");
        assertThat(field("notes").getDomProperty("value")).isEqualTo("She would rather swim");
        assertThat(field("progress-4").isSelected()).isTrue();
        axeScan(driver, "progress on an outcome with an error");
        field("rating").clear();
        field("rating").sendKeys("2");
        submit();
        visit(record + "/outcomes/" + plan.garden());
        choose("progress-2");
        field("rating").sendKeys("7");
        submit();
        assertThat(main()).contains("No longer wanted", "Partly achieved");
        axeScan(driver, "progress on every outcome");

        visit(record + "/decisions");
        choose("reassessmentNeeded-2");
        choose("budgetNeedsToChange-2");
        date("nextReview", today.plusMonths(5));
        submit();
        visit(record + "/working-together");
        field("working1").sendKeys("My son helps in the garden");
        field("notWorking1").sendKeys("I cannot get to church");
        field("future").sendKeys("Swimming every week");
        choose("consent");
        submit();
        visit(record + "/check");
        assertThat(main()).contains("Leaves the plan (I want to get to church on Sundays)",
                "Next review: " + today.plusMonths(5).format(DAY), "consented");
        submit();
        assertThat(main()).contains("Review completed: the plan is a draft for the person to agree",
                "Draft, changed since version 1");
        axeScan(driver, "the plan after the review");

        follow(By.partialLinkText("Check the plan"));
        assertThat(main()).contains("Nothing is missing");
        submit();
        choose("decision");
        choose("capturedHow");
        field("capturedBy").sendKeys("Sam Patel, coordinator");
        date("capturedOn", today);
        field("whoTookPart").sendKeys("Rita and her son Tom");
        submit();
        assertThat(main()).contains("Agreed: version 2").doesNotContain("I want to get to church on Sundays");
        visit(reviews);
        assertThat(main()).contains("Due by " + today.plusMonths(5).format(DAY), "Last reviewed on " + today.format(DAY));
    }

    private void signInAs(UserAccount account) {
        driver.get(url("/sign-in"));
        signIn(account.username(), TestAccounts.PASSWORD);
    }

    private void signOut() {
        WebElement button = driver.findElement(By.cssSelector(".oneplan-header__sign-out button[type=submit]"));
        button.click();
        waitFor(ExpectedConditions.stalenessOf(button));
    }

    private void visit(String path) {
        driver.get(url(path));
        axeScan(driver, path);
    }
}
