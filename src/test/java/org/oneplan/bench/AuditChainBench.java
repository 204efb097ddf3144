package org.oneplan.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.oneplan.access.internal.AccountPrincipal;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditTrail;
import org.oneplan.audit.ChainCheck;
import org.oneplan.support.OnePlanSpringBootTest;
import org.oneplan.support.SignedIn;
import org.oneplan.support.TestAccounts;
import org.oneplan.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How many audit events per second the single-row chain lock (ADR 0003) allows with 1, 2, 4 and 8 threads: bare
 * {@link AuditTrail#record} calls, and a person's record page (which records a VIEWED event inside its own
 * transaction) requested through MockMvc by coordinators of their caseload. Then whether the lock is held until the
 * caller's transaction commits, and that the chain is still intact. Not part of verify; see bench/README.md.
 */
@Tag("bench")
@OnePlanSpringBootTest
@Import({TestAccounts.Config.class, TestPeople.Config.class})
class AuditChainBench {

    static final int[] THREADS = Arrays.stream(System.getProperty("bench.threads", "1,2,4,8").split(","))
            .mapToInt(t -> Integer.parseInt(t.trim())).toArray();
    static final int ROUNDS = Integer.getInteger("bench.rounds", 500);
    static final int WARM_UP = Integer.getInteger("bench.warmup", 50);
    static final int PEOPLE = 100;
    static final long CALLER_RUNS_ON_MS = 300;

    @Autowired MockMvc mvc;
    @Autowired AuditTrail audit;
    @Autowired TestAccounts accounts;
    @Autowired TestPeople testPeople;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired DataSource dataSource;
    @Autowired EntityManagerFactory entityManagerFactory;

    final List<AccountPrincipal> coordinators = new ArrayList<>();
    final List<UUID> people = new ArrayList<>();
    final List<String> problems = new ArrayList<>();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        CaseloadSearchBench.database(registry);
    }

    @Test
    void auditEventsPerSecondAndTheChainStaysIntact() throws Exception {
        seed();
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        String product;
        try (Connection connection = pool.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion();
        }
        System.out.printf("BENCH audit on %s, pool of %d connections (waits up to %d ms), %d rounds per thread after "
                + "%d to warm up%n", product, pool.getMaximumPoolSize(), pool.getConnectionTimeout(), ROUNDS, WARM_UP);
        ConcurrentLoad load = new ConcurrentLoad(pool, product);
        warmUpAndCountStatements();
        for (int threads : THREADS) {
            expectEvents(threads, 1, () -> load.run("record()", threads, WARM_UP, ROUNDS, this::record));
        }
        long perPage = -events();
        readRecordPage(0, 0);
        perPage += events();
        System.out.printf("BENCH audit the record page writes %d audit event(s)%n", perPage);
        for (int threads : THREADS) {
            expectEvents(threads, perPage, () -> load.run("/people/{id}", threads, WARM_UP, ROUNDS, this::readRecordPage));
        }
        callerRunsOn("calls record() and then runs on", () -> record(1, 0));
        callerRunsOn("locks the chain head itself (what holding it to commit would cost)",
                () -> jdbc.queryForList("select last_seq from audit_chain_head where id = 1 for update"));
        ChainCheck check = audit.verifyChain();
        System.out.printf("BENCH audit chain of %d events checked: %s%n", check.rowsChecked(),
                check.intact() ? "intact" : "broken at " + check.firstBrokenSequence());
        assertThat(problems).isEmpty();
        assertThat(check.intact()).isTrue();
        assertThat(check.rowsChecked()).isEqualTo(events());
    }

    /** A team with a coordinator for each thread (at least 3) and 100 people on its caseload. */
    private void seed() {
        UUID team = accounts.newTeam("Bench").id();
        for (int t = 0; t < Math.max(3, Arrays.stream(THREADS).max().orElse(1)); t++) {
            coordinators.add(accounts.principal(accounts.newUser(Set.of(team), Role.COORDINATOR)));
        }
        for (int p = 0; p < PEOPLE; p++) {
            people.add(testPeople.onCaseload(team, "Given" + p, "Bench").id());
        }
    }

    private void warmUpAndCountStatements() throws Exception {
        for (int i = 0; i < 300; i++) {
            record(0, i);
            readRecordPage(0, i);
        }
        var stats = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        for (int i = 0; i < 100; i++) {
            record(0, i);
        }
        // The audit writer's own three statements (lock the head, insert, move the head) go through JDBC, not
        // Hibernate, so they are not in this count: anything here is JPA work record() should not be doing.
        System.out.printf("BENCH audit record() runs %.1f Hibernate statements besides its own three%n",
                stats.getPrepareStatementCount() / 100.0);
    }

    private void record(int thread, int round) {
        SignedIn.as(coordinators.get(thread), () -> {
            audit.record(AuditAction.VIEWED, "PERSON", people.get((thread * 31 + round) % PEOPLE), "Bench");
            return null;
        });
    }

    private void readRecordPage(int thread, int round) throws Exception {
        mvc.perform(get("/people/" + people.get((thread * 31 + round) % PEOPLE)).with(user(coordinators.get(thread))))
                .andExpect(status().isOk());
    }

    private interface Run {
        int errors() throws Exception;
    }

    /** Runs the load and notes any failed operation or an event count other than every operation's events. */
    private void expectEvents(int threads, long perOperation, Run run) throws Exception {
        long before = events();
        int errors = run.errors();
        long written = events() - before;
        long expected = threads * (long) (WARM_UP + ROUNDS) * perOperation;
        if (errors > 0 || written != expected) {
            problems.add(threads + " threads: " + errors + " errors, " + written + " events for " + expected);
        }
    }

    /**
     * How long another writer's record() takes while a caller's transaction that has just written to the audit trail
     * runs on for {@value CALLER_RUNS_ON_MS} ms: short if the chain lock went with the audit write's own commit, about
     * that long if the caller's transaction still holds it.
     */
    private void callerRunsOn(String what, Runnable insideCaller) throws Exception {
        long[] nanos = new long[5];
        ExecutorService caller = Executors.newSingleThreadExecutor();
        try {
            for (int i = 0; i < nanos.length; i++) {
                CountDownLatch written = new CountDownLatch(1);
                Future<?> call = caller.submit(() -> transactions.executeWithoutResult(status -> {
                    insideCaller.run();
                    written.countDown();
                    sleep(CALLER_RUNS_ON_MS);
                }));
                written.await();
                long start = System.nanoTime();
                record(2, i);
                nanos[i] = System.nanoTime() - start;
                call.get();
            }
        } finally {
            caller.shutdown();
        }
        Arrays.sort(nanos);
        System.out.printf("BENCH audit while a caller's transaction %s for %d ms, another writer's record() takes "
                + "median %.1f ms, max %.1f ms%n", what, CALLER_RUNS_ON_MS, nanos[2] / 1e6, nanos[4] / 1e6);
    }

    private long events() {
        return jdbc.queryForObject("select count(*) from audit_event", Long.class);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
