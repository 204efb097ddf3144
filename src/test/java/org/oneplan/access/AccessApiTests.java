package org.oneplan.access;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.oneplan.access.internal.ApiTokens;
import org.oneplan.access.internal.UserAccount;
import org.oneplan.support.Browser;
import org.oneplan.support.OnePlanSpringBootTest;
import org.oneplan.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@OnePlanSpringBootTest
@Import(TestAccounts.Config.class)
class AccessApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApiTokens tokens;

    @Test
    void aTokenCreatedOnTheAccountPagesAuthenticatesUntilItIsRevoked() throws Exception {
        var team = accounts.newTeam("Api");
        UserAccount coordinator = accounts.newUser(Set.of(team.id()), Role.COORDINATOR);
        String token = ApiTokenPagesTests.createToken(mvc, accounts.principal(coordinator), "Script");

        mvc.perform(bearer(get("/api/v1/me"), token))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(jsonPath("$.username").value(coordinator.username()))
                .andExpect(jsonPath("$.displayName").value(coordinator.displayName()))
                .andExpect(jsonPath("$.roles", contains("COORDINATOR")))
                .andExpect(jsonPath("$.teams", hasSize(1)))
                .andExpect(jsonPath("$.teams[0].id").value(team.id().toString()))
                .andExpect(jsonPath("$.teams[0].name").value(team.name()))
                .andExpect(jsonPath("$.personIds", empty()));

        UUID tokenId = tokens.of(coordinator.id()).get(0).id();
        mvc.perform(post("/account/tokens/" + tokenId + "/revoke").with(csrf()).with(user(accounts.principal(coordinator))));
        mvc.perform(bearer(get("/api/v1/me"), token))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void aPersonSeesTheirOwnRecordId() throws Exception {
        UUID personId = UUID.randomUUID();
        UserAccount person = accounts.linkToPerson(accounts.newUser(Set.of(), Role.PERSON), personId);
        String token = tokens.create(person.id(), "Phone", 1).value();
        mvc.perform(bearer(get("/api/v1/me"), token)).andExpect(status().isOk())
                .andExpect(jsonPath("$.personIds", contains(personId.toString())))
                .andExpect(jsonPath("$.teams", empty()));
    }

    @Test
    void aDeactivatedUsersTokenAMadeUpTokenAndASessionCookieAreRefused() throws Exception {
        UserAccount leaver = accounts.newUser(Set.of(), Role.SUPPORTER);
        String token = tokens.create(leaver.id(), "Old", 1).value();
        var admin = accounts.principal(accounts.newUser(Set.of(), Role.SYSTEM_ADMIN));
        mvc.perform(post("/admin/users/" + leaver.id() + "/deactivate").with(csrf()).with(user(admin)));
        mvc.perform(bearer(get("/api/v1/me"), token)).andExpect(status().isUnauthorized());
        mvc.perform(bearer(get("/api/v1/me"), "oneplan_made-up")).andExpect(status().isUnauthorized());
        Browser signedIn = new Browser(mvc);
        signedIn.signIn(accounts.newUser(Set.of(), Role.PERSON).username(), TestAccounts.PASSWORD);
        signedIn.get("/account").andExpect(status().isOk());
        signedIn.get("/api/v1/me").andExpect(status().isUnauthorized());
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"COORDINATOR", "ADMINISTRATOR", "AUTHORISER", "MANAGER", "SYSTEM_ADMIN"})
    void staffSeeTheActiveTeams(Role role) throws Exception {
        var team = accounts.newTeam("Listed");
        String token = tokens.create(accounts.newUser(Set.of(team.id()), role).id(), "Teams", 1).value();
        mvc.perform(bearer(get("/api/v1/teams"), token)).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name", hasItem(team.name())))
                .andExpect(jsonPath("$[?(@.id == '" + team.id() + "')].organisation.id",
                        contains(team.organisationId().toString())));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"PERSON", "SUPPORTER"})
    void peopleAndSupportersMayNotListTeams(Role role) throws Exception {
        String token = tokens.create(accounts.newUser(Set.of(), role).id(), "Teams", 1).value();
        mvc.perform(bearer(get("/api/v1/teams"), token))
                .andExpect(status().isForbidden())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.status").value(403));
    }

    @Test
    void anUnknownApiAddressIsAProblemNotAPage() throws Exception {
        String token = tokens.create(accounts.newUser(Set.of(), Role.PERSON).id(), "x", 1).value();
        mvc.perform(bearer(get("/api/v1/nothing-here"), token))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")));
    }

    private static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String token) {
        return request.header("Authorization", "Bearer " + token);
    }
}
