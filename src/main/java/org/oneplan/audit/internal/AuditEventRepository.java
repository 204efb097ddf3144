package org.oneplan.audit.internal;

import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AuditEventRepository extends Repository<AuditEvent, Long>, JpaSpecificationExecutor<AuditEvent> {

    AuditEvent save(AuditEvent event);

    Page<AuditEvent> findByRecordIdOrderBySeqDesc(UUID recordId, Pageable pageable);

    @Query("select e from AuditEvent e order by e.seq")
    Stream<AuditEvent> streamAllInOrder();

}
