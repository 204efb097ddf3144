package org.oneplan.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import java.util.Set;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.oneplan.access.internal.UserAccount;
import org.oneplan.support.OnePlanSpringBootTest;
import org.oneplan.support.TestAccounts;
import org.oneplan.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@OnePlanSpringBootTest
@Import(TestPeople.Config.class)
class PeoplePagesTests {

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired TestPeople testPeople;
    @Autowired EntityManagerFactory entityManagerFactory;

    UUID team;
    UserAccount coordinator;

    @BeforeEach
    void setUp() {
        team = accounts.newTeam("North").id();
        coordinator = accounts.newUser(Set.of(team), Role.COORDINATOR);
    }

    MockHttpServletRequestBuilder as(UserAccount account, MockHttpServletRequestBuilder request) {
        return request.with(user(accounts.principal(account))).with(csrf());
    }

    @Test
    void searchListsOnlyTheTeamsOwnCaseload() throws Exception {
        testPeople.onCaseload(team, "Iris", "Murdoch");
        testPeople.onCaseload(accounts.newTeam("South").id(), "Elsewhere", "Person");
        mvc.perform(as(coordinator, get("/people")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Murdoch, Iris")))
                .andExpect(content().string(not(containsString("Elsewhere"))));
    }

    @Test
    void searchWithNoMatchesSaysSoAndKeepsTheQuery() throws Exception {
        mvc.perform(as(coordinator, get("/people").param("q", "Nobodyhere")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No people found for \u2018Nobodyhere\u2019")))
                .andExpect(content().string(containsString("value=\"Nobodyhere\"")));
    }

    @Test
    void listPageCostsTheSameNumberOfQueriesForFewOrManyPeople() throws Exception {
        var stats = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        testPeople.onCaseload(team, "Only", "One");
        stats.clear();
        mvc.perform(as(coordinator, get("/people"))).andExpect(status().isOk());
        long fewPeople = stats.getPrepareStatementCount();
        for (int i = 0; i < 15; i++) {
            testPeople.onCaseload(team, "Many" + i, "People");
        }
        stats.clear();
        mvc.perform(as(coordinator, get("/people"))).andExpect(status().isOk());
        assertThat(stats.getPrepareStatementCount()).isEqualTo(fewPeople);
    }

    @Test
    void addsAPersonToTheChosenTeamAndShowsTheirRecord() throws Exception {
        mvc.perform(as(coordinator, post("/people/new"))
                        .param("givenName", "Joan").param("familyName", "Clarke")
                        .param("dateOfBirth.day", "24").param("dateOfBirth.month", "6").param("dateOfBirth.year", "1947")
                        .param("nhsNumber", "943 476 5919").param("teamId", team.toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/people/*"))
                .andExpect(flash().attribute("banner", "Joan Clarke has been added"));
    }

    @Test
    void newPersonWithMistakesShowsEachNextToItsFieldAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(as(coordinator, post("/people/new"))
                        .param("givenName", "Joan").param("familyName", "")
                        .param("dateOfBirth.day", "31").param("dateOfBirth.month", "2").param("dateOfBirth.year", "1947")
                        .param("nhsNumber", "9434765918").param("teamId", team.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("href=\"#familyName\"")))
                .andExpect(content().string(containsString("Date of birth must be a real date")))
                .andExpect(content().string(containsString("Enter a valid NHS number")))
                .andExpect(content().string(containsString("value=\"9434765918\"")))
                .andExpect(content().string(containsString("value=\"Joan\"")));
    }

    @Test
    void interpreterWithoutLanguageIsRejectedAndTheTickedFormatsAreKept() throws Exception {
        var person = testPeople.onCaseload(team, "Nadia", "Haddad");
        mvc.perform(as(coordinator, post("/people/" + person.id() + "/communication"))
                        .param("preferredContact", "LETTER").param("formats", "LARGE_PRINT", "INTERPRETER")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the language the interpreter is needed for")))
                .andExpect(content().string(containsString("value=\"LARGE_PRINT\" checked")));
    }

    @Test
    void savedCommunicationNeedsAppearOnTheRecord() throws Exception {
        var person = testPeople.onCaseload(team, "Nadia", "Haddad");
        mvc.perform(as(coordinator, post("/people/" + person.id() + "/communication"))
                        .param("preferredContact", "TEXT").param("formats", "EASY_READ", "INTERPRETER")
                        .param("language", "Arabic").param("version", "0"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("banner", "Communication and information needs saved"));
        mvc.perform(as(coordinator, get("/people/" + person.id())))
                .andExpect(content().string(containsString("Text message")))
                .andExpect(content().string(containsString("Arabic")));
    }

    @Test
    void aSaveOverSomeoneElsesNewerChangeShowsTheConflictAndKeepsTheTyping() throws Exception {
        var person = testPeople.onCaseload(team, "Grace", "Hopper");
        mvc.perform(as(coordinator, post("/people/" + person.id() + "/contact"))
                .param("phone", "0113 496 0000").param("version", "0")).andExpect(status().is3xxRedirection());
        mvc.perform(as(coordinator, post("/people/" + person.id() + "/contact"))
                        .param("phone", "0113 496 1111").param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else changed this record")))
                .andExpect(content().string(containsString("0113 496 0000")))
                .andExpect(content().string(containsString("value=\"0113 496 1111\"")));
        assertThat(testPeople.reload(person.id()).contact().phone()).isEqualTo("0113 496 0000");
    }

    @Test
    void aCoordinatorOfAnotherTeamGetsPageNotFound() throws Exception {
        var person = testPeople.onCaseload(team, "Private", "Person");
        var outsider = accounts.newUser(Set.of(accounts.newTeam("South").id()), Role.COORDINATOR);
        mvc.perform(as(outsider, get("/people/" + person.id())))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Page not found")))
                .andExpect(content().string(not(containsString("Private"))));
    }

    @Test
    void circleMembersAreAddedAndRemovedButKeptInTheHistory() throws Exception {
        var person = testPeople.onCaseload(team, "Alan", "Turing");
        mvc.perform(as(coordinator, post("/people/" + person.id() + "/circle/new"))
                        .param("name", "").param("circle", "INTIMACY"))
                .andExpect(content().string(containsString("Enter the name of the person in the circle of support")));
        mvc.perform(as(coordinator, post("/people/" + person.id() + "/circle/new"))
                        .param("name", "Ethel Turing").param("relationship", "Mother").param("circle", "INTIMACY")
                        .param("roles", "FAMILY_CARER").param("sharesRecord", "true"))
                .andExpect(flash().attribute("banner", "Ethel Turing has been added to the circle of support"));
        var member = testPeople.currentCircle(person.id()).get(0);
        mvc.perform(as(coordinator, post("/people/" + person.id() + "/circle/" + member.id() + "/remove")))
                .andExpect(status().is3xxRedirection());
        assertThat(testPeople.currentCircle(person.id())).isEmpty();
        assertThat(testPeople.circleHistory(person.id())).hasSize(1);
    }

    @Test
    void thePersonSeesWhoHasLookedAtTheirRecordButACoordinatorCannot() throws Exception {
        var own = testPeople.onCaseload(team, "Mary", "Seacole");
        var person = accounts.linkToPerson(accounts.newUser(Set.of(), Role.PERSON), own.id());
        mvc.perform(as(coordinator, get("/people/" + own.id()))).andExpect(status().isOk());
        mvc.perform(as(person, get("/people/" + own.id() + "/audit")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(coordinator.username() + " (coordinator)")))
                .andExpect(content().string(containsString("looked at")));
        mvc.perform(as(coordinator, get("/people/" + own.id() + "/audit"))).andExpect(status().isForbidden());
        mvc.perform(as(person, get("/my-records")))
                .andExpect(content().string(containsString("Mary Seacole")));
    }

    @Test
    void aManagerSearchesTheAuditLogOfTheirTeamsPeopleOnly() throws Exception {
        var ours = testPeople.onCaseload(team, "Team", "Member");
        var theirs = testPeople.onCaseload(accounts.newTeam("South").id(), "Other", "Team");
        var manager = accounts.newUser(Set.of(team), Role.MANAGER);
        mvc.perform(as(coordinator, get("/people/" + ours.id())));
        mvc.perform(as(accounts.newUser(Set.of(), Role.SYSTEM_ADMIN), get("/audit"))).andExpect(status().isForbidden());
        var page = mvc.perform(as(manager, get("/audit").param("actor", coordinator.username()).param("action", "VIEWED")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/people/" + ours.id())))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain(theirs.id().toString());
        mvc.perform(as(manager, get("/audit").param("action", "NOT_AN_ACTION"))).andExpect(status().is4xxClientError());
    }

    @Test
    void anotherTeamCanBeAddedToTheCaseloadButTheLastTeamCannotBeRemoved() throws Exception {
        var person = testPeople.onCaseload(team, "Ada", "Byron");
        UUID partner = accounts.newTeam("Community mental health").id();
        mvc.perform(as(coordinator, post("/people/" + person.id() + "/teams").param("teamId", partner.toString())))
                .andExpect(flash().attribute("banner", "The team has been added"));
        mvc.perform(as(coordinator, post("/people/" + person.id() + "/teams/" + team + "/remove")))
                .andExpect(flash().attribute("banner", "The person has been taken off that team's caseload"));
        mvc.perform(as(coordinator, get("/people/" + person.id()))).andExpect(status().isNotFound());
        var partnerCoordinator = accounts.newUser(Set.of(partner), Role.COORDINATOR);
        mvc.perform(as(partnerCoordinator, post("/people/" + person.id() + "/teams/" + partner + "/remove")))
                .andExpect(flash().attribute("problem", "A person must stay on at least one team's caseload"));
        mvc.perform(as(partnerCoordinator, get("/people/" + person.id() + "/teams")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Teams supporting this person")));
    }

    @Test
    void aCircleMemberIsLinkedToTheirSupporterAccountSoTheyCanSeeTheSharedRecord() throws Exception {
        var person = testPeople.onCaseload(team, "Vera", "Brittain");
        var supporter = accounts.newUser(Set.of(), Role.SUPPORTER);
        mvc.perform(as(coordinator, post("/people/" + person.id() + "/circle/new"))
                        .param("name", "Shirley").param("circle", "INTIMACY").param("sharesRecord", "true")
                        .param("supporterUsername", "no-such-user"))
                .andExpect(content().string(containsString("There is no active supporter account with that username")))
                .andExpect(content().string(containsString("value=\"Shirley\"")));
        mvc.perform(as(supporter, get("/people/" + person.id()))).andExpect(status().isNotFound());
        mvc.perform(as(coordinator, post("/people/" + person.id() + "/circle/new"))
                        .param("name", "Shirley").param("circle", "INTIMACY").param("sharesRecord", "true")
                        .param("supporterUsername", supporter.username().toUpperCase()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(as(supporter, get("/people/" + person.id()))).andExpect(status().isOk());
        mvc.perform(as(supporter, get("/my-records"))).andExpect(content().string(containsString("Vera Brittain")));
    }
}
