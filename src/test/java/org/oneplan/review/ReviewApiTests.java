package org.oneplan.review;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.oneplan.access.internal.UserAccount;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Reviews through the API, with the pages' access rules: bearer tokens, ETags and problem details. */
class ReviewApiTests extends ReviewPagesSupport {

    ResultActions call(UserAccount account, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + accounts.newApiToken(account))
                .contentType(MediaType.APPLICATION_JSON));
    }

    String api(String path) {
        return "/api/v1/people/" + person + path;
    }

    @Test
    void theReviewsListTheNextReviewAndEveryReviewWithItsTypeAndStatus() throws Exception {
        call(coordinator, post(api("/reviews")).content("{\"type\":\"PLANNED\",\"on\":\"" + today().plusDays(5) + "\"}"))
                .andExpect(status().isCreated()).andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.status").value("SCHEDULED"));
        call(coordinator, get(api("/reviews"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.next.dueOn").value(today().plusMonths(3).toString()))
                .andExpect(jsonPath("$.next.daysLate").value(0))
                .andExpect(jsonPath("$.reviews[0].type").value("PLANNED"))
                .andExpect(jsonPath("$.reviews[0].status").value("SCHEDULED"))
                .andExpect(jsonPath("$.responseDays").value(10));
        call(coordinator, get(api("/plan"))).andExpect(jsonPath("$.nextReviewDate").value(today().plusMonths(3).toString()));
    }

    @Test
    void thePersonAsksForAReviewButOnlyTheirTeamArrangesOne() throws Exception {
        UserAccount own = accounts.linkToPerson(accounts.newUser(Set.of(), Role.PERSON), person);
        call(own, post(api("/review-requests")).content("{\"requestedBy\":\"PERSON\",\"requestedOn\":\"" + today()
                        + "\",\"why\":\"My garden is too much now\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.ageInWorkingDays").value(0))
                .andExpect(jsonPath("$.overTarget").value(false));
        call(own, post(api("/reviews")).content("{\"type\":\"PLANNED\",\"on\":\"" + today() + "\"}"))
                .andExpect(status().isForbidden());
        call(own, get(api("/reviews"))).andExpect(status().isOk()).andExpect(jsonPath("$.requests.length()").value(1));
        UserAccount elsewhere = accounts.newUser(Set.of(accounts.newTeam("Elsewhere").id()), Role.COORDINATOR);
        call(elsewhere, get(api("/reviews"))).andExpect(status().isNotFound());
        call(elsewhere, post(api("/review-requests")).content("{\"requestedBy\":\"PERSON\",\"requestedOn\":\""
                + today() + "\",\"why\":\"x\"}")).andExpect(status().isNotFound());
    }

    @Test
    void aBadRequestNamesTheFieldAndSavesNothing() throws Exception {
        call(coordinator, post(api("/review-requests")).content("{\"requestedBy\":\"PROVIDER\",\"requestedOn\":\""
                        + today().plusDays(1) + "\",\"why\":\"Falls\",\"requesterName\":\"Home Care Ltd\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("requestedOn"));
        call(coordinator, post(api("/review-requests")).content("{\"requestedOn\":\"2026-02-31\"}"))
                .andExpect(status().isBadRequest());
        call(coordinator, get(api("/reviews"))).andExpect(jsonPath("$.requests.length()").value(0));
    }

    @Test
    void theRecordIsReadWholeAndWrittenPartByPartWithItsVersion() throws Exception {
        String created = call(coordinator, post(api("/reviews")).content("{\"type\":\"PLANNED\",\"on\":\"" + today() + "\"}"))
                .andReturn().getResponse().getHeader("Location");
        call(coordinator, get(created)).andExpect(status().isOk()).andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.planOutcomes.length()").value(2))
                .andExpect(jsonPath("$.gaps.length()").value(5));
        String statement = "{\"working\":true,\"perspective\":\"PERSON\",\"text\":\"My son visits on Sundays\"}";
        call(coordinator, post(created + "/statements").content(statement)).andExpect(status().isPreconditionRequired());
        call(coordinator, post(created + "/statements").content(statement).header("If-Match", "\"3\""))
                .andExpect(status().isPreconditionFailed());
        call(coordinator, post(created + "/statements").content(statement).header("If-Match", "\"0\""))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.statements[0].text").value("My son visits on Sundays"))
                .andExpect(jsonPath("$.gaps.length()").value(4));
        call(coordinator, put(created + "/outcomes/" + plan.garden()).header("If-Match", "\"1\"")
                        .content("{\"progress\":\"PARTLY\",\"rating\":12}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("rating"));
        call(coordinator, put(created + "/answers/nothing").header("If-Match", "\"1\"").content("{}"))
                .andExpect(status().isNotFound());
        call(coordinator, post(created + "/complete").header("If-Match", "\"1\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Some parts of the review are still missing"));
    }

    @Test
    void eachPlanActionComesWithItsProgressAndOneLeftOutOfTheDecisionsClosesWhenDone() throws Exception {
        progress(plan.minibus(), "DONE", "The office booked her a seat");
        String created = call(coordinator, post(api("/reviews")).content("{\"type\":\"PLANNED\",\"on\":\"" + today() + "\"}"))
                .andReturn().getResponse().getHeader("Location");
        call(coordinator, get(created)).andExpect(status().isOk())
                .andExpect(jsonPath("$.planActions[0].id").value(plan.minibus().toString()))
                .andExpect(jsonPath("$.planActions[0].text").value("Ring the church office about the minibus"))
                .andExpect(jsonPath("$.planActions[0].progress.status").value("DONE"))
                .andExpect(jsonPath("$.planActions[0].progress.latestNote.note").value("The office booked her a seat"))
                .andExpect(jsonPath("$.planActions[0].decision").value("CLOSE"))
                .andExpect(jsonPath("$.planActions[0].decided").value(false))
                .andExpect(jsonPath("$.planActions[1].progress.status").value("NOT_STARTED"))
                .andExpect(jsonPath("$.planActions[1].decision").value("CARRY_OVER"));
        call(coordinator, put(created + "/actions").header("If-Match", "\"0\"")
                        .content("{\"" + plan.gardener() + "\":\"CLOSE\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.planActions[0].decision").value("CLOSE"))
                .andExpect(jsonPath("$.planActions[0].decided").value(false))
                .andExpect(jsonPath("$.planActions[1].decision").value("CLOSE"))
                .andExpect(jsonPath("$.planActions[1].decided").value(true));
        call(coordinator, put(created + "/actions").header("If-Match", "\"1\"")
                        .content("{\"" + plan.minibus() + "\":\"CARRY_OVER\"}"))
                .andExpect(jsonPath("$.planActions[0].decision").value("CARRY_OVER"))
                .andExpect(jsonPath("$.planActions[1].decision").value("CARRY_OVER"))
                .andExpect(jsonPath("$.planActions[1].decided").value(false));
    }

    @Test
    void aRequestIsAnsweredWithItsVersion() throws Exception {
        String body = call(coordinator, post(api("/review-requests")).content("{\"requestedBy\":\"FAMILY_OR_CARER\","
                + "\"requesterName\":\"Karen\",\"requestedOn\":\"" + today() + "\",\"why\":\"Falls\"}"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        call(coordinator, post(api("/review-requests/" + id + "/response")).header("If-Match", "\"0\"")
                        .content("{\"response\":\"A review is arranged\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.answeredOn").value(today().toString()));
        call(coordinator, post(api("/review-requests/" + id + "/response")).header("If-Match", "\"1\"")
                        .content("{\"response\":\"Again\"}"))
                .andExpect(status().isBadRequest());
    }
}
