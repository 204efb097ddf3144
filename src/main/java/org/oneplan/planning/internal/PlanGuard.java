package org.oneplan.planning.internal;

import java.util.UUID;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditTrail;
import org.oneplan.people.People;
import org.oneplan.planning.PlanWithAuthoriserException;
import org.oneplan.web.RecordNotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and change a person's plan: whoever may see the person reads it; those who may plan with
 * them change it, except while it is with the authoriser. A person the caller may not see looks missing; a
 * refused change is audited.
 */
@Component
class PlanGuard {

    static final String RECORD_TYPE = "Person";

    private final People people;
    private final CarePlanRepository plans;
    private final AuditTrail audit;
    private final SignOffGates gates;

    PlanGuard(People people, CarePlanRepository plans, AuditTrail audit, SignOffGates gates) {
        this.people = people;
        this.plans = plans;
        this.audit = audit;
        this.gates = gates;
    }

    void visible(UUID personId) {
        if (people.findVisible(personId).isEmpty()) {
            throw new RecordNotFoundException(RECORD_TYPE);
        }
    }

    /** For a change to the plan's content: the caller may plan with the person, and the plan can change now. */
    void plannable(UUID personId) {
        planner(personId);
        changeable(personId);
    }

    /**
     * The caller may plan with the person, whether or not the plan can change now: for what is kept outside the
     * plan's content (copies given) and for starting a plan.
     */
    void planner(UUID personId) {
        visible(personId);
        if (!people.mayPlanFor(personId)) {
            audit.record(AuditAction.REFUSED, RECORD_TYPE, personId, "Tried to change the plan");
            throw new AccessDeniedException("May not plan for this person");
        }
    }

    /** Refuses any change to the plan while it is with the authoriser, after {@link #visible}. */
    void changeable(UUID personId) {
        plans.idForPerson(personId).flatMap(plan -> gates.withAuthoriserSince(plan, personId)).ifPresent(sent -> {
            audit.record(AuditAction.REFUSED, RECORD_TYPE, personId,
                    "Tried to change the plan while it is with the authoriser");
            throw new PlanWithAuthoriserException(personId, sent);
        });
    }

    /**
     * A part of the person's plan for a reader: empty when the plan has not been started; the read is
     * audited with {@code detail} (never the words read).
     */
    <T> java.util.Optional<T> read(UUID personId, java.util.function.Function<UUID, T> ofPlan, String detail) {
        visible(personId);
        java.util.Optional<T> found = plans.idForPerson(personId).map(ofPlan);
        found.ifPresent(v -> audit.record(AuditAction.VIEWED, RECORD_TYPE, personId, detail));
        return found;
    }

    /** A part's status for the task list, without an audit entry (it shows no words); not started without a plan. */
    org.oneplan.planning.PlanView.SectionStatus status(UUID personId,
            java.util.function.Function<UUID, org.oneplan.planning.PlanView.SectionStatus> ofPlan) {
        visible(personId);
        return plans.idForPerson(personId).map(ofPlan).orElse(org.oneplan.planning.PlanView.SectionStatus.NOT_STARTED);
    }

    /** The id of the person's plan, after {@link #visible} or {@link #plannable}; missing if not started. */
    UUID planOf(UUID personId) {
        return plans.idForPerson(personId).orElseThrow(() -> new RecordNotFoundException("Plan"));
    }
}
