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

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Question 7, "What will you do next?": actions from the person out, and the review arrangements, page by page. */
class NextStepsPagesTests extends PlanPagesSupport {

    String section() {
        return plan() + "/next-steps";
    }

    String outcome(String text) throws Exception {
        mvc.perform(as(coordinator, post(plan() + "/outcomes/new")).param("text", text).param("whose", "PERSON"));
        return jdbc.queryForObject("select id from plan_outcome where text = ?", String.class, text);
    }

    ResultActions addAction(String text, String layer, String outcomeId) throws Exception {
        return mvc.perform(as(coordinator, post(plan() + "/actions/new")).param("text", text)
                .param("owner", "SUPPORTER").param("ownerName", "Ann Next (daughter)")
                .param("dueDate.day", "1").param("dueDate.month", "6").param("dueDate.year", "2099")
                .param("outcomeId", outcomeId).param("layer", layer));
    }

    UUID actionId(String text) {
        return jdbc.queryForObject("select id from plan_action where text = ?", UUID.class, text);
    }

    static MockHttpServletRequestBuilder review(MockHttpServletRequestBuilder request, LocalDate date) {
        return request.param("checkIns", "TEXT", "VISIT").param("whereAndHowOften", "At home, every 3 months")
                .param("nextReview.day", "" + date.getDayOfMonth()).param("nextReview.month", "" + date.getMonthValue())
                .param("nextReview.year", "" + date.getYear());
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    @Test
    void actionsLinkedToAnOutcomeAreListedByLayerFromThePersonOut() throws Exception {
        String walking = outcome("I want to walk to the shops again");
        mvc.perform(as(coordinator, get(plan() + "/actions/new"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("I want to walk to the shops again")))
                .andExpect(content().string(not(containsString("Not linked to an outcome"))));
        addAction("Physiotherapy for my knee", "SPECIALIST_SERVICE", walking).andExpect(redirectedUrl(section()))
                .andExpect(flash().attribute("banner", "Action saved"))
                .andExpect(flash().attribute("serviceLanguage", List.of()));
        addAction("Walk to the corner with Ann", "FAMILY_AND_FRIENDS", walking).andExpect(redirectedUrl(section()));
        String page = mvc.perform(as(coordinator, get(section()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ann Next (daughter) (supporter)")))
                .andExpect(content().string(containsString("By 1 June 2099")))
                .andExpect(content().string(containsString("Towards: I want to walk to the shops again")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf("Family and friends")).as("from the person out")
                .isLessThan(page.indexOf("Specialist health and social care")).isPositive();
        assertThat(page.indexOf("Walk to the corner with Ann")).isLessThan(page.indexOf("Physiotherapy for my knee"));
        assertThat(jdbc.queryForList("select detail from audit_event where record_id = ? and action = 'CREATED'",
                String.class, person)).contains("Added an action to the plan").noneMatch(d -> d.contains("Physio"));
    }

    @Test
    void anActionThatReadsLikeAServiceIsSavedWithAGentleWarning() throws Exception {
        addAction("Carer 2 calls a day, 30 minutes each", "SPECIALIST_SERVICE", "none").andExpect(redirectedUrl(section()));
        mvc.perform(as(coordinator, get(section())))
                .andExpect(content().string(containsString("Reads like a service specification")));
    }

    @Test
    void withNoOutcomesAnActionMayBeNotLinkedButOnceThereAreItMustBe() throws Exception {
        mvc.perform(as(coordinator, get(plan() + "/actions/new")))
                .andExpect(content().string(containsString("Not linked to an outcome")));
        addAction("Try the library's reading group", "COMMUNITY", "none").andExpect(redirectedUrl(section()));
        outcome("Meet new people");
        addAction("Try the lunch club", "COMMUNITY", "none").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Select the outcome this action helps towards")));
    }

    @Test
    void mistakesAreShownByTheirFieldsAndWhatWasTypedIsKept() throws Exception {
        mvc.perform(as(coordinator, post(plan() + "/actions/new")).param("text", " ").param("owner", "ORGANISATION")
                        .param("ownerName", "Age UK Kept").param("layer", "COMMUNITY").param("outcomeId", "none"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("<title>Error: Add an action")))
                .andExpect(content().string(containsString("Enter what will be done")))
                .andExpect(content().string(containsString("href=\"#text\"")))
                .andExpect(content().string(containsString("Age UK Kept")));
        mvc.perform(as(coordinator, post(plan() + "/actions/new")).param("text", "Kept words").param("owner", "THE_PERSON")
                        .param("dueDate.day", "1").param("dueDate.month", "1").param("dueDate.year", "2020")
                        .param("layer", "SELF_CARE").param("outcomeId", "none"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The date must be today or in the future")))
                .andExpect(content().string(containsString("Kept words")));
        mvc.perform(as(coordinator, post(plan() + "/actions/new")).param("text", "Walk").param("owner", "THE_PERSON")
                        .param("dueDate.day", "31").param("dueDate.month", "2").param("dueDate.year", "2030"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("must be a real date")));
    }

    @Test
    void reviewArrangementsNeedADateNoFurtherAheadThanTheMaximum() throws Exception {
        mvc.perform(as(coordinator, review(post(plan() + "/review-arrangements"), today().plusMonths(7))))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The next formal review must be no more than 6 months from today")))
                .andExpect(content().string(containsString("At home, every 3 months")));
        mvc.perform(as(coordinator, review(post(plan() + "/review-arrangements"), today().minusDays(1))))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("must be today or in the future")));
        LocalDate date = today().plusMonths(2);
        mvc.perform(as(coordinator, review(post(plan() + "/review-arrangements"), date)))
                .andExpect(redirectedUrl(section())).andExpect(flash().attribute("banner", "Review arrangements saved"));
        mvc.perform(as(coordinator, get(section())))
                .andExpect(content().string(containsString("Text message, Visit")))
                .andExpect(content().string(containsString("At home, every 3 months")))
                .andExpect(content().string(containsString(date.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)))));
        mvc.perform(as(coordinator, review(post(plan() + "/review-arrangements"), date)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("What is saved now")));
    }

    @Test
    void twoPeopleChangingTheSameActionDoNotOverwriteEachOther() throws Exception {
        addAction("First words", "SELF_CARE", "none");
        String edit = plan() + "/actions/" + actionId("First words");
        mvc.perform(as(coordinator, get(edit))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Change an action")));
        mvc.perform(as(coordinator, post(edit)).param("text", "Saved first").param("owner", "THE_PERSON")
                .param("dueDate.day", "1").param("dueDate.month", "6").param("dueDate.year", "2099")
                .param("outcomeId", "none").param("layer", "SELF_CARE").param("version", "0"))
                .andExpect(redirectedUrl(section()));
        mvc.perform(as(coordinator, post(edit)).param("text", "My later words").param("owner", "THE_PERSON")
                        .param("dueDate.day", "1").param("dueDate.month", "6").param("dueDate.year", "2099")
                        .param("outcomeId", "none").param("layer", "SELF_CARE").param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Saved first")))
                .andExpect(content().string(containsString("My later words")))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
    }

    @Test
    void aRemovedActionIsKeptButNoLongerShown() throws Exception {
        addAction("Keep me in the records", "COMMUNITY", "none");
        UUID action = actionId("Keep me in the records");
        String remove = plan() + "/actions/" + action + "/remove";
        mvc.perform(as(coordinator, get(remove))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Remove this action?")));
        mvc.perform(as(coordinator, post(remove)).param("version", "3")).andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone changed this action since you opened it")));
        mvc.perform(as(coordinator, post(remove)).param("version", "0")).andExpect(redirectedUrl(section()));
        mvc.perform(as(coordinator, get(section())))
                .andExpect(content().string(not(containsString("Keep me in the records"))));
        assertThat(jdbc.queryForObject("select removed_by from plan_action where id = ?", String.class, action))
                .isEqualTo(coordinator.username());
        mvc.perform(as(coordinator, get(plan() + "/actions/" + action))).andExpect(status().isNotFound());
    }

    @Test
    void onlyPeopleWhoMayPlanChangeItAndOthersAreRefused() throws Exception {
        addAction("Visible to the team", "SELF_CARE", "none");
        var otherTeam = accounts.newUser(Set.of(accounts.newTeam("Other").id()), Role.COORDINATOR);
        mvc.perform(as(otherTeam, get(section()))).andExpect(status().isNotFound());
        mvc.perform(as(otherTeam, post(plan() + "/actions/new")).param("text", "x")).andExpect(status().isNotFound());
        mvc.perform(as(otherTeam, review(post(plan() + "/review-arrangements"), today()))).andExpect(status().isNotFound());
        var authoriser = accounts.newUser(Set.of(team), Role.AUTHORISER);
        mvc.perform(as(authoriser, get(section()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Visible to the team")))
                .andExpect(content().string(not(containsString("/actions/new"))));
        mvc.perform(as(authoriser, post(plan() + "/actions/new")).param("text", "x")).andExpect(status().isForbidden());
        mvc.perform(as(authoriser, review(post(plan() + "/review-arrangements"), today()))).andExpect(status().isForbidden());
    }
}
