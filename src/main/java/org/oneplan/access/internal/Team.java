package org.oneplan.access.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** A team that holds a caseload. It belongs to one organisation and may include partner organisations. */
@Entity
@Table(name = "team")
public class Team {

    @Id
    private UUID id;
    @Column(name = "organisation_id")
    private UUID organisationId;
    private String name;
    private boolean active = true;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "team_partner", joinColumns = @JoinColumn(name = "team_id"))
    @Column(name = "organisation_id")
    private Set<UUID> partnerOrganisationIds = new HashSet<>();

    protected Team() {
    }

    public Team(UUID organisationId, String name, Instant now) {
        this.id = UUID.randomUUID();
        this.organisationId = organisationId;
        this.name = name.trim();
        this.createdAt = now;
    }

    public void describe(UUID organisationId, String name, Set<UUID> partners) {
        this.organisationId = organisationId;
        this.name = name.trim();
        this.partnerOrganisationIds.clear();
        this.partnerOrganisationIds.addAll(partners);
        this.partnerOrganisationIds.remove(organisationId);
    }

    public void deactivate() { this.active = false; }
    public void reactivate() { this.active = true; }

    public UUID id() { return id; }
    public UUID organisationId() { return organisationId; }
    public String name() { return name; }
    public boolean active() { return active; }
    public long version() { return version; }
    public Set<UUID> partnerOrganisationIds() { return Set.copyOf(partnerOrganisationIds); }
}
