package org.oneplan.selfassessment.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A manager's permission for a member of their team to start self-assessments for that team. */
@Entity
@IdClass(StartPermission.Key.class)
@jakarta.persistence.Table(name = "assessment_starter")
public class StartPermission {

    public record Key(UUID teamId, UUID userId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    private UUID teamId;
    @Id
    private UUID userId;
    private String grantedBy;
    private Instant grantedAt;

    protected StartPermission() {
    }

    StartPermission(UUID teamId, UUID userId, String grantedBy, Instant grantedAt) {
        this.teamId = teamId;
        this.userId = userId;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
    }

    public UUID teamId() { return teamId; }
    public UUID userId() { return userId; }
}
