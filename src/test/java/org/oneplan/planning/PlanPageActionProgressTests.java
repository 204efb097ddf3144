package org.oneplan.planning;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;

/** The plan page's action cards say how each action is getting on: its status as a tag, and how late it is. */
class PlanPageActionProgressTests extends PlanPagesSupport {

    UUID addAction(String text, LocalDate due) throws Exception {
        mvc.perform(as(coordinator, post(plan() + "/actions/new")).param("text", text).param("owner", "THE_PERSON")
                .param("dueDate.day", "1").param("dueDate.month", "6").param("dueDate.year", "2099")
                .param("outcomeId", "none").param("layer", "COMMUNITY")).andExpect(status().is3xxRedirection());
        UUID id = jdbc.queryForObject("select a.id from plan_action a join care_plan p on p.id = a.plan_id "
                + "where p.person_id = ? and a.text = ?", UUID.class, person, text);
        jdbc.update("update plan_action set due_date = ? where id = ?", due, id);
        return id;
    }

    void record(UUID action, String status, String reason) throws Exception {
        mvc.perform(as(coordinator, post(plan() + "/actions/" + action + "/progress")).param("status", status)
                .param("reason", reason).param("note", "Words kept for the progress page").param("version", "0"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void eachActionCardShowsItsStatusAsATagAndHowManyDaysLateItIs() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        addAction("Phone the surgery", today.minusDays(3));
        record(addAction("Join the Tuesday choir", today.plusDays(10)), "IN_PROGRESS", "");
        record(addAction("Ask about a bus pass", today.minusDays(5)), "NO_LONGER_NEEDED", "Her son drives her now");
        record(addAction("Visit the library", today.minusDays(8)), "DONE", "");
        mvc.perform(as(coordinator, get(plan()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<strong class=\"govuk-tag govuk-tag--grey\">Not started</strong>")))
                .andExpect(content().string(containsString("<strong class=\"govuk-tag govuk-tag--red\">3 days late</strong>")))
                .andExpect(content().string(containsString("<strong class=\"govuk-tag govuk-tag--light-blue\">In progress</strong>")))
                .andExpect(content().string(containsString("<strong class=\"govuk-tag govuk-tag--yellow\">No longer needed</strong>")))
                .andExpect(content().string(containsString("<strong class=\"govuk-tag govuk-tag--green\">Done</strong>")))
                .andExpect(content().string(not(containsString("5 days late"))))
                .andExpect(content().string(not(containsString("8 days late"))))
                .andExpect(content().string(not(containsString("Words kept for the progress page"))));
    }

    @Test
    void thePersonSeesHowTheirActionsAreGettingOnOnTheirPlan() throws Exception {
        record(addAction("Join the Tuesday choir", LocalDate.now(ZoneOffset.UTC).plusDays(10)), "DONE", "");
        var ada = accounts.linkToPerson(accounts.newUser(Set.of(), Role.PERSON), person);
        mvc.perform(as(ada, get(plan()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Join the Tuesday choir")))
                .andExpect(content().string(containsString("<strong class=\"govuk-tag govuk-tag--green\">Done</strong>")));
    }
}
