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

import org.junit.jupiter.api.Test;
import org.oneplan.people.ContactMethod;

/** "People to contact" as a team administrator sees it: whom to write to, marking that done, and the home notice. */
class TaskPagesTests extends NotificationPagesSupport {

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
    void theTasksCostTheSameNumberOfStatementsForTwoPeopleOrTwenty() throws Exception {
        moreToTell(1, ContactMethod.LETTER);
        statementsFor("/notifications/tasks");
        long twoPeople = statementsFor("/notifications/tasks");
        moreToTell(18, ContactMethod.LETTER);
        mvc.perform(as(administrator, get("/notifications/tasks")))
                .andExpect(content().string(containsString("20 people to contact, oldest first")))
                .andExpect(content().string(containsString("Lionel Letter")))
                .andExpect(content().string(containsString("Crowd19 Member")));
        assertThat(statementsFor("/notifications/tasks")).isEqualTo(twoPeople);
    }
}
