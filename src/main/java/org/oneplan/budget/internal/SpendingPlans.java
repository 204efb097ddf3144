package org.oneplan.budget.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.oneplan.access.CurrentUsers;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditTrail;
import org.oneplan.planning.Outcomes;
import org.oneplan.web.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The spending plan's lines, "How will you spend your money?": read by whoever may see the person, written by
 * those who may plan with them once the plan says there will be a budget. Removing keeps the line on record.
 * Every read and change is audited, without amounts or words.
 */
@Service
@Transactional
public class SpendingPlans {

    private final SpendingLineRepository lines;
    private final PersonalBudgetRepository budgets;
    private final PersonalBudgets personalBudgets;
    private final SupportTypes supportTypes;
    private final Outcomes outcomes;
    private final BudgetGuard guard;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final Clock clock;

    SpendingPlans(SpendingLineRepository lines, PersonalBudgetRepository budgets, PersonalBudgets personalBudgets,
                  SupportTypes supportTypes, Outcomes outcomes, BudgetGuard guard, CurrentUsers users,
                  AuditTrail audit, Clock clock) {
        this.lines = lines;
        this.budgets = budgets;
        this.personalBudgets = personalBudgets;
        this.supportTypes = supportTypes;
        this.outcomes = outcomes;
        this.guard = guard;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public SpendingLineView one(UUID personId, UUID lineId) {
        SpendingLineView line = find(guard.planOf(personId), lineId).view();
        audit.record(AuditAction.VIEWED, BudgetGuard.RECORD_TYPE, personId, "Viewed a line of the spending plan");
        return line;
    }

    public SpendingLineView add(UUID personId, SpendingLineDraft draft) {
        UUID planId = guard.plannable(personId);
        if (budgets.findByPlanId(planId).isEmpty()) {
            budgets.save(personalBudgets.budgetOf(planId, personId));
        }
        SpendingLine line = new SpendingLine(planId, personId, lines.countEver(planId) + 1, Instant.now(clock));
        line.write(draft, currentOutcomes(planId), supportTypes.activeCodes(), null, signature());
        lines.saveAndFlush(line);
        audit.record(AuditAction.CREATED, BudgetGuard.RECORD_TYPE, personId, "Added a line to the spending plan");
        return line.view();
    }

    public SpendingLineView change(UUID personId, UUID lineId, SpendingLineDraft draft, long expectedVersion) {
        UUID planId = guard.plannable(personId);
        SpendingLine line = find(planId, lineId);
        line.write(draft, currentOutcomes(planId), supportTypes.activeCodes(), expectedVersion, signature());
        lines.saveAndFlush(line);
        audit.record(AuditAction.UPDATED, BudgetGuard.RECORD_TYPE, personId, "Changed a line of the spending plan");
        return line.view();
    }

    public void remove(UUID personId, UUID lineId, long expectedVersion) {
        UUID planId = guard.plannable(personId);
        SpendingLine line = find(planId, lineId);
        line.remove(expectedVersion, signature());
        lines.saveAndFlush(line);
        audit.record(AuditAction.DELETED, BudgetGuard.RECORD_TYPE, personId, "Removed a line from the spending plan");
    }

    private Set<UUID> currentOutcomes(UUID planId) {
        return outcomes.wordsOf(planId).keySet();
    }

    private SpendingLine find(UUID planId, UUID lineId) {
        return lines.findById(lineId).filter(l -> l.planId().equals(planId) && !l.removed())
                .orElseThrow(() -> new RecordNotFoundException("Spending line"));
    }

    private Signature signature() {
        return new Signature(users.require().username(), Instant.now(clock));
    }
}
