package org.oneplan.planning.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.Instant;
import java.util.UUID;
import org.oneplan.planning.ControlList;

/** A risk talked through with the person: what could go wrong, what matters to them about trying, what helps. */
@Entity
@AttributeOverride(name = "first", column = @Column(name = "what_could_go_wrong"))
@AttributeOverride(name = "second", column = @Column(name = "what_matters"))
@AttributeOverride(name = "third", column = @Column(name = "what_helps"))
class PlanRisk extends ControlEntry {

    protected PlanRisk() {
    }

    PlanRisk(UUID planId, Instant now) {
        super(planId, now);
    }

    @Override
    ControlList list() {
        return ControlList.RISKS;
    }
}
