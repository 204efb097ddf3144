package org.oneplan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import java.util.Set;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** A team's actions due, and a coordinator's own actions and their people's: overdue first, filtered, paged. */
class ActionsDuePagesTests extends PlanPagesSupport {

    @Autowired EntityManagerFactory entityManagerFactory;

    ActionsDueTestData data;

    @BeforeEach
    void data() {
        data = new ActionsDueTestData(this);
    }

    String due() {
        return "/actions/due?team=" + team;
    }

    String page(String path) throws Exception {
        return mvc.perform(as(coordinator, get(path))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    long statements(String path) throws Exception {
        var stats = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        page(path);
        return stats.getPrepareStatementCount();
    }

    @Test
    void overdueActionsComeFirstMostDaysLateFirstThenThoseDueInTheNextFourWeeks() throws Exception {
        data.action(person, "Due in three days", "THE_PERSON", null, 3);
        data.action(person, "Two days late", "SUPPORTER", "Ann Due", -2);
        data.action(person, "Ten days late", "THE_PERSON", null, -10);
        data.action(person, "Due in forty days", "THE_PERSON", null, 40);
        data.markDone(data.action(person, "Done though late", "THE_PERSON", null, -5));
        data.agree(person);
        data.action(person, "Added since the agreement", "THE_PERSON", null, 1);
        data.action(data.personWithPlan("Never"), "In a plan never agreed", "THE_PERSON", null, 1);
        String list = page(due());
        assertThat(list).contains("3 actions", "Ada Plan", "10 days late", "2 days late", "Ann Due (supporter)",
                "href=\"" + plan() + "/next-steps\"").doesNotContain("Due in forty days", "Done though late",
                "Added since the agreement", "In a plan never agreed");
        assertThat(list.indexOf("Ten days late")).isPositive().isLessThan(list.indexOf("Two days late"));
        assertThat(list.indexOf("Two days late")).isLessThan(list.indexOf("Due in three days"));
    }

    @Test
    void theListIsFilteredByWhoDoesItAndByStatus() throws Exception {
        data.action(person, "The person's own", "THE_PERSON", null, 1);
        data.action(person, "Ann's part", "SUPPORTER", "Ann Filter", 2);
        data.markDone(data.action(person, "Already done", "SUPPORTER", "Ann Filter", 3));
        data.agree(person);
        assertThat(page(due() + "&owner=SUPPORTER")).contains("Ann&#39;s part", "1 action")
                .doesNotContain("The person&#39;s own", "Already done");
        assertThat(page(due() + "&status=DONE")).contains("Already done", "1 action").doesNotContain("Ann&#39;s part");
        mvc.perform(as(coordinator, get(due() + "&status=NONSENSE"))).andExpect(status().isNotFound());
    }

    @Test
    void twentyFiveToAPageKeepingTheFilters() throws Exception {
        for (int i = 0; i < 26; i++) {
            data.action(person, "Paged action " + (char) ('a' + i), "THE_PERSON", null, 1 + i % 20);
        }
        data.agree(person);
        assertThat(page(due() + "&owner=THE_PERSON")).contains("26 actions", "rel=\"next\"",
                "href=\"/actions/due?team=" + team + "&amp;owner=THE_PERSON&amp;page=1\"");
        assertThat(page(due() + "&owner=THE_PERSON&page=1")).contains("rel=\"prev\"");
    }

    @Test
    void eachListCostsTheSameNumberOfQueriesForOneOrFivePeople() throws Exception {
        data.action(person, "Mine by name", "PRACTITIONER", coordinator.displayName(), -1);
        data.agree(person);
        long team1 = statements(due());
        long mine1 = statements("/actions/mine");
        for (int i = 0; i < 4; i++) {
            UUID other = data.personWithPlan("Many" + i);
            data.action(other, "Late " + i, "PRACTITIONER", coordinator.displayName(), -2);
            data.action(other, "Soon " + i, "THE_PERSON", null, 2);
            data.coordinate(other, coordinator);
            data.agree(other);
        }
        assertThat(page(due())).contains("9 actions");
        assertThat(page("/actions/mine")).contains("9 actions");
        assertThat(statements(due())).isEqualTo(team1);
        assertThat(statements("/actions/mine")).isEqualTo(mine1);
    }

    @Test
    void myListHoldsWhatIAmNamedToDoAndThePeopleICoordinate() throws Exception {
        data.action(person, "Book the ramp", "PRACTITIONER", coordinator.displayName() + " (social worker)", 2);
        data.action(person, "Someone else's job", "PRACTITIONER", "Sam Elsewhere", 2);
        UUID coordinated = data.personWithPlan("Coordinated");
        data.action(coordinated, "Her own step", "THE_PERSON", null, -4);
        data.coordinate(coordinated, coordinator);
        data.agree(person);
        data.agree(coordinated);
        assertThat(page("/actions/mine")).contains("Book the ramp", "Her own step", "4 days late", "2 actions")
                .doesNotContain("Someone else&#39;s job");
        var colleague = accounts.newUser(Set.of(team), Role.COORDINATOR);
        mvc.perform(as(colleague, get("/actions/mine"))).andExpect(content().string(not(containsString("Her own step"))))
                .andExpect(content().string(containsString("No actions are overdue")));
        mvc.perform(as(coordinator, get("/"))).andExpect(content().string(containsString(
                "1 of your actions or your people&#39;s actions is overdue"))).andExpect(content().string(
                containsString("href=\"/actions/mine\"")));
        mvc.perform(as(colleague, get("/"))).andExpect(content().string(not(containsString("actions is overdue"))));
    }

    @Test
    void anActionOfAPersonOnTwoOfMyTeamsCaseloadsIsListedOnce() throws Exception {
        UUID second = accounts.newTeamBeside(team, "Second").id();
        var both = accounts.newUser(Set.of(team, second), Role.COORDINATOR);
        jdbc.update("insert into caseload (person_id, team_id, added_at) values (?, ?, current_timestamp)", person, second);
        data.action(person, "Shared step", "THE_PERSON", null, -3);
        data.coordinate(person, both);
        data.agree(person);
        String mine = mvc.perform(as(both, get("/actions/mine"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(mine).contains("1 action");
        assertThat(mine.split("Shared step", -1)).hasSize(2);
        mvc.perform(as(both, get("/"))).andExpect(content().string(containsString(
                "1 of your actions or your people&#39;s actions is overdue")));
    }

    @Test
    void onlyTeamStaffWhoPlanSeeTheListsAndTheListingIsAudited() throws Exception {
        data.action(person, "Visible to the team", "THE_PERSON", null, 1);
        data.agree(person);
        assertThat(page("/actions/due")).as("the caller's team when none is named").contains("Visible to the team");
        var elsewhere = accounts.newUser(Set.of(accounts.newTeam("Elsewhere").id()), Role.COORDINATOR);
        mvc.perform(as(elsewhere, get(due()))).andExpect(status().isNotFound());
        mvc.perform(as(elsewhere, get("/actions/mine"))).andExpect(content().string(not(containsString("Visible to the team"))));
        var authoriser = accounts.newUser(Set.of(team), Role.AUTHORISER);
        mvc.perform(as(authoriser, get(due()))).andExpect(status().isForbidden());
        mvc.perform(as(authoriser, get("/actions/mine"))).andExpect(status().isForbidden());
        assertThat(jdbc.queryForList("select detail from audit_event where actor = ? and action = 'SEARCHED'",
                String.class, coordinator.username())).contains("Listed the actions due for a team");
    }
}
