package org.oneplan.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.people.ContactMethod;

/** The outbox page as a team administrator sees it: the team's emails, named, and trying a failed one again. */
class OutboxPagesTests extends NotificationPagesSupport {

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
    void theOutboxCostsTheSameNumberOfStatementsForTwoEmailsOrTwentyToNineteenPeople() throws Exception {
        statementsFor("/notifications/outbox");
        long twoEmails = statementsFor("/notifications/outbox");
        moreToTell(18, ContactMethod.EMAIL);
        mvc.perform(as(administrator, get("/notifications/outbox")))
                .andExpect(content().string(containsString("20 emails, newest first")))
                .andExpect(content().string(containsString("Crowd1 Member")))
                .andExpect(content().string(containsString("Crowd18 Member")))
                .andExpect(content().string(containsString("Esme Inbox")));
        assertThat(statementsFor("/notifications/outbox")).isEqualTo(twoEmails);
    }
}
