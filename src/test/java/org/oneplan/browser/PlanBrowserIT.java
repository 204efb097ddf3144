package org.oneplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.oneplan.access.internal.UserAccount;
import org.oneplan.support.TestAccounts;
import org.oneplan.support.TestPeople;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** A coordinator plans with a person from a blank plan to an agreed version, its PDF and a new draft. */
@org.springframework.context.annotation.Import(TestPeople.Config.class)
class PlanBrowserIT extends BrowserSupport {

    @Autowired TestAccounts accounts;
    @Autowired TestPeople testPeople;

    String plan;

    @Test
    void aCoordinatorRecordsTheConversationChecksThePlanRecordsAgreementAndDownloadsThePdf() throws Exception {
        UUID team = accounts.newTeam("Browser plan").id();
        UserAccount coordinator = accounts.newUser(Set.of(team), Role.COORDINATOR);
        UUID person = testPeople.onCaseload(team, "Nell", "Journey").id();
        plan = "/people/" + person + "/plan";
        driver.get(url("/sign-in"));
        signIn(coordinator.username(), TestAccounts.PASSWORD);
        driver.get(url(plan));
        submit();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("preparation-process")));

        open("/conversation");
        field("text").sendKeys("At home on Tuesday, with my son <b>Joe</b>");
        choose("whose");
        submit();
        open("/outcomes/new");
        field("text").sendKeys("Get back to the allotment with my son");
        choose("whose");
        submit();
        open("/needs/eligibility");
        submit();
        waitFor(ExpectedConditions.titleContains("Error:"));
        axeScan(driver, "eligibility decision with an error");
        choose("decision-2");
        field("reason").sendKeys("Manages daily life with her son's help");
        submit();
        open("/advice/new");
        field("what").sendKeys("Carers' centre leaflet");
        field("givenBy").sendKeys("Sam Patel");
        date("givenOn", LocalDate.now().minusDays(1));
        choose("format-2");
        submit();
        open("/arrange");
        follow(By.cssSelector("main a[href*='/options/new']"));
        field("text").sendKeys("Joe drives me there on Saturdays");
        choose("resource-2");
        choose("chosen");
        field("why").sendKeys("He offered and we enjoy it");
        choose("whose");
        submit();
        open("/actions/new");
        field("text").sendKeys("Ring the allotment society about a raised bed");
        choose("owner");
        date("dueDate", LocalDate.now().plusMonths(1));
        choose("outcomeId");
        choose("layer-3");
        field("ownerName").sendKeys("Nell");
        pressEnterIn("ownerName");
        assertThat(driver.getCurrentUrl()).as("Enter saves the action rather than searching the directory")
                .doesNotContain("/directory").endsWith("/next-steps");
        open("/review-arrangements");
        choose("checkIns-2");
        date("nextReview", LocalDate.now().plusMonths(3));
        submit();

        open("");
        assertThat(main()).contains("Get back to the allotment with my son", "At home on Tuesday, with my son <b>Joe</b>");
        axeScan(driver, "a plan with every part written");
        follow(By.partialLinkText("Check the plan"));
        assertThat(main()).contains("Nothing is missing");
        axeScan(driver, "the completeness check with nothing missing");
        submit();
        waitFor(ExpectedConditions.urlContains("/agreement"));
        choose("decision");
        choose("capturedHow");
        field("capturedBy").sendKeys("Sam Patel, coordinator");
        date("capturedOn", LocalDate.now());
        field("whoTookPart").sendKeys("Nell and her son Joe");
        axeScan(driver, "recording the person's agreement");
        submit();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Agreed: version 1"));

        String pdf = driver.findElement(By.cssSelector("main a[href$='/plan.pdf']")).getAttribute("href");
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pdf))
                .header("Cookie", cookies()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(new String(download.body(), 0, 5)).isEqualTo("%PDF-");

        open("/outcomes/new");
        field("text").sendKeys("Cook Sunday dinner for the family again");
        choose("whose");
        submit();
        open("");
        assertThat(main()).contains("Draft, changed since version 1");
        open("/versions/1");
        assertThat(main()).contains("Get back to the allotment").doesNotContain("Cook Sunday dinner");
        axeScan(driver, "agreed version 1");
    }

    private void open(String part) {
        driver.get(url(plan + part));
    }

    private String cookies() {
        return driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

}
