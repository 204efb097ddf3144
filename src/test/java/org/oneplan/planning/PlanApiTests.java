package org.oneplan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The plan itself through the API: starting it, its answers and their versions, who may read and write it. */
class PlanApiTests extends PlanApiSupport {

    @Override
    boolean startsPlan() {
        return false;
    }

    static MockHttpServletRequestBuilder answer(UUID personId, String prompt, String body) {
        return put(plan(personId) + "/answers/" + prompt).content(body);
    }

    static String words(String text, String whose) {
        return "{\"text\":\"%s\",\"whose\":\"%s\"}".formatted(text, whose);
    }

    @Test
    void startingPlanningCreatesOneDraftPlanAndThenOpensTheSameOne() throws Exception {
        String id = com.jayway.jsonpath.JsonPath.read(call(coordinator, post(plan(person)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", plan(person)))
                .andExpect(jsonPath("$.personId").value(person.toString()))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.startedBy").value(coordinator.username()))
                .andExpect(jsonPath("$.sections.length()").value(PlanSection.values().length))
                .andExpect(jsonPath("$.sections[0].key").value("preparation-process"))
                .andExpect(jsonPath("$.sections[0].status").value("NOT_STARTED"))
                .andReturn().getResponse().getContentAsString(), "$.id");
        call(coordinator, post(plan(person)))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Location"))
                .andExpect(jsonPath("$.id").value(id));
    }

    @Test
    void anAnswerInThePersonsWordsIsReadBackInItsSectionWithTheSectionInProgress() throws Exception {
        call(coordinator, post(plan(person)));
        call(coordinator, answer(person, "matters-now", words("My garden and my cat", "PERSON"))
                        .header("If-None-Match", "*"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.prompt").value("matters-now"))
                .andExpect(jsonPath("$.whose").value("PERSON"))
                .andExpect(jsonPath("$.version").value(0));
        call(coordinator, answer(person, "future",
                "{\"text\":\"Back to the allotment\",\"whose\":\"SUPPORTER\",\"whoseName\":\"David Okafor (son)\"}"))
                .andExpect(status().isOk());
        call(coordinator, get(plan(person)))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("ETag"))
                .andExpect(jsonPath("$.sections[1].key").value("preparation-person"))
                .andExpect(jsonPath("$.sections[1].stage").value("PREPARATION"))
                .andExpect(jsonPath("$.sections[1].status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.sections[1].answers.length()").value(2))
                .andExpect(jsonPath("$.sections[1].answers[0].prompt").value("matters-now"))
                .andExpect(jsonPath("$.sections[1].answers[0].text").value("My garden and my cat"))
                .andExpect(jsonPath("$.sections[1].answers[0].whose").value("PERSON"))
                .andExpect(jsonPath("$.sections[1].answers[0].writtenBy").value(coordinator.username()))
                .andExpect(jsonPath("$.sections[1].answers[0].writtenAt").isNotEmpty())
                .andExpect(jsonPath("$.sections[1].answers[1].prompt").value("future"))
                .andExpect(jsonPath("$.sections[1].answers[1].whoseName").value("David Okafor (son)"))
                .andExpect(jsonPath("$.sections[0].status").value("NOT_STARTED"))
                .andExpect(jsonPath("$.sections[0].answers.length()").value(0))
                .andExpect(jsonPath("$.sections[3].stage").value("CONVERSATION"));
    }

    @Test
    void changingAnAnswerNeedsTheVersionLastReadInIfMatch() throws Exception {
        call(coordinator, post(plan(person)));
        call(coordinator, answer(person, "working", words("Day centre on Tuesdays", "PERSON")))
                .andExpect(status().isOk());
        call(coordinator, answer(person, "working", words("Day centre on Thursdays", "PERSON")))
                .andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.status").value(428));
        call(coordinator, answer(person, "working", words("Day centre on Thursdays", "PERSON"))
                        .header("If-None-Match", "*"))
                .andExpect(status().isPreconditionFailed());
        call(coordinator, answer(person, "working", words("Day centre on Thursdays", "PERSON"))
                        .header("If-Match", "\"0\""))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.text").value("Day centre on Thursdays"));
        call(coordinator, answer(person, "working", words("Day centre on Fridays", "PERSON"))
                        .header("If-Match", "\"0\""))
                .andExpect(status().isPreconditionFailed())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.currentVersion").value(1));
        call(coordinator, get(plan(person)))
                .andExpect(jsonPath("$.sections[1].answers[0].text").value("Day centre on Thursdays"));
    }

    @Test
    void invalidAnswersAreRefusedWithTheFieldAndTheMessageFromTheBundle() throws Exception {
        call(coordinator, post(plan(person)));
        expectFieldProblem(words("   ", "PERSON"), "text", "Enter an answer");
        expectFieldProblem(words("x".repeat(PlanPrompt.MAX_TEXT + 1), "PERSON"), "text",
                "The answer must be 4000 characters or fewer");
        expectFieldProblem("{\"text\":\"Something\"}", "whose", "Select whose words these are");
        expectFieldProblem(words("Something", "SUPPORTER"), "whoseName",
                "Enter the name of the supporter whose words these are");
        call(coordinator, answer(person, "matters-now", words("Something", "NOBODY")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400));
        call(coordinator, answer(person, "no-such-question", words("Something", "PERSON")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
        call(coordinator, get(plan(person))).andExpect(jsonPath("$.sections[1].status").value("NOT_STARTED"));
    }

    private void expectFieldProblem(String body, String field, String message) throws Exception {
        call(coordinator, answer(person, "matters-now", body))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.detail").value(message))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message").value(message));
    }

    @Test
    void htmlInAnAnswerComesBackAsTheSameTextNotAsEscapedHtml() throws Exception {
        String html = "My garden <script>alert(1)</script> & \\\"roses\\\"";
        call(coordinator, post(plan(person)));
        call(coordinator, answer(person, "matters-now", words(html, "PERSON")))
                .andExpect(jsonPath("$.text").value("My garden <script>alert(1)</script> & \"roses\""));
        call(coordinator, get(plan(person)))
                .andExpect(header().string("Content-Type", containsString("application/json")))
                .andExpect(jsonPath("$.sections[1].answers[0].text")
                        .value("My garden <script>alert(1)</script> & \"roses\""));
    }

    @Test
    void aCoordinatorOfAnotherTeamFindsNoPlanToReadOrWriteAndCannotTellItExists() throws Exception {
        UUID unplanned = testPeople.onCaseload(team, "No", "Plan").id();
        call(coordinator, post(plan(person)));
        var outsider = accounts.newUser(Set.of(accounts.newTeam("Elsewhere").id()), Role.COORDINATOR);
        String hidden = call(outsider, get(plan(person))).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        String notStarted = call(coordinator, get(plan(unplanned))).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        assertThat(hidden).isEqualTo(notStarted.replace(plan(unplanned), plan(person)));
        call(outsider, answer(person, "matters-now", words("Not mine to write", "PERSON")))
                .andExpect(status().isNotFound());
        call(outsider, post(plan(person))).andExpect(status().isNotFound());
        call(coordinator, get(plan(person))).andExpect(jsonPath("$.sections[1].answers.length()").value(0));
    }

    @Test
    void anAuthoriserOfTheTeamReadsThePlanButMayNotChangeIt() throws Exception {
        call(coordinator, post(plan(person)));
        var authoriser = accounts.newUser(Set.of(team), Role.AUTHORISER);
        call(authoriser, get(plan(person))).andExpect(status().isOk());
        call(authoriser, answer(person, "matters-now", words("Approved", "PERSON")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403));
        call(authoriser, post(plan(person))).andExpect(status().isForbidden());
    }

    @Test
    void aPersonReadsTheirOwnPlanAndWritesOnlyTheirOwnWordsInIt() throws Exception {
        UUID other = testPeople.onCaseload(team, "Someone", "Else").id();
        call(coordinator, post(plan(person)));
        call(coordinator, post(plan(other)));
        var own = accounts.linkToPerson(accounts.newUser(Set.of(), Role.PERSON), person);
        call(own, get(plan(person))).andExpect(status().isOk())
                .andExpect(jsonPath("$.personId").value(person.toString()));
        call(own, get(plan(other))).andExpect(status().isNotFound());
        call(own, answer(person, "matters-now", words("My garden", "PRACTITIONER"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.text").value("My garden"))
                .andExpect(jsonPath("$.whose").value("PERSON"));
        call(own, answer(person, "how-told", words("Told me myself", "PERSON"))).andExpect(status().isForbidden());
        call(own, answer(other, "matters-now", words("Not mine", "PERSON"))).andExpect(status().isNotFound());
    }

    @Test
    void aSystemAdministratorNeitherReadsNorWritesPlans() throws Exception {
        call(coordinator, post(plan(person)));
        var admin = accounts.newUser(Set.of(team), Role.SYSTEM_ADMIN);
        call(admin, get(plan(person))).andExpect(status().isNotFound());
        call(admin, post(plan(person))).andExpect(status().isForbidden());
        call(admin, answer(person, "matters-now", words("Admin words", "PERSON"))).andExpect(status().isForbidden());
    }

    @Test
    void theApiDescriptionDocumentsThePlanEndpointsAndTheirOwnSchemas() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/people/{id}/plan/answers/{prompt}")))
                .andExpect(jsonPath("$.paths['/api/v1/people/{id}/plan'].get.tags", hasItem("Care and support plan")))
                .andExpect(jsonPath("$.paths['/api/v1/people/{id}/plan'].post.summary",
                        containsString("Start planning")))
                .andExpect(jsonPath("$.components.schemas.PlanSectionJson.properties.stage").exists())
                .andExpect(jsonPath("$.components.schemas.PlanAnswerJson.properties.whose").exists());
    }

    @Test
    void theApiDescriptionGroupsThePlansPartsByTagAndNamesTheirPreconditions() throws Exception {
        String plan = "$.paths['/api/v1/people/{id}/plan";
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath(plan + "/outcomes'].post.tags", hasItem("Plan: outcomes and options")))
                .andExpect(jsonPath(plan + "/outcomes/{outcomeId}/options/{optionId}'].put.tags",
                        hasItem("Plan: outcomes and options")))
                .andExpect(jsonPath(plan + "/needs/{outcomeKey}'].put.tags", hasItem("Plan: needs, eligibility and advice")))
                .andExpect(jsonPath(plan + "/advice/{adviceId}'].delete.tags", hasItem("Plan: needs, eligibility and advice")))
                .andExpect(jsonPath(plan + "/money'].put.tags", hasItem("Plan: money")))
                .andExpect(jsonPath(plan + "/risks/{itemId}'].put.tags", hasItem("Plan: staying in control")))
                .andExpect(jsonPath(plan + "/contingencies'].post.tags", hasItem("Plan: staying in control")))
                .andExpect(jsonPath(plan + "/sharing'].put.tags", hasItem("Plan: staying in control")))
                .andExpect(jsonPath(plan + "/actions/{actionId}'].put.summary", containsString("If-Match")))
                .andExpect(jsonPath(plan + "/review'].put.tags", hasItem("Plan: actions and review")))
                .andExpect(jsonPath(plan + "/outcomes/{outcomeId}'].put.parameters[*].name", hasItem("If-Match")))
                .andExpect(jsonPath("$.components.schemas.OutcomeBody.properties.whose").exists());
    }

    @Test
    void theStateListsWhatIsMissingAndThereAreNoVersionsBeforeAgreement() throws Exception {
        call(coordinator, post(plan(person)));
        call(coordinator, get(plan(person) + "/state")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.latestVersion").value(0))
                .andExpect(jsonPath("$.gaps[*].messageKey", org.hamcrest.Matchers.hasItem("planning.gap.outcomes")));
        call(coordinator, get(plan(person) + "/versions")).andExpect(jsonPath("$.length()").value(0));
        call(coordinator, get(plan(person) + "/versions/1")).andExpect(status().isNotFound());
        var other = accounts.newUser(Set.of(accounts.newTeam("Elsewhere").id()), Role.COORDINATOR);
        call(other, get(plan(person) + "/versions")).andExpect(status().isNotFound());
    }
}
