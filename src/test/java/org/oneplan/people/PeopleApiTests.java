package org.oneplan.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.oneplan.access.internal.UserAccount;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditTrail;
import org.oneplan.support.OnePlanSpringBootTest;
import org.oneplan.support.TestAccounts;
import org.oneplan.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@OnePlanSpringBootTest
@Import(TestPeople.Config.class)
class PeopleApiTests {

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired TestPeople testPeople;
    @Autowired AuditTrail audit;

    UUID team;
    UserAccount coordinator;

    @BeforeEach
    void setUp() {
        team = accounts.newTeam("North").id();
        coordinator = accounts.newUser(Set.of(team), Role.COORDINATOR);
    }

    MockHttpServletRequestBuilder as(UserAccount account, MockHttpServletRequestBuilder request) {
        return request.with(user(accounts.principal(account))).contentType(MediaType.APPLICATION_JSON);
    }

    @Test
    void coordinatorCreatesPersonOnOwnTeamAndReadsItBackWithEtag() throws Exception {
        String body = """
                {"givenName":"Margaret","familyName":"Okafor","preferredName":"Peggy","dateOfBirth":"1941-05-02",
                 "nhsNumber":"943 476 5919","teamId":"%s"}""".formatted(team);
        String location = mvc.perform(as(coordinator, post("/api/v1/people")).content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.nhsNumber").value("9434765919"))
                .andReturn().getResponse().getHeader("Location");
        mvc.perform(as(coordinator, get(location)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.preferredName").value("Peggy"))
                .andExpect(jsonPath("$.dateOfBirth").value("1941-05-02"))
                .andExpect(jsonPath("$.teamIds", hasItem(team.toString())));
    }

    @Test
    void rejectsWrongNhsCheckDigitAndFutureBirthDateWithFieldProblems() throws Exception {
        String body = """
                {"givenName":"A","familyName":"B","dateOfBirth":"2999-01-01","nhsNumber":"9434765918","teamId":"%s",
                 "contact":{"email":"not-an-email"}}""".formatted(team);
        mvc.perform(as(coordinator, post("/api/v1/people")).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("nhsNumber")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("dateOfBirth")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("contact.email")));
    }

    @Test
    void answersUnreadableBodyWith400NotA500() throws Exception {
        mvc.perform(as(coordinator, post("/api/v1/people")).content("{\"givenName\":\"A\",\"dateOfBirth\":\"31/02/2020\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").exists());
    }

    @Test
    void refusesCoordinatorOfAnotherTeamWithNotFoundAndAuditsTheRefusal() throws Exception {
        var person = testPeople.onCaseload(team, "Hidden", "Person");
        var outsider = accounts.newUser(Set.of(accounts.newTeam("South").id()), Role.COORDINATOR);
        mvc.perform(as(outsider, get("/api/v1/people/" + person.id()))).andExpect(status().isNotFound());
        var entries = audit.forRecord(person.id(), PageRequest.of(0, 5)).getContent();
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.REFUSED);
            assertThat(e.actor()).isEqualTo(outsider.username());
        });
    }

    @Test
    void requiresIfMatchAndRefusesStaleVersion() throws Exception {
        var person = testPeople.onCaseload(team, "Ada", "Lovelace");
        String body = "{\"givenName\":\"Ada\",\"familyName\":\"King\"}";
        mvc.perform(as(coordinator, put("/api/v1/people/" + person.id())).content(body))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(as(coordinator, put("/api/v1/people/" + person.id())).header("If-Match", "\"0\"").content(body))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.familyName").value("King"));
        mvc.perform(as(coordinator, put("/api/v1/people/" + person.id())).header("If-Match", "\"0\"").content(body))
                .andExpect(status().isPreconditionFailed());
    }

    @Test
    void personSeesOnlyTheirOwnRecordAndWhoHasLookedAtIt() throws Exception {
        var own = testPeople.onCaseload(team, "Own", "Record");
        var other = testPeople.onCaseload(team, "Someone", "Else");
        var person = accounts.linkToPerson(accounts.newUser(Set.of(), Role.PERSON), own.id());
        mvc.perform(as(coordinator, get("/api/v1/people/" + own.id()))).andExpect(status().isOk());
        mvc.perform(as(person, get("/api/v1/people/" + own.id()))).andExpect(status().isOk());
        mvc.perform(as(person, get("/api/v1/people/" + other.id()))).andExpect(status().isNotFound());
        mvc.perform(as(person, get("/api/v1/people"))).andExpect(status().isForbidden());
        mvc.perform(as(person, get("/api/v1/people/" + own.id() + "/audit")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].who", hasItem(coordinator.username())));
    }

    @Test
    void supporterSeesOnlyRecordsSharedWithThem() throws Exception {
        var shared = testPeople.onCaseload(team, "Shares", "Record");
        var notShared = testPeople.onCaseload(team, "Keeps", "Private");
        var supporter = accounts.newUser(Set.of(), Role.SUPPORTER);
        testPeople.addToCircle(shared.id(), new CircleMemberDetails("Sam", "Son", Circle.INTIMACY,
                Set.of(SupportRole.FAMILY_CARER), null, null, true), supporter.id());
        testPeople.addToCircle(notShared.id(), new CircleMemberDetails("Sam", "Son", Circle.INTIMACY,
                Set.of(), null, null, false), supporter.id());
        mvc.perform(as(supporter, get("/api/v1/people/" + shared.id()))).andExpect(status().isOk());
        mvc.perform(as(supporter, get("/api/v1/people/" + notShared.id()))).andExpect(status().isNotFound());
    }

    @Test
    void systemAdministratorReadsNoCareRecords() throws Exception {
        var person = testPeople.onCaseload(team, "Care", "Record");
        var admin = accounts.newUser(Set.of(team), Role.SYSTEM_ADMIN);
        mvc.perform(as(admin, get("/api/v1/people/" + person.id()))).andExpect(status().isForbidden());
        mvc.perform(as(admin, get("/api/v1/people"))).andExpect(status().isForbidden());
    }

    @Test
    void searchesCaseloadByNameNhsNumberAndDateOfBirthWithPaging() throws Exception {
        testPeople.onCaseload(team, new PersonalDetails("Winifred", "Abara", null, java.time.LocalDate.of(1939, 12, 1), "4010232137"));
        for (int i = 0; i < 3; i++) {
            testPeople.onCaseload(team, "Paged" + i, "Zephyr");
        }
        mvc.perform(as(coordinator, get("/api/v1/people").param("q", "winif")))
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].familyName").value("Abara"));
        mvc.perform(as(coordinator, get("/api/v1/people").param("q", "401 023 2137")))
                .andExpect(jsonPath("$.items[0].givenName").value("Winifred"));
        mvc.perform(as(coordinator, get("/api/v1/people").param("q", "1/12/1939")))
                .andExpect(jsonPath("$.items[0].givenName").value("Winifred"));
        mvc.perform(as(coordinator, get("/api/v1/people").param("name", "zephyr").param("size", "2").param("page", "1")))
                .andExpect(jsonPath("$.totalItems").value(3))
                .andExpect(jsonPath("$.totalPages").value(2))
                .andExpect(jsonPath("$.items.length()").value(1));
    }
}
