package org.oneplan.planning;

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
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;

/** Assessed needs, the eligibility decision, advice given and the personal budget question, through the API. */
class NeedsApiTests extends PlanApiSupport {

    static String unable(String cannotDo) {
        return json("unable", "YES", "cannotDo", cannotDo, "wellbeingImpact", "Loses weight", "councilWillMeet", true,
                "howMet", "Meals at home");
    }

    @Test
    void aNeedIsRecordedFirstWithoutAndThenOnlyWithItsVersion() throws Exception {
        call(get(plan("needs", "nutrition"))).andExpect(status().isOk()).andExpect(header().doesNotExist("ETag"))
                .andExpect(jsonPath("$.unable").value("NOT_ASSESSED"));
        call(put(plan("needs", "nutrition")).content(unable("Cannot stand to cook"))).andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.outcome.code").value("nutrition"))
                .andExpect(jsonPath("$.cannotDo").value("Cannot stand to cook"));
        String changed = unable("Cannot stand for long enough to cook");
        call(put(plan("needs", "nutrition")).content(changed)).andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.currentVersion").value(0));
        call(put(plan("needs", "nutrition")).content(changed).header("If-Match", "\"0\"")).andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""));
        call(put(plan("needs", "nutrition")).content(changed).header("If-Match", "\"0\""))
                .andExpect(status().isPreconditionFailed()).andExpect(jsonPath("$.currentVersion").value(1));
        call(put(plan("needs", "hygiene")).content(unable("x")).header("If-Match", "\"0\""))
                .andExpect(status().isPreconditionFailed());
        call(get(plan("needs", "nutrition"))).andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.cannotDo").value("Cannot stand for long enough to cook"));
        call(get(plan())).andExpect(jsonPath("$.sections[?(@.key=='needs')].status").value("IN_PROGRESS"));
        call(put(plan("needs", "flying")).content(unable("x"))).andExpect(status().isNotFound());
    }

    @Test
    void needsMustBeUnableToAchieveTwoOutcomesBeforeTheyMeetTheCriteria() throws Exception {
        String meets = json("decision", "MEETS", "reason", "Two outcomes unable, significant impact");
        call(put(plan("needs", "nutrition")).content(unable("Cannot cook")));
        call(put(plan("eligibility")).content(meets)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("decision"))
                .andExpect(jsonPath("$.detail").value("The needs can only meet the eligibility criteria when the "
                        + "person is unable to achieve two or more outcomes"));
        call(get(plan("eligibility"))).andExpect(status().isNotFound());
        call(put(plan("needs", "hygiene")).content(unable("Cannot wash")));
        call(put(plan("eligibility")).content(meets)).andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\"")).andExpect(jsonPath("$.decision").value("MEETS"));
        call(put(plan("eligibility")).content(json("decision", "DOES_NOT_MEET", "reason", "Changed")))
                .andExpect(status().isPreconditionRequired());
        call(get(plan("eligibility"))).andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.reason").value("Two outcomes unable, significant impact"));
        call(get(plan("needs"))).andExpect(jsonPath("$.needs.length()").value(10))
                .andExpect(jsonPath("$.eligibility.decision").value("MEETS"));
        call(put(plan("eligibility")).content(json("reason", "r".repeat(2001)))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("decision")))
                .andExpect(jsonPath("$.errors[?(@.field=='reason')].message")
                        .value("The reason must be 2000 characters or fewer"));
    }

    @Test
    void adviceIsAddedChangedAndRemovedWithItsVersion() throws Exception {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        ResultActions added = call(post(plan("advice")).content(json("what", "Falls prevention leaflet",
                "givenBy", "Priya Shah", "givenOn", today, "format", "EASY_READ")))
                .andExpect(status().isCreated()).andExpect(header().string("ETag", "\"0\""));
        String address = location(added);
        String changed = json("what", "Falls prevention class", "givenBy", "Priya Shah", "givenOn", today,
                "format", "SPOKEN");
        call(put(address).content(changed)).andExpect(status().isPreconditionRequired());
        call(put(address).content(changed).header("If-Match", "\"1\"")).andExpect(status().isPreconditionFailed());
        call(put(address).content(changed).header("If-Match", "\"0\"")).andExpect(status().isOk())
                .andExpect(jsonPath("$.format").value("SPOKEN"));
        call(get(plan("advice"))).andExpect(jsonPath("$[0].what").value("Falls prevention class"));
        call(delete(address).header("If-Match", "\"1\"")).andExpect(status().isNoContent());
        call(get(plan("advice"))).andExpect(jsonPath("$.length()").value(0));

        call(post(plan("advice")).content(json("what", "Leaflet", "givenBy", "Priya", "givenOn",
                LocalDate.now(ZoneOffset.UTC).plusDays(2).toString(), "format", "PRINTED")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("givenOn"))
                .andExpect(jsonPath("$.detail").value("When it was given must be today or in the past"));
        call(post(plan("advice")).content("{}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(4))
                .andExpect(jsonPath("$.errors[?(@.field=='format')].message").value("Select the format it was given in"));
    }

    @Test
    void thePersonalBudgetQuestionIsAnsweredAndChangedWithItsVersion() throws Exception {
        call(get(plan("money"))).andExpect(status().isNotFound());
        call(put(plan("money")).content(json("budget", "NOT_KNOWN_YET"))).andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""));
        call(put(plan("money")).content(json("budget", "NO", "note", "Family will help"))).andExpect(status().isPreconditionRequired());
        call(put(plan("money")).content(json("budget", "NO", "note", "Family will help")).header("If-Match", "\"0\""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.note").value("Family will help"));
        call(get(plan("money"))).andExpect(header().string("ETag", "\"1\"")).andExpect(jsonPath("$.budget").value("NO"));
        call(get(plan())).andExpect(jsonPath("$.sections[?(@.key=='money')].status").value("COMPLETED"));
        call(put(plan("money")).content(json("note", "n".repeat(2001))).header("If-Match", "\"1\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field=='budget')].message")
                        .value("Select whether the person will have a personal budget"))
                .andExpect(jsonPath("$.errors[?(@.field=='note')].message").value("The note must be 2000 characters or fewer"));
    }
}
