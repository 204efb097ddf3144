package org.oneplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.oneplan.access.internal.UserAccount;
import org.oneplan.notifications.NotificationKind;
import org.oneplan.notifications.Notifications;
import org.oneplan.notifications.PeopleToNotify;
import org.oneplan.people.ContactMethod;
import org.oneplan.support.TestAccounts;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** A team administrator's notification pages, scanned with axe-core, and marking a task done in the browser. */
@Import(PeopleToNotify.Config.class)
class NotificationPagesBrowserIT extends BrowserSupport {

    @Autowired TestAccounts accounts;
    @Autowired PeopleToNotify people;
    @Autowired Notifications notifications;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;

    @Test
    void anAdministratorSeesTheOutboxAndMarksALetterDone() {
        UUID team = accounts.newTeam("Browser notices").id();
        UserAccount administrator = accounts.newUser(Set.of(team), Role.ADMINISTRATOR);
        UUID emailed = people.person(team, "Edna", "Browser", ContactMethod.EMAIL, "edna@example.org");
        UUID byLetter = people.person(team, "Len", "Browser", ContactMethod.LETTER, null);
        transactions.executeWithoutResult(tx -> {
            notifications.notify(emailed, NotificationKind.PLAN_RETURNED);
            notifications.notify(emailed, NotificationKind.BUDGET_ACTIVE);
            notifications.notify(byLetter, NotificationKind.PLAN_SIGNED_OFF);
        });
        jdbc.update("update notification_outbox set status = 'FAILED', attempts = 10, last_error = 'MailConnectException: "
                + "Couldn''t connect to host' where person_id = ? and topic = 'BUDGET_ACTIVE'", emailed);

        driver.get(url("/sign-in"));
        signIn(administrator.username(), TestAccounts.PASSWORD);
        driver.get(url("/notifications/outbox"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Edna Browser").contains("Failed");
        axeScan(driver, "the outbox");

        driver.get(url("/notifications/tasks"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Len Browser");
        axeScan(driver, "the people to contact");
        submit();
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Marked as done.").doesNotContain("Len Browser");
        axeScan(driver, "the people to contact after marking one done");

        driver.get(url("/notifications/tasks?done=true"));
        axeScan(driver, "the people contacted");
    }
}
