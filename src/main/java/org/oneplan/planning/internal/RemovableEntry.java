package org.oneplan.planning.internal;

import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;
import org.oneplan.planning.PlanRuleException;

/**
 * Something written in a list of the plan (a risk, a contingency plan, an option): removing it keeps it,
 * marked with who removed it when; a removed one does not change again.
 */
@MappedSuperclass
abstract class RemovableEntry extends Written {

    private Instant addedAt;
    private Instant removedAt;
    private String removedBy;

    protected RemovableEntry() {
    }

    protected RemovableEntry(UUID planId, Instant now) {
        super(planId);
        this.addedAt = now;
    }

    void remove(long expectedVersion, String by, Instant now) {
        stillInThePlan("first");
        checkVersion(expectedVersion);
        this.removedAt = now;
        this.removedBy = by;
    }

    boolean removed() {
        return removedAt != null;
    }

    /** Refuses a change to a removed entry, on {@code field} of the form. */
    void stillInThePlan(String field) {
        if (removed()) {
            throw new PlanRuleException(field, "control.error.removed");
        }
    }
}
