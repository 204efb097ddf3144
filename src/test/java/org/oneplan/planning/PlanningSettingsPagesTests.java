package org.oneplan.planning;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.oneplan.access.internal.UserAccount;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class PlanningSettingsPagesTests extends PlanPagesSupport {

    UUID organisation;
    UserAccount manager;

    @BeforeEach
    void setUpManager() {
        organisation = jdbc.queryForObject("select organisation_id from team where id = ?", UUID.class, team);
        manager = accounts.newUser(Set.of(team), Role.MANAGER);
    }

    @Test
    void aManagerChangesTheLatestReviewAndTheirOrganisationsPlansFollowIt() throws Exception {
        mvc.perform(as(manager, get("/settings"))).andExpect(redirectedUrl("/settings/" + organisation));
        mvc.perform(as(manager, get(settings())))
                .andExpect(content().string(containsString("6 months (the default)")));
        mvc.perform(as(manager, post(settings() + "/planning")).param("maxReviewMonths", "9"))
                .andExpect(redirectedUrl(settings())).andExpect(flash().attribute("banner", "Planning settings saved"));
        mvc.perform(as(manager, get(settings()))).andExpect(content().string(containsString("9 months")));

        mvc.perform(as(coordinator, review(today().plusMonths(10))))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("no more than 9 months from today")));
        mvc.perform(as(coordinator, review(today().plusMonths(8))))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void monthsOutsideOneToTwelveOrNotANumberAreRefusedByTheField() throws Exception {
        mvc.perform(as(manager, post(settings() + "/planning")).param("maxReviewMonths", "13"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Enter a whole number of months from 1 to 12")))
                .andExpect(content().string(containsString("value=\"13\"")));
        mvc.perform(as(manager, post(settings() + "/planning")).param("maxReviewMonths", "six"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Enter the number of months as a whole number")));
        mvc.perform(as(manager, post(settings() + "/planning")).param("maxReviewMonths", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Enter the number of months")));
    }

    @Test
    void aChangeMadeMeanwhileIsNotOverwritten() throws Exception {
        mvc.perform(as(manager, post(settings() + "/planning")).param("maxReviewMonths", "3"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(as(manager, post(settings() + "/planning")).param("maxReviewMonths", "12"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Saved now: 3 months")));
    }

    @Test
    void onlyTheOrganisationsManagersAndSystemAdministratorsMayChangeIt() throws Exception {
        mvc.perform(as(coordinator, get(settings()))).andExpect(status().isForbidden());
        mvc.perform(as(coordinator, post(settings() + "/planning")).param("maxReviewMonths", "3"))
                .andExpect(status().isForbidden());
        UserAccount elsewhere = accounts.newUser(Set.of(accounts.newTeam("Elsewhere").id()), Role.MANAGER);
        mvc.perform(as(elsewhere, get(settings()))).andExpect(status().isForbidden());
        mvc.perform(as(elsewhere, post(settings() + "/planning")).param("maxReviewMonths", "3"))
                .andExpect(status().isForbidden());
        UserAccount admin = accounts.newUser(Set.of(), Role.SYSTEM_ADMIN);
        mvc.perform(as(admin, get(settings() + "/planning")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Formal reviews of plans")));
    }

    String settings() {
        return "/settings/" + organisation;
    }

    MockHttpServletRequestBuilder review(LocalDate date) {
        return NextStepsPagesTests.review(post(plan() + "/review-arrangements"), date);
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
