package org.oneplan.planning.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** An agreed version of a plan: written once, never changed. */
@Entity
@Immutable
class PlanVersion {

    @Id
    private UUID id;
    private UUID planId;
    private int number;
    private String content;
    private String contentHash;
    private Instant agreedAt;
    private String recordedBy;

    protected PlanVersion() {
    }

    PlanVersion(UUID planId, int number, String content, String contentHash, String recordedBy, Instant agreedAt) {
        this.id = UUID.randomUUID();
        this.planId = planId;
        this.number = number;
        this.content = content;
        this.contentHash = contentHash;
        this.recordedBy = recordedBy;
        this.agreedAt = agreedAt;
    }

    int number() { return number; }
    String content() { return content; }
    String contentHash() { return contentHash; }
    Instant agreedAt() { return agreedAt; }
    String recordedBy() { return recordedBy; }
}
