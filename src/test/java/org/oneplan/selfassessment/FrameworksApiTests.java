package org.oneplan.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
import org.oneplan.audit.AuditQuery;
import org.oneplan.audit.AuditTrail;
import org.oneplan.support.OnePlanSpringBootTest;
import org.oneplan.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@OnePlanSpringBootTest
@Import(TestAccounts.Config.class)
class FrameworksApiTests {

    static final String FRAMEWORKS = "/api/v1/self-assessment/frameworks";
    static final MediaType YAML = MediaType.parseMediaType("application/yaml");

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired AuditTrail audit;
    @Autowired Frameworks frameworks;

    UserAccount coordinator;
    UserAccount manager;
    UserAccount systemAdmin;
    String key;

    @BeforeEach
    void setUp() {
        UUID team = accounts.newTeam("Frameworks").id();
        coordinator = accounts.newUser(Set.of(team), Role.COORDINATOR);
        manager = accounts.newUser(Set.of(team), Role.MANAGER);
        systemAdmin = accounts.newUser(Set.of(), Role.SYSTEM_ADMIN);
        key = "test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    MockHttpServletRequestBuilder as(UserAccount account, MockHttpServletRequestBuilder request) {
        return request.with(user(accounts.principal(account)));
    }

    static String tinyFramework(String key, int version, String lastStatement) {
        return """
                key: %s
                version: %d
                title: Tiny framework %d
                attribution: {publisher: Example Press, year: 2024}
                sections:
                - number: 1
                  title: Everything
                  items:
                  - code: T-1
                    title: The only thing
                    statements:
                    - {level: 1, text: Not yet}
                    - {level: 2, text: Thinking about it}
                    - {level: 3, text: Started}
                    - {level: 4, text: Mostly}
                %s
                """.formatted(key, version, version, lastStatement);
    }

    static String tinyFramework(String key, int version) {
        return tinyFramework(key, version, "    - {level: 5, text: 'Always, in every team'}");
    }

