package org.oneplan.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.planning.PlanPrompt;
import org.oneplan.planning.Whose;
import org.oneplan.review.Perspective;
import org.oneplan.review.Progress;
import org.oneplan.review.ReviewRecord;
import org.oneplan.review.ReviewRecords;
import org.oneplan.review.ReviewType;
import org.oneplan.review.Reviews;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A review cannot update a plan that is with the authoriser: its check page says so instead of offering to complete
 * it, and completing it anyway is refused with the conflict page, leaving the review open and the plan as it was.
 */
class ReviewWhileWithAuthoriserTests extends SignOffSupport {

    @Autowired Reviews reviews;
    @Autowired ReviewRecords records;

    /** A review of the plan's first signed-off version, written in full, while a changed plan is with the authoriser. */
    UUID writtenReview() throws Exception {
        agreedPlan();
        submit();
        signOff(authoriser);
        asCoordinator(() -> plans.write(person, PlanPrompt.MATTERS_NOW, "Singing", Whose.PERSON, null, null));
        agreeAgain();
        submit();
        LocalDate today = LocalDate.now();
        return asCoordinator(() -> {
            UUID id = reviews.open(person, new Reviews.Opening(ReviewType.PLANNED, today, null, null)).id();
            long v = records.participants(person, id, new ReviewRecord.Participants(true, true, "Bea", null), 0).version();
            v = records.addStatement(person, id, new ReviewRecords.StatementDraft(true, Perspective.PERSON, null,
                    "Church on Sundays"), v).version();
            v = records.outcome(person, id, church, new ReviewRecords.OutcomeDraft(Progress.PARTLY, 5, null, null, null,
                    null, null, false), v).version();
            v = records.decisions(person, id, new ReviewRecord.Decisions(false, null, false, null,
                    today.plusMonths(6)), v).version();
            records.workingTogether(person, id, new ReviewRecord.WorkingTogether("Church", null, "The bus", null,
                    null, false), v);
            return id;
        });
    }

    @Test
    void aReviewCannotBeCompletedWhileThePlanIsWithTheAuthoriser() throws Exception {
        UUID review = writtenReview();
        String record = "/people/" + person + "/reviews/" + review;
        mvc.perform(as(coordinator, get(record + "/check"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("The plan is with the authoriser, so the review cannot update it yet")))
                .andExpect(content().string(not(containsString(record + "/complete"))));
        long version = jdbc.queryForObject("select version from review where id = ?", Long.class, review);
        mvc.perform(as(coordinator, post(record + "/complete")).param("version", "" + version))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("This plan is with the authoriser")));
        assertThat(jdbc.queryForObject("select status from review where id = ?", String.class, review))
                .isEqualTo("IN_PROGRESS");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where record_id = ? and action = 'REFUSED' "
                + "and detail like '%with the authoriser'", Integer.class, person)).isEqualTo(1);
    }
}
