package org.oneplan.audit.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.time.Instant;
import java.util.function.BiFunction;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends audit events to the chain in their own short transaction, on their own small pool of connections.
 * Events are written while the request's own transaction holds a connection; from the same pool, enough concurrent
 * requests would each hold one and wait for a second, and none would ever get it (measured in
 * bench/results/2026-11-30-audit-chain.md). Audit transactions never wait for the application's pool, so the two
 * cannot wait on each other. With a data source that is not Hikari, the application's own is used.
 */
@Component
class AuditWriter implements DisposableBean {

    /** The chain's last link, read under its row lock. */
    record Head(long lastSeq, String lastHash) {
    }

    private final HikariDataSource own;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    AuditWriter(DataSource dataSource, @Value("${oneplan.audit.write-pool-size}") int poolSize) throws SQLException {
        this.own = dataSource.isWrapperFor(HikariDataSource.class)
                ? pool(dataSource.unwrap(HikariDataSource.class), poolSize) : null;
        DataSource target = own == null ? dataSource : own;
        this.jdbc = new JdbcTemplate(target);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(target));
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    private static HikariDataSource pool(HikariDataSource application, int size) {
        HikariConfig config = new HikariConfig();
        application.copyStateTo(config);
        config.setPoolName("oneplan-audit");
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(1);
        config.setMetricRegistry(null);
        config.setMetricsTrackerFactory(null);
        return new HikariDataSource(config);
    }

    /** Locks the head, writes the event made from it and moves the head on, then commits. */
    void append(BiFunction<Head, Instant, AuditEvent> next, Instant at) {
        transactions.executeWithoutResult(status -> {
            Head head = jdbc.queryForObject("select last_seq, last_hash from audit_chain_head where id = 1 for update",
                    (rs, n) -> new Head(rs.getLong(1), rs.getString(2)));
            AuditEvent event = next.apply(head, at);
            jdbc.update("insert into audit_event (seq, id, occurred_at, actor, actor_role, action, record_type, "
                    + "record_id, detail, address, previous_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    event.columns());
            jdbc.update("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1", event.seq(), event.hash());
        });
    }

    @Override
    public void destroy() {
        if (own != null) {
            own.close();
        }
    }
}
