package org.oneplan.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oneplan.access.internal.ApiTokens;
import org.oneplan.access.internal.Team;
import org.oneplan.access.internal.UserAccount;
import org.oneplan.support.OnePlanSpringBootTest;
import org.oneplan.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Who may open each account, administration and API address: allowed roles get in, every other role gets 403. */
@OnePlanSpringBootTest
@Import(TestAccounts.Config.class)
class AccessRulesTests {

    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    private static final Set<Role> ADMIN = EnumSet.of(Role.SYSTEM_ADMIN);
    private static final Set<Role> STAFF = EnumSet.of(Role.COORDINATOR, Role.ADMINISTRATOR, Role.AUTHORISER,
            Role.MANAGER, Role.SYSTEM_ADMIN);
    private static final Map<Role, UserAccount> USERS = new EnumMap<>(Role.class);
    private static final Map<Role, String> TOKENS = new EnumMap<>(Role.class);
    private static Team team;
    private static UserAccount someone;

    @Autowired
    MockMvc mvc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApiTokens tokens;

    record Endpoint(String method, String path, Set<Role> allowed) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static Stream<Arguments> pages() {
        Stream<Endpoint> endpoints = Stream.of(
                new Endpoint("GET", "/account", EVERYONE), new Endpoint("GET", "/account/password", EVERYONE),
                new Endpoint("GET", "/account/tokens", EVERYONE), new Endpoint("GET", "/account/tokens/new", EVERYONE),
                new Endpoint("GET", "/admin", ADMIN), new Endpoint("GET", "/admin/organisations", ADMIN),
                new Endpoint("GET", "/admin/organisations/new", ADMIN), new Endpoint("GET", "/admin/organisations/{org}", ADMIN),
                new Endpoint("GET", "/admin/teams", ADMIN), new Endpoint("GET", "/admin/teams/new", ADMIN),
                new Endpoint("GET", "/admin/teams/{team}", ADMIN), new Endpoint("GET", "/admin/users", ADMIN),
                new Endpoint("GET", "/admin/users/new", ADMIN), new Endpoint("GET", "/admin/users/{user}", ADMIN),
                new Endpoint("GET", "/admin/users/{user}/reset-password", ADMIN),
                new Endpoint("POST", "/admin/organisations", Set.of()), new Endpoint("POST", "/admin/organisations/{org}", Set.of()),
                new Endpoint("POST", "/admin/organisations/{org}/deactivate", Set.of()),
                new Endpoint("POST", "/admin/organisations/{org}/reactivate", Set.of()),
                new Endpoint("POST", "/admin/teams", Set.of()), new Endpoint("POST", "/admin/teams/{team}", Set.of()),
                new Endpoint("POST", "/admin/teams/{team}/deactivate", Set.of()),
                new Endpoint("POST", "/admin/users", Set.of()), new Endpoint("POST", "/admin/users/{user}", Set.of()),
                new Endpoint("POST", "/admin/users/{user}/deactivate", Set.of()),
                new Endpoint("POST", "/admin/users/{user}/reset-password", Set.of()),
                new Endpoint("API", "/api/v1/me", EVERYONE), new Endpoint("API", "/api/v1/teams", STAFF));
        return endpoints.flatMap(e -> EVERYONE.stream()
                .filter(role -> !e.method().equals("POST") || !ADMIN.contains(role))
                .map(role -> Arguments.of(e, role)));
    }

    @BeforeEach
    void createAccountsOnce() {
        if (team == null) {
            team = accounts.newTeam("Rules");
            someone = accounts.newUser(Set.of(), Role.PERSON);
            for (Role role : Role.values()) {
                UserAccount account = accounts.newUser(Set.of(team.id()), role);
                USERS.put(role, account);
                TOKENS.put(role, tokens.create(account.id(), "Rules", 1).value());
            }
        }
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("pages")
    void onlyTheAllowedRolesGetIn(Endpoint endpoint, Role role) throws Exception {
        String path = endpoint.path().replace("{org}", team.organisationId().toString())
                .replace("{team}", team.id().toString()).replace("{user}", someone.id().toString());
        MockHttpServletRequestBuilder request = switch (endpoint.method()) {
            case "GET" -> get(path).with(user(accounts.principal(USERS.get(role))));
            case "POST" -> post(path).with(csrf()).with(user(accounts.principal(USERS.get(role))));
            default -> get(path).header("Authorization", "Bearer " + TOKENS.get(role));
        };
        int status = mvc.perform(request).andReturn().getResponse().getStatus();
        if (endpoint.allowed().contains(role)) {
            assertThat(status).as("%s as %s", endpoint, role).isEqualTo(200);
        } else {
            assertThat(status).as("%s as %s", endpoint, role).isEqualTo(403);
        }
    }
}
