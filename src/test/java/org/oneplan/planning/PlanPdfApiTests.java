package org.oneplan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.oneplan.support.PdfChecks;
import org.springframework.test.web.servlet.ResultActions;

/** The plan's PDFs through the API: the same documents as the plan page's, for the same readers. */
class PlanPdfApiTests extends PlanApiSupport {

    @BeforeEach
    void startPlanWithWords() throws Exception {
        call(coordinator, post(plan(person)));
        call(coordinator, put(plan(person) + "/answers/like-admire").content("{\"text\":\"My laugh\",\"whose\":\"PERSON\"}"));
    }

    String api() {
        return plan(person);
    }

    byte[] pdf(ResultActions result) throws Exception {
        return result.andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
    }

    @Test
    void theApiGivesThePlanAndTheProfileAsThePlanPageDoes() throws Exception {
        String fromApi = PdfChecks.text(pdf(call(coordinator, get(api() + "/pdf"))));
        String fromPage = PdfChecks.text(pdf(mvc.perform(get("/people/" + person + "/plan/plan.pdf")
                .with(user(accounts.principal(coordinator))))));
        assertThat(fromApi).isEqualTo(fromPage).contains("Care and support plan", "My laugh");
        String profile = PdfChecks.text(pdf(call(coordinator, get(api() + "/pdf?document=one-page-profile&variant=large-print"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"one-page-profile-large-print.pdf\""))));
        assertThat(profile).contains("One-page profile", "What people like and admire about me", "My laugh")
                .doesNotContain("Care and support plan");
    }

    @Test
    void aDocumentOrVariantItDoesNotKnowIsA400ThatSaysWhy() throws Exception {
        call(coordinator, get(api() + "/pdf?document=summary")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("one-page-profile")))
                .andExpect(jsonPath("$.errors[0].field").value("document"));
        call(coordinator, get(api() + "/pdf?document=summary").accept("application/pdf")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("document"));
        call(coordinator, get(api() + "/pdf?variant=tiny")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("variant"));
        call(coordinator, get(api() + "/pdf?version=x")).andExpect(status().isBadRequest());
        call(coordinator, get(api() + "/pdf?version=9")).andExpect(status().isNotFound());
    }

    @Test
    void whoeverMayNotSeeThePersonFindsNoPdfAndNobodyUnsignedGetsOne() throws Exception {
        var outsider = accounts.newUser(Set.of(accounts.newTeam("Elsewhere").id()), Role.COORDINATOR);
        call(outsider, get(api() + "/pdf")).andExpect(status().isNotFound());
        call(outsider, get(api() + "/pdf?document=one-page-profile")).andExpect(status().isNotFound());
        call(accounts.newUser(Set.of(team), Role.SYSTEM_ADMIN), get(api() + "/pdf")).andExpect(status().isNotFound());
        mvc.perform(get(api() + "/pdf")).andExpect(status().isUnauthorized());
        var authoriser = accounts.newUser(Set.of(team), Role.AUTHORISER);
        pdf(call(authoriser, get(api() + "/pdf?document=one-page-profile")));
    }
}
