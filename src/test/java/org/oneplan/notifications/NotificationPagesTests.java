package org.oneplan.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.oneplan.access.internal.UserAccount;
import org.oneplan.people.ContactMethod;
import org.oneplan.support.OnePlanSpringBootTest;
import org.oneplan.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

@OnePlanSpringBootTest
@Import(PeopleToNotify.Config.class)
class NotificationPagesTests {

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired PeopleToNotify people;
    @Autowired Notifications notifications;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;

    UUID team;
    UserAccount administrator;
    UUID emailed;
    UUID byLetter;

    @BeforeEach
    void aTeamWithOnePersonToEmailAndOneToWriteTo() {
        team = accounts.newTeam("Notices").id();
        administrator = accounts.newUser(Set.of(team), Role.ADMINISTRATOR);
        emailed = people.person(team, "Esme", "Inbox", ContactMethod.EMAIL, "esme@example.org");
        byLetter = people.person(team, "Lionel", "Letter", ContactMethod.LETTER, "lionel@example.org");
        notify(emailed, NotificationKind.PLAN_SUBMITTED_FOR_SIGN_OFF);
        notify(emailed, NotificationKind.PLAN_SIGNED_OFF);
        notify(byLetter, NotificationKind.PLAN_RETURNED);
    }

    @Test
    void theOutboxShowsTheTeamsEmailsNewestFirstWithTheirNamesButNotTheAddress() throws Exception {
        String page = mvc.perform(as(administrator, get("/notifications/outbox"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Esme Inbox")))
                .andExpect(content().string(containsString("2 emails, newest first")))
                .andExpect(content().string(containsString("Waiting to send")))
                .andExpect(content().string(containsString("Sending email is turned off")))
                .andExpect(content().string(not(containsString("esme@example.org"))))
                .andExpect(content().string(not(containsString("Lionel"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf("Your plan has been signed off"))
                .isLessThan(page.indexOf("Your plan has been sent to be signed off"));
    }

    @Test
    void anotherTeamsAdministratorSeesNoneOfTheseAndCannotActOnThem() throws Exception {
        UserAccount other = accounts.newUser(Set.of(accounts.newTeam("Elsewhere").id()), Role.ADMINISTRATOR);
        mvc.perform(as(other, get("/notifications/outbox"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Esme"))));
        mvc.perform(as(other, get("/notifications/tasks"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Lionel"))));
        mvc.perform(as(other, post("/notifications/tasks/" + taskOf(byLetter) + "/done"))).andExpect(status().isNotFound());
        assertThat(taskStatus(byLetter)).isEqualTo("OPEN");
    }

    @Test
    void aFailedEmailCanBeTriedAgain() throws Exception {
        UUID failed = jdbc.queryForObject("select id from notification_outbox where person_id = ? and topic = 'PLAN_SIGNED_OFF'",
                UUID.class, emailed);
        jdbc.update("update notification_outbox set status = 'FAILED', attempts = 10, last_error = 'MailConnectException: "
                + "Couldn''t connect to host' where id = ?", failed);
        mvc.perform(as(administrator, get("/notifications/outbox")))
                .andExpect(content().string(containsString("Stopped after 10 failed attempts")))
                .andExpect(content().string(containsString("Couldn&#39;t connect to host")))
                .andExpect(content().string(containsString("/notifications/outbox/" + failed + "/try-again")));

        mvc.perform(as(administrator, post("/notifications/outbox/" + failed + "/try-again")))
                .andExpect(redirectedUrl("/notifications/outbox"))
                .andExpect(flash().attribute("banner", "The email will be sent again shortly."));
        assertThat(jdbc.queryForObject("select status from notification_outbox where id = ?", String.class, failed))
                .isEqualTo("QUEUED");
        mvc.perform(as(administrator, post("/notifications/outbox/" + failed + "/try-again")))
                .andExpect(flash().attribute("banner", containsString("not waiting to be tried again")));
    }

    @Test
    void theTasksListWhoToWriteToAndMarkingOneDoneMovesItToDone() throws Exception {
        mvc.perform(as(administrator, get("/notifications/tasks"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Lionel Letter")))
                .andExpect(content().string(containsString("1 person to contact, oldest first")))
                .andExpect(content().string(containsString("By letter: they prefer a letter")))
                .andExpect(content().string(containsString("sent back for some changes")))
                .andExpect(content().string(not(containsString("Esme"))));

        mvc.perform(as(administrator, post("/notifications/tasks/" + taskOf(byLetter) + "/done")))
                .andExpect(redirectedUrl("/notifications/tasks"))
                .andExpect(flash().attribute("banner", "Marked as done."));

        assertThat(taskStatus(byLetter)).isEqualTo("DONE");
        mvc.perform(as(administrator, get("/notifications/tasks"))).andExpect(content().string(not(containsString("Lionel"))));
        mvc.perform(as(administrator, get("/notifications/tasks?done=true")))
                .andExpect(content().string(containsString("Lionel Letter")))
                .andExpect(content().string(containsString(administrator.username())));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where record_id = ? and detail like 'Told the person%'",
                Integer.class, byLetter)).isOne();
    }

    @Test
    void theHomePageTellsTheAdministratorWhoIsWaitingToBeContacted() throws Exception {
        mvc.perform(as(administrator, get("/"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("1 person needs to be told of a change to their plan")))
                .andExpect(content().string(containsString("/notifications/tasks")));
    }

    @Test
    void coordinatorsSeeNeitherPageAndSystemAdministratorsSeeTheOutboxWithoutNames() throws Exception {
        UserAccount coordinator = accounts.newUser(Set.of(team), Role.COORDINATOR);
        mvc.perform(as(coordinator, get("/notifications/outbox"))).andExpect(status().isForbidden());
        mvc.perform(as(coordinator, get("/notifications/tasks"))).andExpect(status().isForbidden());
        mvc.perform(as(coordinator, post("/notifications/tasks/" + taskOf(byLetter) + "/done"))).andExpect(status().isForbidden());
        assertThat(taskStatus(byLetter)).isEqualTo("OPEN");

        UserAccount systemAdmin = accounts.newUser(Set.of(), Role.SYSTEM_ADMIN);
        mvc.perform(as(systemAdmin, get("/notifications/outbox"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Your plan has been signed off")))
                .andExpect(content().string(not(containsString("Esme"))))
                .andExpect(content().string(not(containsString("/people/" + emailed))));
        mvc.perform(as(systemAdmin, get("/notifications/tasks"))).andExpect(status().isForbidden());
    }

    @Test
    void badAddressesAreNotFoundNotErrors() throws Exception {
        mvc.perform(as(administrator, post("/notifications/tasks/not-a-uuid/done"))).andExpect(status().isNotFound());
        mvc.perform(as(administrator, post("/notifications/outbox/" + UUID.randomUUID() + "/try-again")))
                .andExpect(status().isNotFound());
        mvc.perform(as(administrator, get("/notifications/outbox?page=-3"))).andExpect(status().isOk());
        mvc.perform(as(administrator, get("/notifications/tasks?page=x"))).andExpect(status().is4xxClientError());
    }

    private void notify(UUID person, NotificationKind kind) {
        transactions.executeWithoutResult(tx -> notifications.notify(person, kind));
    }

    private UUID taskOf(UUID person) {
        return jdbc.queryForObject("select id from notification_task where person_id = ?", UUID.class, person);
    }

    private String taskStatus(UUID person) {
        return jdbc.queryForObject("select status from notification_task where person_id = ?", String.class, person);
    }

    private MockHttpServletRequestBuilder as(UserAccount account, MockHttpServletRequestBuilder request) {
        return request.with(user(accounts.principal(account))).with(csrf());
    }
}
