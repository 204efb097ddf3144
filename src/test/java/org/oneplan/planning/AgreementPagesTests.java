package org.oneplan.planning;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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
import org.oneplan.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class AgreementPagesTests extends PlanPagesSupport {

    /** Fills in everything the completeness check asks for. */
    void complete() throws Exception {
        mvc.perform(as(coordinator, post(plan() + "/conversation")).param("text", "At home on Tuesday with my son")
                .param("whose", "PERSON"));
        mvc.perform(as(coordinator, post(plan() + "/outcomes/new")).param("text", "Sing in the choir again")
                .param("whose", "PERSON"));
        mvc.perform(as(coordinator, post(plan() + "/needs/eligibility")).param("decision", "DOES_NOT_MEET")
                .param("reason", "Manages daily life with her son's help")).andExpect(status().is3xxRedirection());
        mvc.perform(as(coordinator, post(plan() + "/advice/new")).param("what", "Carers' centre leaflet")
                .param("givenBy", "Sam Patel").param("givenOn.day", "1").param("givenOn.month", "11")
                .param("givenOn.year", "2026").param("format", "PRINTED")).andExpect(status().is3xxRedirection());
        String outcome = jdbc.queryForObject("select o.id from plan_outcome o join care_plan p on p.id = o.plan_id "
                + "where p.person_id = ?", String.class, person);
        mvc.perform(as(coordinator, post(plan() + "/arrange/outcomes/" + outcome + "/options/new"))
                .param("text", "My son drives me to rehearsals").param("resource", "FAMILY_AND_FRIENDS")
                .param("chosen", "true").param("why", "He offered").param("whose", "PERSON"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(as(coordinator, post(plan() + "/actions/new")).param("text", "Ring the choir leader")
                .param("owner", "THE_PERSON").param("dueDate.day", "1").param("dueDate.month", "1")
                .param("dueDate.year", "2099").param("outcomeId", outcome).param("layer", "COMMUNITY"))
                .andExpect(status().is3xxRedirection());
        java.time.LocalDate review = java.time.LocalDate.now().plusMonths(3);
        mvc.perform(as(coordinator, post(plan() + "/review-arrangements")).param("checkIns", "CALL")
                .param("nextReview.day", "" + review.getDayOfMonth()).param("nextReview.month", "" + review.getMonthValue())
                .param("nextReview.year", "" + review.getYear())).andExpect(status().is3xxRedirection());
    }

    MockHttpServletRequestBuilder answer(String decision, String reasons) {
        return as(coordinator, post(plan() + "/agreement")).param("decision", decision).param("reasons", reasons)
                .param("capturedHow", "IN_PERSON").param("capturedBy", "Sam Patel, coordinator")
                .param("capturedOn.day", "1").param("capturedOn.month", "11").param("capturedOn.year", "2026")
                .param("whoTookPart", "Agnes and her son");
    }

    @Test
    void theCheckListsWhatIsMissingAndReadinessWaitsUntilNothingIs() throws Exception {
        mvc.perform(as(coordinator, get(plan() + "/check")))
                .andExpect(content().string(containsString("6 things are missing")))
                .andExpect(content().string(containsString("Outcomes: add at least one outcome")))
                .andExpect(content().string(containsString("href=\"/people/" + person + "/plan/outcomes/new\"")));
        mvc.perform(as(coordinator, post(plan() + "/ready"))).andExpect(redirectedUrl(plan() + "/check"));
        complete();
        mvc.perform(as(coordinator, get(plan() + "/check"))).andExpect(content().string(containsString("Nothing is missing")));
        mvc.perform(as(coordinator, post(plan() + "/ready"))).andExpect(redirectedUrl(plan() + "/agreement"));
        mvc.perform(as(coordinator, get(plan()))).andExpect(content().string(containsString("Ready to agree")));
    }

    @Test
    void dissentStaysOnRecordAndAgreementMakesAnImmutableVersion() throws Exception {
        complete();
        mvc.perform(as(coordinator, post(plan() + "/ready")));
        mvc.perform(answer("DO_NOT_AGREE", "")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Enter the person&#39;s reasons for not agreeing")));
        mvc.perform(answer("DO_NOT_AGREE", "I want my son to read it first")).andExpect(redirectedUrl(plan()));
        mvc.perform(as(coordinator, get(plan()))).andExpect(content().string(containsString("Draft")));
        mvc.perform(answer("AGREE", "")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The plan is not ready to agree")));
        mvc.perform(as(coordinator, post(plan() + "/ready")));
        mvc.perform(answer("AGREE", "")).andExpect(redirectedUrl(plan()));
        mvc.perform(as(coordinator, get(plan()))).andExpect(content().string(containsString("Agreed: version 1")));
        mvc.perform(as(coordinator, get(plan() + "/check")))
                .andExpect(content().string(containsString("I want my son to read it first")))
                .andExpect(content().string(containsString("They do not agree")));
        mvc.perform(as(coordinator, get(plan() + "/versions/1")))
                .andExpect(content().string(containsString("Sing in the choir again")))
                .andExpect(content().string(containsString("The person&#39;s own words")));
    }

    @Test
    void aChangeAfterAgreementIsANewDraftAndTheVersionsCanBeCompared() throws Exception {
        complete();
        mvc.perform(as(coordinator, post(plan() + "/ready")));
        mvc.perform(answer("AGREE", ""));
        mvc.perform(get("/api/v1/people/" + person + "/plan")
                        .header("Authorization", "Bearer " + accounts.newApiToken(coordinator)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.status")
                        .value("AGREED"));
        String outcome = jdbc.queryForObject("select o.id from plan_outcome o join care_plan p on p.id = o.plan_id "
                + "where p.person_id = ?", String.class, person);
        mvc.perform(as(coordinator, post(plan() + "/outcomes/" + outcome)).param("text", "Sing in the choir and the pub quiz")
                .param("whose", "PERSON").param("version", "0"));
        mvc.perform(as(coordinator, get(plan()))).andExpect(content().string(containsString("Draft, changed since version 1")));
        mvc.perform(as(coordinator, get(plan() + "/versions/1")))
                .andExpect(content().string(containsString("Sing in the choir again")))
                .andExpect(content().string(not(containsString("pub quiz"))));
        mvc.perform(as(coordinator, post(plan() + "/ready")));
        mvc.perform(answer("AGREE_IN_PART", "Not sure about the quiz"));
        mvc.perform(as(coordinator, get(plan() + "/versions/compare?from=1&to=2")))
                .andExpect(content().string(containsString("New or changed in version 2")))
                .andExpect(content().string(containsString("Sing in the choir and the pub quiz")))
                .andExpect(content().string(containsString("Only in version 1")));
        mvc.perform(as(coordinator, get(plan() + "/versions")))
                .andExpect(content().string(containsString("Changes since version 1")));
    }

    @Test
    void onlyPlannersMoveThePlanOnAndOthersCannotSeeIt() throws Exception {
        complete();
        var authoriser = accounts.newUser(Set.of(team), Role.AUTHORISER);
        mvc.perform(as(authoriser, post(plan() + "/ready"))).andExpect(status().isForbidden());
        mvc.perform(as(authoriser, get(plan() + "/check"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Mark as ready to agree"))));
        var other = accounts.newUser(Set.of(accounts.newTeam("Other").id()), Role.COORDINATOR);
        mvc.perform(as(other, get(plan() + "/versions"))).andExpect(status().isNotFound());
        mvc.perform(as(other, post(plan() + "/ready"))).andExpect(status().isNotFound());
    }
}
