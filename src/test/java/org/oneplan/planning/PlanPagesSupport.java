package org.oneplan.planning;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A person on a new team's caseload, a coordinator of that team, and (unless a test says not) their plan started. */
@OnePlanSpringBootTest
@Import({TestAccounts.Config.class, TestPeople.Config.class})
abstract class PlanPagesSupport {

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired TestPeople testPeople;
    @Autowired JdbcTemplate jdbc;

    UUID team;
    UUID person;
    UserAccount coordinator;

    @BeforeEach
    void setUpPersonAndPlan() throws Exception {
        team = accounts.newTeam("Plan").id();
        person = testPeople.onCaseload(team, "Ada", "Plan").id();
        coordinator = accounts.newUser(Set.of(team), Role.COORDINATOR);
        if (startsPlan()) {
            mvc.perform(as(coordinator, post(plan())));
        }
    }

    boolean startsPlan() {
        return true;
    }

    MockHttpServletRequestBuilder as(UserAccount account, MockHttpServletRequestBuilder request) {
        return request.with(user(accounts.principal(account))).with(csrf());
    }

    String plan() {
        return "/people/" + person + "/plan";
    }
}
