package org.oneplan.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A person's reviews page, requests and their answers, and arranging a review. */
class ReviewPagesTests extends ReviewPagesSupport {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Test
    void theReviewsPageShowsWhenTheAgreedPlansNextReviewIsDue() throws Exception {
        mvc.perform(as(coordinator, get(reviews()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Due by " + today().plusMonths(3).format(DAY))))
                .andExpect(content().string(containsString("Nobody has asked for a review.")));
    }

    @Test
    void aRequestShowsItsAgeUntilTheTeamAnswersIt() throws Exception {
        mvc.perform(date(as(coordinator, post(reviews() + "/requests/new")), "requestedOn", today())
                        .param("requestedBy", "FAMILY_OR_CARER").param("requesterName", "Karen (daughter)")
                        .param("why", "Two falls this month"))
                .andExpect(redirectedUrl(reviews()));
        mvc.perform(as(coordinator, get(reviews())))
                .andExpect(content().string(containsString("Karen (daughter) asked on " + today().format(DAY))))
                .andExpect(content().string(containsString("Waiting since today")));
        String request = jdbc.queryForObject("select cast(id as varchar) from review_request where person_id = ?",
                String.class, person);
        mvc.perform(as(coordinator, post(reviews() + "/requests/" + request + "/respond")).param("version", "0")
                        .param("response", "Review arranged for next week"))
                .andExpect(redirectedUrl(reviews()));
        mvc.perform(as(coordinator, get(reviews())))
                .andExpect(content().string(containsString("Answered on " + today().format(DAY))))
                .andExpect(content().string(not(containsString("Waiting since"))));
    }

    @Test
    void anImpossibleDateOrAMissingReasonIsShownBackWithClearMessagesAndNothingIsSaved() throws Exception {
        mvc.perform(as(coordinator, post(reviews() + "/requests/new")).param("requestedBy", "PROVIDER")
                        .param("requestedOn.day", "31").param("requestedOn.month", "2").param("requestedOn.year", "2026"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Error: Ask for a review")))
                .andExpect(content().string(containsString("Enter a real date, for example 27 3 2027")))
                .andExpect(content().string(containsString("value=\"31\"")));
        mvc.perform(date(as(coordinator, post(reviews() + "/requests/new")), "requestedOn", today())
                        .param("requestedBy", "PROVIDER").param("requesterName", "Home Care Ltd"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Enter why they want a review")));
        assertThat(jdbc.queryForObject("select count(*) from review_request where person_id = ?", Integer.class, person))
                .isZero();
    }

    @Test
    void aReviewArrangedForADayAheadIsScheduledAndAnswersTheWaitingRequest() throws Exception {
        mvc.perform(date(as(coordinator, post(reviews() + "/requests/new")), "requestedOn", today())
                .param("requestedBy", "PERSON").param("why", "I want to talk about my garden"));
        mvc.perform(date(as(coordinator, post(reviews() + "/new")).param("type", "PLANNED"), "on", today().plusDays(7)))
                .andExpect(redirectedUrl(reviews()));
        mvc.perform(as(coordinator, get(reviews())))
                .andExpect(content().string(containsString("Planned review, " + today().plusDays(7).format(DAY))))
                .andExpect(content().string(containsString("Scheduled")))
                .andExpect(content().string(containsString("Answered on")));
        mvc.perform(date(as(coordinator, post(reviews() + "/new")).param("type", "UNPLANNED"), "on", today()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("A review is already scheduled or in progress")));
    }

    @Test
    void anUnplannedReviewSaysWhatHappenedAndStartsItsRecordAtOnce() throws Exception {
        mvc.perform(date(as(coordinator, post(reviews() + "/new")).param("type", "UNPLANNED"), "on", today()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Enter what happened")));
        String record = mvc.perform(date(as(coordinator, post(reviews() + "/new")).param("type", "UNPLANNED")
                        .param("whatHappened", "A fall at home"), "on", today()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(as(coordinator, get(record))).andExpect(status().isOk())
                .andExpect(content().string(containsString("A fall at home")))
                .andExpect(content().string(containsString("govuk-task-list")))
                .andExpect(content().string(containsString("Cannot start yet")));
    }

    @Test
    void aCheckInIsRecordedBriefly() throws Exception {
        mvc.perform(date(as(coordinator, post(reviews() + "/check-ins/new")), "on", today()).param("how", "CALL")
                        .param("whatWasSaid", "All well, the gardener started").param("toActOn", "Send the bus timetable"))
                .andExpect(redirectedUrl(reviews()));
        mvc.perform(as(coordinator, get(reviews())))
                .andExpect(content().string(containsString("All well, the gardener started")))
                .andExpect(content().string(containsString("To act on: Send the bus timetable")));
        mvc.perform(date(as(coordinator, post(reviews() + "/check-ins/new")), "on", today().plusDays(1)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The check-in must be today or in the past")));
    }
}
