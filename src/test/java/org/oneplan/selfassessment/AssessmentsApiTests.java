package org.oneplan.selfassessment;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.oneplan.access.internal.UserAccount;
import org.oneplan.support.OnePlanSpringBootTest;
import org.oneplan.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.ObjectMapper;

@OnePlanSpringBootTest
@Import(TestAccounts.Config.class)
class AssessmentsApiTests {

    static final String BASE = "/api/v1/self-assessment/assessments";

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;

    UUID team;
    UserAccount manager;
    UserAccount coordinator;

    @BeforeEach
    void setUp() {
        team = accounts.newTeam("Progress").id();
        manager = accounts.newUser(Set.of(team), Role.MANAGER);
        coordinator = accounts.newUser(Set.of(team), Role.COORDINATOR);
    }

    MockHttpServletRequestBuilder as(UserAccount account, MockHttpServletRequestBuilder request) {
        return request.with(user(accounts.principal(account))).contentType(MediaType.APPLICATION_JSON);
    }

    String start() throws Exception {
        String body = """
                {"framework":"progress-pcsp","teamId":"%s","name":"Autumn review","assessedOn":"2026-11-01",
                 "participants":[{"name":"Sam","capacity":"LIVED_EXPERIENCE"},{"name":"Jo","capacity":"FRONT_LINE_STAFF"}]}
                """.formatted(team);
        String json = mvc.perform(as(manager, post(BASE)).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.framework.key").value("progress-pcsp"))
                .andExpect(jsonPath("$.results.items").value(40))
                .andReturn().getResponse().getContentAsString();
        return new ObjectMapper().readTree(json).get("id").asText();
    }

    @Test
    void aManagerStartsAnAssessmentAndTheTeamAnswersAndSeesTheResults() throws Exception {
        String id = start();
        mvc.perform(as(coordinator, put(BASE + "/" + id + "/items/S1-1a")).content("{\"level\":2,\"note\":\"We rush\"}"))
                .andExpect(status().isOk());
        mvc.perform(as(coordinator, get(BASE + "/" + id)))
                .andExpect(jsonPath("$.answers[0].note").value("We rush"))
                .andExpect(jsonPath("$.results.itemResults[0].band").value("GETTING_STARTED"))
                .andExpect(jsonPath("$.results.stages[0].mean").value(2.0));
        mvc.perform(as(coordinator, get(BASE).param("teamId", team.toString())))
                .andExpect(jsonPath("$[0].answered").value(1))
                .andExpect(jsonPath("$[0].items").value(40));
    }

    @Test
    void badAnswersGetAReasonNextToTheField() throws Exception {
        String id = start();
        mvc.perform(as(coordinator, put(BASE + "/" + id + "/items/S1-1a")).content("{\"level\":6}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("level"));
        mvc.perform(as(coordinator, put(BASE + "/" + id + "/items/S1-1a")).content("{\"level\":5}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("cumulativeConfirmed"));
        mvc.perform(as(coordinator, put(BASE + "/" + id + "/items/NOPE")).content("{\"level\":3}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("itemCode"));
        mvc.perform(as(coordinator, put(BASE + "/" + id + "/items/S1-1a")).content("{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("level")));
        mvc.perform(as(coordinator, put(BASE + "/" + id + "/items/S1-1a"))
                        .content("{\"level\":3,\"note\":\"" + "x".repeat(2001) + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("note"));
        mvc.perform(as(coordinator, put(BASE + "/" + id + "/items/S1-1a")).content("{\"level\":0}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("level"));
        mvc.perform(as(coordinator, get(BASE + "/" + id)))
                .andExpect(jsonPath("$.answers.length()").value(0))
                .andExpect(jsonPath("$.results.answered").value(0));
    }

    @Test
    void twoPeopleAnsweringTheSameItemDoNotOverwriteEachOther() throws Exception {
        String id = start();
        mvc.perform(as(coordinator, put(BASE + "/" + id + "/items/S2-1a")).content("{\"level\":2}")).andExpect(status().isOk());
        mvc.perform(as(manager, put(BASE + "/" + id + "/items/S2-1a")).content("{\"level\":4}"))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(as(manager, put(BASE + "/" + id + "/items/S2-1a")).header("If-Match", "\"0\"").content("{\"level\":4}"))
                .andExpect(status().isOk());
    }

    @Test
    void submittingNeedsEveryItemAnswered() throws Exception {
        String id = start();
        mvc.perform(as(manager, post(BASE + "/" + id + "/submit")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("items"));
    }

    @Test
    void onlyTheTeamsStaffSeeItAndOnlyItsManagersStartOne() throws Exception {
        String id = start();
        var outsider = accounts.newUser(Set.of(accounts.newTeam("Other").id()), Role.MANAGER);
        mvc.perform(as(outsider, get(BASE + "/" + id))).andExpect(status().isNotFound());
        mvc.perform(as(outsider, get(BASE))).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(as(accounts.newUser(Set.of(), Role.PERSON), get(BASE + "/" + id))).andExpect(status().isForbidden());
        mvc.perform(as(accounts.newUser(Set.of(), Role.SUPPORTER), get(BASE))).andExpect(status().isForbidden());
        mvc.perform(as(accounts.newUser(Set.of(team), Role.SYSTEM_ADMIN), get(BASE))).andExpect(status().isForbidden());
        mvc.perform(as(coordinator, post(BASE)).content("""
                {"framework":"progress-pcsp","teamId":"%s","name":"x","assessedOn":"2026-11-01",
                 "participants":[{"name":"Sam","capacity":"CARER"}]}""".formatted(team)))
                .andExpect(status().isForbidden());
        mvc.perform(as(outsider, post(BASE)).content("""
                {"framework":"progress-pcsp","teamId":"%s","name":"x","assessedOn":"2026-11-01",
                 "participants":[{"name":"Sam","capacity":"CARER"}]}""".formatted(team)))
                .andExpect(status().isNotFound());
    }

    @Test
    void startingRefusesAFutureDateAndMissingParticipants() throws Exception {
        mvc.perform(as(manager, post(BASE)).content("""
                {"framework":"progress-pcsp","teamId":"%s","name":"x","assessedOn":"2999-01-01",
                 "participants":[{"name":"Sam","capacity":"CARER"}]}""".formatted(team)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("assessedOn"));
        mvc.perform(as(manager, post(BASE)).content("""
                {"framework":"progress-pcsp","teamId":"%s","name":"x","assessedOn":"2026-01-01","participants":[]}
                """.formatted(team)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("participants")));
    }

    @Test
    void aCoordinatorStartsOneOnceAManagerHasGivenPermissionButNeverForTheWholeOrganisation() throws Exception {
        String body = """
                {"framework":"progress-pcsp","teamId":"%s","name":"Led by a coordinator","assessedOn":"2026-11-01",
                 "participants":[{"name":"Sam","capacity":"CARER"}], "wholeOrganisation": %s}""";
        mvc.perform(as(coordinator, post(BASE)).content(body.formatted(team, false))).andExpect(status().isForbidden());
        mvc.perform(post("/self-assessment/starters/" + team).with(user(accounts.principal(manager)))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("userIds", coordinator.id().toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(as(coordinator, post(BASE)).content(body.formatted(team, false))).andExpect(status().isCreated());
        mvc.perform(as(coordinator, post(BASE)).content(body.formatted(team, true)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("wholeOrganisation"));
    }

    @Test
    void aWholeOrganisationAssessmentIsSharedWithEveryTeamOfThatOrganisationOnly() throws Exception {
        String id = new ObjectMapper().readTree(mvc.perform(as(manager, post(BASE)).content("""
                {"framework":"progress-pcsp","teamId":"%s","name":"All of us","assessedOn":"2026-11-01",
                 "participants":[{"name":"Sam","capacity":"CARER"}], "wholeOrganisation": true}""".formatted(team)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.wholeOrganisation").value(true))
                .andReturn().getResponse().getContentAsString()).get("id").asText();
        var sameOrganisation = accounts.newUser(Set.of(accounts.newTeamBeside(team, "Beside").id()), Role.COORDINATOR);
        var elsewhere = accounts.newUser(Set.of(accounts.newTeam("Elsewhere").id()), Role.COORDINATOR);
        mvc.perform(as(sameOrganisation, get(BASE + "/" + id))).andExpect(status().isOk());
        mvc.perform(as(sameOrganisation, get(BASE))).andExpect(jsonPath("$[0].id").value(id));
        mvc.perform(as(elsewhere, get(BASE + "/" + id))).andExpect(status().isNotFound());
    }
}
