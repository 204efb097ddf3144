package org.oneplan.budget;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.oneplan.access.internal.UserAccount;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The budget API: the same rules and access as the pages, with If-Match for changes and the budget in the plan's JSON. */
class BudgetApiTests extends BudgetPagesSupport {

    static final String WHOLE = """
            {"indicative": {"amount": 180, "period": "WEEK", "on": "2025-03-01", "basis": "RESOURCE_ALLOCATION"},
             "split": {"total": 9360, "personPays": 1560, "councilPays": 7800, "period": "YEAR",
                       "other": [{"source": "NHS personal health budget", "amount": 520}]},
             "deployment": {"way": "DIRECT_PAYMENT"},
             "directPayment": {"holder": "AUTHORISED_PERSON", "holderName": "Jo Budget", "needCodes": ["nutrition"],
                               "amount": 760, "frequency": "FOUR_WEEKLY"}}""";

    ResultActions call(UserAccount account, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + accounts.newApiToken(account))
                .contentType(MediaType.APPLICATION_JSON));
    }

    String api() {
        return "/api/v1/people/" + person + "/plan/budget";
    }

    String line(String cost) {
        return """
                {"description": "Someone I choose to take me to church", "whose": "PERSON",
                 "supportType": "personal-assistant", "outcomeIds": ["%s"], "cost": %s, "period": "WEEK"}"""
                .formatted(church, cost);
    }

    @Test
    void theBudgetIsRecordedInOneGoAndReadBackAWeekAndAYearWithWhatIsMissing() throws Exception {
        call(coordinator, get(api())).andExpect(status().isOk())
                .andExpect(header().doesNotExist("ETag"))
                .andExpect(jsonPath("$.expected").value(true))
                .andExpect(jsonPath("$.version").doesNotExist())
                .andExpect(jsonPath("$.missing.length()").value(4))
                .andExpect(jsonPath("$.missing[0].fix").value(api().replace("/api/v1", "") + "/indicative"));
        call(coordinator, put(api()).content(WHOLE)).andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.indicative.amount.perYear").value(9360.00))
                .andExpect(jsonPath("$.budget.councilPays.perWeek").value(150.00))
                .andExpect(jsonPath("$.budget.otherPublicMoney[0].source").value("NHS personal health budget"))
                .andExpect(jsonPath("$.budget.whole.perYear").value(9880.00))
                .andExpect(jsonPath("$.deployment.way").value("DIRECT_PAYMENT"))
                .andExpect(jsonPath("$.directPayment.holderName").value("Jo Budget"))
                .andExpect(jsonPath("$.directPayment.perYear.perYear").value(9880.00))
                .andExpect(jsonPath("$.complete").value(false))
                .andExpect(jsonPath("$.missing[0].message").value("Spending plan \u2014 add what the money will buy"));
    }

    @Test
    void aChangeToWhatExistsNeedsItsVersionAndARuleBrokenNamesTheField() throws Exception {
        call(coordinator, put(api()).content(WHOLE)).andExpect(status().isOk());
        call(coordinator, put(api()).content("{\"allowance\": {\"amount\": 10, \"period\": \"WEEK\"}}"))
                .andExpect(status().isPreconditionRequired());
        call(coordinator, put(api()).header("If-Match", "\"7\"").content("{\"allowance\": {\"amount\": 10, \"period\": \"WEEK\"}}"))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.currentVersion").value(0));
        call(coordinator, put(api()).header("If-Match", "\"0\"")
                        .content("{\"split\": {\"total\": 9360, \"personPays\": 1000, \"councilPays\": 7800, \"period\": \"YEAR\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("councilPays"))
                .andExpect(jsonPath("$.detail").value(containsString("add up to £8,800, but the total cost is £9,360")));
        call(coordinator, put(api()).header("If-Match", "\"0\"")
                        .content("{\"split\": {\"total\": -1, \"period\": \"YEAR\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Enter the total cost to the council as an amount of £0 or more"));
        call(coordinator, put(api()).header("If-Match", "\"0\"")
                        .content("{\"directPayment\": {\"holder\": \"NOMINATED_PERSON\", \"needsText\": \"x\", \"amount\": 1, \"frequency\": \"WEEKLY\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("holderName"));
    }

    @Test
    void spendingLinesAreAddedChangedAndRemovedWithTheirVersions() throws Exception {
        call(coordinator, put(api()).content(WHOLE));
        String location = call(coordinator, post(api() + "/spending").content(line("190")))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(header().string("Location", containsString(api() + "/spending/")))
                .andExpect(jsonPath("$.cost.perYear").value(9880.00))
                .andExpect(jsonPath("$.recurring").value(true))
                .andReturn().getResponse().getHeader("Location");
        call(coordinator, get(api())).andExpect(jsonPath("$.complete").value(true))
                .andExpect(jsonPath("$.spending.total.perWeek").value(190.00))
                .andExpect(jsonPath("$.spending.under.perYear").value(0));
        call(coordinator, put(location).content(line("200"))).andExpect(status().isPreconditionRequired());
        call(coordinator, put(location).header("If-Match", "\"0\"").content(line("200")))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""));
        call(coordinator, get(api())).andExpect(jsonPath("$.complete").value(false))
                .andExpect(jsonPath("$.spending.over.perYear").value(520.00));
        call(coordinator, delete(location).header("If-Match", "\"0\"")).andExpect(status().isPreconditionFailed());
        call(coordinator, delete(location).header("If-Match", "\"1\"")).andExpect(status().isNoContent());
        call(coordinator, get(location)).andExpect(status().isNotFound());
        call(coordinator, get(api())).andExpect(jsonPath("$.spending.lines.length()").value(0));
    }

    @Test
    void thePlansJsonCarriesTheBudgetAndQuestionFourIsCompletedOnlyWhenNothingIsMissing() throws Exception {
        call(coordinator, get("/api/v1/people/" + person + "/plan"))
                .andExpect(jsonPath("$.budget.expected").value(true))
                .andExpect(jsonPath("$.sections[7].key").value("money"))
                .andExpect(jsonPath("$.sections[7].status").value("IN_PROGRESS"));
        call(coordinator, put(api()).content(WHOLE));
        call(coordinator, post(api() + "/spending").content(line("190")));
        call(coordinator, get("/api/v1/people/" + person + "/plan"))
                .andExpect(jsonPath("$.budget.deployment.way").value("DIRECT_PAYMENT"))
                .andExpect(jsonPath("$.budget.spending.lines[0].description").value("Someone I choose to take me to church"))
                .andExpect(jsonPath("$.sections[7].status").value("COMPLETED"));
    }

    @Test
    void readersSeeTheBudgetPlannersChangeItAndOthersAreTurnedAway() throws Exception {
        call(coordinator, put(api()).content(WHOLE));
        UserAccount authoriser = accounts.newUser(Set.of(team), Role.AUTHORISER);
        call(authoriser, get(api())).andExpect(status().isOk());
        call(authoriser, put(api()).header("If-Match", "\"0\"").content(WHOLE)).andExpect(status().isForbidden());
        call(authoriser, post(api() + "/spending").content(line("1"))).andExpect(status().isForbidden());
        UserAccount own = accounts.linkToPerson(accounts.newUser(Set.of(), Role.PERSON), person);
        call(own, get(api())).andExpect(status().isOk()).andExpect(jsonPath("$.budget.total.perYear").value(9360.00));
        UserAccount elsewhere = accounts.newUser(Set.of(accounts.newTeam("Elsewhere").id()), Role.COORDINATOR);
        call(elsewhere, get(api())).andExpect(status().isNotFound());
        call(elsewhere, put(api()).header("If-Match", "\"0\"").content(WHOLE)).andExpect(status().isNotFound());
        call(coordinator, get(api().replace(person.toString(), java.util.UUID.randomUUID().toString())))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", endsWith("problem+json")));
    }
}
