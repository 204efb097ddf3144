package org.oneplan.access.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A council, NHS trust, GP practice or voluntary organisation whose staff use OnePlan. */
@Entity
@Table(name = "organisation")
public class Organisation {

    public enum Kind { COUNCIL, NHS_TRUST, GP_PRACTICE, VOLUNTARY_ORGANISATION, OTHER }

    @Id
    private UUID id;
    private String name;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private boolean active = true;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Organisation() {
    }

    public Organisation(String name, Kind kind, Instant now) {
        this.id = UUID.randomUUID();
        this.name = name.trim();
        this.kind = kind;
        this.createdAt = now;
    }

    public void rename(String name, Kind kind) {
        this.name = name.trim();
        this.kind = kind;
    }

    public void deactivate() { this.active = false; }
    public void reactivate() { this.active = true; }

    public UUID id() { return id; }
    public String name() { return name; }
    public Kind kind() { return kind; }
    public boolean active() { return active; }
    public long version() { return version; }
}
