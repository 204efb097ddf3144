package org.oneplan.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.oneplan.access.internal.UserAccount;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A team's review list and a coordinator's own: overdue, due soon, requested and not answered, and not reviewed in 12
 * months, each a constant number of queries however long. The schedules are set straight in the database.
 */
class ReviewListTests extends ReviewPagesSupport {

    @Autowired EntityManagerFactory entityManagerFactory;

    @Override
    boolean agreesPlan() {
        return false;
    }

    UUID scheduled(String name, LocalDate due, LocalDate since) {
        UUID who = testPeople.onCaseload(team, name, "Listed").id();
        jdbc.update("insert into review_schedule (person_id, first_agreed_on, last_agreed_on, last_version, due_on, "
                + "first_review, since_on, version) values (?, ?, ?, 1, ?, false, ?, 0)", who, since, since, due, since);
        return who;
    }

    void requested(UUID who, LocalDate on) {
        jdbc.update("insert into review_request (id, person_id, requested_by, requester_name, requested_on, why, "
                + "recorded_by, recorded_at, version) values (?, ?, 'FAMILY_OR_CARER', 'Karen (daughter)', ?, 'Falls', "
                + "'test', current_timestamp, 0)", UUID.randomUUID(), who, on);
    }

    @Test
    void overdueReviewsShowHowManyDaysLateAndDueOnesTheirDate() throws Exception {
        scheduled("Olive", today().minusDays(12), today().minusMonths(6));
        scheduled("Dora", today().plusDays(10), today().minusMonths(5));
        scheduled("Later", today().plusDays(40), today().minusMonths(5));
        mvc.perform(as(coordinator, get("/reviews").param("team", team.toString())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Overdue (1)")))
                .andExpect(content().string(containsString("Due in the next 4 weeks (1)")))
                .andExpect(content().string(containsString("Olive Listed")))
                .andExpect(content().string(containsString("12 days")));
        mvc.perform(as(coordinator, get("/reviews").param("team", team.toString()).param("list", "due")))
                .andExpect(content().string(containsString("Dora Listed")))
                .andExpect(content().string(not(containsString("Later Listed"))));
    }

    @Test
    void requestsWaitingShowTheirAgeInWorkingDaysFlaggedPastTheTarget() throws Exception {
        UUID eileen = scheduled("Eileen", today().plusMonths(2), today().minusMonths(1));
        requested(eileen, today().minusDays(30));
        mvc.perform(as(coordinator, get("/reviews").param("list", "requested")))
                .andExpect(content().string(containsString("Requested, not answered (1)")))
                .andExpect(content().string(containsString("Asked by Karen (daughter)")))
                .andExpect(content().string(containsString("Over target")))
                .andExpect(content().string(containsString("Requests are answered within 10 working days.")));
        mvc.perform(as(coordinator, get("/"))).andExpect(content().string(containsString(
                "1 request for a review has not been answered")));
    }

    @Test
    void peopleWithNoReviewIn12MonthsAreListed() throws Exception {
        scheduled("Stan", today().plusMonths(1), today().minusMonths(13));
        scheduled("Recent", today().plusMonths(1), today().minusMonths(2));
        mvc.perform(as(coordinator, get("/reviews").param("list", "not-reviewed")))
                .andExpect(content().string(containsString("No review in 12 months (1)")))
                .andExpect(content().string(containsString("Stan Listed")))
                .andExpect(content().string(not(containsString("Recent Listed"))));
    }

    @Test
    void aCoordinatorsOwnListHasOnlyThePeopleTheyCoordinate() throws Exception {
        UUID mine = scheduled("Mine", today().minusDays(2), today().minusMonths(6));
        scheduled("Theirs", today().minusDays(3), today().minusMonths(6));
        jdbc.update("update person set coordinator_kind = 'STAFF', coordinator_user_id = ? where id = ?",
                coordinator.id(), mine);
        mvc.perform(as(coordinator, get("/reviews/mine")))
                .andExpect(content().string(containsString("Overdue (1)")))
                .andExpect(content().string(containsString("Mine Listed")))
                .andExpect(content().string(not(containsString("Theirs Listed"))));
    }

    @Test
    void aPersonOnTwoOfMyTeamsCaseloadsIsCountedAndListedOnce() throws Exception {
        UUID second = accounts.newTeamBeside(team, "Second").id();
        UserAccount both = accounts.newUser(Set.of(team, second), Role.COORDINATOR);
        UUID shared = scheduled("Shared", today().minusDays(5), today().minusMonths(13));
        jdbc.update("insert into caseload (person_id, team_id, added_at) values (?, ?, current_timestamp)", shared, second);
        jdbc.update("update person set coordinator_kind = 'STAFF', coordinator_user_id = ? where id = ?", both.id(),
                shared);
        requested(shared, today().minusDays(1));
        String mine = mvc.perform(as(both, get("/reviews/mine"))).andReturn().getResponse().getContentAsString();
        assertThat(mine).contains("Overdue (1)", "No review in 12 months (1)", "Requested, not answered (1)");
        assertThat(mine.split("Shared Listed", -1)).hasSize(2);
        mvc.perform(as(both, get("/"))).andExpect(content().string(containsString("1 review is overdue")))
                .andExpect(content().string(containsString("1 request for a review has not been answered")));
    }

    @Test
    void onlyTheTeamsStaffSeeItsList() throws Exception {
        UserAccount elsewhere = accounts.newUser(Set.of(accounts.newTeam("Elsewhere").id()), Role.COORDINATOR);
        mvc.perform(as(elsewhere, get("/reviews").param("team", team.toString()))).andExpect(status().isNotFound());
        UserAccount person = accounts.newUser(Set.of(), Role.PERSON);
        mvc.perform(as(person, get("/reviews"))).andExpect(status().isForbidden());
        mvc.perform(as(person, get("/reviews/mine"))).andExpect(status().isForbidden());
    }

    @Test
    void aListCostsTheSameNumberOfQueriesForAFewPeopleOrMany() throws Exception {
        scheduled("Few", today().minusDays(1), today().minusMonths(6));
        requested(scheduled("Asked", today().plusDays(3), today().minusMonths(6)), today().minusDays(2));
        long few = statements("overdue");
        long fewRequests = statements("requested");
        for (int i = 0; i < 30; i++) {
            UUID who = scheduled("Many" + i, today().minusDays(i + 1), today().minusMonths(6));
            requested(who, today().minusDays(i));
        }
        mvc.perform(date(as(coordinator, post("/people/" + person + "/reviews/requests/new")), "requestedOn", today())
                .param("requestedBy", "PERSON").param("why", "Me too"));
        assertThat(statements("overdue")).isEqualTo(few);
        assertThat(statements("requested")).isEqualTo(fewRequests);
    }

    long statements(String list) throws Exception {
        var stats = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        mvc.perform(as(coordinator, get("/reviews").param("list", list))).andExpect(status().isOk());
        stats.clear();
        mvc.perform(as(coordinator, get("/reviews").param("list", list))).andExpect(status().isOk());
        return stats.getPrepareStatementCount();
    }
}
