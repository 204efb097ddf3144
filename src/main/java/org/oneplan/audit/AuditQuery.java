package org.oneplan.audit;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

/**
 * A search of the audit trail. Null fields do not filter. {@code recordIds} and {@code actors}
 * restrict the result to what the caller may see (e.g. a manager's teams); when both are given a
 * row matching either is returned.
 */
public record AuditQuery(String actor, AuditAction action, Instant from, Instant to,
                         Collection<UUID> recordIds, Collection<String> actors) {
}
