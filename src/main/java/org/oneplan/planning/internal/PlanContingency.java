package org.oneplan.planning.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.Instant;
import java.util.UUID;
import org.oneplan.planning.ControlList;

/** A contingency plan: if this happens, do this, and call these people. */
@Entity
@AttributeOverride(name = "first", column = @Column(name = "situation"))
@AttributeOverride(name = "second", column = @Column(name = "what_to_do"))
@AttributeOverride(name = "third", column = @Column(name = "who_to_call"))
class PlanContingency extends ControlEntry {

    protected PlanContingency() {
    }

    PlanContingency(UUID planId, Instant now) {
        super(planId, now);
    }

    @Override
    ControlList list() {
        return ControlList.CONTINGENCIES;
    }
}
