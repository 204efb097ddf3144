package org.oneplan.budget.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.oneplan.access.internal.AccountPrincipal;
import org.oneplan.access.internal.Team;
import org.oneplan.budget.SignOffStatus.Kind;
import org.oneplan.support.OnePlanSpringBootTest;
import org.oneplan.support.SignOffHistories;
import org.oneplan.support.SignedIn;
import org.oneplan.support.TestAccounts;
import org.oneplan.workingdays.WorkingDays;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The queue and the dashboard read in the database for the caller's teams: the dashboard's figures are those worked
 * out from the whole history in memory, and neither page costs more queries for more teams, people or steps.
 */
@OnePlanSpringBootTest
@Import(TestAccounts.Config.class)
class SignOffAtScaleTests {

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired JdbcTemplate jdbc;
    @Autowired EntityManagerFactory entityManagerFactory;
    @Autowired SignOffDashboard dashboard;
    @Autowired SignOffQueue queue;
    @Autowired SignOffAges ages;

    /** Teams of one organisation, by id, with their names. */
    Map<UUID, String> teams(int count) {
        Map<UUID, String> teams = new LinkedHashMap<>();
        Team first = accounts.newTeam("Scale");
        teams.put(first.id(), first.name());
        for (int t = 1; t < count; t++) {
            Team next = accounts.newTeamBeside(first.id(), "Scale");
            teams.put(next.id(), next.name());
        }
        return teams;
    }

    AccountPrincipal staff(Collection<UUID> teams, Role role) {
        return accounts.principal(accounts.newUser(Set.copyOf(teams), role));
    }

    long statements(AccountPrincipal who, String page) throws Exception {
        var stats = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        mvc.perform(get(page).with(user(who))).andExpect(status().isOk());
        stats.clear();
        mvc.perform(get(page).with(user(who))).andExpect(status().isOk());
        return stats.getPrepareStatementCount();
    }

    @Test
    void theDashboardShowsTheFiguresOfTheWholeHistoryWithEachPlanCountedOnceForAllTeams() {
        Map<UUID, String> teams = teams(3);
        SignOffHistories.seed(jdbc, List.copyOf(teams.keySet()), 90, 10, 7);
        AccountPrincipal manager = staff(teams.keySet(), Role.MANAGER);
        SignOffDashboard.Dashboard d = SignedIn.as(manager, () -> dashboard.forCurrentUser());
        assertThat(d.teams()).containsExactlyElementsOf(teams.entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .map(t -> expected(t.getValue(), List.of(t.getKey()), d.targetDays())).toList());
        assertThat(d.all()).isEqualTo(expected(null, teams.keySet(), d.targetDays()));
        assertThat(d.all().yearCount()).isLessThan(d.teams().stream().mapToInt(SignOffFigures::yearCount).sum());
        assertThat(d.all().returns()).isPositive();
        assertThat(d.all().upTo5() + d.all().upTo10() + d.all().over10()).isPositive();
    }

    /** The figures as worked out from every step of the last 12 months of the teams' people, read in memory. */
    SignOffFigures expected(String team, Collection<UUID> teams, int target) {
        Instant since = ages.today().minusMonths(12).atStartOfDay(WorkingDays.UK).toInstant();
        Map<Object, SignOffRepository.HistoryRow> history = new LinkedHashMap<>();
        Map<Object, Integer> waiting = new LinkedHashMap<>();
        for (UUID t : teams) {
            jdbc.query("select st.id, s.id, s.person_id, s.first_submitted_at, st.kind, st.taken_at from sign_off_step st "
                    + "join sign_off s on s.id = st.sign_off_id join caseload c on c.person_id = s.person_id "
                    + "where c.team_id = ? and st.taken_at >= ?", rs -> {
                        history.put(rs.getObject(1), new SignOffFiguresTests.Row(rs.getObject(2, UUID.class),
                                rs.getObject(3, UUID.class), rs.getTimestamp(4).toInstant(),
                                Kind.valueOf(rs.getString(5)), rs.getTimestamp(6).toInstant()));
                    }, t, java.sql.Timestamp.from(since));
            jdbc.query("select s.id, s.submitted_at from sign_off s join caseload c on c.person_id = s.person_id "
                    + "where c.team_id = ? and s.stage = 'WITH_AUTHORISER'",
                    rs -> { waiting.put(rs.getObject(1), ages.since(rs.getTimestamp(2).toInstant())); }, t);
        }
        return SignOffFigures.of(team, List.copyOf(history.values()), List.copyOf(waiting.values()), ages.today(),
                target, ages);
    }

    @Test
    void theDashboardCostsTheSameQueriesForOneTeamWithFewPlansOrFourWithMany() throws Exception {
        Map<UUID, String> one = teams(1);
        SignOffHistories.seed(jdbc, List.copyOf(one.keySet()), 4, 3, 1);
        long few = statements(staff(one.keySet(), Role.MANAGER), "/sign-offs/dashboard");
        Map<UUID, String> four = teams(4);
        SignOffHistories.seed(jdbc, List.copyOf(four.keySet()), 300, 12, 2);
        assertThat(statements(staff(four.keySet(), Role.MANAGER), "/sign-offs/dashboard")).isEqualTo(few);
    }

    @Test
    void theQueueListsEveryoneWaitingHoweverManyPeopleTheTeamsHoldAtTheSameCostOnAnyPage() throws Exception {
        Map<UUID, String> teams = teams(2);
        SignOffHistories.Seeded seeded = SignOffHistories.seed(jdbc, List.copyOf(teams.keySet()), 2100, 3, 3);
        AccountPrincipal authoriser = staff(teams.keySet(), Role.AUTHORISER);
        SignOffQueue.Queue last = SignedIn.as(authoriser, () -> queue.waiting(PageRequest.of((seeded.waiting() - 1) / 25, 25)));
        assertThat(seeded.waiting()).isGreaterThan(2100 / 4);
        assertThat(last.page().getTotalElements()).isEqualTo(seeded.waiting());
        assertThat(last.page().getContent()).isNotEmpty().allSatisfy(row -> assertThat(row.person()).isNotNull());
        long first = statements(authoriser, "/sign-offs");
        assertThat(statements(authoriser, "/sign-offs?page=" + (seeded.waiting() / 25 - 1))).isEqualTo(first);
        Map<UUID, String> one = teams(1);
        SignOffHistories.seed(jdbc, List.copyOf(one.keySet()), 30, 1, 4);
        assertThat(statements(staff(one.keySet(), Role.AUTHORISER), "/sign-offs")).isEqualTo(first);
        assertThat(jdbc.queryForList("select detail from audit_event where actor = ? and action = 'SEARCHED'",
                String.class, authoriser.getUsername())).containsOnly("Listed the plans waiting for sign-off");
    }
}
