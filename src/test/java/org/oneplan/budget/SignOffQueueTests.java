package org.oneplan.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.oneplan.access.internal.UserAccount;
import org.oneplan.workingdays.WorkingDays;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The authoriser's queue, longest waiting first with working days and flags, at the same cost in queries however
 * long; and the managers' dashboard.
 */
class SignOffQueueTests extends SignOffSupport {

    @Autowired EntityManagerFactory entityManagerFactory;
    @Autowired WorkingDays workingDays;

    /** A person on the team whose plan was sent {@code workingDaysAgo} working days ago (written straight in). */
    UUID waiting(String name, int workingDaysAgo) throws Exception {
        UUID someone = testPeople.onCaseload(team, name, "Queue").id();
        mvc.perform(as(coordinator, post("/people/" + someone + "/plan")));
        UUID planId = jdbc.queryForObject("select id from care_plan where person_id = ?", UUID.class, someone);
        Timestamp at = at(workingDays.addWorkingDays(workingDays.today(), -workingDaysAgo));
        jdbc.update("insert into sign_off (id, plan_id, person_id, stage, content_hash, authorisers_needed, "
                + "first_submitted_at, submitted_at, submitted_by, version) values (?, ?, ?, 'WITH_AUTHORISER', 'h', 1, ?, ?, "
                + "'someone', 0)", UUID.randomUUID(), planId, someone, at, at);
        return someone;
    }

    /** A person on the team whose plan was sent 20 working days ago and signed off {@code took} working days later. */
    void signedOff(String name, int took) throws Exception {
        UUID someone = testPeople.onCaseload(team, name, "Signed").id();
        mvc.perform(as(coordinator, post("/people/" + someone + "/plan")));
        UUID planId = jdbc.queryForObject("select id from care_plan where person_id = ?", UUID.class, someone);
        Timestamp sent = at(workingDays.addWorkingDays(workingDays.today(), -20));
        Timestamp signed = at(workingDays.addWorkingDays(workingDays.today(), took - 20));
        UUID id = UUID.randomUUID();
        jdbc.update("insert into sign_off (id, plan_id, person_id, stage, content_hash, authorisers_needed, "
                + "first_submitted_at, submitted_at, submitted_by, decided_at, version) "
                + "values (?, ?, ?, 'SIGNED_OFF', 'h', 1, ?, ?, 'someone', ?, 0)", id, planId, someone, sent, sent, signed);
        int seq = 0;
        for (Object[] step : new Object[][] {{"SUBMITTED", sent}, {"SIGNED_OFF", signed}}) {
            jdbc.update("insert into sign_off_step (id, sign_off_id, seq, kind, taken_at, taken_by, taken_by_name, "
                    + "content_hash) values (?, ?, ?, ?, ?, 'someone', 'Someone', 'h')", UUID.randomUUID(), id, seq++,
                    step[0], step[1]);
        }
    }

    static Timestamp at(LocalDate day) {
        return Timestamp.from(day.atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant());
    }

    long statementsForQueue() throws Exception {
        var stats = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        mvc.perform(as(authoriser, get("/sign-offs"))).andExpect(status().isOk());
        return stats.getPrepareStatementCount();
    }

    @Test
    void theQueueShowsTheLongestWaitingFirstFlaggedAtHalfTheTargetAndAtTheTarget() throws Exception {
        waiting("Two", 2);
        waiting("Eleven", 11);
        waiting("Seven", 7);
        String page = mvc.perform(as(authoriser, get("/sign-offs"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("The target is 10 working days")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf("Eleven Queue")).isLessThan(page.indexOf("Seven Queue"));
        assertThat(page.indexOf("Seven Queue")).isLessThan(page.indexOf("Two Queue"));
        assertThat(page).contains("11\n          <strong class=\"govuk-tag govuk-tag--red\">At or past the target</strong>")
                .contains("7\n          <strong class=\"govuk-tag govuk-tag--yellow\">Half the target</strong>");
    }

    @Test
    void theQueueCostsTheSameNumberOfQueriesForTwoPagesOrFive() throws Exception {
        for (int i = 0; i < 26; i++) {
            waiting("Some" + i, i % 12);
        }
        statementsForQueue();
        long twoPages = statementsForQueue();
        for (int i = 0; i < 100; i++) {
            waiting("Many" + i, i % 12);
        }
        assertThat(statementsForQueue()).isEqualTo(twoPages);
    }

    @Test
    void managersSeeSignOffTimesByTeam() throws Exception {
        agreedPlan();
        submit();
        signOff(authoriser);
        waiting("Seven", 7);
        UserAccount manager = accounts.newUser(Set.of(team), Role.MANAGER);
        String team = jdbc.queryForObject("select name from team where id = ?", String.class, this.team);
        mvc.perform(as(manager, get("/sign-offs/dashboard"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(team)))
                .andExpect(content().string(containsString("All your teams")))
                .andExpect(content().string(containsString("against the target of 10 working days")));
        mvc.perform(as(authoriser, get("/sign-offs/dashboard"))).andExpect(status().isForbidden());
        mvc.perform(as(coordinator, get("/")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/sign-offs"))));
        mvc.perform(as(authoriser, get("/"))).andExpect(content().string(containsString("href=\"/sign-offs\"")));
        mvc.perform(as(manager, get("/"))).andExpect(content().string(containsString("href=\"/sign-offs/dashboard\"")));
    }

    @Test
    void theDashboardPrintsWholeDaysAsWholeNumbersAndAHalfOnlyWhereTheMedianFallsBetweenTwo() throws Exception {
        UserAccount manager = accounts.newUser(Set.of(team), Role.MANAGER);
        signedOff("Four", 4);
        signedOff("Seven", 7);
        mvc.perform(as(manager, get("/sign-offs/dashboard"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(">5.5</td>")))
                .andExpect(content().string(containsString(">7</td>")));
        signedOff("Six", 6);
        mvc.perform(as(manager, get("/sign-offs/dashboard"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(">6</td>")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(">6.0</td>"))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(">5.5</td>"))));
    }
}
