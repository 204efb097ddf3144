package org.oneplan.selfassessment;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.oneplan.access.Role;
import org.oneplan.access.internal.UserAccount;
import org.oneplan.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The self-assessment pages driven through MockMvc by a team's manager, who starts an assessment. */
abstract class AssessmentPagesSupport {

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired Frameworks frameworks;

    UUID team;
    UserAccount manager;

    @BeforeEach
    void setUpTeam() {
        team = accounts.newTeam("Pages").id();
        manager = accounts.newUser(Set.of(team), Role.MANAGER);
    }

    MockHttpServletRequestBuilder as(UserAccount account, MockHttpServletRequestBuilder request) {
        return request.with(user(accounts.principal(account))).with(csrf());
    }

    /** Starts "Autumn", assessed on 1 November 2026 with Sam (lived experience), and returns its id. */
    String start() throws Exception {
        String location = mvc.perform(as(manager, post("/self-assessment/new"))
                        .param("name", "Autumn").param("assessedOn.day", "1").param("assessedOn.month", "11")
                        .param("assessedOn.year", "2026").param("teamId", team.toString())
                        .param("participants[0].name", "Sam").param("participants[0].capacity", "LIVED_EXPERIENCE"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return location.substring(location.lastIndexOf('/') + 1);
    }
}
