package org.oneplan.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Writing the person-centred review record part by part, and completing it, which makes the plan a draft again. */
class ReviewRecordPagesTests extends ReviewPagesSupport {

    @Test
    void completingTheReviewUpdatesThePlanAsANewDraftAndNeverTheAgreedVersion() throws Exception {
        String record = openReviewToday();
        write(record);
        mvc.perform(as(coordinator, get(record + "/check"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Leaves the plan (I want to get to church on Sundays)")))
                .andExpect(content().string(containsString("New outcome: I want to swim with my grandson")))
                .andExpect(content().string(containsString("Action closed: Ring the church office about the minibus")))
                .andExpect(content().string(containsString("sign-off is needed again")));
        mvc.perform(as(coordinator, post(record + "/complete")).param("version", "" + version(record)))
                .andExpect(redirectedUrl("/people/" + person + "/plan"));

        assertThat(jdbc.queryForList("select o.text from plan_outcome o join care_plan p on p.id = o.plan_id "
                + "where p.person_id = ? and o.removed_at is null order by o.position", String.class, person))
                .containsExactly("I want to grow vegetables in my garden", "I want to swim with my grandson");
        assertThat(jdbc.queryForList("select a.text from plan_action a join care_plan p on p.id = a.plan_id "
                + "where p.person_id = ? and a.removed_at is null order by a.text", String.class, person))
                .containsExactly("Book the family swim on Saturday", "Find a gardener");
        assertThat(jdbc.queryForObject("select count(*) from plan_version v join care_plan p on p.id = v.plan_id "
                + "where p.person_id = ?", Integer.class, person)).isEqualTo(1);
        mvc.perform(as(coordinator, get("/people/" + person + "/plan")))
                .andExpect(content().string(containsString("Draft, changed since version 1")));
        mvc.perform(as(coordinator, get(reviews())))
                .andExpect(content().string(containsString("Due by " + ReviewPagesTests.DAY.format(today().plusMonths(4)))))
                .andExpect(content().string(containsString("Last reviewed on")));
        mvc.perform(as(coordinator, get(record))).andExpect(content().string(containsString("This review was completed")))
                .andExpect(content().string(containsString("My garden keeps me going")));
        mvc.perform(as(coordinator, post(record + "/statements/new")).param("version", "" + version(record))
                        .param("working", "true").param("perspective", "PERSON").param("text", "Too late"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("This review has been completed")));
    }

    @Test
    void completingClosesAnUndecidedActionThatIsDoneAndCarriesOverOneUnderWayWithItsProgress() throws Exception {
        progress(plan.minibus(), "DONE", "Booked");
        progress(plan.gardener(), "IN_PROGRESS", "Asked the neighbours");
        String record = openReviewToday();
        write(record, false);
        mvc.perform(as(coordinator, post(record + "/complete")).param("version", "" + version(record)))
                .andExpect(redirectedUrl("/people/" + person + "/plan"));

        assertThat(jdbc.queryForList("select a.text from plan_action a join care_plan p on p.id = a.plan_id "
                + "where p.person_id = ? and a.removed_at is null order by a.text", String.class, person))
                .containsExactly("Book the family swim on Saturday", "Find a gardener");
        assertThat(jdbc.queryForObject("select status from action_progress where action_id = ?", String.class,
                plan.gardener())).isEqualTo("IN_PROGRESS");
        mvc.perform(as(coordinator, get(record + "/check")))
                .andExpect(content().string(containsString("Action closed: Ring the church office about the minibus")))
                .andExpect(content().string(not(containsString("Action closed: Find a gardener"))));
    }

    @Test
    void aReviewCompletedWithoutThePersonsPartSaysWhatIsMissingAndChangesNothing() throws Exception {
        String record = openReviewToday();
        mvc.perform(as(coordinator, post(record + "/statements/new")).param("version", "" + version(record))
                .param("working", "false").param("perspective", "STAFF").param("whoseName", "Priya (coordinator)")
                .param("text", "Visits are often late"));
        mvc.perform(as(coordinator, post(record + "/complete")).param("version", "" + version(record)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Record what is working and not working from the person")))
                .andExpect(content().string(containsString("Record progress on every outcome of the plan")))
                .andExpect(content().string(containsString("Some parts of the review are still missing")));
        assertThat(jdbc.queryForObject("select status from review where person_id = ?", String.class, person))
                .isEqualTo("IN_PROGRESS");
        mvc.perform(as(coordinator, get("/people/" + person + "/plan")))
                .andExpect(content().string(containsString("Agreed")));
    }

    @Test
    void eachPartRefusesWhatItCannotTakeByItsField() throws Exception {
        String record = openReviewToday();
        mvc.perform(as(coordinator, post(record + "/participants")).param("version", "" + version(record))
                        .param("personTookPart", "true"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Select whether the person decided who was invited")));
        mvc.perform(as(coordinator, post(record + "/outcomes/" + plan.garden())).param("version", "" + version(record))
                        .param("progress", "PARTLY").param("rating", "eleven"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Enter the rating as a whole number from 1 to 10")));
        mvc.perform(as(coordinator, post(record + "/outcomes/" + plan.garden())).param("version", "" + version(record))
                        .param("progress", "PARTLY").param("rating", "11"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Enter a rating from 1 to 10")));
        mvc.perform(date(as(coordinator, post(record + "/decisions")).param("version", "" + version(record))
                        .param("reassessmentNeeded", "false").param("budgetNeedsToChange", "false"), "nextReview",
                        today().plusMonths(9)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("no more than 6 months from today")));
        perform(save(post(record + "/answers/admire"), record).param("text", "Her laugh").param("whose", "PERSON"));
        mvc.perform(as(coordinator, post(record + "/answers/admire")).param("version", "0").param("text", "Her smile")
                        .param("whose", "PERSON"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else changed this review")));
    }

    @Test
    void aScheduledReviewIsStartedBeforeItsRecordIsWritten() throws Exception {
        mvc.perform(date(as(coordinator, post(reviews() + "/new")).param("type", "PLANNED"), "on", today().plusDays(3)));
        String id = jdbc.queryForObject("select cast(id as varchar) from review where person_id = ?", String.class, person);
        String record = reviews() + "/" + id;
        mvc.perform(as(coordinator, get(record))).andExpect(content().string(containsString("This review is scheduled")));
        mvc.perform(as(coordinator, post(record + "/start")).param("version", "0")).andExpect(redirectedUrl(record));
        mvc.perform(as(coordinator, get(record))).andExpect(content().string(containsString("govuk-task-list")));
    }

    void write(String record) throws Exception {
        write(record, true);
    }

    /** Writes every part of the record; the plan's actions are decided (minibus closed) only if {@code decide}. */
    void write(String record, boolean decide) throws Exception {
        perform(save(post(record + "/answers/important-now"), record).param("text", "My garden and my grandson")
                .param("whose", "PERSON"));
        perform(save(post(record + "/participants"), record).param("personTookPart", "true")
                .param("personChoseWho", "true").param("names", "Ada and her son"));
        perform(save(post(record + "/statements/new"), record).param("working", "true").param("perspective", "PERSON")
                .param("text", "My garden keeps me going"));
        perform(save(post(record + "/outcomes/" + plan.church()), record).param("progress", "ACHIEVED")
                .param("rating", "9"));
        perform(save(post(record + "/outcomes/" + plan.garden()), record).param("progress", "PARTLY").param("rating", "6")
                .param("newWording", "I want to grow vegetables in my garden").param("wordingWhose", "PERSON"));
        perform(save(post(record + "/new-outcomes/new"), record).param("text", "I want to swim with my grandson")
                .param("whose", "PERSON"));
        String swim = jdbc.queryForObject("select cast(id as varchar) from review_new_outcome where review_id = ?",
                String.class, UUID.fromString(record.substring(record.lastIndexOf('/') + 1)));
        if (decide) {
            perform(save(post(record + "/actions"), record).param("decisions[" + plan.minibus() + "]", "CLOSE")
                    .param("decisions[" + plan.gardener() + "]", "CARRY_OVER"));
        }
        perform(date(save(post(record + "/actions/new"), record).param("text", "Book the family swim on Saturday")
                .param("owner", "SUPPORTER").param("ownerName", "Tom (grandson)").param("outcomeId", swim)
                .param("layer", "COMMUNITY"), "dueDate", today().plusWeeks(3)));
        perform(date(save(post(record + "/decisions"), record).param("reassessmentNeeded", "false")
                .param("budgetNeedsToChange", "true").param("budgetWhy", "Swimming costs"), "nextReview",
                today().plusMonths(4)));
        perform(save(post(record + "/working-together"), record).param("working1", "My garden keeps me going")
                .param("notWorking1", "The bus to church stopped").param("future", "Swimming").param("consent", "true"));
    }

    MockHttpServletRequestBuilder save(MockHttpServletRequestBuilder request, String record) {
        return as(coordinator, request).param("version", "" + version(record));
    }

    void perform(MockHttpServletRequestBuilder request) throws Exception {
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }
}
