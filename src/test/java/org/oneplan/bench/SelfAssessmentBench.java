package org.oneplan.bench;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.oneplan.selfassessment.Framework;
import org.oneplan.selfassessment.FrameworkItem;
import org.oneplan.selfassessment.Frameworks;
import org.oneplan.support.OnePlanSpringBootTest;
import org.oneplan.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * How long the self-assessment results, team history and organisation pages take, and how many SQL
 * statements each costs, for an organisation of 50 teams with 10 submitted assessments each (500
 * assessments, 20,000 answers). Not part of verify; see bench/README.md.
 */
@Tag("bench")
@OnePlanSpringBootTest
@Import(TestAccounts.Config.class)
class SelfAssessmentBench {

    static final int TEAMS = 50;
    static final int PER_TEAM = 10;
    static final int ROUNDS = Integer.getInteger("bench.rounds", 100);

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired Frameworks frameworks;
    @Autowired JdbcTemplate jdbc;
    @Autowired EntityManagerFactory entityManagerFactory;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        CaseloadSearchBench.database(registry);
    }

    @Test
    void resultsHistoryAndOrganisationPages() throws Exception {
        Framework progress = frameworks.find("progress-pcsp").orElseThrow();
        UUID first = accounts.newTeam("Bench").id();
        UUID organisation = jdbc.queryForObject("select organisation_id from team where id = ?", UUID.class, first);
        List<UUID> teams = new ArrayList<>(List.of(first));
        for (int t = 1; t < TEAMS; t++) {
            teams.add(accounts.newTeamBeside(first, "Bench").id());
        }
        UUID oneAssessment = null;
        for (int t = 0; t < TEAMS; t++) {
            oneAssessment = seed(progress, organisation, teams.get(t), t);
        }
        var manager = accounts.principal(accounts.newUser(Set.of(teams.get(TEAMS - 1)), Role.MANAGER));
        String[] pages = {"/self-assessment/" + oneAssessment + "/results", "/self-assessment/history?team=" + teams.get(TEAMS - 1),
            "/self-assessment/organisation", "/self-assessment/organisation?items=true"};
        var stats = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        for (String page : pages) {
            long[] nanos = new long[ROUNDS];
            stats.clear();
            for (int i = 0; i < ROUNDS; i++) {
                long start = System.nanoTime();
                mvc.perform(get(page).with(user(manager))).andReturn();
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            System.out.printf("BENCH self-assessment %s: median %.2f ms, p95 %.2f ms, %d SQL statements per page%n",
                    page.replaceAll("[0-9a-f-]{36}", "{id}"), nanos[ROUNDS / 2] / 1e6, nanos[(int) (ROUNDS * 0.95)] / 1e6,
                    stats.getPrepareStatementCount() / ROUNDS);
        }
    }

    /** Ten submitted assessments a year apart, levels varying by team and year; returns the newest's id. */
    private UUID seed(Framework progress, UUID organisation, UUID team, int t) {
        List<Object[]> assessments = new ArrayList<>();
        List<Object[]> participants = new ArrayList<>();
        List<Object[]> answers = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        List<FrameworkItem> items = progress.items().toList();
        UUID id = null;
        for (int year = 0; year < PER_TEAM; year++) {
            id = UUID.randomUUID();
            assessments.add(new Object[] {id, progress.key(), progress.version(), team, organisation,
                "Year " + year, Date.valueOf(LocalDate.of(2016 + year, 6, 1)), now, now});
            participants.add(new Object[] {id, 0, "Sam", "CARER"});
            for (int i = 0; i < items.size(); i++) {
                int level = 1 + (i + t + year) % 5;
                answers.add(new Object[] {UUID.randomUUID(), id, items.get(i).code(), level, level == 5, now});
            }
        }
        jdbc.batchUpdate("insert into assessment (id, framework_key, framework_version, team_id, organisation_id, "
                + "whole_organisation, name, assessed_on, status, created_by, created_at, submitted_at) "
                + "values (?, ?, ?, ?, ?, false, ?, ?, 'SUBMITTED', 'bench', ?, ?)", assessments);
        jdbc.batchUpdate("insert into assessment_participant (assessment_id, position, name, capacity) values (?, ?, ?, ?)",
                participants);
        jdbc.batchUpdate("insert into assessment_answer (id, assessment_id, item_code, level, cumulative_confirmed, "
                + "answered_by, answered_at) values (?, ?, ?, ?, ?, 'bench', ?)", answers);
        return id;
    }
}
