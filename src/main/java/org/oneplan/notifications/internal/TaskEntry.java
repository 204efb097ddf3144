package org.oneplan.notifications.internal;

import java.time.Instant;
import java.util.UUID;

/** One task as the tasks page shows it. */
public record TaskEntry(UUID id, UUID personId, String personName, String topic, TaskReason reason, boolean done,
                        Instant createdAt, String doneBy, Instant doneAt) {
}
