package org.oneplan.directory.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An item of a plan (an option or an action) linked to an entry; unlinking keeps the row, marked as ended. */
@Entity
@Table(name = "directory_use")
class EntryUse {

    @Id
    private UUID id;
    private UUID entryId;
    private UUID planId;
    private UUID itemId;
    private Instant linkedAt;
    private String linkedBy;
    private Instant unlinkedAt;
    private String unlinkedBy;

    protected EntryUse() {
    }

    EntryUse(UUID entryId, UUID planId, UUID itemId, String by, Instant now) {
        this.id = UUID.randomUUID();
        this.entryId = entryId;
        this.planId = planId;
        this.itemId = itemId;
        this.linkedAt = now;
        this.linkedBy = by;
    }

    /** Links again (perhaps from another plan version's item): a no-op while linked. */
    void relink(UUID planId, String by, Instant now) {
        if (unlinkedAt != null || !this.planId.equals(planId)) {
            this.planId = planId;
            this.linkedAt = now;
            this.linkedBy = by;
            this.unlinkedAt = null;
            this.unlinkedBy = null;
        }
    }

    void unlink(String by, Instant now) {
        if (unlinkedAt == null) {
            this.unlinkedAt = now;
            this.unlinkedBy = by;
        }
    }
}
