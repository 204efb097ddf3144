package org.oneplan.access.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A person on a team's caseload. */
@Entity
@Table(name = "caseload")
@IdClass(CaseloadEntry.Key.class)
class CaseloadEntry {

    record Key(UUID personId, UUID teamId) implements Serializable {
        Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "person_id")
    private UUID personId;
    @Id
    @Column(name = "team_id")
    private UUID teamId;
    @Column(name = "added_at")
    private Instant addedAt;

    protected CaseloadEntry() {
    }

    CaseloadEntry(UUID personId, UUID teamId, Instant addedAt) {
        this.personId = personId;
        this.teamId = teamId;
        this.addedAt = addedAt;
    }

    UUID teamId() {
        return teamId;
    }
}
