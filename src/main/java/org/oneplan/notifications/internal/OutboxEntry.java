package org.oneplan.notifications.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * One message as the outbox page shows it; {@code personName} is null where the viewer may not name the person.
 * {@code status} is QUEUED, SENT or FAILED.
 */
public record OutboxEntry(UUID id, UUID personId, String personName, String topic, String subject, String body,
                          String status, int attempts, Instant createdAt, Instant nextAttemptAt, Instant sentAt,
                          String lastError) {

    public boolean failed() {
        return "FAILED".equals(status);
    }
}
