package org.oneplan.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.oneplan.access.internal.UserAccount;
import org.oneplan.support.OnePlanSpringBootTest;
import org.oneplan.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@OnePlanSpringBootTest
@Import(TestAccounts.Config.class)
class AssessmentPagesTests {

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired Frameworks frameworks;

    UUID team;
    UserAccount manager;

    @BeforeEach
    void setUp() {
        team = accounts.newTeam("Pages").id();
        manager = accounts.newUser(Set.of(team), Role.MANAGER);
    }

    MockHttpServletRequestBuilder as(UserAccount account, MockHttpServletRequestBuilder request) {
        return request.with(user(accounts.principal(account))).with(csrf());
    }

    String start() throws Exception {
        String location = mvc.perform(as(manager, post("/self-assessment/new"))
                        .param("name", "Autumn").param("assessedOn.day", "1").param("assessedOn.month", "11")
                        .param("assessedOn.year", "2026").param("teamId", team.toString())
                        .param("participants[0].name", "Sam").param("participants[0].capacity", "LIVED_EXPERIENCE"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    @Test
    void startingWithoutANameOrAnyoneTakingPartShowsErrorsAndKeepsTheDate() throws Exception {
        mvc.perform(as(manager, post("/self-assessment/new")).param("assessedOn.day", "1")
                        .param("assessedOn.month", "11").param("assessedOn.year", "2026").param("teamId", team.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a name for the self-assessment")))
                .andExpect(content().string(containsString("Add at least one person who took part")))
                .andExpect(content().string(containsString("value=\"2026\"")));
    }

    @Test
    void theTaskListCountsAnsweredItemsAndSaveAndContinueGoesToTheNextItem() throws Exception {
        String id = start();
        mvc.perform(as(manager, get("/self-assessment/" + id)))
                .andExpect(content().string(containsString("You have completed 0 of 40 items.")));
        mvc.perform(as(manager, post("/self-assessment/" + id + "/items/S1-1a")).param("level", "3"))
                .andExpect(redirectedUrl("/self-assessment/" + id + "/items/S1-1b"));
        mvc.perform(as(manager, post("/self-assessment/" + id + "/items/S1-1b")).param("level", "2").param("action", "later"))
                .andExpect(redirectedUrl("/self-assessment/" + id));
        mvc.perform(as(manager, get("/self-assessment/" + id)))
                .andExpect(content().string(containsString("You have completed 2 of 40 items.")));
    }

    @Test
    void anItemSavedWithNoStatementChosenShowsAnErrorAndKeepsTheNote() throws Exception {
        String id = start();
        mvc.perform(as(manager, post("/self-assessment/" + id + "/items/S1-2a")).param("note", "Still thinking"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Select the statement that best describes where you are")))
                .andExpect(content().string(containsString("Still thinking")));
        mvc.perform(as(manager, post("/self-assessment/" + id + "/items/S1-2a")).param("level", "5"))
                .andExpect(content().string(containsString("Confirm that the practice in statements 3, 4 and 5")));
    }

    @Test
    void aSecondSaveOfTheSameItemFromAnOlderPageShowsTheConflict() throws Exception {
        String id = start();
        mvc.perform(as(manager, post("/self-assessment/" + id + "/items/S2-1a")).param("level", "2"));
        mvc.perform(as(manager, post("/self-assessment/" + id + "/items/S2-1a")).param("level", "4"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("saved this item (level 2)")));
    }

    @Test
    void submittingAnUnfinishedAssessmentIsRefusedOnTheCheckPage() throws Exception {
        String id = start();
        mvc.perform(as(manager, post("/self-assessment/" + id + "/submit")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Answer every item before you submit")));
    }

    @Test
    void resultsShowTheBandsAndWhatToWorkTowards() throws Exception {
        String id = start();
        mvc.perform(as(manager, post("/self-assessment/" + id + "/items/S3-1")).param("level", "1"));
        String page = mvc.perform(as(manager, get("/self-assessment/" + id + "/results")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Getting started", "What do we want to work towards?", "<svg", "role=\"img\"",
                "Average level by section and stage");
    }

    @Test
    void peopleOutsideTheTeamCannotOpenIt() throws Exception {
        String id = start();
        var outsider = accounts.newUser(Set.of(accounts.newTeam("Else").id()), Role.COORDINATOR);
        mvc.perform(as(outsider, get("/self-assessment/" + id))).andExpect(status().isNotFound());
        mvc.perform(as(accounts.newUser(Set.of(), Role.PERSON), get("/self-assessment"))).andExpect(status().isForbidden());
        mvc.perform(as(accounts.newUser(Set.of(team), Role.COORDINATOR), get("/self-assessment/new")))
                .andExpect(status().isForbidden());
    }

    @Test
    void resultsCompareWithTheTeamsPreviousSubmittedAssessment() throws Exception {
        String last = start();
        for (FrameworkItem item : frameworks.find("progress-pcsp").orElseThrow().items().toList()) {
            mvc.perform(as(manager, post("/self-assessment/" + last + "/items/" + item.code())).param("level", "2"));
        }
        mvc.perform(as(manager, post("/self-assessment/" + last + "/submit")))
                .andExpect(redirectedUrl("/self-assessment/" + last + "/results"));
        mvc.perform(as(manager, post("/self-assessment/" + last + "/items/S1-1a")).param("level", "4"))
                .andExpect(redirectedUrl("/self-assessment/" + last));
        String now = start();
        mvc.perform(as(manager, post("/self-assessment/" + now + "/items/S1-1a")).param("level", "4"));
        mvc.perform(as(manager, post("/self-assessment/" + now + "/items/S1-1b")).param("level", "1"));
        String page = mvc.perform(as(manager, get("/self-assessment/" + now + "/results")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Change since Autumn", "Up 2", "Down 1");
    }

    @Test
    void itemLevelsDownloadAsCsv() throws Exception {
        String id = start();
        mvc.perform(as(manager, post("/self-assessment/" + id + "/items/S1-1a")).param("level", "2"));
        String csv = mvc.perform(as(manager, get("/self-assessment/" + id + "/results.csv")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv.split("\r\n")).hasSize(41);
        assertThat(csv).startsWith("code,section,stage,title,level,band,work_towards").contains("\"S1-1a\",\"1\",\"1\"")
                .contains("\"2\",\"GETTING_STARTED\"");
    }

    @Test
    void theSummaryOfActionsStartsFromTheNextStatementAndKeepsTheTeamsWords() throws Exception {
        String id = start();
        mvc.perform(as(manager, post("/self-assessment/" + id + "/items/S1-1a")).param("level", "2"));
        String next = frameworks.find("progress-pcsp").orElseThrow().item("S1-1a").orElseThrow().statements().get(2).text();
        mvc.perform(as(manager, get("/self-assessment/" + id + "/actions")))
                .andExpect(content().string(containsString(org.springframework.web.util.HtmlUtils.htmlEscape(next))));
        mvc.perform(as(manager, post("/self-assessment/" + id + "/actions")).param("workTowards[S1-1a]", "Plan with people before meetings"))
                .andExpect(redirectedUrl("/self-assessment/" + id + "/actions"));
        mvc.perform(as(manager, get("/self-assessment/" + id + "/actions")))
                .andExpect(content().string(containsString("Plan with people before meetings")));
        mvc.perform(as(manager, post("/self-assessment/" + id + "/actions")).param("workTowards[S1-2a]", "Not answered"))
                .andExpect(content().string(containsString("Answer this item before saying what to work towards")));
    }
}
