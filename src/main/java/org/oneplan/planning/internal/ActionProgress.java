package org.oneplan.planning.internal;

import static org.oneplan.planning.internal.PlanAction.require;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.oneplan.planning.ActionStatus;
import org.oneplan.planning.ProgressChange;
import org.oneplan.web.StaleRecordException;

/**
 * How one action is getting on: its status, and why when it is no longer needed. It is kept apart from the
 * action, which is the plan's content, so that progress never changes the plan. It checks every change it is
 * given and turns it into an entry of the action's history; a change of status needs the version the writer saw.
 */
@Entity
class ActionProgress {

    static final int MAX_REASON = 1000;
    static final int MAX_NOTE = 2000;

    @Id
    private UUID actionId;
    private UUID planId;
    @Enumerated(EnumType.STRING)
    private ActionStatus status;
    private String reason;
    private String changedBy;
    private Instant changedAt;
    /** Null until first saved, so that saving inserts it; see {@link #version()}. */
    @Version
    private Long version;

    protected ActionProgress() {
    }

    /** Progress not recorded yet: not started. */
    ActionProgress(UUID actionId, UUID planId) {
        this.actionId = actionId;
        this.planId = planId;
        this.status = ActionStatus.NOT_STARTED;
    }

    /**
     * Records {@code change}, returning the entry for the history. {@code expectedVersion} is the version the writer
     * saw: a change of status needs it to match. A note alone is added whatever it is, as notes never overwrite.
     */
    ActionProgressEntry record(ProgressChange change, Long expectedVersion, String by, Instant now) {
        String note = clean(change.note());
        require(note == null || note.length() <= MAX_NOTE, "note", "progress.error.note.tooLong");
        ActionStatus to = change.status() == status ? null : change.status();
        require(to != null || note != null, "status", "progress.error.nothing");
        String why = to == ActionStatus.NO_LONGER_NEEDED ? clean(change.reason()) : null;
        require(to != ActionStatus.NO_LONGER_NEEDED || why != null, "reason", "progress.error.reason.required");
        require(why == null || why.length() <= MAX_REASON, "reason", "progress.error.reason.tooLong");
        if (to != null) {
            checkVersion(expectedVersion);
            status = to;
            reason = why;
            changedBy = by;
            changedAt = now;
        }
        return new ActionProgressEntry(actionId, planId, to, why, note, by, now);
    }

    void checkVersion(Long expectedVersion) {
        if (expectedVersion == null || expectedVersion != version()) {
            throw new StaleRecordException(version());
        }
    }

    /** 0 while nothing is recorded, then one more with every change of status (so a first change is 1). */
    long version() {
        return version == null ? 0 : version + 1;
    }

    ActionStatus status() { return status; }
    String reason() { return reason; }
    String changedBy() { return changedBy; }
    Instant changedAt() { return changedAt; }
    UUID actionId() { return actionId; }

    private static String clean(String text) {
        String stripped = text == null ? "" : text.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
