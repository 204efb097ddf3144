package org.oneplan.planning;

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
 * The plan page reads the whole plan at once, with how each action is getting on: one audit entry for one look, and as
 * many queries however long it is.
 */
class PlanOverviewTests extends PlanPagesSupport {

    @Autowired EntityManagerFactory entityManagerFactory;

    /** Adds {@code outcomes} outcomes to the person's plan, each with an option and {@code actionsEach} actions. */
    void fill(UUID who, int outcomes, int actionsEach) throws Exception {
        String plan = "/people/" + who + "/plan";
        for (int o = 0; o < outcomes; o++) {
            mvc.perform(as(coordinator, post(plan + "/outcomes/new")).param("text", "Outcome " + o + " of " + who)
                    .param("whose", "PERSON").param("needCodes", "relationships", "nutrition"));
            String outcome = jdbc.queryForObject("select o.id from plan_outcome o join care_plan p on p.id = o.plan_id "
                    + "where p.person_id = ? and o.text = ?", String.class, who, "Outcome " + o + " of " + who);
            mvc.perform(as(coordinator, post(plan + "/arrange/outcomes/" + outcome + "/options/new"))
                    .param("text", "Option " + o).param("resource", "COMMUNITY").param("chosen", "true")
                    .param("why", "Near").param("whose", "PERSON"));
            for (int a = 0; a < actionsEach; a++) {
                mvc.perform(as(coordinator, post(plan + "/actions/new")).param("text", "Action " + a)
                        .param("owner", "THE_PERSON").param("dueDate.day", "1").param("dueDate.month", "6")
                        .param("dueDate.year", "2099").param("outcomeId", outcome).param("layer", "COMMUNITY"));
            }
        }
    }

    long statementsToView(String plan) throws Exception {
        var stats = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        mvc.perform(as(coordinator, get(plan))).andExpect(status().isOk());
        return stats.getPrepareStatementCount();
    }

    @Test
    void viewingThePlanPageWritesOneAuditEntryForThePlan() throws Exception {
        fill(person, 2, 1);
        long last = jdbc.queryForObject("select max(seq) from audit_event", Long.class);
        mvc.perform(as(coordinator, get(plan()))).andExpect(status().isOk());
        assertThat(jdbc.queryForList("select action || ' ' || record_id || ' ' || detail from audit_event where seq > ?",
                String.class, last)).containsExactly("VIEWED " + person + " Viewed the plan");
    }

    @Test
    void thePlanPageCostsTheSameNumberOfQueriesForAShortOrALongPlan() throws Exception {
        fill(person, 2, 2);
        statementsToView(plan());
        long shortPlan = statementsToView(plan());
        UUID other = testPeople.onCaseload(team, "Long", "Plan").id();
        mvc.perform(as(coordinator, post("/people/" + other + "/plan")));
        fill(other, 10, 4);
        assertThat(jdbc.queryForObject("select count(*) from plan_action a join care_plan p on p.id = a.plan_id "
                + "where p.person_id = ?", Integer.class, other)).isEqualTo(40);
        for (UUID action : jdbc.queryForList("select a.id from plan_action a join care_plan p on p.id = a.plan_id "
                + "where p.person_id = ? order by a.text fetch first 6 rows only", UUID.class, other)) {
            mvc.perform(as(coordinator, post("/people/" + other + "/plan/actions/" + action + "/progress"))
                    .param("status", "IN_PROGRESS").param("note", "Under way").param("version", "0"))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(jdbc.queryForObject("select count(*) from action_progress a join care_plan p on p.id = a.plan_id "
                + "where p.person_id = ?", Integer.class, other)).as("the long plan has progress to show").isEqualTo(6);
        assertThat(statementsToView("/people/" + other + "/plan")).isEqualTo(shortPlan);
    }
}
