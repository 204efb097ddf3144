package org.oneplan.budget.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditTrail;
import org.oneplan.budget.SignOffStatus;
import org.oneplan.people.People;
import org.oneplan.planning.CarePlans;
import org.oneplan.planning.PlanWithAuthoriserException;
import org.oneplan.planning.SpendingMoney;
import org.oneplan.web.RecordNotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and change a personal budget, as for the plan it belongs to: whoever may see the person reads
 * it; those who may plan with them change it, only once the plan says there will be a personal budget, and
 * never while the plan is with the authoriser. A person the caller may not see looks missing; a refused change
 * is audited.
 */
@Component
class BudgetGuard {

    static final String RECORD_TYPE = "Person";

    private final People people;
    private final CarePlans plans;
    private final SpendingMoney money;
    private final AuditTrail audit;
    private final SignOffRepository signOffs;

    BudgetGuard(People people, CarePlans plans, SpendingMoney money, AuditTrail audit, SignOffRepository signOffs) {
        this.people = people;
        this.plans = plans;
        this.money = money;
        this.audit = audit;
        this.signOffs = signOffs;
    }

    void visible(UUID personId) {
        if (people.findVisible(personId).isEmpty()) {
            throw new RecordNotFoundException(RECORD_TYPE);
        }
    }

    /** The id of the person's plan, for a reader; missing when the plan has not been started. */
    UUID planOf(UUID personId) {
        visible(personId);
        return plans.idOf(personId).orElseThrow(() -> new RecordNotFoundException("Plan"));
    }

    /** The id of the person's plan, for a writer, once the plan says there will be a personal budget. */
    UUID plannable(UUID personId) {
        visible(personId);
        if (!people.mayPlanFor(personId)) {
            audit.record(AuditAction.REFUSED, RECORD_TYPE, personId, "Tried to change the personal budget");
            throw new AccessDeniedException("May not plan for this person");
        }
        UUID planId = planOf(personId);
        withAuthoriserSince(planId, personId).ifPresent(sent -> {
            audit.record(AuditAction.REFUSED, RECORD_TYPE, personId,
                    "Tried to change the personal budget while the plan is with the authoriser");
            throw new PlanWithAuthoriserException(personId, sent);
        });
        BudgetRuleException.require(expected(personId), "budget", "budget.error.notExpected");
        return planId;
    }

    /** When the plan was last sent, while it is with the authoriser; empty otherwise. Not audited. */
    Optional<Instant> withAuthoriserSince(UUID planId, UUID personId) {
        return signOffs.latest(personId).filter(s -> s.planId().equals(planId)
                && s.stage() == SignOffStatus.Stage.WITH_AUTHORISER).map(SignOff::submittedAt);
    }

    /** Whether the plan says the person will have a personal budget; not audited (it shows no words). */
    boolean expected(UUID personId) {
        return money.hasPersonalBudget(personId).orElse(false);
    }
}
