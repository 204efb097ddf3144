package org.oneplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.oneplan.access.internal.UserAccount;
import org.oneplan.support.TestAccounts;
import org.oneplan.support.TestPeople;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@Import(TestPeople.Config.class)
class PersonBrowserIT extends BrowserSupport {

    @Autowired TestAccounts accounts;
    @Autowired TestPeople testPeople;

    @Test
    void managerFindsAPersonCorrectsAMistakeInTheirCommunicationNeedsAndSeesTheAuditEntry() {
        UUID team = accounts.newTeam("Browser").id();
        UserAccount manager = accounts.newUser(Set.of(team), Role.MANAGER);
        String family = "Browser" + UUID.randomUUID().toString().substring(0, 6);
        testPeople.onCaseload(team, "Edith", family);

        driver.get(url("/sign-in"));
        signIn(manager.username(), TestAccounts.PASSWORD);
        follow(By.linkText("People"));
        axeScan(driver, "find a person");
        field("q").sendKeys(family);
        follow(By.cssSelector("form[role=search] button"));
        assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("1 person found");
        axeScan(driver, "search results");

        follow(By.linkText(family + ", Edith"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Edith " + family);
        axeScan(driver, "person's record");

        follow(By.cssSelector("a[href$='/communication']"));
        driver.findElement(By.cssSelector("label[for=preferredContact-2]")).click();
        driver.findElement(By.xpath("//label[text()='Interpreter']")).click();
        submit();
        assertThat(driver.getTitle()).startsWith("Error:");
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Enter the language the interpreter is needed for");
        assertThat(field("preferredContact-2").isSelected()).as("what was chosen is kept").isTrue();
        axeScan(driver, "communication needs with an error");

        driver.findElement(By.cssSelector(".govuk-error-summary a")).click();
        field("language").sendKeys("Polish");
        submit();
        assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner--success")).getText())
                .contains("Communication and information needs saved");
        assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("Letter", "Interpreter", "Polish");
        axeScan(driver, "person's record after saving");

        follow(By.linkText("Who has looked at this record"));
        assertThat(driver.findElement(By.cssSelector("table")).getText())
                .contains(manager.username() + " (manager)", "changed", "Changed communication");
        axeScan(driver, "who has looked at this record");
    }
}
