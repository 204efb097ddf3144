package org.oneplan.people.api;

import java.time.Instant;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditRecord;

/** One entry of "who has looked at this record". */
record AuditEntryJson(Instant at, String who, String role, AuditAction action, String detail) {

    static AuditEntryJson of(AuditRecord r) {
        return new AuditEntryJson(r.occurredAt(), r.actor(), r.actorRole(), r.action(), r.detail());
    }
}
