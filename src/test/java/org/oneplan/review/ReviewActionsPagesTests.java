package org.oneplan.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The review's actions page reads how each action of the plan is getting on, as the plan page shows it, and starts
 * an action that is done or no longer needed as closed until the reviewer decides.
 */
class ReviewActionsPagesTests extends ReviewPagesSupport {

    @Autowired EntityManagerFactory entityManagerFactory;

    @Test
    void eachActionShowsItsStatusDaysLateAndLatestNoteAndADoneOneStartsClosed() throws Exception {
        progress(plan.minibus(), "DONE", "The office booked her a seat");
        jdbc.update("update plan_action set due_date = ? where id = ?", today().minusDays(4), plan.gardener());
        String record = openReviewToday();
        assertThat(page(record + "/actions")).contains("<strong class=\"govuk-tag govuk-tag--green\">Done</strong>",
                "<strong class=\"govuk-tag govuk-tag--grey\">Not started</strong>",
                "<strong class=\"govuk-tag govuk-tag--red\">4 days late</strong>",
                "Latest note, " + coordinator.displayName() + " on ",
                "<span class=\"oneplan-words\">The office booked her a seat</span>",
                checked(plan.minibus(), "CLOSE"), checked(plan.gardener(), "CARRY_OVER"));
        assertThat(page(record + "/check")).contains("Action closed: Ring the church office about the minibus")
                .doesNotContain("Action closed: Find a gardener");
    }

    @Test
    void theReviewersDecisionWinsOverWhatTheActionsProgressSuggests() throws Exception {
        progress(plan.minibus(), "DONE", "Booked");
        String record = openReviewToday();
        mvc.perform(as(coordinator, post(record + "/actions")).param("version", "" + version(record))
                        .param("decisions[" + plan.minibus() + "]", "CARRY_OVER")
                        .param("decisions[" + plan.gardener() + "]", "CLOSE"))
                .andExpect(status().is3xxRedirection());
        assertThat(page(record + "/actions")).contains(checked(plan.minibus(), "CARRY_OVER"),
                checked(plan.gardener(), "CLOSE"));
    }

    @Test
    void theActionsPageCostsTheSameNumberOfQueriesHoweverManyActionsHaveProgress() throws Exception {
        String record = openReviewToday();
        statementsToView(record + "/actions");
        long twoActions = statementsToView(record + "/actions");
        for (int a = 0; a < 6; a++) {
            mvc.perform(as(coordinator, post("/people/" + person + "/plan/actions/new")).param("text", "Action " + a)
                    .param("owner", "THE_PERSON").param("dueDate.day", "1").param("dueDate.month", "6")
                    .param("dueDate.year", "2099").param("outcomeId", plan.garden().toString())
                    .param("layer", "COMMUNITY")).andExpect(status().is3xxRedirection());
        }
        for (UUID action : jdbc.queryForList("select a.id from plan_action a join care_plan p on p.id = a.plan_id "
                + "where p.person_id = ?", UUID.class, person)) {
            progress(action, "IN_PROGRESS", "Under way");
        }
        assertThat(jdbc.queryForObject("select count(*) from action_progress a join care_plan p on p.id = a.plan_id "
                + "where p.person_id = ?", Integer.class, person)).as("every action has progress to show").isEqualTo(8);
        assertThat(statementsToView(record + "/actions")).isEqualTo(twoActions);
    }

    long statementsToView(String page) throws Exception {
        var stats = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        mvc.perform(as(coordinator, get(page))).andExpect(status().isOk());
        return stats.getPrepareStatementCount();
    }

    /** The page as served, each run of white space as one space. */
    String page(String path) throws Exception {
        return mvc.perform(as(coordinator, get(path))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString().replaceAll("\\s+", " ");
    }

    static String checked(UUID action, String decision) {
        return "name=\"decisions[" + action + "]\" value=\"" + decision + "\" checked=\"checked\"";
    }
}
