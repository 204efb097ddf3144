package org.oneplan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.springframework.beans.factory.annotation.Autowired;

class PreparationListTests extends PlanPagesSupport {

    @Autowired EntityManagerFactory entityManagerFactory;

    @Test
    void listsEachDraftPlanWithThePreparationNotCompletedAndALinkToThePlan() throws Exception {
        mvc.perform(as(coordinator, post(plan() + "/conversation")).param("text", "At home").param("whose", "PERSON"));
        mvc.perform(as(coordinator, get("/plans/preparation"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("1 person")))
                .andExpect(content().string(containsString("href=\"" + plan() + "\"")))
                .andExpect(content().string(containsString("Preparing for the process")))
                .andExpect(content().string(containsString("The person&#39;s preparation")))
                .andExpect(content().string(containsString("The practitioner&#39;s preparation")));
    }

    @Test
    void completedPreparationLeavesTheListEmpty() throws Exception {
        for (PlanSection section : Set.of(PlanSection.PREPARATION_PROCESS, PlanSection.PREPARATION_PERSON,
                PlanSection.PREPARATION_PRACTITIONER)) {
            for (PlanPrompt prompt : section.prompts()) {
                mvc.perform(as(coordinator, post(plan() + "/" + prompt.slug())).param("text", "Done")
                        .param("whose", prompt.usually().name()).param("whoseName", "Sam Patel"));
            }
        }
        mvc.perform(as(coordinator, get("/plans/preparation"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("has completed their preparation")))
                .andExpect(content().string(not(containsString("href=\"" + plan() + "\""))));
    }

    @Test
    void onlyCoordinatorsAdministratorsAndManagersOfTheTeamSeeIt() throws Exception {
        var manager = accounts.newUser(Set.of(team), Role.MANAGER);
        mvc.perform(as(manager, get("/plans/preparation"))).andExpect(content().string(containsString("1 person")));
        var elsewhere = accounts.newUser(Set.of(accounts.newTeam("Elsewhere").id()), Role.ADMINISTRATOR);
        mvc.perform(as(elsewhere, get("/plans/preparation"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(person.toString()))));
        var authoriser = accounts.newUser(Set.of(team), Role.AUTHORISER);
        mvc.perform(as(authoriser, get("/plans/preparation"))).andExpect(status().isForbidden());
    }

    @Test
    void costsTheSameNumberOfQueriesForOneOrFivePlans() throws Exception {
        var stats = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        mvc.perform(as(coordinator, get("/plans/preparation"))).andExpect(status().isOk());
        long onePlan = stats.getPrepareStatementCount();
        for (int i = 0; i < 4; i++) {
            var other = testPeople.onCaseload(team, "Many" + i, "Plans").id();
            mvc.perform(as(coordinator, post("/people/" + other + "/plan")));
            mvc.perform(as(coordinator, post("/people/" + other + "/plan/conversation")).param("text", "Soon")
                    .param("whose", "PERSON"));
        }
        stats.clear();
        mvc.perform(as(coordinator, get("/plans/preparation"))).andExpect(content().string(containsString("5 people")));
        assertThat(stats.getPrepareStatementCount()).isEqualTo(onePlan);
    }

    @Test
    void twentyFiveToAPageByName() throws Exception {
        for (int i = 0; i < 25; i++) {
            mvc.perform(as(coordinator, post("/people/" + testPeople.onCaseload(team, "Zed" + i, "Paged").id() + "/plan")));
        }
        mvc.perform(as(coordinator, get("/plans/preparation")))
                .andExpect(content().string(containsString("26 people")))
                .andExpect(content().string(not(containsString("href=\"" + plan() + "\""))))
                .andExpect(content().string(containsString("rel=\"next\"")));
        mvc.perform(as(coordinator, get("/plans/preparation?page=1")))
                .andExpect(content().string(containsString("href=\"" + plan() + "\"")))
                .andExpect(content().string(containsString("rel=\"prev\"")));
    }
}
