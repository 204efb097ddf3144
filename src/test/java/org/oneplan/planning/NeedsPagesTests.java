package org.oneplan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.springframework.test.web.servlet.ResultActions;

/** The plan's assessed needs, eligibility decision and advice and information, page by page. */
class NeedsPagesTests extends PlanPagesSupport {

    String section() {
        return plan() + "/needs";
    }

    ResultActions unable(String code, String cannotDo) throws Exception {
        return mvc.perform(as(coordinator, post(section() + "/" + code)).param("unable", "YES")
                .param("cannotDo", cannotDo).param("wellbeingImpact", "I feel low").param("councilWillMeet", "true")
                .param("howMet", "A personal assistant every evening"));
    }

    @Test
    void twoNeedsMarkedUnableMeetTheCriteriaAndTheTableShowsThem() throws Exception {
        mvc.perform(as(coordinator, get(section() + "/nutrition"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Eating and drinking well")))
                .andExpect(content().string(containsString("is unable to achieve it without assistance")));
        unable("nutrition", "I cannot stand to cook <script>alert(1)</script>")
                .andExpect(redirectedUrl(section() + "#nutrition"))
                .andExpect(flash().attribute("banner", "Assessed need saved"));
        mvc.perform(as(coordinator, post(section() + "/eligibility")).param("decision", "MEETS").param("reason", "Two"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("unable to achieve two or more outcomes")));
        unable("hygiene", "I cannot get into the bath");
        mvc.perform(as(coordinator, get(section() + "/eligibility"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("2 outcomes are marked as unable to achieve.")))
                .andExpect(content().string(containsString("a physical or mental impairment or illness")));
        mvc.perform(as(coordinator, post(section() + "/eligibility")).param("decision", "MEETS")
                        .param("reason", "Unable to cook or wash, and losing weight"))
                .andExpect(redirectedUrl(section() + "#eligibility"));
        mvc.perform(as(coordinator, get(section()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Washing and keeping clean")))
                .andExpect(content().string(containsString("maintaining personal hygiene")))
                .andExpect(content().string(containsString("The needs meet the eligibility criteria")))
                .andExpect(content().string(containsString("I cannot stand to cook &lt;script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
        assertThat(jdbc.queryForObject("select count(*) from plan_need where unable = 'YES' and plan_id in "
                + "(select id from care_plan where person_id = ?)", Integer.class, person)).isEqualTo(2);
        assertThat(jdbc.queryForList("select detail from audit_event where record_id = ?", String.class, person))
                .contains("Recorded an assessed need in the plan", "Recorded the eligibility decision")
                .noneMatch(d -> d.contains("cook") || d.contains("nutrition"));
    }

    @Test
    void mistakesAreShownByTheirFieldsAndWhatWasTypedIsKept() throws Exception {
        mvc.perform(as(coordinator, post(section() + "/toilet")).param("unable", "YES").param("cannotDo", " ")
                        .param("wellbeingImpact", "I stay at home in case").param("councilWillMeet", "false"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("<title>Error: Assessed need: Using the toilet")))
                .andExpect(content().string(containsString("href=\"#cannotDo\"")))
                .andExpect(content().string(containsString("Enter what the person cannot do, and why")))
                .andExpect(content().string(containsString("I stay at home in case")));
        mvc.perform(as(coordinator, post(section() + "/eligibility")).param("decision", "DOES_NOT_MEET")
                        .param("reason", "x".repeat(2001)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The reason must be 2000 characters or fewer")));
        mvc.perform(as(coordinator, post("/people/" + person + "/plan/advice/new")).param("what", "Falls check")
                        .param("givenBy", "Sam Patel").param("givenOn.day", "31").param("givenOn.month", "2")
                        .param("givenOn.year", "2026").param("format", "PRINTED"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("When it was given must be a real date")))
                .andExpect(content().string(containsString("Falls check")));
        mvc.perform(as(coordinator, get(section() + "/not-an-outcome"))).andExpect(status().isNotFound());
    }

    @Test
    void twoPeopleChangingTheSameNeedDoNotOverwriteEachOther() throws Exception {
        unable("clothed", "Saved first");
        mvc.perform(as(coordinator, get(section() + "/clothed")))
                .andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
        mvc.perform(as(coordinator, post(section() + "/clothed")).param("unable", "YES").param("cannotDo", "Saved second")
                .param("version", "0")).andExpect(redirectedUrl(section() + "#clothed"));
        mvc.perform(as(coordinator, post(section() + "/clothed")).param("unable", "NO").param("cannotDo", "My later words")
                        .param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("What is saved now")))
                .andExpect(content().string(containsString("Saved second")))
                .andExpect(content().string(containsString("My later words")))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
        // a version for a need nobody has assessed
        mvc.perform(as(coordinator, post(section() + "/toilet")).param("unable", "NO").param("version", "0"))
                .andExpect(status().isConflict());
    }

    @Test
    void adviceIsAddedChangedAndRemovedButKept() throws Exception {
        String advice = "/people/" + person + "/plan/advice";
        mvc.perform(as(coordinator, post(advice + "/new")).param("what", "How to get a free falls check")
                        .param("givenBy", "Sam Patel, OT").param("givenOn.day", "2").param("givenOn.month", "3")
                        .param("givenOn.year", "2026").param("format", "EASY_READ"))
                .andExpect(redirectedUrl(section() + "#advice")).andExpect(flash().attribute("banner", "Advice and information added"));
        UUID id = jdbc.queryForObject("select id from plan_advice where given_by = 'Sam Patel, OT'", UUID.class);
        mvc.perform(as(coordinator, get(section())))
                .andExpect(content().string(containsString("Easy read from Sam Patel, OT, 2 March 2026")));
        mvc.perform(as(coordinator, post(advice + "/" + id + "/remove")).param("version", "5"))
                .andExpect(status().isConflict());
        mvc.perform(as(coordinator, post(advice + "/" + id + "/remove")).param("version", "0"))
                .andExpect(redirectedUrl(section() + "#advice"));
        mvc.perform(as(coordinator, get(section())))
                .andExpect(content().string(not(containsString("free falls check"))));
        assertThat(jdbc.queryForObject("select removed_by from plan_advice where id = ?", String.class, id))
                .isEqualTo(coordinator.username());
    }

    @Test
    void onlyPeopleWhoMayPlanChangeItAndOthersAreRefused() throws Exception {
        unable("relationships", "Visible to the team");
        var otherTeam = accounts.newUser(Set.of(accounts.newTeam("Other").id()), Role.COORDINATOR);
        mvc.perform(as(otherTeam, get(section()))).andExpect(status().isNotFound());
        mvc.perform(as(otherTeam, post(section() + "/relationships")).param("unable", "NO")).andExpect(status().isNotFound());
        var authoriser = accounts.newUser(Set.of(team), Role.AUTHORISER);
        mvc.perform(as(authoriser, get(section()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Visible to the team")))
                .andExpect(content().string(not(containsString("/plan/advice/new"))));
        mvc.perform(as(authoriser, post(section() + "/relationships")).param("unable", "NO")).andExpect(status().isForbidden());
        mvc.perform(as(authoriser, post(section() + "/eligibility")).param("decision", "NOT_YET_DECIDED"))
                .andExpect(status().isForbidden());
        UUID noPlan = testPeople.onCaseload(team, "Bo", "Noplan").id();
        mvc.perform(as(coordinator, get("/people/" + noPlan + "/plan/needs"))).andExpect(status().isNotFound());
    }
}
