package org.oneplan.planning;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;

/** Outcomes and the options considered for each, through the API: written, versioned, refused, removed. */
class OutcomeApiTests extends PlanApiSupport {

    static String outcome(String text) {
        return json("text", text, "whose", "PERSON", "matters", "I miss my friends", "needCodes", List.of("relationships"));
    }

    ResultActions addOutcome(String text) throws Exception {
        return call(post(plan("outcomes")).content(outcome(text)));
    }

    @Test
    void anOutcomeIsAddedChangedWithItsVersionAndRemovedWhileThePlanFollows() throws Exception {
        ResultActions added = addOutcome("Get to the allotment on Saturdays").andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.words.text").value("Get to the allotment on Saturdays"))
                .andExpect(jsonPath("$.words.whose").value("PERSON"))
                .andExpect(jsonPath("$.needCodes[0]").value("relationships"));
        String address = location(added);
        call(get(address)).andExpect(status().isOk()).andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.words.writtenBy").value(coordinator.username()));

        String changed = json("text", "Go to the allotment with my son", "whose", "SUPPORTER",
                "whoseName", "David Okafor (son)");
        call(put(address).content(changed)).andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.status").value(428));
        call(put(address).content(changed).header("If-Match", "\"7\"")).andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.currentVersion").value(0));
        call(put(address).content(changed).header("If-Match", "\"0\"")).andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.words.whoseName").value("David Okafor (son)"));
        call(get(plan())).andExpect(jsonPath("$.outcomes[0].words.text").value("Go to the allotment with my son"))
                .andExpect(jsonPath("$.sections[?(@.key=='change')].status").value("COMPLETED"));

        call(delete(address)).andExpect(status().isPreconditionRequired());
        call(delete(address).header("If-Match", "\"0\"")).andExpect(status().isPreconditionFailed());
        call(delete(address).header("If-Match", "\"1\"")).andExpect(status().isNoContent());
        call(get(address)).andExpect(status().isNotFound());
        call(get(plan("outcomes"))).andExpect(jsonPath("$.length()").value(0));
        call(get(plan())).andExpect(jsonPath("$.outcomes.length()").value(0))
                .andExpect(jsonPath("$.sections[?(@.key=='change')].status").value("NOT_STARTED"));
    }

    @Test
    void badValuesAreRefusedWithEveryFieldAndItsMessage() throws Exception {
        call(post(plan("outcomes")).content(json("text", " ", "whoseName", "x".repeat(201),
                "matters", "m".repeat(1001))))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.errors[?(@.field=='text')].message")
                        .value("Enter what the person wants to change or achieve"))
                .andExpect(jsonPath("$.errors[?(@.field=='whose')].message").value("Select whose words these are"))
                .andExpect(jsonPath("$.errors[?(@.field=='whoseName')].message")
                        .value("The name must be 200 characters or fewer"))
                .andExpect(jsonPath("$.errors[?(@.field=='matters')].message")
                        .value("This must be 1000 characters or fewer"));
        call(post(plan("outcomes")).content("{\"text\":\"Walk\",\"whose\":\"NOBODY\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.status").value(400));
        call(post(plan("outcomes")).content("{not json")).andExpect(status().isBadRequest());
        call(get(plan("outcomes")).content("")).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void aTargetDateInThePastOrASupporterWithoutANameIsARuleBreakWithItsReason() throws Exception {
        LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        call(post(plan("outcomes")).content(json("text", "Walk again", "whose", "PERSON", "targetDate", yesterday.toString())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The target date must be today or in the future"))
                .andExpect(jsonPath("$.errors[0].field").value("targetDate"));
        call(post(plan("outcomes")).content(json("text", "Walk again", "whose", "SUPPORTER")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("whoseName"));
        call(post(plan("outcomes")).content(json("text", "Walk again", "whose", "PERSON", "needCodes", List.of("flying"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("needCodes"));
        call(get(plan("outcomes"))).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void optionsAreConsideredForAnOutcomeAndTheChosenOneCompletesArranging() throws Exception {
        String outcomeId = read(addOutcome("See my friends every week"), "$.id");
        String options = plan("outcomes", outcomeId, "options");
        String body = json("text", "Lunch club at the library", "resource", "COMMUNITY", "chosen", false,
                "why", "Too far to walk", "whose", "PERSON");
        ResultActions added = call(post(options).content(body)).andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.outcomeId").value(outcomeId))
                .andExpect(jsonPath("$.why.text").value("Too far to walk"));
        String address = location(added);
        call(get(address)).andExpect(header().string("ETag", "\"0\""));

        String chosen = json("text", "Lunch club at the library", "resource", "COMMUNITY", "chosen", true,
                "why", "A neighbour will drive me", "whose", "SUPPORTER", "whoseName", "Jo (neighbour)");
        call(put(address).content(chosen)).andExpect(status().isPreconditionRequired());
        call(put(address).content(chosen).header("If-Match", "\"3\"")).andExpect(status().isPreconditionFailed());
        call(put(address).content(chosen).header("If-Match", "\"0\"")).andExpect(status().isOk())
                .andExpect(jsonPath("$.chosen").value(true)).andExpect(header().string("ETag", "\"1\""));
        call(get(options)).andExpect(jsonPath("$[0].why.whoseName").value("Jo (neighbour)"));
        call(get(plan())).andExpect(jsonPath("$.sections[?(@.key=='arrange')].status").value("COMPLETED"));

        String other = read(addOutcome("Cook for myself"), "$.id");
        call(get(address.replace(outcomeId, other))).andExpect(status().isNotFound());
        call(delete(address.replace(outcomeId, other)).header("If-Match", "\"1\"")).andExpect(status().isNotFound());
        call(delete(address).header("If-Match", "\"1\"")).andExpect(status().isNoContent());
        call(get(options)).andExpect(jsonPath("$.length()").value(0));
        call(post(options).content(json("resource", "COMMUNITY", "whose", "PERSON")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("text")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("why")));
    }

    @Test
    void htmlInAnOutcomeIsStoredAndReturnedAsTheSameText() throws Exception {
        String html = "<b>Garden</b> <script>alert(1)</script> & \\\"roses\\\"";
        String address = location(call(post(plan("outcomes")).content(json("text", html, "whose", "PERSON"))));
        call(get(address)).andExpect(header().string("Content-Type", containsString("application/json")))
                .andExpect(jsonPath("$.words.text").value("<b>Garden</b> <script>alert(1)</script> & \"roses\""));
        call(get(plan())).andExpect(jsonPath("$.outcomes[0].words.text")
                .value("<b>Garden</b> <script>alert(1)</script> & \"roses\""));
    }
}
