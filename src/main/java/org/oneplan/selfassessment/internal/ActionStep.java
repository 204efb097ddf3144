package org.oneplan.selfassessment.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A first step of an action plan: what, who, by when, and how far it has got. */
@Entity
public class ActionStep {

    @Id
    private UUID id;
    private String description;
    private String owner;
    private LocalDate dueOn;
    @Enumerated(EnumType.STRING)
    private ActionPlan.StepStatus status;
    private Instant createdAt;

    protected ActionStep() {
    }

    ActionStep(String description, String owner, LocalDate dueOn, Instant now) {
        this.id = UUID.randomUUID();
        this.description = description;
        this.owner = owner;
        this.dueOn = dueOn;
        this.status = ActionPlan.StepStatus.NOT_STARTED;
        this.createdAt = now;
    }

    void move(ActionPlan.StepStatus to) {
        status = to;
    }

    public boolean overdueOn(LocalDate today) {
        return status != ActionPlan.StepStatus.DONE && dueOn.isBefore(today);
    }

    public UUID id() { return id; }
    public String description() { return description; }
    public String owner() { return owner; }
    public LocalDate dueOn() { return dueOn; }
    public ActionPlan.StepStatus status() { return status; }
}
