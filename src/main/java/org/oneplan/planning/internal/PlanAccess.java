package org.oneplan.planning.internal;

import java.util.UUID;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditTrail;
import org.oneplan.people.People;
import org.oneplan.web.RecordNotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may read and change a person's plan, as {@link JpaCarePlans} decides it: readers are those who may
 * see the person (others find no record); changers may also plan with them (others are refused, audited).
 */
@Component
class PlanAccess {

    private final People people;
    private final AuditTrail audit;

    PlanAccess(People people, AuditTrail audit) {
        this.people = people;
        this.audit = audit;
    }

    void mayRead(UUID personId) {
        if (people.findVisible(personId).isEmpty()) {
            throw new RecordNotFoundException(JpaCarePlans.RECORD_TYPE);
        }
    }

    /** {@code what} is a short audit detail, such as "Tried to change staying in control". */
    void mayChange(UUID personId, String what) {
        mayRead(personId);
        if (!people.mayPlanFor(personId)) {
            audit.record(AuditAction.REFUSED, JpaCarePlans.RECORD_TYPE, personId, what);
            throw new AccessDeniedException("May not plan for this person");
        }
    }
}
