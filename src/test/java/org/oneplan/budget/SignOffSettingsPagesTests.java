package org.oneplan.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.oneplan.access.internal.UserAccount;

/** An organisation's sign-off settings: its target, when two authorisers sign off, and its criteria. */
class SignOffSettingsPagesTests extends SignOffSupport {

    UserAccount manager;
    String organisation;

    @BeforeEach
    void setUpManager() {
        manager = accounts.newUser(Set.of(team), Role.MANAGER);
        organisation = jdbc.queryForObject("select organisation_id from team where id = ?", String.class, team);
    }

    String settings() {
        return "/settings/" + organisation + "/sign-off";
    }

    @Test
    void aManagerSetsTheTargetTheThresholdAndTheCriteriaAndSeesThemAmongTheSettings() throws Exception {
        mvc.perform(as(manager, get("/settings/" + organisation)))
                .andExpect(content().string(containsString("10 working days")))
                .andExpect(content().string(containsString("One authoriser signs off every plan")))
                .andExpect(content().string(containsString("None written down yet")));
        mvc.perform(as(manager, post(settings())).param("targetDays", "8").param("twoAuthorisersOver", "5,000")
                .param("criteria", "Outcomes in the person's words\n\n  The budget meets the needs  \n"))
                .andExpect(redirectedUrl("/settings/" + organisation));
        mvc.perform(as(manager, get("/settings/" + organisation)))
                .andExpect(content().string(containsString("8 working days")))
                .andExpect(content().string(containsString("Two authorisers sign off a plan whose whole budget is over £5,000 a year")))
                .andExpect(content().string(containsString("2 criteria")));
        assertThat(jdbc.queryForList("select text from sign_off_criterion where organisation_id = ? order by position",
                String.class, java.util.UUID.fromString(organisation)))
                .containsExactly("Outcomes in the person's words", "The budget meets the needs");
    }

    @Test
    void badValuesAreEachShownByTheirFieldAndNothingIsSaved() throws Exception {
        mvc.perform(as(manager, post(settings())).param("targetDays", "ten").param("twoAuthorisersOver", "-5"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Enter the target as a whole number of working days")))
                .andExpect(content().string(containsString("as an amount of £0 or more")));
        mvc.perform(as(manager, post(settings())).param("targetDays", "61")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Enter a target from 1 to 60 working days")));
        mvc.perform(as(manager, post(settings())).param("targetDays", "5").param("criteria", "x".repeat(301)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Write each criterion in 300 characters or fewer")));
        assertThat(jdbc.queryForObject("select count(*) from sign_off_settings where organisation_id = ?",
                Integer.class, java.util.UUID.fromString(organisation))).isZero();
    }

    @Test
    void aPlanOverTheThresholdNeedsTwoDifferentAuthorisers() throws Exception {
        mvc.perform(as(manager, post(settings())).param("targetDays", "10").param("twoAuthorisersOver", "5000"))
                .andExpect(status().is3xxRedirection());
        agreedPlan();
        assertThat(submit().authorisersNeeded()).isEqualTo(2);
        assertThat(signOff(authoriser).stage()).isEqualTo(SignOffStatus.Stage.WITH_AUTHORISER);
        mvc.perform(as(authoriser, get(plan() + "/sign-off/decision")))
                .andExpect(content().string(containsString("You have signed this plan off already")));
        UserAccount second = accounts.newUser(Set.of(team), Role.AUTHORISER);
        mvc.perform(as(second, get("/sign-offs"))).andExpect(content().string(containsString("Two: waiting for the second")));
        assertThat(signOff(second).stage()).isEqualTo(SignOffStatus.Stage.SIGNED_OFF);
        mvc.perform(as(coordinator, get(plan() + "/versions/1"))).andExpect(content().string(containsString(
                "Signed off by Test " + authoriser.username() + " and Test " + second.username())));
    }

    @Test
    void someoneElsesManagerCannotChangeThem() throws Exception {
        UserAccount other = accounts.newUser(Set.of(accounts.newTeam("Other").id()), Role.MANAGER);
        mvc.perform(as(other, get(settings()))).andExpect(status().is4xxClientError());
        mvc.perform(as(coordinator, get(settings()))).andExpect(status().isForbidden());
    }
}
