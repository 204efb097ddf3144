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
import org.oneplan.support.OnePlanSpringBootTest;
import org.oneplan.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * How long the "Find a person" page takes, and how many SQL statements it costs, with 50 teams of 200
 * people (10,000 in all). Not part of verify; see bench/README.md for how to run it and the numbers.
 */
@Tag("bench")
@OnePlanSpringBootTest
@Import(TestAccounts.Config.class)
class CaseloadSearchBench {

    static final int TEAMS = 50;
    static final int PER_TEAM = 200;
    static final int ROUNDS = 200;
    static final String[] FAMILY = {"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies",
        "Patel", "Khan", "Okafor", "Nowak", "Murphy", "Evans", "Chen", "Ali"};

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired JdbcTemplate jdbc;
    @Autowired EntityManagerFactory entityManagerFactory;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        // MockMvc keeps a printout of every request to show if the test fails: thousands of them fill the heap.
        registry.add("spring.test.mockmvc.print", () -> "none");
        String url = System.getProperty("oneplan.bench.postgres.url", "").trim();
        if (!url.isEmpty()) {
            registry.add("spring.datasource.url", () -> url);
            registry.add("spring.datasource.driver-class-name", () -> "org.postgresql.Driver");
        }
    }

    @Test
    void findAPersonPage() throws Exception {
        List<UUID> teams = new ArrayList<>();
        for (int t = 0; t < TEAMS; t++) {
            teams.add(accounts.newTeam("Bench").id());
            seed(teams.get(t), t);
        }
        var coordinator = accounts.principal(accounts.newUser(Set.of(teams.get(0)), Role.COORDINATOR));
        var stats = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        String[] queries = {"", "smi", "Okafor", "943 476 5919", "2/5/1941", "zz-nobody"};
        for (String q : queries) {
            long[] nanos = new long[ROUNDS];
            stats.clear();
            for (int i = 0; i < ROUNDS; i++) {
                long start = System.nanoTime();
                mvc.perform(get("/people").param("q", q).with(user(coordinator))).andReturn();
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            System.out.printf("BENCH find-a-person q='%s': median %.2f ms, p95 %.2f ms, %d SQL statements per page%n",
                    q, nanos[ROUNDS / 2] / 1e6, nanos[(int) (ROUNDS * 0.95)] / 1e6, stats.getPrepareStatementCount() / ROUNDS);
        }
    }

    private void seed(UUID team, int t) {
        List<Object[]> people = new ArrayList<>();
        List<Object[]> caseload = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 0; i < PER_TEAM; i++) {
            UUID id = UUID.randomUUID();
            people.add(new Object[] {id, "Given" + i, FAMILY[(i + t) % FAMILY.length],
                Date.valueOf(LocalDate.of(1930 + i % 70, 1 + i % 12, 1 + i % 28)), now, now});
            caseload.add(new Object[] {id, team, now});
        }
        jdbc.batchUpdate("insert into person (id, given_name, family_name, date_of_birth, created_at, updated_at) "
                + "values (?, ?, ?, ?, ?, ?)", people);
        jdbc.batchUpdate("insert into caseload (person_id, team_id, added_at) values (?, ?, ?)", caseload);
    }
}
