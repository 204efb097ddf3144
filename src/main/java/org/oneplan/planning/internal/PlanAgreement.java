package org.oneplan.planning.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.oneplan.planning.Agreement;

/** The person's answer when asked to agree, as recorded; never changed, so dissent stays on record. */
@Entity
@Immutable
class PlanAgreement {

    @Id
    private UUID id;
    private UUID planId;
    private Integer versionNumber;
    @Enumerated(EnumType.STRING)
    private Agreement.Decision decision;
    private String reasons;
    @Enumerated(EnumType.STRING)
    private Agreement.Captured capturedHow;
    private String capturedBy;
    private LocalDate capturedOn;
    private String whoTookPart;
    private String recordedBy;
    private Instant recordedAt;

    protected PlanAgreement() {
    }

    PlanAgreement(UUID planId, Agreement a, Integer versionNumber, String recordedBy, Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.planId = planId;
        this.versionNumber = versionNumber;
        this.decision = a.decision();
        this.reasons = a.reasons();
        this.capturedHow = a.capturedHow();
        this.capturedBy = a.capturedBy();
        this.capturedOn = a.capturedOn();
        this.whoTookPart = a.whoTookPart();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    UUID id() { return id; }
    String recordedBy() { return recordedBy; }
    Instant recordedAt() { return recordedAt; }
    boolean agrees() { return decision.agrees(); }

    Agreement view() {
        return new Agreement(decision, reasons, capturedHow, capturedBy, capturedOn, whoTookPart, versionNumber,
                recordedBy, recordedAt);
    }
}
