package org.oneplan.budget;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.oneplan.access.internal.UserAccount;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Sign-off through the API: the same steps, rules and access as the pages, and the sign-off in the plan's JSON. */
class SignOffApiTests extends SignOffSupport {

    ResultActions call(UserAccount account, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + accounts.newApiToken(account))
                .contentType(MediaType.APPLICATION_JSON));
    }

    String api() {
        return "/api/v1/people/" + person + "/plan/sign-off";
    }

    @Test
    void thePlanIsSentReturnedSentAgainAndSignedOffAndItsJsonSaysWhereItIsUpTo() throws Exception {
        agreedPlan();
        call(coordinator, get(api())).andExpect(status().isNotFound());
        call(coordinator, post(api())).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WITH_AUTHORISER"))
                .andExpect(jsonPath("$.workingDays").value(0))
                .andExpect(jsonPath("$.authorisersNeeded").value(1))
                .andExpect(jsonPath("$.decisions[0].kind").value("SUBMITTED"));
        call(coordinator, get("/api/v1/people/" + person + "/plan"))
                .andExpect(jsonPath("$.status").value("AGREED_AWAITING_SIGN_OFF"))
                .andExpect(jsonPath("$.signOff.status").value("WITH_AUTHORISER"))
                .andExpect(jsonPath("$.signOff.changedSinceSubmission").value(false));
        call(authoriser, get("/api/v1/sign-offs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].personId").value(person.toString()))
                .andExpect(jsonPath("$.items[0].flag").value("NONE"))
                .andExpect(jsonPath("$.targetDays").value(10));
        call(authoriser, post(api() + "/return").content("{\"reasons\": [{\"part\": \"NEXT\", \"reason\": \"Add a date\"}]}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RETURNED"))
                .andExpect(jsonPath("$.decisions[1].reasons[0].part").value("NEXT"));
        call(coordinator, get("/api/v1/people/" + person + "/plan")).andExpect(jsonPath("$.status").value("DRAFT"));
        asCoordinator(() -> plans.write(person, org.oneplan.planning.PlanPrompt.MATTERS_NOW, "Gardening",
                org.oneplan.planning.Whose.PERSON, null, null));
        agreeAgain();
        call(coordinator, post(api())).andExpect(status().isOk()).andExpect(jsonPath("$.decisions[2].kind").value("RESUBMITTED"));
        String start = java.time.LocalDate.now().plusDays(10).toString();
        call(authoriser, post(api() + "/decision").content("{\"conditions\": \"Call at 3 months\", \"activeFrom\": \"" + start + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SIGNED_OFF"))
                .andExpect(jsonPath("$.decisions[3].versionNumber").value(1))
                .andExpect(jsonPath("$.decisions[3].activeFrom").value(start));
        call(coordinator, get("/api/v1/people/" + person + "/plan/versions/1"))
                .andExpect(jsonPath("$.signOff.conditions").value("Test " + authoriser.username() + ": Call at 3 months"))
                .andExpect(jsonPath("$.signOff.budgetActiveFrom").value(start));
        call(coordinator, get("/api/v1/people/" + person + "/plan/budget")).andExpect(jsonPath("$.activeFrom").value(start));
    }

    @Test
    void refusalsAreProblemsThatSayWhy() throws Exception {
        call(coordinator, post(api())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(
                        "The person has not agreed the plan as it stands. Check the plan, mark it ready and record their agreement first."));
        agreedPlan();
        call(coordinator, post(api())).andExpect(status().isOk());
        call(authoriser, post(api() + "/return").content("{\"reasons\": []}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("parts"));
        call(authoriser, post(api() + "/return").content("{\"reasons\": [{\"part\": \"NOWHERE\", \"reason\": \"x\"}]}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("parts"));
        call(authoriser, post(api() + "/decision").content("{\"activeFrom\": \"2026-13-01\"}")).andExpect(status().isBadRequest());
        call(authoriser, post(api() + "/decision").content("{\"activeFrom\": \"1990-01-01\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("activeFrom"));
        call(authoriser, post(api() + "/decision").content("{\"conditions\": \"" + "x".repeat(2001) + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("conditions"));
    }

    @Test
    void theSameAccessRulesAsThePages() throws Exception {
        agreedPlan();
        call(authoriser, post(api())).andExpect(status().isForbidden());
        call(coordinator, post(api())).andExpect(status().isOk());
        call(coordinator, post(api() + "/decision").content("{}")).andExpect(status().isForbidden());
        call(coordinator, get("/api/v1/sign-offs")).andExpect(status().isForbidden());
        UserAccount elsewhere = accounts.newUser(Set.of(accounts.newTeam("Elsewhere").id()), Role.AUTHORISER);
        call(elsewhere, post(api() + "/decision").content("{}")).andExpect(status().isNotFound());
        call(elsewhere, get(api())).andExpect(status().isNotFound());
        call(elsewhere, get("/api/v1/sign-offs")).andExpect(jsonPath("$.totalItems").value(0));
    }
}
