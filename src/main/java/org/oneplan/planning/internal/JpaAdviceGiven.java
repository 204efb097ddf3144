package org.oneplan.planning.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.oneplan.access.CurrentUsers;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditTrail;
import org.oneplan.planning.AdviceDraft;
import org.oneplan.planning.AdviceGiven;
import org.oneplan.planning.AdviceView;
import org.oneplan.web.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class JpaAdviceGiven implements AdviceGiven {

    private final PlanAdviceRepository advice;
    private final PlanGuard guard;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final Clock clock;

    JpaAdviceGiven(PlanAdviceRepository advice, PlanGuard guard, CurrentUsers users, AuditTrail audit, Clock clock) {
        this.advice = advice;
        this.guard = guard;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public AdviceView one(UUID personId, UUID adviceId) {
        guard.visible(personId);
        return find(personId, adviceId).view();
    }

    @Override
    public AdviceView add(UUID personId, AdviceDraft draft) {
        guard.plannable(personId);
        PlanAdvice given = new PlanAdvice(guard.planOf(personId), now());
        given.write(draft, null, LocalDate.now(clock), users.require().username(), now());
        advice.saveAndFlush(given);
        audit.record(AuditAction.CREATED, PlanGuard.RECORD_TYPE, personId, "Added advice and information to the plan");
        return given.view();
    }

    @Override
    public AdviceView change(UUID personId, UUID adviceId, AdviceDraft draft, long expectedVersion) {
        guard.plannable(personId);
        PlanAdvice given = find(personId, adviceId);
        given.write(draft, expectedVersion, LocalDate.now(clock), users.require().username(), now());
        advice.saveAndFlush(given);
        audit.record(AuditAction.UPDATED, PlanGuard.RECORD_TYPE, personId, "Changed advice and information in the plan");
        return given.view();
    }

    @Override
    public void remove(UUID personId, UUID adviceId, long expectedVersion) {
        guard.plannable(personId);
        PlanAdvice given = find(personId, adviceId);
        given.remove(expectedVersion, users.require().username(), now());
        advice.saveAndFlush(given);
        audit.record(AuditAction.DELETED, PlanGuard.RECORD_TYPE, personId, "Removed advice and information from the plan");
    }

    private PlanAdvice find(UUID personId, UUID adviceId) {
        return advice.findByIdAndPlanIdAndRemovedAtIsNull(adviceId, guard.planOf(personId))
                .orElseThrow(() -> new RecordNotFoundException("Advice"));
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
