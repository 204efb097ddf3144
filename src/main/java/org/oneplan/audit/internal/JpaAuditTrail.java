package org.oneplan.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.stream.Stream;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditQuery;
import org.oneplan.audit.AuditRecord;
import org.oneplan.audit.AuditTrail;
import org.oneplan.audit.ChainCheck;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JpaAuditTrail implements AuditTrail {

    private static final int DETAIL_LIMIT = 500;

    private final AuditEventRepository events;
    private final AuditWriter writer;
    private final AuditContext context;
    private final Clock clock;

    JpaAuditTrail(AuditEventRepository events, AuditWriter writer, AuditContext context, Clock clock) {
        this.events = events;
        this.writer = writer;
        this.context = context;
        this.clock = clock;
    }

    @Override
    public void record(AuditAction action, String recordType, UUID recordId, String detail) {
        append(context.actor(), context.actorRole(), action, recordType, recordId, detail);
    }

    @Override
    public void recordAs(String actor, String actorRole, AuditAction action, String recordType, UUID recordId,
                         String detail) {
        append(actor, actorRole, action, recordType, recordId, detail);
    }

    private void append(String actor, String role, AuditAction action, String recordType, UUID recordId,
                        String detail) {
        String address = context.address();
        writer.append((head, now) -> new AuditEvent(head.lastSeq() + 1, now, truncate(actor, 100), role, action,
                recordType, recordId, truncate(detail, DETAIL_LIMIT), address, head.lastHash()),
                Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
    }

    @Override
    @Transactional(readOnly = true)
    public Page<AuditRecord> forRecord(UUID recordId, Pageable pageable) {
        return events.findByRecordIdOrderBySeqDesc(recordId, pageable).map(AuditEvent::toRecord);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<AuditRecord> search(AuditQuery query, Pageable pageable) {
        Pageable newestFirst = org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(),
                pageable.getPageSize(), Sort.by(Sort.Direction.DESC, "seq"));
        return events.findAll(AuditSearch.matching(query), newestFirst).map(AuditEvent::toRecord);
    }

    @Override
    @Transactional(readOnly = true)
    public ChainCheck verifyChain() {
        String expectedPrevious = HashChain.GENESIS;
        long expectedSeq = 1;
        long checked = 0;
        try (Stream<AuditEvent> all = events.streamAllInOrder()) {
            for (AuditEvent event : (Iterable<AuditEvent>) all::iterator) {
                boolean linked = event.seq() == expectedSeq && event.previousHash().equals(expectedPrevious);
                if (!linked || !event.computeHash().equals(event.hash())) {
                    return new ChainCheck(false, checked, event.seq());
                }
                expectedPrevious = event.hash();
                expectedSeq++;
                checked++;
            }
        }
        return new ChainCheck(true, checked, null);
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
