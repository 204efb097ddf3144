package org.oneplan.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oneplan.access.Role.ADMINISTRATOR;
import static org.oneplan.access.Role.AUTHORISER;
import static org.oneplan.access.Role.COORDINATOR;
import static org.oneplan.access.Role.MANAGER;
import static org.oneplan.access.Role.PERSON;
import static org.oneplan.access.Role.SUPPORTER;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oneplan.access.Role;
import org.oneplan.access.internal.UserAccount;
import org.oneplan.support.OnePlanSpringBootTest;
import org.oneplan.support.TestAccounts;
import org.oneplan.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Every people endpoint, for every role: allowed callers in the person's team (or the person, or a
 * supporter they share with) succeed; every other role, and the same role in another team, is refused
 * with 403 or 404 — through the pages and the API.
 */
@OnePlanSpringBootTest
@Import(TestPeople.Config.class)
class PeopleAccessMatrixTests {

    static final Set<Role> STAFF = EnumSet.of(COORDINATOR, ADMINISTRATOR, AUTHORISER, MANAGER);
    static final Set<Role> PLANNERS = EnumSet.of(COORDINATOR, ADMINISTRATOR, MANAGER);
    static final Set<Role> READERS = EnumSet.of(COORDINATOR, ADMINISTRATOR, AUTHORISER, MANAGER, PERSON, SUPPORTER);
    static final Set<Role> AUDIT_READERS = EnumSet.of(PERSON, SUPPORTER, MANAGER);

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired TestPeople testPeople;

    record Endpoint(HttpMethod method, String path, Set<Role> allowed, String body) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static List<Endpoint> endpoints() {
        return List.of(
                new Endpoint(HttpMethod.GET, "/people", STAFF, null),
                new Endpoint(HttpMethod.GET, "/people/new", PLANNERS, null),
                new Endpoint(HttpMethod.GET, "/people/{id}", READERS, null),
                new Endpoint(HttpMethod.GET, "/people/{id}/communication", union(PLANNERS, PERSON), null),
                new Endpoint(HttpMethod.GET, "/people/{id}/consent", PLANNERS, null),
                new Endpoint(HttpMethod.POST, "/people/{id}/communication", union(PLANNERS, PERSON), "preferredContact=EMAIL&version=0"),
                new Endpoint(HttpMethod.POST, "/people/{id}/details", PLANNERS, "givenName=A&familyName=B&version=0"),
                new Endpoint(HttpMethod.POST, "/people/{id}/circle/new", PLANNERS, "name=Kim&circle=FRIENDSHIP"),
                new Endpoint(HttpMethod.GET, "/people/{id}/audit", AUDIT_READERS, null),
                new Endpoint(HttpMethod.GET, "/my-records", EnumSet.of(PERSON, SUPPORTER), null),
                new Endpoint(HttpMethod.GET, "/api/v1/people", STAFF, null),
                new Endpoint(HttpMethod.GET, "/api/v1/people/{id}", READERS, null),
                new Endpoint(HttpMethod.PUT, "/api/v1/people/{id}", PLANNERS, "{\"givenName\":\"A\",\"familyName\":\"B\"}"),
                new Endpoint(HttpMethod.GET, "/api/v1/people/{id}/circle", READERS, null),
                new Endpoint(HttpMethod.POST, "/api/v1/people/{id}/circle", PLANNERS, "{\"name\":\"Kim\",\"circle\":\"EXCHANGE\"}"),
                new Endpoint(HttpMethod.GET, "/api/v1/people/{id}/audit", AUDIT_READERS, null));
    }

    static Stream<Arguments> everyEndpointForEveryRole() {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint e : endpoints()) {
            for (Role role : Role.values()) {
                cases.add(Arguments.of(e, role));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyEndpointForEveryRole")
    void allowsOnlyTheRolesThatMayUseIt(Endpoint endpoint, Role role) throws Exception {
        UUID team = accounts.newTeam("Matrix").id();
        UUID personId = testPeople.onCaseload(team, "Matrix", "Person").id();
        UserAccount caller = callerFor(role, team, personId);
        int status = call(endpoint, caller, personId);
        if (endpoint.allowed().contains(role)) {
            assertThat(status).as("%s as %s", endpoint, role).isBetween(200, 399);
        } else {
            assertThat(status).as("%s as %s", endpoint, role).isIn(403, 404);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void refusesTheSameRolesInAnotherTeamOrForAnotherPerson(Endpoint endpoint) throws Exception {
        if (!endpoint.path().contains("{id}")) {
            return;
        }
        UUID team = accounts.newTeam("Matrix").id();
        UUID personId = testPeople.onCaseload(team, "Matrix", "Person").id();
        UUID otherTeam = accounts.newTeam("Elsewhere").id();
        UUID otherPerson = testPeople.onCaseload(otherTeam, "Other", "Person").id();
        for (Role role : endpoint.allowed()) {
            UserAccount outsider = callerFor(role, otherTeam, otherPerson);
            assertThat(call(endpoint, outsider, personId)).as("%s as %s of another team", endpoint, role).isIn(403, 404);
        }
    }

    private UserAccount callerFor(Role role, UUID team, UUID personId) {
        return switch (role) {
            case PERSON -> accounts.linkToPerson(accounts.newUser(Set.of(), PERSON), personId);
            case SUPPORTER -> {
                UserAccount supporter = accounts.newUser(Set.of(), SUPPORTER);
                testPeople.addToCircle(personId, new CircleMemberDetails("Supporter", "Friend", Circle.FRIENDSHIP,
                        Set.of(), null, null, true), supporter.id());
                yield supporter;
            }
            default -> accounts.newUser(Set.of(team), role);
        };
    }

    private int call(Endpoint endpoint, UserAccount caller, UUID personId) throws Exception {
        String path = endpoint.path().replace("{id}", personId.toString());
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(endpoint.method(), path)
                .with(user(accounts.principal(caller))).with(csrf());
        if (path.startsWith("/api/")) {
            request.header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON);
            if (endpoint.body() != null) {
                request.content(endpoint.body());
            }
        } else if (endpoint.body() != null) {
            request.contentType(MediaType.APPLICATION_FORM_URLENCODED).content(endpoint.body());
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private static Set<Role> union(Set<Role> roles, Role extra) {
        Set<Role> all = EnumSet.copyOf(roles);
        all.add(extra);
        return all;
    }
}
