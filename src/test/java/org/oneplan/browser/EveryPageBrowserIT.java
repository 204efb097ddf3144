package org.oneplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.oneplan.access.internal.UserAccount;
import org.oneplan.people.Circle;
import org.oneplan.people.CircleMemberDetails;
import org.oneplan.support.TestAccounts;
import org.oneplan.support.TestPeople;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An accessibility tour: every kind of page a user can reach, each scanned with axe-core, including
 * forms showing their errors. The journeys in the other browser tests check behaviour; this one
 * checks that nothing was left out of the scans.
 */
@Import({TestPeople.Config.class, org.oneplan.review.AgreedPlans.Config.class})
class EveryPageBrowserIT extends BrowserSupport {

    @Autowired TestAccounts accounts;
    @Autowired TestPeople testPeople;
    @Autowired JdbcTemplate jdbc;
    @Autowired org.oneplan.review.AgreedPlans agreedPlans;
    @Autowired org.oneplan.review.Reviews reviews;

    @Test
    void everyStaffPageHasNoSeriousAccessibilityProblems() {
        org.oneplan.access.internal.Team tour = accounts.newTeam("Tour");
        UUID team = tour.id();
        UserAccount manager = accounts.newUser(Set.of(team), Role.MANAGER, Role.AUTHORISER);
        UUID person = testPeople.onCaseload(team, "Tour", "Person").id();
        UUID member = testPeople.addToCircle(person, new CircleMemberDetails("Kit", "Friend", Circle.FRIENDSHIP,
                Set.of(), null, null, false), null).id();
        signInAs(manager);
        for (String path : List.of("/people?q=nobody-by-this-name", "/people/" + person + "/details",
                "/people/" + person + "/contact", "/people/" + person + "/consent", "/people/" + person + "/coordinator",
                "/people/" + person + "/teams", "/people/" + person + "/circle/" + member,
                "/people/" + person + "/circle/" + member + "/remove", "/people/" + person + "/audit",
                "/audit", "/audit/integrity", "/account", "/account/password", "/account/tokens",
                "/account/tokens/new", "/accessibility", "/people/" + UUID.randomUUID(), "/self-assessment",
                "/self-assessment/new", "/self-assessment/history?team=" + team, "/self-assessment/organisation",
                "/self-assessment/organisation?items=true&from.day=31&from.month=2&from.year=2026",
                "/self-assessment/overdue", "/self-assessment/starters", "/self-assessment/starters/" + team, "/", "/plans/preparation",
                "/actions/due?team=" + team, "/actions/mine",
                "/settings", "/settings/" + tour.organisationId() + "/planning", "/directory", "/directory?q=no-such-resource", "/sign-offs", "/sign-offs/dashboard",
                "/settings/" + tour.organisationId() + "/sign-off", "/people/" + person + "/plan")) {
            visit(path);
        }
        submit();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10)).until(
                org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(By.id("preparation-process")));
        axeScan(driver, "a new plan's task list");
        for (String part : List.of("/outcomes/new", "/control", "/control/risks/new", "/control/contingencies/new",
                "/control/sharing", "/needs", "/needs/nutrition", "/needs/eligibility", "/advice/new", "/arrange",
                "/money", "/next-steps", "/actions/new", "/review-arrangements", "/check", "/agreement", "/versions",
                "/copies", "/copies/new", "/budget", "/sign-off", "/sign-off/decision", "/sign-off/return")) {
            visit("/people/" + person + "/plan" + part);
        }
        UUID action = UUID.randomUUID();
        jdbc.update("insert into plan_action (id, plan_id, text, owner_kind, due_date, layer, added_at, written_by, "
                + "written_at) select ?, id, 'Join the tour group', 'THE_PERSON', current_date, 'COMMUNITY', "
                + "current_timestamp, 'tour', current_timestamp from care_plan where person_id = ?", action, person);
        visit("/people/" + person + "/plan/next-steps");
        visit("/people/" + person + "/plan/actions/" + action + "/progress");
        driver.findElement(By.cssSelector("label[for=status-4]")).click();
        submit();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10)).until(
                org.openqa.selenium.support.ui.ExpectedConditions.titleContains("Error:"));
        axeScan(driver, "action progress with errors");
        visit("/people/" + person + "/plan/matters-now");
        driver.findElement(By.cssSelector("label[for=whose-2]")).click();
        submit();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10)).until(
                org.openqa.selenium.support.ui.ExpectedConditions.titleContains("Error:"));
        axeScan(driver, "plan question with errors");
        visit("/people/new");
        submit();
        assertThat(driver.getTitle()).startsWith("Error:");
        axeScan(driver, "add a person with errors");
        visit("/people/" + person + "/circle/new");
        submit();
        axeScan(driver, "circle member with errors");
        visit("/self-assessment/new");
        field("name").sendKeys("Tour");
        field("participants0.name").sendKeys("Sam");
        new org.openqa.selenium.support.ui.Select(field("participants0.capacity")).selectByIndex(1);
        for (String part : List.of("day", "month", "year")) {
            field("assessedOn." + part).sendKeys(part.equals("year") ? "2026" : "1");
        }
        submit();
        String assessment = driver.getCurrentUrl();
        axeScan(driver, "self-assessment task list");
        visit(assessment.substring(url("").length()) + "/items/S1-1a");
        submit();
        axeScan(driver, "self-assessment item with an error");
        for (String page : List.of("/check", "/results", "/actions", "/plans")) {
            visit(assessment.substring(url("").length()) + page);
        }
    }

    @Test
    void everyAdministrationPageHasNoSeriousAccessibilityProblems() {
        signInAs(accounts.newUser(Set.of(), Role.SYSTEM_ADMIN));
        for (String path : List.of("/admin", "/admin/organisations", "/admin/organisations/new", "/admin/teams",
                "/admin/teams/new", "/admin/frameworks", "/admin/frameworks/progress-pcsp", "/admin/users",
                "/settings", "/admin/support-types", "/admin/support-types/new", "/admin/users/new")) {
            visit(path);
        }
        submit();
        assertThat(driver.getTitle()).startsWith("Error:");
        axeScan(driver, "new user with errors");
        visit("/admin/frameworks/load");
        submit();
        assertThat(driver.getTitle()).startsWith("Error:");
        axeScan(driver, "load a framework with errors");
    }

    @Test
    void everyDirectoryPageHasNoSeriousAccessibilityProblems() throws IOException {
        signInAs(accounts.newUser(Set.of(accounts.newTeam("Tour").id()), Role.ADMINISTRATOR));
        visit("/directory/new");
        submit();
        assertThat(driver.getTitle()).startsWith("Error:");
        axeScan(driver, "directory entry with errors");
        field("name").sendKeys("Tour Walking Group " + UUID.randomUUID());
        field("description").sendKeys("Gentle walks");
        driver.findElement(By.cssSelector("label[for=category]")).click();
        field("area").sendKeys("Tour");
        submit();
        axeScan(driver, "a directory entry, with the administrator's buttons");
        String entry = driver.getCurrentUrl().substring(url("").length());
        for (String path : List.of(entry + "/edit", "/directory/import", "/directory?area=Tour&retired=true",
                "/directory?area=Tour&for=/people/" + UUID.randomUUID() + "/plan/actions/new")) {
            visit(path);
        }
        visit("/directory/import");
        submit();
        assertThat(driver.getTitle()).startsWith("Error:");
        axeScan(driver, "directory import with errors");
        Path file = Files.createTempFile("directory", ".csv");
        try {
            Files.writeString(file, "name,description,category,area\nTour Library,Books,library,Tour\n,No name,cafe,Tour\n");
            field("file").sendKeys(file.toString());
            submit();
            assertThat(driver.getTitle()).isEqualTo("Import report");
            axeScan(driver, "directory import report");
        } finally {
            Files.delete(file);
        }
    }

    /**
     * In Tomcat the security filter's read of the CSRF token parses the upload, so a file over the limit is
     * refused there, before any controller: the error page must still say what happened.
     */
    @Test
    void aFrameworkFileOverTheUploadLimitGetsAPageThatSaysSo() throws IOException {
        signInAs(accounts.newUser(Set.of(), Role.SYSTEM_ADMIN));
        Path file = Files.createTempFile("framework", ".yaml");
        try {
            Files.writeString(file, "# " + "x".repeat(3 * 1024 * 1024));
            visit("/admin/frameworks/load");
            field("file").sendKeys(file.toString());
            submit();
            assertThat(driver.getTitle()).isEqualTo("The file is too large");
            axeScan(driver, "file too large");
            follow(By.linkText("Choose another file"));
            assertThat(driver.getCurrentUrl()).isEqualTo(url("/admin/frameworks/load"));
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void thePersonsOwnPagesHaveNoSeriousAccessibilityProblems() {
        UUID team = accounts.newTeam("Tour").id();
        UUID person = testPeople.onCaseload(team, "Own", "Record").id();
        signInAs(accounts.linkToPerson(accounts.newUser(Set.of(), Role.PERSON), person));
        for (String path : List.of("/my-records", "/people/" + person, "/people/" + person + "/communication",
                "/people/" + person + "/audit")) {
            visit(path);
        }
    }

    @Test
    void everyReviewPageHasNoSeriousAccessibilityProblems() {
        org.oneplan.access.internal.Team tour = accounts.newTeam("Review tour");
        UserAccount manager = accounts.newUser(Set.of(tour.id()), Role.MANAGER);
        UUID person = testPeople.onCaseload(tour.id(), "Review", "Tour").id();
        var principal = accounts.principal(manager);
        org.oneplan.review.AgreedPlans.Plan plan = agreedPlans.agree(principal, person, java.time.LocalDate.now());
        String reviews = "/people/" + person + "/reviews";
        UUID request = org.oneplan.support.SignedIn.as(principal, () -> this.reviews.request(person,
                new org.oneplan.review.Reviews.RequestDraft(org.oneplan.review.RequestedBy.PERSON, null,
                        java.time.LocalDate.now(), "My garden is too much now")).id());
        signInAs(manager);
        for (String path : List.of("/reviews", "/reviews?list=requested", "/reviews/mine", reviews,
                reviews + "/requests/" + request + "/respond", reviews + "/new", reviews + "/check-ins/new",
                "/settings/" + tour.organisationId() + "/reviews")) {
            visit(path);
        }
        visit(reviews + "/requests/new");
        submit();
        assertThat(driver.getTitle()).startsWith("Error:");
        axeScan(driver, "ask for a review with errors");
        UUID review = org.oneplan.support.SignedIn.as(principal, () -> this.reviews.open(person,
                new org.oneplan.review.Reviews.Opening(org.oneplan.review.ReviewType.PLANNED, java.time.LocalDate.now(),
                        null, null)).id());
        String record = reviews + "/" + review;
        for (String part : List.of("", "/participants", "/answers/admire", "/statements", "/statements/new",
                "/outcomes", "/outcomes/" + plan.garden(), "/new-outcomes/new", "/actions", "/actions/new",
                "/decisions", "/working-together", "/check")) {
            visit(record + part);
        }
        visit(record + "/participants");
        submit();
        assertThat(driver.getTitle()).startsWith("Error:");
        axeScan(driver, "who took part with errors");
    }

    private void signInAs(UserAccount account) {
        driver.get(url("/sign-in"));
        signIn(account.username(), TestAccounts.PASSWORD);
        assertThat(driver.getCurrentUrl()).isEqualTo(url("/"));
    }

    private void visit(String path) {
        driver.get(url(path));
        assertThat(driver.findElements(By.tagName("h1"))).as("%s has a heading", path).isNotEmpty();
        axeScan(driver, path);
    }

}
