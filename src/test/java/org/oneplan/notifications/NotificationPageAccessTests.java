package org.oneplan.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.oneplan.access.internal.UserAccount;
import org.oneplan.people.ContactMethod;

/** Who sees the outbox and tasks pages, whom they name, what is audited, and addresses that lead nowhere. */
class NotificationPageAccessTests extends NotificationPagesSupport {

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
    void eachPageIsAuditedAsOneListingAndNotAsALookUpOfEachPersonNamed() throws Exception {
        moreToTell(3, ContactMethod.EMAIL);
        moreToTell(3, ContactMethod.LETTER);
        mvc.perform(as(administrator, get("/notifications/outbox")))
                .andExpect(content().string(containsString("Crowd3 Member")));
        mvc.perform(as(administrator, get("/notifications/tasks")))
                .andExpect(content().string(containsString("Crowd6 Member")));
        assertThat(jdbc.queryForList("select action || ' ' || record_type || ': ' || detail from audit_event "
                + "where actor = ? order by seq", String.class, administrator.username())).containsExactly(
                "SEARCHED NotificationOutbox: Viewed the notifications outbox",
                "SEARCHED NotificationTasks: Viewed the people to contact about changes");
    }

    @Test
    void badAddressesAreNotFoundNotErrors() throws Exception {
        mvc.perform(as(administrator, post("/notifications/tasks/not-a-uuid/done"))).andExpect(status().isNotFound());
        mvc.perform(as(administrator, post("/notifications/outbox/" + UUID.randomUUID() + "/try-again")))
                .andExpect(status().isNotFound());
        mvc.perform(as(administrator, get("/notifications/outbox?page=-3"))).andExpect(status().isOk());
        mvc.perform(as(administrator, get("/notifications/tasks?page=x"))).andExpect(status().is4xxClientError());
    }
}
