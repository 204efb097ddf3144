package org.oneplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.oneplan.access.internal.UserAccount;
import org.oneplan.support.TestAccounts;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

class SelfAssessmentBrowserIT extends BrowserSupport {

    @Autowired TestAccounts accounts;

    @Test
    void aManagerAnswersItemsGetsResultsMakesAnActionPlanAndDownloadsTheReport() throws Exception {
        UUID team = accounts.newTeam("Browser").id();
        UserAccount manager = accounts.newUser(Set.of(team), Role.MANAGER);
        driver.get(url("/sign-in"));
        signIn(manager.username(), TestAccounts.PASSWORD);
        follow(By.linkText("Progress self-assessment"));
        follow(By.linkText("Start a new self-assessment"));
        field("name").sendKeys("Browser journey");
        for (String part : List.of("day", "month", "year")) {
            field("assessedOn." + part).sendKeys(part.equals("year") ? "2026" : "2");
        }
        field("participants0.name").sendKeys("Sam");
        new Select(field("participants0.capacity")).selectByIndex(1);
        submit();
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("You have completed 0 of 40 items");

        follow(By.cssSelector("a[href$='/items/S1-1a']"));
        submit();
        waitFor(ExpectedConditions.titleContains("Error:"));
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Select the statement that best describes where you are");
        axeScan(driver, "item with no statement chosen");
        for (String[] answer : new String[][] {{"2", "S1-1b"}, {"1", "S1-1c"}, {"3", "S1-2a"}}) {
            String level = answer[0];
            driver.findElement(By.cssSelector("label[for=" + (level.equals("1") ? "level" : "level-" + level) + "]")).click();
            submit();
            waitFor(ExpectedConditions.urlContains("/items/" + answer[1]));
        }

        String assessment = driver.getCurrentUrl().replaceAll("/items/.*$", "");
        driver.get(assessment + "/results");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Getting started");
        axeScan(driver, "results with three items answered");

        follow(By.linkText("Action plans"));
        new Select(field("itemCode")).selectByValue("S1-1b");
        follow(By.xpath("//button[text()='Add priority']"));
        field("why").sendKeys("People say they are not asked what matters to them");
        field("success").sendKeys("People tell us the conversation started with them");
        follow(By.xpath("//button[text()='Save']"));
        assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner--success")).getText())
                .contains("Action plan saved");
        field("description").sendKeys("Ask five people how their last conversation went");
        field("owner").sendKeys("Team manager");
        for (String part : List.of("day", "month", "year")) {
            field("due." + part).sendKeys(part.equals("year") ? "2020" : "1");
        }
        follow(By.xpath("//button[text()='Add step']"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Ask five people", "Overdue");
        axeScan(driver, "action plan with an overdue step");

        driver.get(assessment + "/results");
        String report = driver.findElement(By.linkText("Print or save as PDF")).getAttribute("href");
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(report))
                .header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
    }

}
