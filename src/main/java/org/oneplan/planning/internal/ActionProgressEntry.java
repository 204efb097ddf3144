package org.oneplan.planning.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.oneplan.planning.ActionStatus;
import org.oneplan.planning.ProgressNote;

/** One entry of an action's progress: a change of status, a note, or both. Written once, never changed. */
@Entity
@Immutable
class ActionProgressEntry {

    @Id
    private UUID id;
    private UUID actionId;
    private UUID planId;
    @Enumerated(EnumType.STRING)
    private ActionStatus status;
    private String reason;
    private String note;
    private String writtenBy;
    private Instant writtenAt;

    protected ActionProgressEntry() {
    }

    ActionProgressEntry(UUID actionId, UUID planId, ActionStatus status, String reason, String note, String writtenBy,
                        Instant writtenAt) {
        this.id = UUID.randomUUID();
        this.actionId = actionId;
        this.planId = planId;
        this.status = status;
        this.reason = reason;
        this.note = note;
        this.writtenBy = writtenBy;
        this.writtenAt = writtenAt;
    }

    boolean changesStatus() { return status != null; }
    boolean hasNote() { return note != null; }
    UUID actionId() { return actionId; }

    ProgressNote view() {
        return new ProgressNote(status, reason, note, writtenBy, writtenAt);
    }
}
