package org.oneplan.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Arrays;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The schema as Flyway leaves it on the database under test, and what the database itself enforces. */
class DatabaseJourneyIT extends JourneySupport {

    @Autowired
    Flyway flyway;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    AuditTrail audit;

    @Test
    void runsOnTheDatabaseItWasGiven() throws Exception {
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(onPostgres() ? "PostgreSQL" : "H2");
        }
    }

    @Test
    void flywayHasAppliedEveryMigrationIncludingTheVendorOnes() {
        assertThat(flyway.info().pending()).as("pending migrations").isEmpty();
        assertThat(Arrays.stream(flyway.info().applied()).map(m -> m.getVersion().getVersion()))
                .contains("1", "3", "4");
        boolean appendOnlyTriggerApplied = Arrays.stream(flyway.info().applied())
                .map(MigrationInfo::getDescription).anyMatch(d -> d.equals("audit append only"));
        assertThat(appendOnlyTriggerApplied).as("db/vendor/postgresql ran").isEqualTo(onPostgres());
    }

    @Test
    void auditAndSessionTablesExist() {
        for (String table : new String[] {"audit_event", "audit_chain_head", "spring_session"}) {
            assertThat(jdbc.queryForObject(
                    "select count(*) from information_schema.tables where lower(table_name) = ?", Integer.class, table))
                    .as(table).isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void postgresqlRefusesToChangeOrDeleteAuditEvents() {
        assumeTrue(onPostgres(), "the append-only trigger exists on PostgreSQL only");
        UUID record = UUID.randomUUID();
        audit.recordAs("journey", "COORDINATOR", AuditAction.VIEWED, "PERSON", record, "original");

        assertThatThrownBy(() -> jdbc.update("update audit_event set detail = 'rewritten' where record_id = ?", record))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("audit_event is append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where record_id = ?", record))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("audit_event is append-only");

        assertThat(jdbc.queryForObject("select detail from audit_event where record_id = ?", String.class, record))
                .isEqualTo("original");
        assertThat(audit.verifyChain().intact()).isTrue();
    }
}
