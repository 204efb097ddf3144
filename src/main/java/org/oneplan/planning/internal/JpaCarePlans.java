package org.oneplan.planning.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.oneplan.access.CurrentUser;
import org.oneplan.access.CurrentUsers;
import org.oneplan.access.Role;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditTrail;
import org.oneplan.planning.CarePlans;
import org.oneplan.planning.PlanPrompt;
import org.oneplan.planning.PlanView;
import org.oneplan.planning.Whose;
import org.oneplan.web.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class JpaCarePlans implements CarePlans {

    static final String RECORD_TYPE = PlanGuard.RECORD_TYPE;

    private final CarePlanRepository plans;
    private final PlanGuard guard;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final Clock clock;

    JpaCarePlans(CarePlanRepository plans, PlanGuard guard, CurrentUsers users, AuditTrail audit, Clock clock) {
        this.plans = plans;
        this.guard = guard;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Optional<PlanView> find(UUID personId) {
        guard.visible(personId);
        Optional<PlanView> plan = plans.findForPerson(personId).map(CarePlan::view);
        plan.ifPresent(p -> audit.record(AuditAction.VIEWED, RECORD_TYPE, personId, "Viewed the plan"));
        return plan;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UUID> idOf(UUID personId) {
        guard.visible(personId);
        return plans.idForPerson(personId);
    }

    @Override
    public PlanView start(UUID personId) {
        guard.planner(personId);
        return plans.findForPerson(personId).map(CarePlan::view).orElseGet(() -> {
            CarePlan plan = plans.saveAndFlush(new CarePlan(personId, users.require().username(), now()));
            audit.record(AuditAction.CREATED, RECORD_TYPE, personId, "Started the plan");
            return plan.view();
        });
    }

    @Override
    public PlanView write(UUID personId, PlanPrompt prompt, String text, Whose whose, String whoseName,
                          Long expectedVersion) {
        CurrentUser user = users.require();
        if (writesOwnWords(personId)) {
            guard.visible(personId);
            if (prompt.theirOwn()) {
                guard.changeable(personId);
            } else {
                guard.plannable(personId);
            }
            boolean isThePerson = user.ownPersonId().filter(personId::equals).isPresent();
            whose = isThePerson ? Whose.PERSON : Whose.SUPPORTER;
            whoseName = isThePerson ? null : user.displayName();
        } else {
            guard.plannable(personId);
        }
        CarePlan plan = plans.findForPerson(personId).orElseThrow(() -> new RecordNotFoundException("Plan"));
        plan.write(prompt, text, whose, whoseName, expectedVersion, users.require().username(), now());
        plans.saveAndFlush(plan);
        audit.record(AuditAction.UPDATED, RECORD_TYPE, personId, "Wrote " + prompt.slug() + " in the plan");
        return plan.view();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean writesOwnWords(UUID personId) {
        CurrentUser user = users.require();
        return !user.isCaseworker() && (user.has(Role.PERSON) || user.has(Role.SUPPORTER));
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
