package org.oneplan.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.oneplan.support.OnePlanSpringBootTest;
import org.oneplan.support.TestAccounts;
import org.springframework.context.annotation.Import;

@OnePlanSpringBootTest
@Import(TestAccounts.Config.class)
class AssessmentPagesTests extends AssessmentPagesSupport {

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
                .andExpect(content().string(containsString("<title>Error: ")))
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

    @Test
    void aPriorityGetsAnActionPlanWithFirstStepsAndOverdueStepsAreShown() throws Exception {
        String id = start();
        String plan = priority(id, "S1-3a", "1");
        mvc.perform(as(manager, post(plan)).param("why", "People tell us plans are written for them")
                        .param("success", "People say the plan is theirs").param("version", "0"))
                .andExpect(redirectedUrl(plan));
        mvc.perform(as(manager, post(plan + "/steps")).param("description", "Ask five people").param("owner", "Jo")
                        .param("due.day", "1").param("due.month", "1").param("due.year", "2020"))
                .andExpect(redirectedUrl(plan + "#steps"));
        mvc.perform(as(manager, get(plan)))
                .andExpect(content().string(containsString("People tell us plans are written for them")))
                .andExpect(content().string(containsString("Ask five people")))
                .andExpect(content().string(containsString("Overdue")));
        mvc.perform(as(manager, get("/self-assessment/" + id + "/plans")))
                .andExpect(content().string(containsString("Top priority")))
                .andExpect(content().string(containsString("1 step overdue")));
        mvc.perform(as(manager, get("/self-assessment")))
                .andExpect(content().string(containsString("action plans is overdue")));
        mvc.perform(as(manager, get("/")))
                .andExpect(content().string(containsString("href=\"/self-assessment/overdue\"")));
        mvc.perform(as(manager, get("/self-assessment/overdue")))
                .andExpect(content().string(containsString("Ask five people")))
                .andExpect(content().string(containsString("days late")));
        var elsewhere = accounts.newUser(Set.of(accounts.newTeam("Elsewhere").id()), Role.MANAGER);
        mvc.perform(as(elsewhere, get("/self-assessment/overdue")))
                .andExpect(content().string(containsString("No first step in your teams")));
        mvc.perform(as(elsewhere, get("/")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/self-assessment/overdue"))));
    }

    @Test
    void aStepWithMistakesIsShownBackAsTypedWithEachProblemByItsField() throws Exception {
        String id = start();
        String plan = priority(id, "S1-3a", "2");
        mvc.perform(as(manager, post(plan + "/steps")).param("description", "Ring the carers' centre").param("owner", "")
                        .param("due.day", "31").param("due.month", "2").param("due.year", "2027"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("value=\"Ring the carers&#39; centre\"")))
                .andExpect(content().string(containsString("Enter who will do it")))
                .andExpect(content().string(containsString("must be a real date")))
                .andExpect(content().string(containsString("value=\"31\"")));
        mvc.perform(as(manager, post(plan)).param("who", "x".repeat(501)).param("version", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Who will lead it must be 500 characters or fewer")));
        mvc.perform(as(manager, post("/self-assessment/" + id + "/plans")).param("itemCode", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose an item to make a priority")));
    }

    @Test
    void aStalePlanIsNotOverwrittenAndTheTypedAnswersAreKept() throws Exception {
        String id = start();
        String plan = priority(id, "S1-3a", "2");
        mvc.perform(as(manager, post(plan)).param("why", "First save").param("version", "0"));
        mvc.perform(as(manager, post(plan)).param("why", "My late edit").param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else saved this plan")))
                .andExpect(content().string(containsString("My late edit")));
        mvc.perform(as(manager, get(plan))).andExpect(content().string(containsString("First save")));
    }

    @Test
    void priorityCanBeRaisedAboveTheOneBeforeIt() throws Exception {
        String id = start();
        priority(id, "S1-3a", "2");
        String second = priority(id, "S1-3b", "1");
        mvc.perform(as(manager, post(second + "/raise"))).andExpect(redirectedUrl("/self-assessment/" + id + "/plans"));
        String page = mvc.perform(as(manager, get("/self-assessment/" + id + "/plans")))
                .andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(page.indexOf("S1-3b")).isLessThan(page.indexOf("S1-3a"));
    }

    @Test
    void aManagerLetsACoordinatorStartTheTeamsSelfAssessments() throws Exception {
        var coordinator = accounts.newUser(Set.of(team), Role.COORDINATOR);
        mvc.perform(as(coordinator, get("/self-assessment/new"))).andExpect(status().isForbidden());
        mvc.perform(as(manager, get("/self-assessment/starters/" + team)))
                .andExpect(content().string(containsString(coordinator.displayName())));
        mvc.perform(as(manager, post("/self-assessment/starters/" + team)).param("userIds", coordinator.id().toString()))
                .andExpect(redirectedUrl("/self-assessment/starters"));
        mvc.perform(as(manager, get("/self-assessment/starters")))
                .andExpect(content().string(containsString("Managers and 1 other person")));
        mvc.perform(as(coordinator, get("/self-assessment")))
                .andExpect(content().string(containsString("href=\"/self-assessment/new\"")));
        mvc.perform(as(coordinator, get("/self-assessment/new"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("wholeOrganisation"))));
        var outsider = accounts.newUser(Set.of(accounts.newTeam("Other").id()), Role.MANAGER);
        mvc.perform(as(outsider, get("/self-assessment/starters/" + team))).andExpect(status().isNotFound());
    }

    private String priority(String id, String code, String level) throws Exception {
        mvc.perform(as(manager, post("/self-assessment/" + id + "/items/" + code)).param("level", level));
        return mvc.perform(as(manager, post("/self-assessment/" + id + "/plans")).param("itemCode", code))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    }
}
