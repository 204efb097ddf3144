package org.oneplan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.oneplan.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;

/** Question 3, "How will you arrange your support?": options for each outcome, page by page. */
class ArrangePagesTests extends PlanPagesSupport {

    @Autowired SupportArrangements arrangements;

    String section() {
        return plan() + "/arrange";
    }

    UUID outcome(UUID who, String text) throws Exception {
        mvc.perform(as(coordinator, post("/people/" + who + "/plan/outcomes/new")).param("text", text)
                .param("whose", "PERSON"));
        return jdbc.queryForObject("select id from plan_outcome where text = ? and plan_id in "
                + "(select id from care_plan where person_id = ?)", UUID.class, text, who);
    }

    ResultActions addOption(UUID outcomeId, String text, String resource, boolean chosen) throws Exception {
        return mvc.perform(as(coordinator, post(section() + "/outcomes/" + outcomeId + "/options/new"))
                .param("text", text).param("resource", resource).param("chosen", String.valueOf(chosen))
                .param("why", "Why " + text).param("whose", "PERSON"));
    }

    PlanView.SectionStatus sectionStatus() {
        return SignedIn.as(accounts.principal(coordinator), () -> arrangements.statusOf(person));
    }

    UUID optionId(String text) {
        return jdbc.queryForObject("select id from plan_option where text = ? and plan_id in "
                + "(select id from care_plan where person_id = ?)", UUID.class, text, person);
    }

