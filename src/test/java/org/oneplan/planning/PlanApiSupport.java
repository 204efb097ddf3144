package org.oneplan.planning;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.oneplan.access.Role;
import org.oneplan.access.internal.UserAccount;
import org.oneplan.support.OnePlanSpringBootTest;
import org.oneplan.support.TestAccounts;
import org.oneplan.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A person on a new team's caseload, a coordinator of that team calling the API with a bearer token, and the
 * person's plan started through the API (unless a test says not).
 */
@OnePlanSpringBootTest
@Import({TestAccounts.Config.class, TestPeople.Config.class})
abstract class PlanApiSupport {

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired TestPeople testPeople;

    UUID team;
    UUID person;
    UserAccount coordinator;

    @BeforeEach
    void setUpPersonAndPlan() throws Exception {
        team = accounts.newTeam("Plan API").id();
        person = testPeople.onCaseload(team, "Ada", "Plan").id();
        coordinator = accounts.newUser(Set.of(team), Role.COORDINATOR);
        if (startsPlan()) {
            call(coordinator, post(plan()));
        }
    }

    boolean startsPlan() {
        return true;
    }

    /** Calls the API as the account, with a bearer token like any API client. */
    ResultActions call(UserAccount account, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + accounts.newApiToken(account))
                .contentType(MediaType.APPLICATION_JSON));
    }

    ResultActions call(MockHttpServletRequestBuilder request) throws Exception {
        return call(coordinator, request);
    }

    static String plan(UUID personId) {
        return "/api/v1/people/" + personId + "/plan";
    }

    /** The address of a part of the person's plan: plan("outcomes") is …/plan/outcomes. */
    String plan(String... parts) {
        return "/api/v1/people/" + person + "/plan" + (parts.length == 0 ? "" : "/" + String.join("/", parts));
    }

    static String read(ResultActions result, String path) throws Exception {
        return JsonPath.read(result.andReturn().getResponse().getContentAsString(), path).toString();
    }

    static String location(ResultActions result) {
        return result.andReturn().getResponse().getHeader("Location");
    }

    /** A JSON object from alternating names and values; strings (also in lists) are quoted, anything else is as is. */
    static String json(Object... namesAndValues) {
        StringBuilder s = new StringBuilder("{");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object v = namesAndValues[i + 1];
            s.append(i == 0 ? "" : ",").append('"').append(namesAndValues[i]).append("\":")
                    .append(v instanceof Collection<?> c ? c.stream().map(PlanApiSupport::quoted)
                            .collect(Collectors.joining(",", "[", "]")) : quoted(v));
        }
        return s.append('}').toString();
    }

    private static String quoted(Object v) {
        return v instanceof String ? "\"" + v + "\"" : String.valueOf(v);
    }
}
