package org.oneplan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.oneplan.support.OnePlanSpringBootTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@OnePlanSpringBootTest
class AuditTrailTests {

    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void chainStaysIntactAsRowsAreAppended() {
        UUID record = UUID.randomUUID();
        audit.recordAs("alice", "COORDINATOR", AuditAction.VIEWED, "PERSON", record, null);
        audit.recordAs("alice", "COORDINATOR", AuditAction.UPDATED, "PERSON", record, "details changed");

        assertThat(audit.forRecord(record, PageRequest.of(0, 10)).getContent())
                .extracting(AuditRecord::action).containsExactly(AuditAction.UPDATED, AuditAction.VIEWED);
        assertThat(audit.verifyChain().intact()).isTrue();
    }

    @Test
    void detectsARowChangedBehindTheApplicationsBack() {
        UUID record = UUID.randomUUID();
        audit.recordAs("bob", "MANAGER", AuditAction.VIEWED, "PERSON", record, "original");
        long seq = audit.forRecord(record, PageRequest.of(0, 1)).getContent().get(0).sequence();
        jdbc.update("update audit_event set actor = 'mallory' where seq = ?", seq);
        try {
            ChainCheck check = audit.verifyChain();
            assertThat(check.intact()).isFalse();
            assertThat(check.firstBrokenSequence()).isEqualTo(seq);
        } finally {
            jdbc.update("update audit_event set actor = 'bob' where seq = ?", seq);
        }
        assertThat(audit.verifyChain().intact()).isTrue();
    }

    @Test
    void keepsTheRecordWhenTheCallersWorkIsRolledBack() {
        UUID record = UUID.randomUUID();
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            audit.recordAs("carol", "COORDINATOR", AuditAction.REFUSED, "PERSON", record, null);
            throw new IllegalStateException("caller fails");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(audit.forRecord(record, PageRequest.of(0, 10)).getTotalElements()).isEqualTo(1);
    }

    @Test
    void concurrentWritersProduceOneUnbrokenChain() throws Exception {
        UUID record = UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> writers = java.util.stream.IntStream.range(0, 4).<Future<?>>mapToObj(i -> pool.submit(() -> {
                for (int n = 0; n < 10; n++) {
                    audit.recordAs("writer" + i, null, AuditAction.VIEWED, "PERSON", record, null);
                }
            })).toList();
            for (Future<?> writer : writers) {
                writer.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(audit.forRecord(record, PageRequest.of(0, 100)).getTotalElements()).isEqualTo(40);
        assertThat(audit.verifyChain().intact()).isTrue();
    }

    @Test
    void searchIsLimitedToTheCallersScope() {
        UUID mine = UUID.randomUUID();
        UUID theirs = UUID.randomUUID();
        String actor = "dave-" + UUID.randomUUID();
        audit.recordAs(actor, "COORDINATOR", AuditAction.VIEWED, "PERSON", mine, null);
        audit.recordAs(actor, "COORDINATOR", AuditAction.VIEWED, "PERSON", theirs, null);

        var found = audit.search(new AuditQuery(actor, null, null, null, List.of(mine), null), PageRequest.of(0, 10));

        assertThat(found.getContent()).extracting(AuditRecord::recordId).containsExactly(mine);
        assertThat(audit.search(new AuditQuery(actor, null, null, null, List.of(), null), PageRequest.of(0, 10))
                .getTotalElements()).isZero();
    }
}
