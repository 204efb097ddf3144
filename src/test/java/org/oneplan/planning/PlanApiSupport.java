package org.oneplan.planning;

import java.util.Set;
import java.util.UUID;
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

/** A person on a new team's caseload and a coordinator of that team, calling the plan API with a token. */
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
    void setUpPersonAndCoordinator() {
        team = accounts.newTeam("Plans API").id();
        person = testPeople.onCaseload(team, "Ada", "Plan").id();
        coordinator = accounts.newUser(Set.of(team), Role.COORDINATOR);
    }

    /** Calls the API as the account, with a bearer token like any API client. */
    ResultActions call(UserAccount account, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + accounts.newApiToken(account))
                .contentType(MediaType.APPLICATION_JSON));
    }

    static String plan(UUID personId) {
        return "/api/v1/people/" + personId + "/plan";
    }
}