    @Test
    void withNoOutcomesThePageSaysSoAndLinksToAddOne() throws Exception {
        mvc.perform(as(coordinator, get(section()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("3. How will you arrange your support?")))
                .andExpect(content().string(containsString("There are no outcomes in the plan yet")))
                .andExpect(content().string(containsString("/people/" + person + "/plan/outcomes/new")));
        assertThat(sectionStatus()).isEqualTo(PlanView.SectionStatus.NOT_STARTED);
    }

    @Test
    void optionsAreListedPerOutcomeFromThePersonOutWithTheChosenOnesTagged() throws Exception {
        UUID allotment = outcome(person, "Get to my allotment on Saturdays");
        UUID choir = outcome(person, "Sing in the choir again");
        addOption(allotment, "Day centre minibus", "SPECIALIST_SERVICES", false)
                .andExpect(redirectedUrl(section())).andExpect(flash().attribute("banner", "Option added"));
        addOption(allotment, "Jim next door drives me", "FAMILY_AND_FRIENDS", true);
        addOption(choir, "The community choir <b>on Tuesdays</b>", "COMMUNITY", false);
        mvc.perform(as(coordinator, get(section()))).andExpect(status().isOk())
                .andExpect(content().string(stringContainsInOrder("Get to my allotment on Saturdays",
                        "Family and friends", "Chosen", "Jim next door drives me", "Why Jim next door drives me",
                        "Specialist health and social care", "Day centre minibus",
                        "Sing in the choir again", "Community", "The community choir &lt;b&gt;on Tuesdays&lt;/b&gt;")))
                .andExpect(content().string(containsString("In Ada Plan&#39;s own words")));
        assertThat(sectionStatus()).isEqualTo(PlanView.SectionStatus.IN_PROGRESS);
        addOption(choir, "Ann takes me to the choir", "FAMILY_AND_FRIENDS", true);
        assertThat(sectionStatus()).isEqualTo(PlanView.SectionStatus.COMPLETED);
        assertThat(jdbc.queryForList("select detail from audit_event where record_id = ? and action = 'CREATED'",
                String.class, person)).contains("Added an option for an outcome").noneMatch(d -> d.contains("Jim"));
    }

    @Test
    void mistakesAreShownByTheirFieldsAndWhatWasTypedIsKept() throws Exception {
        UUID outcomeId = outcome(person, "See my sister");
        mvc.perform(as(coordinator, post(section() + "/outcomes/" + outcomeId + "/options/new"))
                        .param("text", "My nephew could drive me").param("why", " ").param("whose", "PERSON"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("<title>Error: Add an option")))
                .andExpect(content().string(containsString("Select which resource it draws on")))
                .andExpect(content().string(containsString("href=\"#resource\"")))
                .andExpect(content().string(containsString("My nephew could drive me")));
        mvc.perform(as(coordinator, post(section() + "/outcomes/" + outcomeId + "/options/new"))
                        .param("text", "My nephew could drive me").param("resource", "FAMILY_AND_FRIENDS")
                        .param("why", " ").param("whose", "PERSON"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Enter why it was chosen, or not")));
    }

    @Test
    void twoPeopleChangingTheSameOptionDoNotOverwriteEachOther() throws Exception {
        addOption(outcome(person, "Walk to the shops"), "First words", "THE_PERSON", false);
        String edit = section() + "/options/" + optionId("First words");
        mvc.perform(as(coordinator, get(edit))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Change an option")))
                .andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
        mvc.perform(as(coordinator, post(edit)).param("text", "Saved first").param("resource", "THE_PERSON")
                .param("why", "b").param("whose", "PERSON").param("version", "0")).andExpect(redirectedUrl(section()));
        mvc.perform(as(coordinator, post(edit)).param("text", "My later words").param("resource", "COMMUNITY")
                        .param("why", "b").param("whose", "PERSON").param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("What is saved now")))
                .andExpect(content().string(containsString("Saved first")))
                .andExpect(content().string(containsString("My later words")))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
    }

    @Test
    void aRemovedOptionIsKeptButNoLongerShown() throws Exception {
        addOption(outcome(person, "Go swimming"), "Keep me in the records", "UNIVERSAL_SERVICES", true);
        UUID option = optionId("Keep me in the records");
        mvc.perform(as(coordinator, get(section() + "/options/" + option + "/remove"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Are you sure you want to remove this option?")))
                .andExpect(content().string(containsString("Keep me in the records")));
        mvc.perform(as(coordinator, post(section() + "/options/" + option + "/remove")).param("version", "3"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone changed this since you opened it")));
        mvc.perform(as(coordinator, post(section() + "/options/" + option + "/remove")).param("version", "0"))
                .andExpect(redirectedUrl(section())).andExpect(flash().attribute("banner", "Option removed"));
        mvc.perform(as(coordinator, get(section())))
                .andExpect(content().string(not(containsString("Keep me in the records"))));
        assertThat(jdbc.queryForObject("select removed_by from plan_option where id = ?", String.class, option))
                .isEqualTo(coordinator.username());
        mvc.perform(as(coordinator, get(section() + "/options/" + option))).andExpect(status().isNotFound());
        assertThat(sectionStatus()).isEqualTo(PlanView.SectionStatus.NOT_STARTED);
    }

    @Test
    void anOutcomeOrOptionOfAnotherPersonsPlanIsNotFound() throws Exception {
        UUID other = testPeople.onCaseload(team, "Bo", "Other").id();
        mvc.perform(as(coordinator, post("/people/" + other + "/plan")));
        UUID theirs = outcome(other, "Their own outcome");
        mvc.perform(as(coordinator, get(section() + "/outcomes/" + theirs + "/options/new")))
                .andExpect(status().isNotFound());
        addOption(theirs, "Sneaked in", "COMMUNITY", true).andExpect(status().isNotFound());
        mvc.perform(as(coordinator, post("/people/" + other + "/plan/arrange/outcomes/" + theirs + "/options/new"))
                .param("text", "Theirs").param("resource", "COMMUNITY").param("why", "w").param("whose", "PERSON"));
        mvc.perform(as(coordinator, get(section() + "/options/" + jdbc.queryForObject(
                "select id from plan_option where text = 'Theirs'", UUID.class)))).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from plan_option where text = 'Sneaked in'", Integer.class))
                .isZero();
    }

    @Test
    void onlyPeopleWhoMayPlanChangeItAndOthersAreRefused() throws Exception {
        UUID outcomeId = outcome(person, "Visible outcome");
        addOption(outcomeId, "Visible to the team", "COMMUNITY", true);
        UUID option = optionId("Visible to the team");
        var otherTeam = accounts.newUser(Set.of(accounts.newTeam("Other").id()), Role.COORDINATOR);
        mvc.perform(as(otherTeam, get(section()))).andExpect(status().isNotFound());
        mvc.perform(as(otherTeam, get(section() + "/options/" + option))).andExpect(status().isNotFound());
        var authoriser = accounts.newUser(Set.of(team), Role.AUTHORISER);
        mvc.perform(as(authoriser, get(section()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Visible to the team")))
                .andExpect(content().string(not(containsString("/options/new"))));
        mvc.perform(as(authoriser, post(section() + "/options/" + option)).param("text", "x")
                .param("resource", "COMMUNITY").param("why", "y").param("whose", "PERSON").param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(as(authoriser, post(section() + "/options/" + option + "/remove")).param("version", "0"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForList("select text from plan_option where id = ? and removed_at is null",
                String.class, option)).isEqualTo(List.of("Visible to the team"));
        UUID noPlan = testPeople.onCaseload(team, "Cy", "Noplan").id();
        mvc.perform(as(coordinator, get("/people/" + noPlan + "/plan/arrange"))).andExpect(status().isNotFound());
    }
}
