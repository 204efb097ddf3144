package org.oneplan.planning;

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

/** "What will you do next?" through the API: actions from the person out, and the review arrangements. */
class NextStepsApiTests extends PlanApiSupport {

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    String action(String text, String outcomeId, LocalDate due) {
        return json("text", text, "owner", "SUPPORTER", "ownerName", "David (son)", "dueDate", due.toString(),
                "outcomeId", outcomeId, "layer", "FAMILY_AND_FRIENDS");
    }

    @Test
    void anActionServingAnOutcomeIsAddedChangedAndRemovedWithItsVersion() throws Exception {
        String outcomeId = read(call(post(plan("outcomes")).content(json("text", "Get to church", "whose", "PERSON"))), "$.id");
        String address = location(call(post(plan("actions")).content(action("Drive to church", outcomeId,
                today().plusWeeks(1))))
                .andExpect(status().isCreated()).andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.outcomeText").value("Get to church")));
        String changed = action("Drive to church on Sundays", outcomeId, today().plusWeeks(2));
        call(put(address).content(changed)).andExpect(status().isPreconditionRequired());
        call(put(address).content(changed).header("If-Match", "\"4\"")).andExpect(status().isPreconditionFailed());
        call(put(address).content(changed).header("If-Match", "\"0\"")).andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""));
        call(get(address)).andExpect(jsonPath("$.text").value("Drive to church on Sundays"));
        call(get(plan())).andExpect(jsonPath("$.sections[?(@.key=='next')].status").value("IN_PROGRESS"));
        call(delete(address).header("If-Match", "\"0\"")).andExpect(status().isPreconditionFailed());
        call(delete(address).header("If-Match", "\"1\"")).andExpect(status().isNoContent());
        call(get(plan("actions"))).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void anActionDueInThePastOrWithoutItsOutcomeIsRefusedWithTheReason() throws Exception {
        String outcomeId = read(call(post(plan("outcomes")).content(json("text", "Cook", "whose", "PERSON"))), "$.id");
        call(post(plan("actions")).content(action("Buy a slow cooker", outcomeId, today().minusDays(1))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("dueDate"))
                .andExpect(jsonPath("$.detail").value("The date must be today or in the future"));
        call(post(plan("actions")).content(json("text", "Buy a slow cooker", "owner", "THE_PERSON",
                "dueDate", today().toString(), "layer", "SELF_CARE")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("outcomeId"));
        call(post(plan("actions")).content(json("text", "t".repeat(1001))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field=='text')].message").value("The action must be 1000 characters or fewer"))
                .andExpect(jsonPath("$.errors[?(@.field=='owner')].message").value("Select who will do it"))
                .andExpect(jsonPath("$.errors[?(@.field=='dueDate')].message").value("Enter the date by when it will be done"))
                .andExpect(jsonPath("$.errors[?(@.field=='layer')].message").value("Select where the support comes from"));
        call(post(plan("actions")).content(json("text", "Cook", "owner", "THE_PERSON", "dueDate", "31-12-2030",
                "layer", "SELF_CARE"))).andExpect(status().isBadRequest());
        call(get(plan("actions"))).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void reviewArrangementsAreWrittenWithinTheMaximumAndThenChangedWithTheirVersion() throws Exception {
        String review = json("checkIns", List.of("CALL", "VISIT"), "whereAndHowOften", "At home, monthly",
                "nextReview", today().plusMonths(3).toString());
        call(get(plan("review"))).andExpect(status().isNotFound());
        call(put(plan("review")).content(json("nextReview", today().plusMonths(7).toString())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("nextReview"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("The next formal review must be no more than 6 months from today"));
        call(put(plan("review")).content(json("nextReview", today().minusDays(1).toString())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The date of the next formal review must be today or in the future"));
        call(put(plan("review")).content(review)).andExpect(status().isOk()).andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.checkIns.length()").value(2));
        call(put(plan("review")).content(review)).andExpect(status().isPreconditionRequired());
        call(put(plan("review")).content(review).header("If-Match", "\"9\"")).andExpect(status().isPreconditionFailed());
        call(put(plan("review")).content(review).header("If-Match", "\"0\"")).andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""));
        call(get(plan("review"))).andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.whereAndHowOften").value("At home, monthly"));
        call(put(plan("review")).content("{\"checkIns\":[null,\"TEXT\"],\"nextReview\":\"" + today() + "\"}")
                .header("If-Match", "\"1\"")).andExpect(status().isBadRequest());
        call(put(plan("review")).content("{}").header("If-Match", "\"1\"")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Enter the date of the next formal review"));
    }
}
