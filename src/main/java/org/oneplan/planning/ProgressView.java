package org.oneplan.planning;

import java.time.Instant;

/**
 * Where an action stands: its status (with the reason, when no longer needed), how many days late it is (0 unless
 * open and past due), who changed the status last and when (null until anyone has), its latest note (null when
 * none) and its version for optimistic locking (0 until the status is first changed).
 */
public record ProgressView(ActionStatus status, String reason, long daysLate, String changedBy, Instant changedAt,
                           ProgressNote latestNote, long version) {

    public boolean overdue() {
        return daysLate > 0;
    }
}
