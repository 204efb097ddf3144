package org.oneplan.review;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
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

/** A person on a new team's caseload, a coordinator of that team, and (unless a test says not) their agreed plan. */
@OnePlanSpringBootTest
@Import({TestAccounts.Config.class, TestPeople.Config.class, AgreedPlans.Config.class})
abstract class ReviewPagesSupport {

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired TestPeople testPeople;
    @Autowired AgreedPlans agreedPlans;
    @Autowired JdbcTemplate jdbc;

    UUID team;
    UUID person;
    UserAccount coordinator;
    AgreedPlans.Plan plan;

    @BeforeEach
    void setUpPersonAndPlan() {
        team = accounts.newTeam("Review").id();
        person = testPeople.onCaseload(team, "Ada", "Review").id();
        coordinator = accounts.newUser(Set.of(team), Role.COORDINATOR);
        if (agreesPlan()) {
            plan = agreedPlans.agree(accounts.principal(coordinator), person, today());
        }
    }

    boolean agreesPlan() {
        return true;
    }

    MockHttpServletRequestBuilder as(UserAccount account, MockHttpServletRequestBuilder request) {
        return request.with(user(accounts.principal(account))).with(csrf());
    }

    String reviews() {
        return "/people/" + person + "/reviews";
    }

    /** Opens a review held today, through the page, and returns its record's address. */
    String openReviewToday() throws Exception {
        String location = mvc.perform(date(as(coordinator, post(reviews() + "/new")).param("type", "PLANNED"), "on",
                today())).andReturn().getResponse().getRedirectedUrl();
        return location;
    }

    long version(String record) {
        return jdbc.queryForObject("select version from review where id = ?", Long.class,
                UUID.fromString(record.substring(record.lastIndexOf('/') + 1)));
    }

    /** Records progress on one of the plan's actions, as its coordinator does on the action's progress page. */
    void progress(UUID action, String status, String note) throws Exception {
        mvc.perform(as(coordinator, post("/people/" + person + "/plan/actions/" + action + "/progress"))
                .param("status", status).param("note", note).param("version", "0"))
                .andExpect(status().is3xxRedirection());
    }

    static MockHttpServletRequestBuilder date(MockHttpServletRequestBuilder request, String field, LocalDate date) {
        return request.param(field + ".day", "" + date.getDayOfMonth()).param(field + ".month", "" + date.getMonthValue())
                .param(field + ".year", "" + date.getYear());
    }

    static LocalDate today() {
        return AgreedPlans.today();
    }
}
