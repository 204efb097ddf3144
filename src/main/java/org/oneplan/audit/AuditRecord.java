package org.oneplan.audit;

import java.time.Instant;
import java.util.UUID;

/** One row of the audit trail as read back. */
public record AuditRecord(long sequence, Instant occurredAt, String actor, String actorRole,
                          AuditAction action, String recordType, UUID recordId, String detail,
                          String address) {
}
