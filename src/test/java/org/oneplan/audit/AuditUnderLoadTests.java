package org.oneplan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.oneplan.support.OnePlanSpringBootTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Audit events are written while a request's transaction holds a connection of the application's pool. When every
 * connection of that pool is held so, each of those requests can still write its audit event: the audit trail does
 * not wait for the application's pool (it used to, and all of them waited until the pool's timeout, then failed).
 */
@OnePlanSpringBootTest
class AuditUnderLoadTests {

    @Autowired AuditTrail audit;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired DataSource dataSource;

    @Test
    void requestsHoldingEveryPooledConnectionStillWriteTheirAuditEvents() throws Exception {
        int connections = dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
        UUID record = UUID.randomUUID();
        CyclicBarrier allHolding = new CyclicBarrier(connections);
        ExecutorService requests = Executors.newFixedThreadPool(connections);
        try {
            List<CompletableFuture<Void>> done = new ArrayList<>();
            for (int i = 0; i < connections; i++) {
                String actor = "busy" + i;
                done.add(CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
                    jdbc.queryForObject("select count(*) from audit_event where record_id = ?", Long.class, record);
                    await(allHolding);
                    audit.recordAs(actor, "COORDINATOR", AuditAction.VIEWED, "PERSON", record, null);
                }), requests));
            }
            CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);
        } finally {
            requests.shutdownNow();
        }
        assertThat(audit.forRecord(record, PageRequest.of(0, 100)).getTotalElements()).isEqualTo(connections);
        assertThat(audit.verifyChain().intact()).isTrue();
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Not every request got a connection", e);
        }
    }
}
