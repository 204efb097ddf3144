package org.oneplan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.oneplan.access.internal.UserAccount;
import org.oneplan.support.OnePlanSpringBootTest;
import org.oneplan.support.TestAccounts;
import org.oneplan.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Question 6, "How will you stay in control?": risks, contingency plans and sharing, page by page. */
class ControlPagesTests extends PlanPagesSupport {

    String section() {
        return "/people/" + person + "/plan/control";
    }

    ResultActions addRisk(String wrong) throws Exception {
        return mvc.perform(as(coordinator, post(section() + "/risks/new")).param("first", wrong)
                .param("second", "I want to walk to the shop on my own").param("third", "My stick and my phone")
                .param("whose", "PERSON"));
    }

    UUID riskId(String wrong) {
        return jdbc.queryForObject("select id from plan_risk where what_could_go_wrong = ? and plan_id in "
                + "(select id from care_plan where person_id = ?)", UUID.class, wrong, person);
    }

    @Test
    void aRiskIsAddedInThePersonsWordsWithWhatTheyTypedEscaped() throws Exception {
        mvc.perform(as(coordinator, get(section()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("6. How will you stay in control?")))
                .andExpect(content().string(containsString("No risks recorded yet.")));
        addRisk("I might fall <script>alert(1)</script>").andExpect(redirectedUrl(section()))
                .andExpect(flash().attribute("banner", "Risk added"));
        mvc.perform(as(coordinator, get(section())))
                .andExpect(content().string(containsString("I might fall &lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))))
                .andExpect(content().string(containsString("In Ada Plan&#39;s own words")));
        assertThat(jdbc.queryForList("select detail from audit_event where record_id = ? and action = 'CREATED'",
                String.class, person)).contains("Added a risk in staying in control")
                .noneMatch(d -> d.contains("fall"));
    }

    @Test
    void mistakesAreShownByTheirFieldsAndWhatWasTypedIsKept() throws Exception {
        mvc.perform(as(coordinator, post(section() + "/contingencies/new")).param("first", "If my carer is ill")
                        .param("second", " ").param("third", "Ann 07700 900123").param("whose", "PERSON"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("<title>Error: Add a contingency plan")))
                .andExpect(content().string(containsString("Enter what to do")))
                .andExpect(content().string(containsString("href=\"#second\"")))
                .andExpect(content().string(containsString("If my carer is ill")))
                .andExpect(content().string(containsString("Ann 07700 900123")));
        mvc.perform(as(coordinator, post(section() + "/sharing")).param("text", "").param("whose", "PERSON"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Enter who the plan is shared with and what they may see")));
        mvc.perform(as(coordinator, get(section() + "/nothing/new"))).andExpect(status().isNotFound());
    }

    @Test
    void twoPeopleChangingTheSameRiskDoNotOverwriteEachOther() throws Exception {
        addRisk("First words");
        String edit = section() + "/risks/" + riskId("First words");
        mvc.perform(as(coordinator, get(edit))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Change a risk")))
                .andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
        mvc.perform(as(coordinator, post(edit)).param("first", "Saved first").param("second", "b").param("third", "c")
                .param("whose", "PERSON").param("version", "0")).andExpect(redirectedUrl(section()));
        mvc.perform(as(coordinator, post(edit)).param("first", "My later words").param("second", "b").param("third", "c")
                        .param("whose", "PERSON").param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("What is saved now")))
                .andExpect(content().string(containsString("Saved first")))
                .andExpect(content().string(containsString("My later words")))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
    }

    @Test
    void aRemovedRiskIsKeptButNoLongerShown() throws Exception {
        addRisk("Keep me in the records");
        UUID risk = riskId("Keep me in the records");
        mvc.perform(as(coordinator, get(section() + "/risks/" + risk + "/remove"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Are you sure you want to remove this risk?")))
                .andExpect(content().string(containsString("Keep me in the records")));
        mvc.perform(as(coordinator, post(section() + "/risks/" + risk + "/remove")).param("version", "3"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone changed this since you opened it")));
        mvc.perform(as(coordinator, post(section() + "/risks/" + risk + "/remove")).param("version", "0"))
                .andExpect(redirectedUrl(section())).andExpect(flash().attribute("banner", "Risk removed"));
        mvc.perform(as(coordinator, get(section())))
                .andExpect(content().string(not(containsString("Keep me in the records"))));
        assertThat(jdbc.queryForObject("select removed_by from plan_risk where id = ?", String.class, risk))
                .isEqualTo(coordinator.username());
        mvc.perform(as(coordinator, get(section() + "/risks/" + risk))).andExpect(status().isNotFound());
    }

    @Test
    void aContingencyPlanAndTheSharingAreShownWithWhoseWordsTheyAre() throws Exception {
        mvc.perform(as(coordinator, post(section() + "/contingencies/new")).param("first", "If I fall")
                .param("second", "Press my pendant").param("third", "Ann 07700 900123").param("whose", "SUPPORTER")
                .param("whoseName", "Ann Control (daughter)")).andExpect(redirectedUrl(section()));
        mvc.perform(as(coordinator, post(section() + "/sharing")).param("text", "My GP can see all of it")
                .param("whose", "PERSON").param("noRisksDiscussed", "true")).andExpect(redirectedUrl(section()));
        mvc.perform(as(coordinator, get(section())))
                .andExpect(content().string(containsString("Press my pendant")))
                .andExpect(content().string(containsString("In the words of Ann Control (daughter), a supporter")))
                .andExpect(content().string(containsString("My GP can see all of it")))
                .andExpect(content().string(containsString("there were none the person wanted to write down")));
        mvc.perform(as(coordinator, post(section() + "/sharing")).param("text", "Only my GP").param("whose", "PERSON"))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("My GP can see all of it")));
    }

    @Test
    void onlyPeopleWhoMayPlanChangeItAndOthersAreRefused() throws Exception {
        addRisk("Visible to the team");
        var otherTeam = accounts.newUser(Set.of(accounts.newTeam("Other").id()), Role.COORDINATOR);
        mvc.perform(as(otherTeam, get(section()))).andExpect(status().isNotFound());
        mvc.perform(as(otherTeam, post(section() + "/risks/new")).param("first", "x")).andExpect(status().isNotFound());
        var authoriser = accounts.newUser(Set.of(team), Role.AUTHORISER);
        mvc.perform(as(authoriser, get(section()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Visible to the team")))
                .andExpect(content().string(not(containsString("/control/risks/new"))));
        mvc.perform(as(authoriser, post(section() + "/risks/new")).param("first", "x")).andExpect(status().isForbidden());
        var own = accounts.linkToPerson(accounts.newUser(Set.of(), Role.PERSON), person);
        mvc.perform(as(own, get(section()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Visible to the team")));
        UUID noPlan = testPeople.onCaseload(team, "Bo", "Noplan").id();
        mvc.perform(as(coordinator, get("/people/" + noPlan + "/plan/control"))).andExpect(status().isNotFound());
    }
}
