package org.oneplan.planning;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
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
import org.oneplan.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class OutcomePagesTests extends PlanPagesSupport {

    String added(String text) throws Exception {
        mvc.perform(as(coordinator, post(plan() + "/outcomes/new")).param("text", text).param("whose", "PERSON")
                .param("needCodes", "relationships")).andExpect(redirectedUrl(plan() + "#change"));
        return jdbc.queryForObject("select o.id from plan_outcome o join care_plan p on p.id = o.plan_id "
                + "where p.person_id = ? and o.text = ?", String.class, person, text);
    }

    @Test
    void anOutcomeInThePersonsWordsAppearsInQuestionTwoAndCompletesIt() throws Exception {
        mvc.perform(as(coordinator, post(plan() + "/outcomes/new"))
                        .param("text", "I want to get to my allotment on Saturdays with my grandson")
                        .param("whose", "PERSON").param("matters", "My grandson and growing things")
                        .param("targetDate.day", "1").param("targetDate.month", "6").param("targetDate.year", "2099")
                        .param("needCodes", "community-facilities", "relationships"))
                .andExpect(redirectedUrl(plan() + "#change"))
                .andExpect(flash().attribute("serviceLanguage", java.util.List.of()));
        mvc.perform(as(coordinator, get(plan())))
                .andExpect(content().string(containsString("I want to get to my allotment on Saturdays with my grandson")))
                .andExpect(content().string(containsString("Why it matters: My grandson and growing things")))
                .andExpect(content().string(containsString("By 1 June 2099")))
                .andExpect(content().string(containsString("Meets 2 assessed needs")))
                .andExpect(content().string(not(containsString("Reads like a service specification"))));
    }

    @Test
    void anOutcomeThatReadsLikeAServiceSpecificationIsSavedWithAGentleWarning() throws Exception {
        mvc.perform(as(coordinator, post(plan() + "/outcomes/new"))
                        .param("text", "2 calls a day, 30 minutes each, at 7am and 9pm").param("whose", "PRACTITIONER")
                        .param("whoseName", "Sam Patel"))
                .andExpect(redirectedUrl(plan() + "#change"))
                .andExpect(flash().attribute("serviceLanguage", org.hamcrest.Matchers.hasSize(org.hamcrest.Matchers.greaterThan(0))));
        mvc.perform(as(coordinator, get(plan())))
                .andExpect(content().string(containsString("Reads like a service specification")));
    }

    @Test
    void mistakesAreShownByTheirFieldsAndWhatWasTypedIsKept() throws Exception {
        mvc.perform(as(coordinator, post(plan() + "/outcomes/new")).param("text", "").param("whose", "PERSON")
                        .param("matters", "Kept words"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Enter what the person wants to change or achieve")))
                .andExpect(content().string(containsString("Kept words")));
        mvc.perform(as(coordinator, post(plan() + "/outcomes/new")).param("text", "See friends").param("whose", "PERSON")
                        .param("targetDate.day", "1").param("targetDate.month", "1").param("targetDate.year", "2020"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The target date must be today or in the future")));
        mvc.perform(as(coordinator, post(plan() + "/outcomes/new")).param("text", "See friends").param("whose", "PERSON")
                        .param("targetDate.day", "31").param("targetDate.month", "2").param("targetDate.year", "2030"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("must be a real date")));
        mvc.perform(as(coordinator, post(plan() + "/outcomes/new")).param("text", "See friends").param("whose", "PERSON")
                        .param("needCodes", "flying"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Choose needs from the list")));
    }

    @Test
    void aStaleChangeIsRefusedAndBothVersionsAreShown() throws Exception {
        String id = added("Walk to the shops");
        mvc.perform(as(coordinator, post(plan() + "/outcomes/" + id)).param("text", "Walk to the shops on my own")
                .param("whose", "PERSON").param("version", "0")).andExpect(status().is3xxRedirection());
        mvc.perform(as(coordinator, post(plan() + "/outcomes/" + id)).param("text", "My late change")
                        .param("whose", "PERSON").param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Walk to the shops on my own")))
                .andExpect(content().string(containsString("My late change")));
    }

    @Test
    void removingAnOutcomeKeepsItOnRecord() throws Exception {
        String id = added("Go to the choir");
        mvc.perform(as(coordinator, get(plan() + "/outcomes/" + id + "/remove")))
                .andExpect(content().string(containsString("Remove this outcome?")));
        mvc.perform(as(coordinator, post(plan() + "/outcomes/" + id + "/remove"))).andExpect(redirectedUrl(plan() + "#change"));
        mvc.perform(as(coordinator, get(plan()))).andExpect(content().string(not(containsString("Go to the choir"))));
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
                "select removed_by from plan_outcome where id = ?", String.class, UUID.fromString(id)))
                .isEqualTo(coordinator.username());
        mvc.perform(as(coordinator, get(plan() + "/outcomes/" + id))).andExpect(status().isNotFound());
    }

    @Test
    void onlyPlannersOfThePersonsTeamsChangeOutcomes() throws Exception {
        String id = added("See my sister");
        var other = accounts.newUser(Set.of(accounts.newTeam("Other").id()), Role.COORDINATOR);
        mvc.perform(as(other, get(plan() + "/outcomes/" + id))).andExpect(status().isNotFound());
        mvc.perform(as(other, post(plan() + "/outcomes/new")).param("text", "x").param("whose", "PERSON"))
                .andExpect(status().isNotFound());
        var authoriser = accounts.newUser(Set.of(team), Role.AUTHORISER);
        mvc.perform(as(authoriser, post(plan() + "/outcomes/new")).param("text", "x").param("whose", "PERSON"))
                .andExpect(status().isForbidden());
        mvc.perform(as(authoriser, get(plan()))).andExpect(content().string(containsString("See my sister")))
                .andExpect(content().string(not(containsString("/outcomes/new"))));
    }
}