    @Test
    void staffListTheLatestVersionOfEachFramework() throws Exception {
        mvc.perform(as(coordinator, get(FRAMEWORKS)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.key == 'progress-pcsp')].title")
                        .value(contains("Progress in Personalised Care and Support Planning")))
                .andExpect(jsonPath("$.items[?(@.key == 'progress-pcsp')].version").value(contains(1)));
    }

    @Test
    void staffReadTheProgressFrameworkWithEveryStatement() throws Exception {
        mvc.perform(as(manager, get(FRAMEWORKS + "/progress-pcsp")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.key").value("progress-pcsp"))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.sections.length()").value(3))
                .andExpect(jsonPath("$.sections[0].number").value(1))
                .andExpect(jsonPath("$.sections[0].items.length()").value(17))
                .andExpect(jsonPath("$.sections[0].items[8].code").value("S1-4a"))
                .andExpect(jsonPath("$.sections[0].items[8].stage").value(4))
                .andExpect(jsonPath("$.sections[0].items[8].statements[4].level").value(5))
                .andExpect(jsonPath("$.sections[0].items[0].introduction").value(org.hamcrest.Matchers.startsWith("This step involves")))
                .andExpect(jsonPath("$.sections[2].introduction").value(nullValue()))
                .andExpect(jsonPath("$.sections[2].items[8].code").value("S3-9"))
                .andExpect(jsonPath("$.sections[2].items[8].stage").value(nullValue()))
                .andExpect(jsonPath("$.sections[2].items[8].statements[0].text")
                        .value("We think that our existing monitoring and quality assurance processes are adequate."))
                .andExpect(jsonPath("$.attribution.isbn").value("978-1-910402-21-4"));
    }

    @Test
    void unknownFrameworkIsNotFoundAsProblemDetails() throws Exception {
        mvc.perform(as(coordinator, get(FRAMEWORKS + "/no-such-framework")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(as(coordinator, get(FRAMEWORKS + "/progress-pcsp/versions/99"))).andExpect(status().isNotFound());
    }

    @Test
    void systemAdministratorLoadsANewFrameworkAndItIsAudited() throws Exception {
        mvc.perform(as(systemAdmin, post(FRAMEWORKS)).contentType(YAML).content(tinyFramework(key, 1)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", FRAMEWORKS + "/" + key + "/versions/1"))
                .andExpect(jsonPath("$.key").value(key))
                .andExpect(jsonPath("$.sections[0].items[0].statements[4].text").value("Always, in every team"));
        mvc.perform(as(coordinator, get(FRAMEWORKS + "/" + key)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Tiny framework 1"));
        var entries = audit.search(new AuditQuery(systemAdmin.username(), AuditAction.CREATED, null, null, null, null),
                PageRequest.of(0, 5)).getContent();
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.recordType()).isEqualTo("Framework");
            assertThat(e.detail()).isEqualTo("Loaded framework " + key + " version 1");
        });
    }

    @Test
    void aNewVersionBecomesTheLatestAndTheOldOneIsKept() throws Exception {
        mvc.perform(as(systemAdmin, post(FRAMEWORKS)).contentType(MediaType.TEXT_PLAIN).content(tinyFramework(key, 1)))
                .andExpect(status().isCreated());
        mvc.perform(as(systemAdmin, post(FRAMEWORKS)).contentType(YAML).content(tinyFramework(key, 2)))
                .andExpect(status().isCreated());
        mvc.perform(as(coordinator, get(FRAMEWORKS + "/" + key))).andExpect(jsonPath("$.version").value(2));
        mvc.perform(as(coordinator, get(FRAMEWORKS + "/" + key + "/versions/1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Tiny framework 1"));
        assertThat(frameworks.latest()).filteredOn(f -> f.key().equals(key)).extracting(FrameworkSummary::version)
                .containsExactly(2);
    }

    @Test
    void loadingAStoredVersionAgainIsAConflict() throws Exception {
        mvc.perform(as(systemAdmin, post(FRAMEWORKS)).contentType(YAML).content(tinyFramework(key, 1)))
                .andExpect(status().isCreated());
        mvc.perform(as(systemAdmin, post(FRAMEWORKS)).contentType(YAML).content(tinyFramework(key, 1)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(409));
    }

    @Test
    void anInvalidFileIsRefusedWithItsProblemsAndNothingIsStored() throws Exception {
        String fourStatements = tinyFramework(key, 1, "");
        mvc.perform(as(systemAdmin, post(FRAMEWORKS)).contentType(YAML).content(fourStatements))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("sections[0].items[0].statements")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("Item T-1 has 4 statements; every item needs exactly 5.")));
        mvc.perform(as(systemAdmin, post(FRAMEWORKS)).contentType(YAML).content("key: [" + key))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("The file is not valid YAML")));
        mvc.perform(as(coordinator, get(FRAMEWORKS + "/" + key))).andExpect(status().isNotFound());
        assertThat(frameworks.find(key)).isEmpty();
    }

    @Test
    void onlyASystemAdministratorMayLoadAndPeopleMayNotRead() throws Exception {
        mvc.perform(as(manager, post(FRAMEWORKS)).contentType(YAML).content(tinyFramework(key, 1)))
                .andExpect(status().isForbidden());
        assertThat(frameworks.find(key)).isEmpty();
        UserAccount person = accounts.newUser(Set.of(), Role.PERSON);
        mvc.perform(as(person, get(FRAMEWORKS))).andExpect(status().isForbidden());
        mvc.perform(as(person, get(FRAMEWORKS + "/progress-pcsp"))).andExpect(status().isForbidden());
        UserAccount supporter = accounts.newUser(Set.of(), Role.SUPPORTER);
        mvc.perform(as(supporter, get(FRAMEWORKS + "/progress-pcsp"))).andExpect(status().isForbidden());
    }
}
