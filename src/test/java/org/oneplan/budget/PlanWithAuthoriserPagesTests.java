package org.oneplan.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * What those who plan see while the plan is with the authoriser: the plan, check and budget pages say changes are
 * paused and offer no change links; a change sent anyway is a 409 page, or a 409 problem in the API, saying why.
 */
class PlanWithAuthoriserPagesTests extends SignOffSupport {

    static final String PAUSED = "With the authoriser \u2014 changes are paused";
    static final String SECTION_PAUSED = "This plan is with the authoriser \u2014 changes are paused";

    String sentOn() {
        return "Sent on " + LocalDate.now(ZoneId.of("Europe/London")).format(DateTimeFormatter.ofPattern("d MMMM yyyy"))
                + ".";
    }

    @Test
    void thePlanCheckAndBudgetPagesSayChangesArePausedAndOfferNoChangeLinks() throws Exception {
        agreedPlan();
        mvc.perform(as(coordinator, get(plan()))).andExpect(content().string(not(containsString(PAUSED))))
                .andExpect(content().string(containsString("href=\"/people/" + person + "/plan/matters-now\"")));
        submit();
        mvc.perform(as(coordinator, get(plan()))).andExpect(content().string(containsString(PAUSED)))
                .andExpect(content().string(not(containsString("href=\"/people/" + person + "/plan/matters-now\""))))
                .andExpect(content().string(not(containsString("/plan/outcomes/new\""))))
                .andExpect(content().string(not(containsString("ask the person to agree it"))));
        mvc.perform(as(coordinator, get(plan() + "/check"))).andExpect(content().string(containsString(PAUSED)));
        mvc.perform(as(coordinator, get(budget()))).andExpect(content().string(containsString(PAUSED)))
                .andExpect(content().string(not(containsString("/plan/budget/split\""))))
                .andExpect(content().string(not(containsString("/plan/budget/spending/new\""))));
    }

    @Test
    void theSectionPagesSayChangesArePausedAndOfferNoAddChangeOrRemoveLinks() throws Exception {
        agreedPlan();
        String[] sections = {"/arrange", "/control", "/needs", "/next-steps"};
        for (String section : sections) {
            mvc.perform(as(coordinator, get(plan() + section))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("/new\"")))
                    .andExpect(content().string(not(containsString(SECTION_PAUSED))));
        }
        submit();
        for (String section : sections) {
            mvc.perform(as(coordinator, get(plan() + section))).andExpect(status().isOk())
                    .andExpect(content().string(containsString(SECTION_PAUSED)))
                    .andExpect(content().string(not(containsString("/new\""))))
                    .andExpect(content().string(not(containsString("/remove\""))));
        }
        mvc.perform(as(coordinator, get(plan() + "/next-steps")))
                .andExpect(content().string(containsString("/progress\"")));
    }

    @Test
    void aChangeThroughThePagesIsAConflictPageThatSaysWhyAndLeadsBackToThePlan() throws Exception {
        agreedPlan();
        submit();
        for (var change : new org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder[] {
                post(plan() + "/matters-now").param("text", "Singing").param("whose", "PERSON"),
                post(plan() + "/outcomes/new").param("text", "I want to sing").param("whose", "PERSON")}) {
            mvc.perform(as(coordinator, change)).andExpect(status().isConflict())
                    .andExpect(content().string(containsString("<h1 class=\"govuk-heading-l\">This plan is with the authoriser</h1>")))
                    .andExpect(content().string(containsString("You cannot change it until they sign it off or return it. "
                            + sentOn())))
                    .andExpect(content().string(containsString("href=\"/people/" + person + "/plan\"")));
        }
        mvc.perform(save("deployment").param("way", "MANAGED_ACCOUNT")).andExpect(status().isConflict())
                .andExpect(content().string(containsString("This plan is with the authoriser")));
        mvc.perform(as(coordinator, get(plan()))).andExpect(content().string(not(containsString("Singing"))));
    }

    @Test
    void aChangeThroughTheApiIsAConflictProblemThatSaysWhy() throws Exception {
        agreedPlan();
        submit();
        String token = "Bearer " + accounts.newApiToken(coordinator);
        mvc.perform(put("/api/v1/people/" + person + "/plan/answers/matters-now").header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"Singing\", \"whose\": \"PERSON\"}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("This plan is with the authoriser"))
                .andExpect(jsonPath("$.detail").value("This plan is with the authoriser. You cannot change it until they "
                        + "sign it off or return it. " + sentOn()))
                .andExpect(jsonPath("$.sentAt").exists());
        mvc.perform(post("/api/v1/people/" + person + "/plan/budget/spending").header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"description\": \"Choir\", \"whose\": \"PERSON\", "
                                + "\"supportType\": \"personal-assistant\", \"outcomeIds\": [\"" + church + "\"], "
                                + "\"cost\": 5, \"period\": \"WEEK\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.title").value("This plan is with the authoriser"));
        mvc.perform(get("/api/v1/people/" + person + "/plan/state").header("Authorization", token))
                .andExpect(jsonPath("$.withAuthoriserSince").exists());
        assertThat(jdbc.queryForObject("select count(*) from plan_entry a join care_plan p on p.id = a.plan_id "
                + "where p.person_id = ? and a.prompt = 'MATTERS_NOW'", Integer.class, person)).isZero();
    }
}
