package org.oneplan.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.ObjectMapper;

/** The demo the README promises: its people, its users' tokens, and who sees whom. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:oneplan-demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class DemoModeTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;

    private final ObjectMapper json = new ObjectMapper();

    static MockHttpServletRequestBuilder as(String user, String path) {
        return get(path).header("Authorization", "Bearer demo-" + user + "-token");
    }

    @Test
    void demoTeamsHoldAboutTwentyPeopleBetweenThem() throws Exception {
        mvc.perform(as("manager", "/api/v1/people?size=100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(20));
        mvc.perform(as("coordinator2", "/api/v1/people?q=Chen"))
                .andExpect(jsonPath("$.totalItems").value(1));
    }

    @Test
    void thePersonSeesTheirOwnRecordAndTheirSonSeesWhatSheShares() throws Exception {
        String me = mvc.perform(as("person", "/api/v1/me")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String margaret = json.readTree(me).get("personIds").get(0).asText();
        mvc.perform(as("person", "/api/v1/people/" + margaret))
                .andExpect(jsonPath("$.familyName").value("Okafor"))
                .andExpect(jsonPath("$.coordinator.kind").value("STAFF"));
        String supporter = mvc.perform(as("supporter", "/api/v1/me")).andReturn().getResponse().getContentAsString();
        assertThat(json.readTree(supporter).get("personIds").get(0).asText()).isEqualTo(margaret);
        mvc.perform(as("supporter", "/api/v1/people/" + margaret)).andExpect(status().isOk());
        mvc.perform(as("coordinator2", "/api/v1/people/" + margaret)).andExpect(status().isNotFound());
        mvc.perform(as("admin", "/api/v1/people/" + margaret)).andExpect(status().isForbidden());
    }

    @Test
    void northAndSouthHaveSubmittedSelfAssessmentsToCompareWith() throws Exception {
        mvc.perform(as("manager", "/api/v1/self-assessment/assessments"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[0].status").value("SUBMITTED"))
                .andExpect(jsonPath("$[0].answered").value(40));
        mvc.perform(as("coordinator", "/api/v1/self-assessment/assessments"))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[1].name").value("North Locality Team, two years ago"));
    }

    @Test
    void northsCoordinatorHasPlansAtEveryStageAndMargaretsIsAgreedThreeTimes() throws Exception {
        String margaret = personId("Okafor");
        mvc.perform(page("/people/" + margaret + "/plan")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Agreed: version 3")))
                .andExpect(content().string(containsString("grow vegetables again")));
        mvc.perform(page("/people/" + margaret + "/plan/versions"))
                .andExpect(content().string(containsString("/plan/versions/1\"")))
                .andExpect(content().string(containsString("/plan/versions/2\"")))
                .andExpect(content().string(containsString("/plan/versions/3\"")))
                .andExpect(content().string(not(containsString("/plan/versions/4\""))));
        mvc.perform(page("/people/" + personId("Adeyemi") + "/plan/check"))
                .andExpect(content().string(containsString("I want my nephew to read it first")))
                .andExpect(content().string(containsString("They do not agree")));
        mvc.perform(page("/people/" + personId("Adeyemi") + "/plan"))
                .andExpect(content().string(containsString("Draft")));
        mvc.perform(page("/people/" + personId("Bell") + "/plan"))
                .andExpect(content().string(containsString("allotment")));
        mvc.perform(page("/people/" + personId("Mahmood") + "/plan"))
                .andExpect(content().string(containsString("a break from caring")));
    }

    @Test
    void margaretsBudgetIsADirectPaymentHeldByHerSonAndHerSpendingPlanSpendsItAll() throws Exception {
        String margaret = personId("Okafor");
        mvc.perform(as("coordinator", "/api/v1/people/" + margaret + "/plan/budget"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deployment.way").value("DIRECT_PAYMENT"))
                .andExpect(jsonPath("$.directPayment.holderName").value("David Okafor, her son"))
                .andExpect(jsonPath("$.spending.lines.length()").value(4))
                .andExpect(jsonPath("$.complete").value(true));
        mvc.perform(page("/people/" + margaret + "/plan/check"))
                .andExpect(content().string(containsString("Nothing is missing")));
        mvc.perform(page("/people/" + margaret + "/plan/versions/2"))
                .andExpect(content().string(containsString("Not known yet")));
    }

    @Test
    void margaretsPlanIsSignedOffEileensWaitsSevenWorkingDaysUnchangedAndDanielsWasReturned() throws Exception {
        String margaret = personId("Okafor");
        mvc.perform(page("/people/" + margaret + "/plan/versions/3"))
                .andExpect(content().string(containsString("Signed off by David Clarke")))
                .andExpect(content().string(containsString("The personal budget is active from")));
        mvc.perform(as("person", "/api/v1/people/" + margaret + "/plan"))
                .andExpect(jsonPath("$.status").value("AGREED"))
                .andExpect(jsonPath("$.signOff.status").value("SIGNED_OFF"))
                .andExpect(jsonPath("$.budget.activeFrom").isNotEmpty());
        mvc.perform(as("authoriser", "/api/v1/sign-offs"))
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].name").value("Eileen Porter"))
                .andExpect(jsonPath("$.items[0].workingDays").value(7))
                .andExpect(jsonPath("$.items[0].flag").value("HALFWAY"));
        String eileen = personId("Porter");
        mvc.perform(as("coordinator", "/api/v1/people/" + eileen + "/plan"))
                .andExpect(jsonPath("$.status").value("AGREED_AWAITING_SIGN_OFF"))
                .andExpect(jsonPath("$.signOff.changedSinceSubmission").value(false));
        mvc.perform(page("/people/" + eileen + "/plan"))
                .andExpect(content().string(containsString("With the authoriser \u2014 changes are paused")));
        mvc.perform(page("/people/" + personId("Novak") + "/plan"))
                .andExpect(content().string(containsString("Returned on")))
                .andExpect(content().string(containsString("how he will choose them")));
        mvc.perform(get("/sign-offs/dashboard").with(user(accounts.loadUserByUsername("manager"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("North Locality Team")));
        mvc.perform(get("/settings").with(user(accounts.loadUserByUsername("manager"))));
    }

    private MockHttpServletRequestBuilder page(String path) {
        return get(path).with(user(accounts.loadUserByUsername("coordinator")));
    }

    private String personId(String familyName) throws Exception {
        String found = mvc.perform(as("coordinator", "/api/v1/people?q=" + familyName))
                .andReturn().getResponse().getContentAsString();
        return json.readTree(found).get("items").get(0).get("id").asText();
    }
}
