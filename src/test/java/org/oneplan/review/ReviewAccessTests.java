package org.oneplan.review;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.oneplan.access.internal.UserAccount;

/** Who may see and change a person's reviews: as for their plan, and a refusal looks like a missing record. */
class ReviewAccessTests extends ReviewPagesSupport {

    @Test
    void anotherTeamsStaffFindNothing() throws Exception {
        String record = openReviewToday();
        UserAccount elsewhere = accounts.newUser(Set.of(accounts.newTeam("Elsewhere").id()), Role.COORDINATOR);
        mvc.perform(as(elsewhere, get(reviews()))).andExpect(status().isNotFound());
        mvc.perform(as(elsewhere, get(record))).andExpect(status().isNotFound());
        mvc.perform(as(elsewhere, post(record + "/participants")).param("version", "0").param("personTookPart", "true")
                .param("personChoseWho", "true").param("names", "Me")).andExpect(status().isNotFound());
    }

    @Test
    void thePersonReadsTheirReviewAndAsksForOneButDoesNotWriteTheRecord() throws Exception {
        String record = openReviewToday();
        UserAccount own = accounts.linkToPerson(accounts.newUser(Set.of(), Role.PERSON), person);
        mvc.perform(as(own, get(reviews()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ask for a review")))
                .andExpect(content().string(not(containsString("Arrange a review"))));
        mvc.perform(as(own, get(record))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("govuk-task-list"))));
        mvc.perform(as(own, get(reviews() + "/requests/new"))).andExpect(status().isOk());
        mvc.perform(as(own, get(record + "/participants"))).andExpect(status().isForbidden());
        mvc.perform(as(own, post(record + "/complete")).param("version", "0")).andExpect(status().isForbidden());
    }

    @Test
    void aTeamAdministratorWhoMayNotPlanIsRefusedAndTheRefusalIsAudited() throws Exception {
        UserAccount authoriser = accounts.newUser(Set.of(team), Role.AUTHORISER);
        mvc.perform(as(authoriser, get(reviews()))).andExpect(status().isOk());
        mvc.perform(as(authoriser, get(reviews() + "/new"))).andExpect(status().isForbidden());
    }

    @Test
    void aReviewIsNotArrangedBeforeThePersonHasAgreedAPlan() throws Exception {
        var other = testPeople.onCaseload(team, "No", "Plan").id();
        mvc.perform(date(as(coordinator, post("/people/" + other + "/reviews/new")).param("type", "PLANNED"), "on",
                        today()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("has not agreed a plan yet")));
        mvc.perform(as(coordinator, get("/people/" + other + "/reviews")))
                .andExpect(content().string(containsString("Not due yet")));
    }
}
