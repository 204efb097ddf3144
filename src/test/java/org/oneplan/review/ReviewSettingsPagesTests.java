package org.oneplan.review;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.oneplan.access.internal.UserAccount;

/** An organisation's review settings, and what they change: the first review of a new plan, the time to answer. */
class ReviewSettingsPagesTests extends ReviewPagesSupport {

    UUID organisation;
    UserAccount manager;

    @Override
    boolean agreesPlan() {
        return false;
    }

    @BeforeEach
    void setUpManager() {
        organisation = jdbc.queryForObject("select organisation_id from team where id = ?", UUID.class, team);
        manager = accounts.newUser(Set.of(team), Role.MANAGER);
    }

    @Test
    void aManagerTurnsOnTheFirstReviewAndNewPlansAreDueWithinEightWeeks() throws Exception {
        mvc.perform(as(manager, get(settings())))
                .andExpect(content().string(containsString("No separate first review")))
                .andExpect(content().string(containsString("10 working days (the default)")));
        mvc.perform(as(manager, post(settings() + "/reviews")).param("firstReview", "true").param("responseDays", "5"))
                .andExpect(redirectedUrl(settings()));
        mvc.perform(as(manager, get(settings())))
                .andExpect(content().string(containsString("6 to 8 weeks after it is first agreed")))
                .andExpect(content().string(containsString("5 working days")));

        agreedPlans.agree(accounts.principal(coordinator), person, today());
        mvc.perform(as(coordinator, get(reviews())))
                .andExpect(content().string(containsString("Due by " + ReviewPagesTests.DAY.format(today().plusWeeks(8)))))
                .andExpect(content().string(containsString("First review of a new plan: between "
                        + ReviewPagesTests.DAY.format(today().plusWeeks(6)))));
        mvc.perform(as(coordinator, get("/reviews").param("list", "requested")))
                .andExpect(content().string(containsString("Requests are answered within 5 working days.")));
    }

    @Test
    void daysOutsideTheRangeOrNotANumberAreRefusedByTheField() throws Exception {
        mvc.perform(as(manager, post(settings() + "/reviews")).param("firstReview", "false").param("responseDays", "61"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Enter a whole number of working days from 1 to 60")));
        mvc.perform(as(manager, post(settings() + "/reviews")).param("firstReview", "false").param("responseDays", "ten"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Enter the number of working days as a whole number")));
        mvc.perform(as(manager, post(settings() + "/reviews")).param("responseDays", "10"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Select whether a new plan has a first review")));
    }

    @Test
    void onlyTheOrganisationsManagersChangeIt() throws Exception {
        mvc.perform(as(coordinator, get(settings() + "/reviews"))).andExpect(status().isForbidden());
        UserAccount elsewhere = accounts.newUser(Set.of(accounts.newTeam("Elsewhere").id()), Role.MANAGER);
        mvc.perform(as(elsewhere, post(settings() + "/reviews")).param("firstReview", "true").param("responseDays", "3"))
                .andExpect(status().isForbidden());
    }

    String settings() {
        return "/settings/" + organisation;
    }
}
