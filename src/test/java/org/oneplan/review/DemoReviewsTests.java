package org.oneplan.review;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.ObjectMapper;

/** The demo's reviews: one overdue, one requested and not answered, one completed last year with consent. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:oneplan-demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class DemoReviewsTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;

    @Test
    void northsListShowsArthurOverdueAndEileensDaughtersRequestWaitingPastItsTarget() throws Exception {
        mvc.perform(page("/reviews")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Overdue (1)")))
                .andExpect(content().string(containsString("Arthur Whitfield")))
                .andExpect(content().string(containsString("12 days")));
        mvc.perform(page("/reviews?list=requested"))
                .andExpect(content().string(containsString("Eileen Porter")))
                .andExpect(content().string(containsString("Asked by Karen Porter (daughter)")))
                .andExpect(content().string(containsString("12 working days")))
                .andExpect(content().string(containsString("Over target")));
        mvc.perform(page("/")).andExpect(content().string(containsString("1 review is overdue")));
    }

    @Test
    void margaretsReviewLastYearIsCompletedWithHerConsentedStatements() throws Exception {
        String margaret = personId("Okafor");
        mvc.perform(get("/api/v1/people/" + margaret + "/reviews").header("Authorization", "Bearer demo-coordinator-token"))
                .andExpect(jsonPath("$.reviews[0].status").value("COMPLETED"))
                .andExpect(jsonPath("$.next.dueOn").exists());
        String review = new ObjectMapper().readTree(mvc.perform(get("/api/v1/people/" + margaret + "/reviews")
                .header("Authorization", "Bearer demo-coordinator-token")).andReturn().getResponse()
                .getContentAsString()).get("reviews").get(0).get("id").asText();
        mvc.perform(page("/people/" + margaret + "/reviews/" + review))
                .andExpect(content().string(containsString("Joan from next door pops in every morning")))
                .andExpect(content().string(containsString("This review was completed")));
    }

    private MockHttpServletRequestBuilder page(String path) {
        return get(path).with(user(accounts.loadUserByUsername("coordinator")));
    }

    private String personId(String familyName) throws Exception {
        String found = mvc.perform(get("/api/v1/people?q=" + familyName)
                .header("Authorization", "Bearer demo-coordinator-token")).andReturn().getResponse().getContentAsString();
        return new ObjectMapper().readTree(found).get("items").get(0).get("id").asText();
    }
}
