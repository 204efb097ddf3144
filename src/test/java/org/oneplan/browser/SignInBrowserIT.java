package org.oneplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.oneplan.access.internal.UserAccount;
import org.oneplan.support.TestAccounts;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

class SignInBrowserIT extends BrowserSupport {

    @Autowired
    TestAccounts accounts;

    @Test
    void coordinatorSignsInAfterAMistypedPasswordAndSignsOutAgain() {
        UserAccount account = accounts.newUser(Set.of(accounts.newTeam("Browser").id()), Role.COORDINATOR);

        driver.get(url("/sign-in"));
        assertThat(driver.getTitle()).isEqualTo("Sign in");
        assertThat(driver.findElements(By.cssSelector(".govuk-notification-banner, .govuk-error-summary")))
                .as("a fresh sign-in page shows no banner and no error").isEmpty();
        axeScan(driver, "sign-in page");

        signIn(account.username(), "not the password");
        assertThat(driver.getTitle()).isEqualTo("Error: Sign in");
        WebElement summary = driver.findElement(By.cssSelector(".govuk-error-summary"));
        assertThat(summary.isDisplayed()).isTrue();
        assertThat(summary.getText()).contains("There is a problem", "Enter a correct username and password");
        assertThat(field("username").getDomProperty("value")).isEqualTo(account.username());
        assertThat(field("password").getDomProperty("value")).isEmpty();
        axeScan(driver, "sign-in page with an error");

        signIn(null, TestAccounts.PASSWORD);
        assertThat(driver.getCurrentUrl()).isEqualTo(url("/"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Welcome to OnePlan");
        assertThat(driver.findElement(By.cssSelector(".oneplan-header__account")).getText())
                .contains(account.displayName());
        axeScan(driver, "home page");

        driver.findElement(By.cssSelector(".oneplan-header__sign-out button[type=submit]")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("signedOut"));
        assertThat(driver.getCurrentUrl()).isEqualTo(url("/sign-in?signedOut"));
        assertThat(driver.findElements(By.cssSelector(".govuk-notification-banner")))
                .singleElement().satisfies(banner -> assertThat(banner.getText()).contains("You have signed out."));
        axeScan(driver, "sign-in page after signing out");

        driver.get(url("/"));
        assertThat(driver.getCurrentUrl()).as("home page is closed again").isEqualTo(url("/sign-in"));
    }
}
