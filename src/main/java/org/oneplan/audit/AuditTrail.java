package org.oneplan.audit;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Writes and reads the audit trail. Writes run in their own transaction, so a refusal that rolls
 * back the caller's work is still recorded. The caller's address and identity are taken from the
 * current request and security context.
 */
public interface AuditTrail {

    void record(AuditAction action, String recordType, UUID recordId, String detail);

    /** For events with no signed-in user yet, such as a failed sign-in. */
    void recordAs(String actor, String actorRole, AuditAction action, String recordType, UUID recordId,
                  String detail);

    Page<AuditRecord> forRecord(UUID recordId, Pageable pageable);

    Page<AuditRecord> search(AuditQuery query, Pageable pageable);

    ChainCheck verifyChain();
}
