package org.oneplan.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.oneplan.access.internal.UserAccount;
import org.oneplan.selfassessment.internal.SelfAssessments;
import org.oneplan.support.OnePlanSpringBootTest;
import org.oneplan.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@OnePlanSpringBootTest
@Import(TestAccounts.Config.class)
class ProgressOverTimeTests {

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired Frameworks frameworks;
    @Autowired EntityManagerFactory entityManagerFactory;
    @Autowired SelfAssessments selfAssessments;

    UUID team;
    UserAccount manager;

    @BeforeEach
    void setUp() {
        team = accounts.newTeam("Over time").id();
        manager = accounts.newUser(Set.of(team), Role.MANAGER);
    }

    MockHttpServletRequestBuilder as(UserAccount account, MockHttpServletRequestBuilder request) {
        return request.with(user(accounts.principal(account))).with(csrf());
    }

    /**
     * Starts, answers every item at the level given (S1-1a at its own level) and submits, through the
     * service as the given user: the pages for this are tested elsewhere, and 40 requests each would be slow.
     */
    String submitted(UserAccount by, UUID teamId, String name, int year, int level, int firstItemLevel) {
        var principal = accounts.principal(by);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        try {
            var a = selfAssessments.start("progress-pcsp", teamId, false, name, LocalDate.of(year, 6, 1),
                    List.of(new Participant("Sam", Capacity.CARER)), false);
            for (FrameworkItem item : frameworks.find("progress-pcsp").orElseThrow().items().toList()) {
                int chosen = item.code().equals("S1-1a") ? firstItemLevel : level;
                selfAssessments.answer(a.id(), item.code(), chosen, null, null, true, null);
            }
            selfAssessments.submit(a.id());
            return a.id().toString();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    String page(UserAccount by, String path) throws Exception {
        return mvc.perform(as(by, get(path))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aTeamsHistoryShowsEverySubmittedAssessmentAndWhatChangedInWords() throws Exception {
        assertThat(page(manager, "/self-assessment/history?team=" + team)).contains("has not submitted a self-assessment yet");
        submitted(manager, team, "First go", 2024, 2, 2);
        submitted(manager, team, "Second go", 2025, 2, 4);
        String history = page(manager, "/self-assessment/history?team=" + team);
        assertThat(history).contains("1 Jun 2024", "1 Jun 2025", "2 submitted self-assessments", "Up 2", "Same",
                "Getting started", "<svg");
        assertThat(history.indexOf("1 Jun 2024")).isLessThan(history.indexOf("1 Jun 2025"));
        var outsider = accounts.newUser(Set.of(accounts.newTeam("Elsewhere").id()), Role.MANAGER);
        mvc.perform(as(outsider, get("/self-assessment/history?team=" + team))).andExpect(status().isNotFound());
    }

    @Test
    void theOrganisationViewPutsTeamsSideBySideAndSaysWhoToLearnFrom() throws Exception {
        UUID beside = accounts.newTeamBeside(team, "Beside").id();
        UUID quiet = accounts.newTeamBeside(team, "Quiet").id();
        var besideManager = accounts.newUser(Set.of(beside), Role.MANAGER);
        submitted(manager, team, "Ours", 2025, 2, 2);
        submitted(besideManager, beside, "Theirs", 2025, 4, 4);
        accounts.newUser(Set.of(accounts.newTeam("Other organisation").id()), Role.MANAGER);
        String view = page(manager, "/self-assessment/organisation");
        assertThat(view).contains("Over time", "Beside", "Quiet", "No submitted self-assessment in this period",
                "Good progress", "Getting started", "Highest").doesNotContain("Other organisation");
        assertThat(view.indexOf("Highest")).isGreaterThan(view.indexOf("Beside"));
        assertThat(page(manager, "/self-assessment/organisation?items=true")).contains("Level of each item", "S3-9");
        assertThat(page(manager, "/self-assessment/organisation?from.day=1&from.month=1&from.year=2026"))
                .contains("No team submitted a self-assessment in this period");
        mvc.perform(as(manager, get("/self-assessment/organisation?from.day=31&from.month=2&from.year=2026")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("The from date must be a real date")));
        var coordinator = accounts.newUser(Set.of(team), Role.COORDINATOR);
        mvc.perform(as(coordinator, get("/self-assessment/organisation"))).andExpect(status().isForbidden());
        assertThat(quiet).isNotNull();
    }

    @Test
    void theOrganisationViewCostsTheSameNumberOfQueriesForOneTeamOrMany() throws Exception {
        var stats = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        submitted(manager, team, "Ours", 2025, 3, 3);
        stats.clear();
        page(manager, "/self-assessment/organisation?items=true");
        long oneTeam = stats.getPrepareStatementCount();
        for (int i = 0; i < 3; i++) {
            UUID other = accounts.newTeamBeside(team, "Other " + i).id();
            submitted(accounts.newUser(Set.of(other), Role.MANAGER), other, "Theirs", 2025, 2, 2);
        }
        stats.clear();
        page(manager, "/self-assessment/organisation?items=true");
        assertThat(stats.getPrepareStatementCount()).isEqualTo(oneTeam);
    }
}
