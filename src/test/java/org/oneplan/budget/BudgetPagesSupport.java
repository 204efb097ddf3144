package org.oneplan.budget;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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

/**
 * A person on a new team's caseload, a coordinator of that team, and their plan started with one outcome and
 * "Will the person have a personal budget?" answered yes (unless a test says not), with helpers that record
 * each part of the budget through the pages.
 */
@OnePlanSpringBootTest
@Import({TestAccounts.Config.class, TestPeople.Config.class})
abstract class BudgetPagesSupport {

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired TestPeople testPeople;
    @Autowired JdbcTemplate jdbc;

    UUID team;
    UUID person;
    UserAccount coordinator;
    UUID church;

    @BeforeEach
    void setUpPersonPlanAndBudgetAnswer() throws Exception {
        team = accounts.newTeam("Budget").id();
        person = testPeople.onCaseload(team, "Bea", "Budget").id();
        coordinator = accounts.newUser(Set.of(team), Role.COORDINATOR);
        mvc.perform(as(coordinator, post(plan())));
        church = outcome("I want to get to church on Sundays");
        if (answersYes()) {
            mvc.perform(as(coordinator, post(plan() + "/money")).param("budget", "YES"));
        }
    }

    boolean answersYes() {
        return true;
    }

    MockHttpServletRequestBuilder as(UserAccount account, MockHttpServletRequestBuilder request) {
        return request.with(user(accounts.principal(account))).with(csrf());
    }

    String plan() {
        return "/people/" + person + "/plan";
    }

    String budget() {
        return plan() + "/budget";
    }

    UUID outcome(String text) throws Exception {
        mvc.perform(as(coordinator, post(plan() + "/outcomes/new")).param("text", text).param("whose", "PERSON"));
        return jdbc.queryForObject("select o.id from plan_outcome o join care_plan p on p.id = o.plan_id "
                + "where p.person_id = ? and o.text = ?", UUID.class, person, text);
    }

    Long version() {
        return jdbc.query("select version from personal_budget where person_id = ?",
                rs -> rs.next() ? rs.getLong(1) : null, person);
    }

    MockHttpServletRequestBuilder save(String part) {
        MockHttpServletRequestBuilder request = as(coordinator, post(budget() + "/" + part));
        Long v = version();
        return v == null ? request : request.param("version", v.toString());
    }

    /** Records every part of a £9,360-a-year budget, as a direct payment, spent in full. */
    void recordWholeBudget() throws Exception {
        mvc.perform(save("indicative").param("amount", "180").param("period", "WEEK").param("on.day", "1")
                .param("on.month", "3").param("on.year", "2025").param("basis", "RESOURCE_ALLOCATION"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(save("split").param("period", "YEAR").param("total", "9360").param("personPays", "1560")
                .param("councilPays", "7800")).andExpect(status().is3xxRedirection());
        mvc.perform(save("deployment").param("way", "DIRECT_PAYMENT")).andExpect(status().is3xxRedirection());
        mvc.perform(save("direct-payment").param("holder", "PERSON").param("needsText", "Getting out and about")
                .param("amount", "600").param("frequency", "FOUR_WEEKLY")).andExpect(status().is3xxRedirection());
        line("Someone I choose to take me to church", "personal-assistant", "180", "WEEK");
    }

    void line(String words, String type, String cost, String period) throws Exception {
        mvc.perform(as(coordinator, post(budget() + "/spending/new")).param("description", words)
                .param("whose", "PERSON").param("supportType", type).param("outcomeIds", church.toString())
                .param("cost", cost).param("period", period)).andExpect(status().is3xxRedirection());
    }
}
