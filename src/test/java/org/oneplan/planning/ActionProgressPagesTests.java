package org.oneplan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.springframework.test.web.servlet.ResultActions;

/** Making it happen: each action's status, progress notes and history, page by page, beside the agreed plan. */
class ActionProgressPagesTests extends PlanPagesSupport {

    UUID addAction(String text, String owner) throws Exception {
        mvc.perform(as(coordinator, post(plan() + "/actions/new")).param("text", text).param("owner", owner)
                .param("ownerName", "Ann Progress").param("dueDate.day", "1").param("dueDate.month", "6")
                .param("dueDate.year", "2099").param("outcomeId", "none").param("layer", "COMMUNITY"))
                .andExpect(status().is3xxRedirection());
        return jdbc.queryForObject("select a.id from plan_action a join care_plan p on p.id = a.plan_id "
                + "where p.person_id = ? and a.text = ?", UUID.class, person, text);
    }

    String progress(UUID action) {
        return plan() + "/actions/" + action + "/progress";
    }

    ResultActions record(UUID action, String status, String reason, String note, long version) throws Exception {
        return mvc.perform(as(coordinator, post(progress(action))).param("status", status).param("reason", reason)
                .param("note", note).param("version", "" + version));
    }

    @Test
    void theSectionAndTheActionShowTheStatusAndTheLatestNote() throws Exception {
        UUID action = addAction("Join the Tuesday choir", "THE_PERSON");
        mvc.perform(as(coordinator, get(plan() + "/next-steps"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Not started")))
                .andExpect(content().string(containsString("href=\"" + progress(action) + "\"")));
        record(action, "IN_PROGRESS", "", "Went to the first rehearsal", 0).andExpect(redirectedUrl(progress(action)))
                .andExpect(flash().attribute("banner", "Progress saved"));
        record(action, "IN_PROGRESS", "", "Loved it, going again", 1).andExpect(redirectedUrl(progress(action)));
        mvc.perform(as(coordinator, get(plan() + "/next-steps")))
                .andExpect(content().string(containsString("In progress")))
                .andExpect(content().string(containsString("Loved it, going again")))
                .andExpect(content().string(not(containsString("Went to the first rehearsal"))))
                .andExpect(content().string(containsString("Latest note, " + coordinator.displayName())));
        String page = mvc.perform(as(coordinator, get(progress(action)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Join the Tuesday choir")))
                .andExpect(content().string(containsString("Status changed to In progress")))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf("Loved it, going again")).as("newest first")
                .isLessThan(page.indexOf("Went to the first rehearsal")).isPositive();
    }

    @Test
    void markingAnActionDoneLeavesTheAgreedPlanAgreedWithNoNewVersion() throws Exception {
        AgreedPlanMaker.agree(this);
        UUID action = jdbc.queryForObject("select a.id from plan_action a join care_plan p on p.id = a.plan_id "
                + "where p.person_id = ?", UUID.class, person);
        record(action, "DONE", "", "She rang on Monday and starts next week", 0).andExpect(redirectedUrl(progress(action)));
        mvc.perform(as(coordinator, get(plan()))).andExpect(content().string(containsString("Agreed: version 1")));
        mvc.perform(get("/api/v1/people/" + person + "/plan")
                        .header("Authorization", "Bearer " + accounts.newApiToken(coordinator)))
                .andExpect(jsonPath("$.status").value("AGREED"));
        assertThat(jdbc.queryForObject("select count(*) from plan_version v join care_plan p on p.id = v.plan_id "
                + "where p.person_id = ?", Integer.class, person)).isEqualTo(1);
        mvc.perform(as(coordinator, get(progress(action)))).andExpect(content().string(containsString("Done")));
    }

    @Test
    void noLongerNeededNeedsAReasonAndNothingToRecordIsSaid() throws Exception {
        UUID action = addAction("Ask about a bus pass", "SUPPORTER");
        record(action, "NO_LONGER_NEEDED", " ", "Kept note", 0).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("<title>Error: Progress on an action")))
                .andExpect(content().string(containsString("Enter why the action is no longer needed")))
                .andExpect(content().string(containsString("href=\"#reason\"")))
                .andExpect(content().string(containsString("Kept note")));
        record(action, "NOT_STARTED", "", " ", 0).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Select a new status or write a progress note")));
        record(action, "NO_LONGER_NEEDED", "Ann drives her now", "", 0).andExpect(redirectedUrl(progress(action)));
        mvc.perform(as(coordinator, get(plan() + "/next-steps")))
                .andExpect(content().string(containsString("No longer needed")));
        mvc.perform(as(coordinator, get(progress(action))))
                .andExpect(content().string(containsString("Why: Ann drives her now")));
    }

    @Test
    void twoPeopleChangingTheStatusDoNotOverwriteEachOther() throws Exception {
        UUID action = addAction("Try the lunch club", "THE_PERSON");
        record(action, "DONE", "", "", 0).andExpect(redirectedUrl(progress(action)));
        record(action, "IN_PROGRESS", "", "My later words", 0).andExpect(status().isConflict())
                .andExpect(content().string(containsString("What is saved now")))
                .andExpect(content().string(containsString("My later words")))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
        record(action, "DONE", "", "A note needs no fresh version", 0).andExpect(redirectedUrl(progress(action)));
    }

    @Test
    void anOverdueActionSaysHowManyDaysLate() throws Exception {
        UUID action = addAction("Phone the surgery", "THE_PERSON");
        jdbc.update("update plan_action set due_date = ? where id = ?", LocalDate.now(ZoneOffset.UTC).minusDays(3), action);
        mvc.perform(as(coordinator, get(plan() + "/next-steps"))).andExpect(content().string(containsString("3 days late")));
        mvc.perform(as(coordinator, get(progress(action)))).andExpect(content().string(containsString("3 days late")));
        record(action, "DONE", "", "", 0);
        mvc.perform(as(coordinator, get(progress(action)))).andExpect(content().string(not(containsString("days late"))));
    }

    @Test
    void everyReadAndChangeIsAuditedWithoutTheNote() throws Exception {
        UUID action = addAction("Visit the library", "THE_PERSON");
        long last = jdbc.queryForObject("select max(seq) from audit_event", Long.class);
        mvc.perform(as(coordinator, get(progress(action))));
        record(action, "DONE", "", "Private words about the visit", 0);
        record(action, "DONE", "", "More private words", 1);
        assertThat(jdbc.queryForList("select action || ' ' || detail from audit_event where seq > ? and record_id = ?",
                String.class, last, person)).contains("VIEWED Viewed the progress of an action",
                        "UPDATED Changed the status of an action to DONE, with a note",
                        "UPDATED Added a progress note to an action")
                .noneMatch(d -> d.contains("private words"));
    }

    @Test
    void readersSeeProgressButOnlyThoseWhoMayPlanRecordItAndOtherTeamsCannotSeeIt() throws Exception {
        UUID action = addAction("See the optician", "PRACTITIONER");
        var authoriser = accounts.newUser(Set.of(team), Role.AUTHORISER);
        mvc.perform(as(authoriser, get(progress(action)))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Record progress"))));
        mvc.perform(as(authoriser, post(progress(action))).param("status", "DONE").param("version", "0"))
                .andExpect(status().isForbidden());
        var other = accounts.newUser(Set.of(accounts.newTeam("Other").id()), Role.COORDINATOR);
        mvc.perform(as(other, get(progress(action)))).andExpect(status().isNotFound());
        mvc.perform(as(other, post(progress(action))).param("status", "DONE").param("version", "0"))
                .andExpect(status().isNotFound());
        mvc.perform(as(coordinator, get(plan() + "/actions/" + UUID.randomUUID() + "/progress")))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from action_progress where action_id = ?", Integer.class, action))
                .isZero();
    }
}
